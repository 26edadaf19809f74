"""Peer "print a token", MSAL: the documented silent pattern for a signed-in desktop app.

    python msal_token.py ISSUER CLIENT_ID CACHE_FILE SCOPE...

get_accounts() from the persisted cache, acquire_token_silent() (which refreshes with the cached
refresh token when the access token is expired or within MSAL's 5-minute margin), print the
access token. Exit 1 when no token came back.
"""

from __future__ import annotations

import sys

import msal_shim


def main() -> int:
    issuer, client_id, cache_file, *scopes = sys.argv[1:]
    app = msal_shim.build_app(issuer, client_id, cache_file)
    accounts = app.get_accounts()
    if not accounts:
        print("msal: no account in the cache", file=sys.stderr)
        return 1
    # acquire_token_silent() is this minus the error detail (it returns None instead).
    result = app.acquire_token_silent_with_error(scopes, account=accounts[0])
    if not result or "access_token" not in result:
        detail = result and f"{result.get('error')}: {result.get('error_description')}"
        print(f"msal: no token ({detail or 'nothing usable in the cache'})", file=sys.stderr)
        return 1
    print(result["access_token"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
