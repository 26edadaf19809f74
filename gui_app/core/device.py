"""Device sign-in (RFC 8628), for machines where no browser can come back to this app: show a
code and an address, let the person sign in on any device, and poll until they are done."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gui_app.core.endpoints import Endpoints
from gui_app.core.errors import AccessDenied, ConfigError, ProviderUnavailable, SignInTimedOut
from gui_app.core.i18n import translate
from gui_app.core.token_client import TokenClient, json_object
from gui_app.core.tokens import TokenSet, parse_token_response

if TYPE_CHECKING:
    from gui_app.core.login import LoginResult
    from gui_app.core.profiles import ClientProfile
    from gui_app.core.store import TokenStore

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_STEP = 5.0  # RFC 8628 §3.5: slow_down means "add 5 seconds to the interval"


@dataclass(frozen=True)
class DeviceAuthorization:
    """RFC 8628 §3.2. The device code is the secret half: it stays out of ``repr``."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_in: float
    interval: float
    device_code: str = field(repr=False)


def start(client: TokenClient, endpoints: Endpoints, scopes: tuple[str, ...]) -> DeviceAuthorization:
    if not endpoints.device_authorization_endpoint:
        raise ConfigError(
            translate("Device", "This provider does not offer device sign-in."),
            translate(
                "Device", "Sign in with a browser on this computer instead ('oauth-setup login NAME')."
            ),
        )
    data = {"scope": " ".join(scopes)} if scopes else {}
    response = client.post_form(endpoints.device_authorization_endpoint, data)
    body = json_object(response)
    if response.status_code != 200 or body is None:
        raise client.error_for(response, grant="device_code")
    try:
        return DeviceAuthorization(
            user_code=str(body["user_code"]),
            verification_uri=str(body.get("verification_uri") or body["verification_url"]),
            verification_uri_complete=body.get("verification_uri_complete"),
            expires_in=float(body.get("expires_in") or 600),
            interval=float(body.get("interval") or 5),
            device_code=str(body["device_code"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ProviderUnavailable(
            translate("Device", "The provider's device sign-in answer was incomplete.")
        ) from exc


def poll(
    client: TokenClient,
    authorization: DeviceAuthorization,
    *,
    scopes: tuple[str, ...] = (),
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    cancelled: Callable[[], bool] = lambda: False,
) -> TokenSet:
    """Ask for the tokens every ``interval`` seconds until the person finished (RFC 8628 §3.4-3.5)."""
    interval = authorization.interval
    deadline = clock() + authorization.expires_in
    while True:
        sleep(interval)
        if cancelled():
            from gui_app.core.errors import SignInCancelled

            raise SignInCancelled(translate("Device", "The device sign-in was cancelled."))
        response = client.post_form(
            client.token_endpoint, {"grant_type": GRANT_TYPE, "device_code": authorization.device_code}
        )
        body = json_object(response)
        if response.status_code == 200 and body is not None:
            return parse_token_response(body, time.time(), requested_scope=scopes)
        error = body.get("error") if body else None
        if error == "authorization_pending":
            pass
        elif error == "slow_down":
            interval += SLOW_DOWN_STEP
        elif error == "access_denied":
            raise AccessDenied(translate("Device", "The sign-in was refused on the other device."))
        elif error == "expired_token":
            raise _expired()
        else:
            raise client.error_for(response, grant="device_code")
        if clock() > deadline:
            raise _expired()


def _expired() -> SignInTimedOut:
    return SignInTimedOut(
        translate("Device", "The code expired before anyone finished signing in."),
        translate("Device", "Start the device sign-in again."),
    )


def device_login(
    profile: ClientProfile,
    store: TokenStore,
    show: Callable[[DeviceAuthorization], None],
    *,
    sleep: Callable[[float], None] = time.sleep,
    client_secret: str | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> LoginResult:
    """The whole device sign-in: start, show the code, poll, store (refresh token first), and
    hand the tokens to the export targets."""
    from gui_app.core.http import new_client
    from gui_app.core.login import LoginResult, resolve_endpoints
    from gui_app.core.redistribute import redistribute
    from gui_app.core.store import Metadata
    from gui_app.core.tokens import unverified_jwt_claims

    secret = None if profile.is_public else (client_secret or store.client_secret(profile.name))
    with new_client() as http:
        endpoints = resolve_endpoints(profile, http)
        with TokenClient(
            token_endpoint=endpoints.token_endpoint,
            client_id=profile.client_id,
            client_secret=secret,
            auth_method=profile.auth_method,
            revocation_endpoint=endpoints.revocation_endpoint,
            http=http,
        ) as client:
            authorization = start(client, endpoints, profile.scopes)
            show(authorization)
            tokens = poll(client, authorization, scopes=profile.scopes, sleep=sleep, cancelled=cancelled)
    claims = unverified_jwt_claims(tokens.id_token) if tokens.id_token else None
    account: dict[str, str] = {
        k: str(claims[k])[:200] for k in ("name", "email", "sub") if claims and k in claims
    }
    meta = store.save(
        profile.name,
        tokens,
        Metadata(
            issuer=endpoints.issuer,
            token_endpoint=endpoints.token_endpoint,
            revocation_endpoint=endpoints.revocation_endpoint,
            account=account,
        ),
        previous_refresh=None,
    )
    redistribute(profile, store, tokens, meta, refresh_changed=True)
    return LoginResult(tokens, meta, 0.0)
