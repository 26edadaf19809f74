"""Bench-only shim: MSAL + msal-extensions against the plain-http loopback test issuer.

Never imported by the product (gui_app/); only by bench/peers/msal_login.py and msal_token.py.
Each patch below changes *where* the peer talks or listens, not how it does the OAuth work:

1. Plain-http authority: MSAL takes a generic OpenID Connect issuer as ``oidc_authority`` (MSAL
   >= 1.28), but ``msal.authority.canonicalize`` accepts only ``https://host/segment`` URLs and is
   applied to the authority, to the discovered token endpoint and (msal.token_cache, which
   imports it by name) to every token response's endpoint. ``canonicalize`` is wrapped
   so that ``http://127.0.0.1:<port>[/...]`` (loopback only) is accepted, with the tenant taken
   from the first path segment or ``"loopback"``; everything else still goes to MSAL's own check.
   The issuer check (``has_valid_issuer``: the discovered issuer equals the authority) is untouched.
2. Redirect URI: ``PublicClientApplication.acquire_token_interactive`` hard-codes
   ``http://localhost:<port>`` (no path); the provider's clients are registered with
   ``http://127.0.0.1/callback`` (any port; RFC 8252 §7.3 prefers the IP literal). The app's
   ``client.obtain_token_by_browser`` is wrapped to turn ``http://localhost:N`` into
   ``http://127.0.0.1:N/callback``. MSAL's own receiver (oauth2cli.authcode) already listens on
   127.0.0.1, answers any path and keeps the path of the redirect URI it is given; MSAL's
   ``response_mode=form_post`` is left as it is.
3. Instrumentation only: ``_AuthCodeHandler._process_auth_response`` is wrapped to note when the
   browser's answer had been read by MSAL's handler, and the token cache persistence's ``save`` to
   note when the tokens were written (``time.perf_counter`` and ``time.time_ns``), so
   msal_login.py can report the write's time to the bench (which pairs it with the answer's
   arrival on the loopback interface, capture.py) and its own callback -> stored beside it.

``build_app`` is the app the peer scripts use: ``PublicClientApplication`` (public client, PKCE,
as MSAL does for desktop apps) with msal-extensions' ``PersistedTokenCache`` over
``FilePersistence`` (a plain JSON file plus its ``.lockfile``: msal-extensions' Linux keyring
persistence needs PyGObject, which is not in the venv) and MSAL's documented recipe for a CLI's
persisted ``http_cache`` (so the OIDC discovery GET is not repeated by every process).
"""

from __future__ import annotations

import atexit
import os
import pickle
import time
from typing import Any
from urllib.parse import urlparse, urlsplit, urlunsplit

import msal
import msal.authority
import msal.oauth2cli.authcode
import msal.token_cache
from msal_extensions import FilePersistence, PersistedTokenCache

REDIRECT_PATH = "/callback"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# time.perf_counter() of the callback's arrival ("callback") and of the last token write ("stored"),
# and time.time_ns() of that write ("stored_ns", paired with the bench's packet capture).
stamps: dict[str, float] = {}

_original_canonicalize = msal.authority.canonicalize


def _canonicalize(authority_or_auth_endpoint: str):
    parsed = urlsplit(authority_or_auth_endpoint)
    if parsed.scheme == "http" and parsed.hostname in LOOPBACK_HOSTS:
        segments = [part for part in parsed.path.split("/") if part]
        return urlparse(authority_or_auth_endpoint), parsed.hostname, segments[0] if segments else "loopback"
    return _original_canonicalize(authority_or_auth_endpoint)


msal.authority.canonicalize = _canonicalize
msal.token_cache.canonicalize = _canonicalize  # token_cache imported it by name

_original_process = msal.oauth2cli.authcode._AuthCodeHandler._process_auth_response


def _stamped_process(self, auth_response):
    stamps["callback"] = time.perf_counter()
    return _original_process(self, auth_response)


msal.oauth2cli.authcode._AuthCodeHandler._process_auth_response = _stamped_process


def _loopback_redirect(uri: str) -> str:
    parts = urlsplit(uri)
    if parts.hostname == "localhost" and parts.path in ("", "/"):
        return urlunsplit(parts._replace(netloc=f"127.0.0.1:{parts.port or 0}", path=REDIRECT_PATH))
    return uri


def _persisted_http_cache(path: str) -> dict[str, Any]:
    """MSAL's recipe (ClientApplication docstring, ``http_cache``), written atomically."""
    try:
        with open(path, "rb") as handle:
            cache: dict[str, Any] = pickle.load(handle)  # noqa: S301 - this bench's own file
    except Exception:  # the recipe: start afresh on any loading error
        cache = {}

    def flush() -> None:
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            pickle.dump(cache, handle)
        os.replace(tmp, path)

    atexit.register(flush)
    return cache


def build_app(issuer: str, client_id: str, cache_path: str) -> msal.PublicClientApplication:
    persistence = FilePersistence(cache_path)
    original_save = persistence.save

    def stamped_save(content: str) -> None:
        original_save(content)
        stamps["stored"] = time.perf_counter()
        stamps["stored_ns"] = time.time_ns()

    persistence.save = stamped_save
    app = msal.PublicClientApplication(
        client_id,
        oidc_authority=issuer,
        token_cache=PersistedTokenCache(persistence),
        http_cache=_persisted_http_cache(cache_path + ".http_cache"),
        # MSAL always adds offline_access; the test provider grants it only with prompt=consent
        # (it issues a refresh token regardless) and answers invalid_scope to a refresh that
        # names it. No contender in the bench asks for it (see README.md).
        exclude_scopes=["offline_access"],
    )
    original_browser = app.client.obtain_token_by_browser

    def obtain_token_by_browser(*args: Any, redirect_uri: str | None = None, **kwargs: Any) -> Any:
        if redirect_uri is not None:
            redirect_uri = _loopback_redirect(redirect_uri)
        return original_browser(*args, redirect_uri=redirect_uri, **kwargs)

    app.client.obtain_token_by_browser = obtain_token_by_browser
    return app
