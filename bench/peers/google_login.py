"""Peer login, google-auth-oauthlib: InstalledAppFlow.run_local_server, then the quickstart's
"write creds.to_json() to the authorized-user file". A whole process, as `oauth-setup login` is.

    python google_login.py ISSUER CLIENT_ID TOKEN_FILE SCOPE...

Opens the browser through Python's webbrowser module ($BROWSER). Last stdout line:
``BENCH {"stored_ns": …, "in_process": seconds}``: ``time.time_ns()`` when the token file's write
returned (the bench pairs it with the callback's arrival seen on the loopback interface, see
capture.py), and the shim's own callback -> stored for comparison (from the WSGI app being called,
i.e. after wsgiref read and parsed the request, to the same write).
"""

from __future__ import annotations

import json
import sys
import time

import google_shim


def main() -> int:
    issuer, client_id, token_file, *scopes = sys.argv[1:]
    flow = google_shim.loopback_flow(issuer, client_id, scopes)
    creds = flow.run_local_server(
        host="127.0.0.1", port=0, redirect_uri_trailing_slash=False, timeout_seconds=60
    )
    with open(token_file, "w", encoding="utf-8") as token:
        token.write(creds.to_json())
    stored_at, stored_ns = time.perf_counter(), time.time_ns()
    arrived = google_shim.stamps.get("callback")
    in_process = None if arrived is None else stored_at - arrived
    print("BENCH " + json.dumps({"stored_ns": stored_ns, "in_process": in_process}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
