"""Peer login, MSAL: PublicClientApplication.acquire_token_interactive with msal-extensions'
persisted token cache. A whole process, as `oauth-setup login` is.

    python msal_login.py ISSUER CLIENT_ID CACHE_FILE SCOPE...

SCOPEs other than MSAL's reserved openid/profile/offline_access (which MSAL always adds).
Opens the browser through Python's webbrowser module ($BROWSER). Last stdout line:
``BENCH {"stored_ns": …, "in_process": seconds}``: ``time.time_ns()`` when the token cache's last
write returned (the bench pairs it with the callback's arrival seen on the loopback interface, see
capture.py), and the shim's own callback -> stored for comparison (from MSAL's handler having read
the form_post body to the same write).
"""

from __future__ import annotations

import json
import sys

import msal_shim


def main() -> int:
    issuer, client_id, cache_file, *scopes = sys.argv[1:]
    app = msal_shim.build_app(issuer, client_id, cache_file)
    result = app.acquire_token_interactive(scopes, timeout=60)
    if "access_token" not in result:
        print(f"msal login failed: {result.get('error')}: {result.get('error_description')}", file=sys.stderr)
        return 1
    arrived, stored = msal_shim.stamps.get("callback"), msal_shim.stamps.get("stored")
    elapsed = None if arrived is None or stored is None else stored - arrived
    stored_ns = msal_shim.stamps.get("stored_ns")
    print("BENCH " + json.dumps({"stored_ns": stored_ns, "in_process": elapsed}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
