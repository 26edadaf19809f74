"""Bench-only shim: google-auth-oauthlib / google-auth against the plain-http loopback test issuer.

Never imported by the product (gui_app/); only by bench/peers/google_login.py and google_token.py.
Each patch below changes *where* the peer talks or listens, not how it does the OAuth work:

1. ``OAUTHLIB_INSECURE_TRANSPORT=1``: oauthlib refuses ``http://`` authorization and token
   addresses (InsecureTransportError); the test issuer is ``http://127.0.0.1:<port>``.
   ``OAUTHLIB_RELAX_TOKEN_SCOPE=1``: the provider drops ``offline_access`` from the granted scope
   (it issues a refresh token anyway); oauthlib would raise "Scope has changed" for that.
2. Redirect path ``/callback``: ``InstalledAppFlow.run_local_server`` builds the redirect URI as
   ``http://HOST:PORT/`` or ``http://HOST:PORT`` only; the provider's clients are registered with
   ``http://127.0.0.1/callback`` (any port). ``LoopbackFlow`` appends ``/callback`` to the path-less
   URI that ``run_local_server`` sets (its WSGI app answers any path, so nothing else changes).
   It is called with ``host="127.0.0.1", port=0`` (public arguments) for the loopback IP literal
   and a free port, as RFC 8252 wants and the registration allows.
3. Public client: a Google "installed" client config always has a ``client_secret``, and
   requests-oauthlib then sends it as HTTP Basic ``client_id:`` (empty password) in the code
   exchange, which the provider rejects for a ``none`` client. ``LoopbackFlow.fetch_token`` passes
   ``include_client_id=True`` (a public requests-oauthlib argument): client_id in the body, as RFC
   6749 §2.3/§4.1.3 has public clients do. google-auth's refresh already puts ``client_id`` and the
   (empty) ``client_secret`` in the body, which the provider accepts.
4. Token endpoint on reload: ``Credentials.from_authorized_user_info`` / ``_file`` always sets
   ``token_uri`` to Google's endpoint, ignoring the saved one. ``load_credentials`` restores the
   saved ``token_uri`` (the private ``_token_uri``: the public ``with_token_uri`` returns a copy
   without ``expiry``, which would make an expired token look valid forever).
5. Instrumentation only: ``_RedirectWSGIApp.__call__`` is wrapped to note when the browser's
   redirect reached the WSGI app (``stamps["callback"]``, a ``time.perf_counter`` value), so
   google_login.py can report its own callback -> stored next to the bench's (whose start is the
   request's arrival on the loopback interface, capture.py).

Module level imports only the standard library, so the token fast path pays only for what
google-auth itself needs.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

os.environ.setdefault("OAUTHLIB_INSECURE_TRANSPORT", "1")
os.environ.setdefault("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")

REDIRECT_PATH = "/callback"
# time.perf_counter() when the browser's redirect reached the loopback server (instrumentation).
stamps: dict[str, float] = {}


def client_config(issuer: str, client_id: str, client_secret: str = "") -> dict[str, Any]:
    """A Google-format "installed" client config pointing at the loopback issuer."""
    return {
        "installed": {
            "client_id": client_id,
            "client_secret": client_secret,
            "auth_uri": f"{issuer}/auth",
            "token_uri": f"{issuer}/token",
            "redirect_uris": [f"http://127.0.0.1{REDIRECT_PATH}"],
        }
    }


def loopback_flow(issuer: str, client_id: str, scopes: list[str], client_secret: str = ""):
    """An InstalledAppFlow whose redirect URI ends in /callback and that authenticates as a public
    client when it has no secret."""
    from google_auth_oauthlib import flow as flow_module

    original_call = flow_module._RedirectWSGIApp.__call__

    def stamped_call(self, environ, start_response):
        stamps["callback"] = time.perf_counter()
        return original_call(self, environ, start_response)

    flow_module._RedirectWSGIApp.__call__ = stamped_call

    class LoopbackFlow(flow_module.InstalledAppFlow):
        @property
        def redirect_uri(self) -> str:
            return self.oauth2session.redirect_uri

        @redirect_uri.setter
        def redirect_uri(self, value: str | None) -> None:
            if value:
                parts = urlsplit(value)
                if parts.path in ("", "/"):
                    value = urlunsplit(parts._replace(path=REDIRECT_PATH))
            self.oauth2session.redirect_uri = value

        def fetch_token(self, **kwargs: Any) -> Any:
            if not self.client_config.get("client_secret"):
                kwargs.setdefault("include_client_id", True)
            return super().fetch_token(**kwargs)

    return LoopbackFlow.from_client_config(client_config(issuer, client_id, client_secret), scopes=scopes)


def load_credentials(path: str):
    """``Credentials.from_authorized_user_file`` with the saved token_uri kept."""
    from google.oauth2.credentials import Credentials

    with open(path, encoding="utf-8") as handle:
        info = json.load(handle)
    creds = Credentials.from_authorized_user_info(info)
    # Not the public with_token_uri(): its copy drops ``expiry``, so an expired token would look
    # valid forever (google-auth 2.63 Credentials._make_copy). Same effect, no copy.
    creds._token_uri = info["token_uri"]
    return creds
