"""One sign-in from start to stored tokens: the authorization code grant with PKCE over a
loopback redirect (RFC 6749 §4.1, RFC 7636, RFC 8252).

Used by the command line and, from a worker thread, by the wizard. The loopback listener is
started *before* the browser opens (RFC 8252 §7.3), and one attempt's state and verifier are
dropped once it ends.
"""

from __future__ import annotations

import contextlib
import hmac
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui_app.core.authorize import (
    AuthorizationRequest,
    build_authorization_request,
    new_state,
    validate_authorization_response,
)
from gui_app.core.endpoints import Endpoints
from gui_app.core.errors import AuthError, ConfigError, IssuerMismatch, SignInFailed
from gui_app.core.i18n import translate
from gui_app.core.loopback import LoopbackReceiver
from gui_app.core.profiles import ClientProfile
from gui_app.core.redistribute import redistribute
from gui_app.core.store import Metadata, TokenStore
from gui_app.core.tokens import TokenSet, unverified_jwt_claims
from gui_app.logs import debug

if TYPE_CHECKING:
    import httpx

LOGIN_TIMEOUT = 300.0
# Provider metadata is reused for a day (RFC 8414 §3: it is meant to be cached); then, and for
# any other issuer, it is fetched and checked again.
METADATA_CACHE_SECONDS = 86400.0


def resolve_endpoints(
    profile: ClientProfile, http: httpx.Client | None = None, cached: Metadata | None = None
) -> Endpoints:
    """The profile's explicit endpoints, else the metadata cached at the last sign-in (if it is
    recent and for the same issuer), else discovery."""
    explicit = profile.explicit_endpoints()
    if explicit is not None:
        return explicit
    if profile.issuer is None:  # ClientProfile.__post_init__ makes this unreachable
        raise ConfigError(
            translate("Login", "The sign-in '{name}' has no issuer address.").format(name=profile.name)
        )
    from_cache = _cached_endpoints(profile.issuer, cached)
    if from_cache is not None:
        return from_cache
    from gui_app.core.discovery import discover

    return discover(profile.issuer, http)


def _cached_endpoints(issuer: str, meta: Metadata | None) -> Endpoints | None:
    cache: dict[str, Any] = meta.provider_metadata if meta else {}
    if cache.get("issuer") != issuer or time.time() - float(cache.get("at", 0)) > METADATA_CACHE_SECONDS:
        return None
    try:
        return Endpoints(
            issuer=issuer,
            authorization_endpoint=str(cache["authorization_endpoint"]),
            token_endpoint=str(cache["token_endpoint"]),
            revocation_endpoint=cache.get("revocation_endpoint"),
            userinfo_endpoint=cache.get("userinfo_endpoint"),
            device_authorization_endpoint=cache.get("device_authorization_endpoint"),
            iss_parameter_supported=cache.get("iss_parameter_supported") is True,
        ).checked()
    except (KeyError, TypeError, ValueError, AuthError):
        return None


def endpoints_for_cache(endpoints: Endpoints) -> dict[str, Any]:
    return {
        "issuer": endpoints.issuer,
        "authorization_endpoint": endpoints.authorization_endpoint,
        "token_endpoint": endpoints.token_endpoint,
        "revocation_endpoint": endpoints.revocation_endpoint,
        "userinfo_endpoint": endpoints.userinfo_endpoint,
        "device_authorization_endpoint": endpoints.device_authorization_endpoint,
        "iss_parameter_supported": endpoints.iss_parameter_supported,
        "at": time.time(),
    }


@dataclass(frozen=True)
class LoginResult:
    tokens: TokenSet
    metadata: Metadata
    callback_to_stored_seconds: float


