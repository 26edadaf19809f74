"""``TokenManager``: a valid access token on demand, refreshing at most once across processes.

Rules (design.md; RFC 9700 §4.14.2 on refresh token rotation):
- refresh under a per-profile file lock, and re-read the store after taking it, so that 16
  processes finding the same expired token make one refresh and all use its result;
- persist a rotated refresh token before the new access token is handed to anyone;
- a failed refresh never deletes the stored refresh token (only ``logout`` does).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from gui_app.core.errors import (
    AuthError,
    KeyringUnavailable,
    NotSignedIn,
    ProviderUnavailable,
    ReauthRequired,
)
from gui_app.core.i18n import translate
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile
from gui_app.core.signals import deferred_signals
from gui_app.core.store import Metadata, TokenStore
from gui_app.core.tokens import DEFAULT_LEEWAY, TokenSet
from gui_app.logs import debug

if TYPE_CHECKING:
    from gui_app.core.token_client import TokenClient

LOCK_TIMEOUT = 90.0


class TokenManager:
    """Hands out access tokens for profiles. httpx is imported only when a refresh is needed,
    which keeps ``oauth-setup token`` fast when the stored token is still valid."""

    def __init__(
        self,
        paths: AppPaths,
        store: TokenStore,
        clock: Callable[[], float] = time.time,
        leeway: float = DEFAULT_LEEWAY,
        client_factory: Callable[[ClientProfile, Metadata | None, str | None], TokenClient] | None = None,
    ) -> None:
        self.paths = paths
        self.store = store
        self.clock = clock
        self.leeway = leeway
        self.client_factory = client_factory or make_token_client

    def access_token(self, profile: ClientProfile) -> str:
        """A token valid for at least the leeway (refreshing if needed)."""
        tokens, _ = self.store.load(profile.name)
        if tokens is None:
            raise NotSignedIn(
                translate("TokenManager", "The sign-in '{name}' has no tokens yet.").format(name=profile.name)
            )
        if tokens.access_token and not tokens.is_expired(self._leeway_for(tokens), self.clock()):
            return tokens.access_token
        return self._refresh(profile, seen=tokens).access_token

    def _leeway_for(self, tokens: TokenSet) -> float:
        """Renew ``leeway`` seconds early, but never earlier than half the token's lifetime: a
        token that lives 5 seconds would otherwise be renewed on every call."""
        if tokens.expires_at is None or not tokens.obtained_at:
            return self.leeway
        return min(self.leeway, max(0.0, (tokens.expires_at - tokens.obtained_at) / 2))

    def refresh(self, profile: ClientProfile) -> TokenSet:
        """Refresh now, whatever the access token's expiry."""
        return self._refresh(profile, seen=None)

    def _refresh(self, profile: ClientProfile, seen: TokenSet | None) -> TokenSet:
        from filelock import FileLock, Timeout

        self.paths.locks_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = FileLock(self.paths.locks_dir / f"{profile.name}.lock")
        try:
            with lock.acquire(timeout=LOCK_TIMEOUT):
                return self._refresh_locked(profile, seen)
        except Timeout:
            raise ProviderUnavailable(
                translate(
                    "TokenManager",
                    "Another oauth-setup process has been renewing '{name}' for over {seconds} seconds.",
                ).format(name=profile.name, seconds=int(LOCK_TIMEOUT)),
                translate(
                    "TokenManager",
                    "Wait a minute and try again; if it persists, check for a stuck 'oauth-setup' process.",
                ),
            ) from None

    def _refresh_locked(self, profile: ClientProfile, seen: TokenSet | None) -> TokenSet:
        """``seen``: the tokens that looked expired before the lock (None: refresh regardless)."""
        tokens, meta = self.store.load(profile.name)
        if tokens is None:
            raise NotSignedIn(
                translate("TokenManager", "The sign-in '{name}' has no tokens yet.").format(name=profile.name)
            )
        if seen is not None and tokens.access_token:
            now = self.clock()
            # Another process refreshed while we waited for the lock: its token is fresh even
            # if its whole lifetime is shorter than our leeway, so use it while it is valid.
            renewed = tokens.access_token != seen.access_token
            if not tokens.is_expired(0.0 if renewed else self._leeway_for(tokens), now):
                return tokens
        if not tokens.refresh_token:
            raise ReauthRequired(
                translate(
                    "TokenManager",
                    "The access token of '{name}' expired and the provider gave no refresh token.",
                ).format(name=profile.name)
            )
        meta = meta or Metadata()
        client = self.client_factory(profile, meta, self.store.client_secret(profile.name))
        # From the request until the rotated token is stored, a Ctrl+C or SIGTERM waits: dying in
        # between would lose the only valid refresh token. (No retry either: a refresh whose
        # answer was lost must not be replayed — the next call re-reads the store.)
        self.store.secrets.warm_up()
        debug(__name__, "Renewing the access token of %s.", profile.name)
        with deferred_signals():
            try:
                fresh = client.refresh(tokens)
            except AuthError as exc:
                debug(__name__, "Renewing %s failed: %s", profile.name, type(exc).__name__)
                meta.last_refresh_at = self.clock()
                meta.last_refresh_result = exc.message
                meta.last_refresh_error = type(exc).__name__
                if isinstance(exc, ReauthRequired):
                    meta.reauth_reason = exc.message
                self.store.write_metadata(profile.name, meta)
                raise
            finally:
                client.close()
            debug(__name__, "The provider answered the renewal of %s; storing it.", profile.name)
            meta.last_refresh_at = self.clock()
            meta.last_refresh_result = "ok"
            meta.last_refresh_error = None
            self._persist(profile, fresh, meta, tokens)
            debug(
                __name__,
                "Renewed %s; refresh token rotated: %s.",
                profile.name,
                fresh.refresh_token != tokens.refresh_token,
            )
            # Only now, with the new tokens safe in our store, do the integrations get them.
            from gui_app.core.redistribute import redistribute

            redistribute(
                profile,
                self.store,
                fresh,
                meta,
                refresh_changed=fresh.refresh_token != tokens.refresh_token,
                clock=self.clock,
            )
        return fresh

    def _persist(self, profile: ClientProfile, fresh: TokenSet, meta: Metadata, old: TokenSet) -> None:
        """Store the new tokens, retrying a failing keyring: after a rotation they are the only
        valid ones. If it still fails, say exactly what was lost and what to do."""
        for delay in (*PERSIST_RETRY_DELAYS, None):
            try:
                self.store.save(profile.name, fresh, meta, previous_refresh=old.refresh_token)
                return
            except KeyringUnavailable as exc:
                if delay is None:
                    rotated = fresh.refresh_token != old.refresh_token
                    lost = (
                        translate(
                            "TokenManager",
                            "The provider issued a new refresh token, but the system keyring refused to "
                            "store it ({error}); the previous token is no longer valid.",
                        ).format(error=exc.message)
                        if rotated
                        else translate(
                            "TokenManager", "The renewed access token could not be stored: {error}"
                        ).format(error=exc.message)
                    )
                    meta.reauth_reason = lost if rotated else meta.reauth_reason
                    meta.last_refresh_result = lost
                    meta.last_refresh_error = "KeyringUnavailable"
                    self.store.write_metadata(profile.name, meta)
                    raise KeyringUnavailable(
                        lost,
                        translate(
                            "TokenManager",
                            "Unlock or repair the keyring, then sign in again with 'oauth-setup login NAME'.",
                        )
                        if rotated
                        else exc.next_step,
                    ) from exc
                time.sleep(delay)


PERSIST_RETRY_DELAYS = (0.2, 0.5, 1.0)


def make_token_client(
    profile: ClientProfile, meta: Metadata | None, client_secret: str | None
) -> TokenClient:
    """A TokenClient for the endpoints this profile signed in with (saved at login), else the
    profile's explicit ones, else discovery."""
    from gui_app.core.token_client import TokenClient

    token_endpoint = meta.token_endpoint if meta else None
    revocation_endpoint = meta.revocation_endpoint if meta else None
    if not token_endpoint:
        from gui_app.core.login import resolve_endpoints

        endpoints = resolve_endpoints(profile)
        token_endpoint, revocation_endpoint = endpoints.token_endpoint, endpoints.revocation_endpoint
    return TokenClient(
        token_endpoint=token_endpoint,
        client_id=profile.client_id,
        client_secret=client_secret,
        auth_method=profile.auth_method,
        revocation_endpoint=revocation_endpoint,
    )
