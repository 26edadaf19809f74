"""Peer "print a token", google-auth: the quickstart's pattern for an app that is signed in.

    python google_token.py TOKEN_FILE

Load the authorized-user file; if the access token is not valid, refresh it and write the file
back; print the access token. The refresh transport is imported only when needed (the peer's
best case for the fast path).
"""

from __future__ import annotations

import sys

import google_shim


def main() -> int:
    path = sys.argv[1]
    creds = google_shim.load_credentials(path)
    if not creds.valid:
        from google.auth.transport.requests import Request

        creds.refresh(Request())
        with open(path, "w", encoding="utf-8") as token:
            token.write(creds.to_json())
    print(creds.token)
    return 0


if __name__ == "__main__":
    sys.exit(main())