class LoginSession:
    """One sign-in attempt: ``begin()`` starts the listener and returns the address to open,
    ``finish()`` waits for the answer and stores the tokens, ``cancel()`` may come from any
    thread. Use as a context manager so the listener always closes."""

    def __init__(
        self,
        profile: ClientProfile,
        store: TokenStore,
        endpoints: Endpoints | None = None,
        http: httpx.Client | None = None,
        client_secret: str | None = None,
    ) -> None:
        """``client_secret``: use this one instead of the stored one (the wizard stores the
        secret only when the admin clicks Finish)."""
        self.profile = profile
        self.store = store
        # With the provider's metadata cached from the last sign-in, the browser opens without
        # waiting for httpx (~45 ms to import) or a TLS context (~25 ms): both are prepared while
        # the person signs in.
        self._owns_http = http is None
        self._http = http
        if endpoints is None and profile.explicit_endpoints() is None:
            cached = store.metadata(profile.name)
            if _cached_endpoints(profile.issuer or "", cached) is None:
                from gui_app.core.http import new_client

                self._http = self._http or new_client()
            try:
                endpoints = resolve_endpoints(profile, self._http, cached)
            except BaseException:
                if self._owns_http and self._http is not None:
                    self._http.close()
                raise
        self.endpoints = endpoints or resolve_endpoints(profile)
        self._receiver: LoopbackReceiver | None = None
        self._request: AuthorizationRequest | None = None
        self._client_secret = client_secret
        self._result: LoginResult | None = None
        self._warm_up: threading.Thread | None = None

    def __enter__(self) -> LoginSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
        if self._warm_up is not None:
            self._warm_up.join()
        if self._owns_http and self._http is not None:
            self._http.close()

    def begin(self) -> str:
        """Start listening on 127.0.0.1 and return the authorization URL to open."""
        self.close()
        client_secret = None
        if not self.profile.is_public:
            client_secret = self._client_secret or self.store.client_secret(self.profile.name)
        if not self.profile.is_public and not client_secret:
            raise ConfigError(
                translate("LoginSession", "No client secret is stored for '{name}'.").format(
                    name=self.profile.name
                ),
                translate(
                    "LoginSession", "Enter it again: 'oauth-setup profile add NAME … --client-secret-stdin'."
                ),
            )
        self._client_secret = client_secret
        # Load the keyring backend (~100 ms of imports and discovery) while the person signs in,
        # not between the browser's return and the tokens being stored.
        self._warm_up = threading.Thread(target=self._warm_up_store, daemon=True)
        self._warm_up.start()
        # The receiver needs the state and the request needs the receiver's port: pick the
        # state first.
        state = new_state()
        receiver = LoopbackReceiver(
            expected_state=state,
            port=self.profile.redirect_port,
            path=self.profile.redirect_path,
            validator=self._validate,
        )
        receiver.start()
        self._receiver = receiver
        request = build_authorization_request(
            self.endpoints.authorization_endpoint,
            self.profile.client_id,
            self.profile.redirect_uri(receiver.port),
            self.profile.scopes,
            state=state,
        )
        self._request = request
        debug(__name__, "Sign-in for %s: listening on 127.0.0.1 port %d.", self.profile.name, receiver.port)
        return request.url

    def _warm_up_store(self) -> None:
        """In the background while the person signs in: the HTTP client for the code exchange
        and the keyring backend for storing the tokens."""
        import gui_app.core.token_client  # noqa: F401 - imported by the code exchange, so now

        if self._http is None:
            from gui_app.core.http import new_client

            self._http = new_client()
        with contextlib.suppress(AuthError):  # the write after the sign-in reports it properly
            self.store.secrets.warm_up()

    def _validate(self, params: Mapping[str, str]) -> None:
        """Runs on the listener's thread before the browser gets its page: check the answer,
        exchange the code and store the tokens, so that "You are signed in" in the browser is
        only shown once it is true (and an error page shows what went wrong)."""
        assert self._request is not None
        request = self._request
        received_at = time.perf_counter()
        code = validate_authorization_response(
            params, request, self.endpoints.issuer, self.endpoints.iss_parameter_supported
        )
        from gui_app.core.token_client import TokenClient

        if self._warm_up is not None:
            self._warm_up.join()
        with TokenClient(
            token_endpoint=self.endpoints.token_endpoint,
            client_id=self.profile.client_id,
            client_secret=self._client_secret,
            auth_method=self.profile.auth_method,
            revocation_endpoint=self.endpoints.revocation_endpoint,
            http=self._http,
        ) as client:
            tokens = client.exchange_code(
                code, request.redirect_uri, request.code_verifier, self.profile.scopes
            )
        account = self._check_id_token(tokens, request)
        # A new grant: its refresh token is new, so no keyring read is needed here.
        previous = self.store.metadata(self.profile.name)
        meta = self.store.save(
            self.profile.name,
            tokens,
            Metadata(
                issuer=self.endpoints.issuer,
                token_endpoint=self.endpoints.token_endpoint,
                revocation_endpoint=self.endpoints.revocation_endpoint,
                account=account,
                provider_metadata=endpoints_for_cache(self.endpoints) if self.endpoints.issuer else {},
                last_refresh_at=previous.last_refresh_at if previous else None,
                last_refresh_result=previous.last_refresh_result if previous else None,
            ),
            previous_refresh=None,
        )
        arrived = self._receiver.received_at if self._receiver is not None else None
        elapsed = time.perf_counter() - (arrived or received_at)
        self._result = LoginResult(tokens, meta, elapsed)

    def finish(self, timeout: float = LOGIN_TIMEOUT) -> LoginResult:
        """Wait until the browser came back and the tokens are stored; then hand them to the
        export targets."""
        if self._receiver is None or self._request is None:
            raise RuntimeError("begin() first")
        try:
            self._receiver.wait(timeout)  # raises what _validate raised
            result = self._result
            if result is None:  # pragma: no cover - the receiver only settles after _validate
                raise SignInFailed(translate("LoginSession", "The sign-in answer was not processed."))
            debug(
                __name__,
                "Sign-in for %s: tokens stored %.1f ms after the answer arrived.",
                self.profile.name,
                result.callback_to_stored_seconds * 1000,
            )
            redistribute(self.profile, self.store, result.tokens, result.metadata, refresh_changed=True)
            return result
        finally:
            self.close()

    def cancel(self) -> None:
        if self._receiver is not None:
            self._receiver.cancel()

    def close(self) -> None:
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None

    def _check_id_token(self, tokens: TokenSet, request: AuthorizationRequest) -> dict[str, str]:
        """Who signed in, for display. The ID token came straight from the token endpoint over
        TLS, so its signature need not be checked (OIDC Core §3.1.3.7 step 6); its issuer,
        audience and nonce still must match (steps 2, 3, 11)."""
        if not tokens.id_token:
            return {}
        claims = unverified_jwt_claims(tokens.id_token)
        if claims is None:
            raise SignInFailed(translate("LoginSession", "The provider's identity token could not be read."))
        if self.endpoints.issuer and claims.get("iss") != self.endpoints.issuer:
            raise IssuerMismatch(
                translate(
                    "LoginSession",
                    "The identity token was issued by a different provider than the one asked.",
                )
            )
        audience = claims.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if self.profile.client_id not in audiences:
            raise SignInFailed(
                translate("LoginSession", "The identity token was issued for a different client.")
            )
        nonce = claims.get("nonce")
        if request.nonce is not None and not (
            isinstance(nonce, str) and hmac.compare_digest(nonce.encode(), request.nonce.encode())
        ):
            raise SignInFailed(
                translate(
                    "LoginSession", "The identity token does not belong to this sign-in (nonce mismatch)."
                )
            )
        return {
            key: str(claims[key])[:200]
            for key in ("name", "email", "preferred_username", "sub")
            if isinstance(claims.get(key), str | int)
        }


def login(
    profile: ClientProfile,
    store: TokenStore,
    open_url: Callable[[str], None],
    timeout: float = LOGIN_TIMEOUT,
) -> LoginResult:
    """The whole flow in one call (the command line's ``login``)."""
    with LoginSession(profile, store) as session:
        url = session.begin()
        open_url(url)
        return session.finish(timeout)
