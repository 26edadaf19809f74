"""Readiness check before a sign-in (``oauth-setup doctor NAME``): is everything in place for it to
work, and if not, exactly what to fix — in plain words.

Nothing here signs in or changes anything: the authorization request is sent without a user
and without following redirects, only to see whether the provider accepts the client and its
redirect address.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import urlsplit

import httpx

from gui_app.core.authorize import build_authorization_request
from gui_app.core.endpoints import Endpoints
from gui_app.core.errors import AuthError, KeyringUnavailable
from gui_app.core.http import new_client
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate
from gui_app.core.profiles import ClientProfile, ProviderPreset
from gui_app.core.store import TokenStore

Outcome = Literal["pass", "warn", "fail"]
CLOCK_SKEW_LIMIT = 120.0
# How providers word a redirect address that is not registered (oidc-provider, Keycloak, Okta,
# Entra ID's AADSTS50011, Auth0, GoTo / Spring: "redirect_uri_mismatch" / "Invalid redirect").
_REDIRECT_REFUSED = re.compile(
    r"invalid_redirect_uri|redirect_uri_mismatch|invalid redirect|AADSTS50011"
    r"|redirect[_ ]uri.{0,60}(did not match|does not match|not match|mismatch|not registered"
    r"|not allowed|invalid)",
    re.IGNORECASE | re.DOTALL,
)
_CLIENT_UNKNOWN = re.compile(
    r"invalid_client|client.{0,20}not found|unknown client|AADSTS700016", re.IGNORECASE
)


@dataclass(frozen=True)
class Check:
    """One check's result. ``key`` is the check's English name (marked for translation), which
    ``--json`` shows unchanged; ``name`` is that name in the admin's language."""

    key: str
    outcome: Outcome
    message: str
    fix: str = ""

    @property
    def name(self) -> str:
        return translate("Doctor", self.key)


def exit_code(checks: list[Check]) -> int:
    """0 all passed, 1 warnings only, 2 a failure."""
    outcomes = {c.outcome for c in checks}
    return 2 if "fail" in outcomes else 1 if "warn" in outcomes else 0


def run_doctor(
    profile: ClientProfile,
    store: TokenStore,
    preset: ProviderPreset | None = None,
    product: str | None = None,
) -> list[Check]:
    checks: list[Check] = []
    if preset is not None and product and product in preset.unsupported_products:
        return [
            Check(
                QT_TRANSLATE_NOOP("Doctor", "Sign-in method"),
                "fail",
                translate(
                    "Doctor", "{product} only allows password sign-in, which this app replaces."
                ).format(product=product),
                translate(
                    "Doctor",
                    "Keep its integration as it is until the provider offers authorization-code sign-in.",
                ),
            )
        ]
    with new_client() as http:
        endpoints, provider_check, date_header = _provider(profile, http)
        checks.append(provider_check)
        if endpoints is not None:
            checks.append(_redirect(profile, endpoints, http))
        checks.append(_clock(date_header))
    checks.append(_port(profile))
    checks.append(_keyring(store))
    return checks


def _provider(profile: ClientProfile, http: httpx.Client) -> tuple[Endpoints | None, Check, str | None]:
    from gui_app.core.login import resolve_endpoints

    name = QT_TRANSLATE_NOOP("Doctor", "Provider")
    try:
        endpoints = resolve_endpoints(profile, http)
    except AuthError as exc:
        return None, Check(name, "fail", exc.message, exc.next_step), None
    try:
        response = http.get(endpoints.authorization_endpoint)
    except httpx.HTTPError as exc:
        failed = (
            translate("Doctor", "The sign-in address {address} failed: its certificate is not valid.")
            if "CERTIFICATE" in str(exc).upper()
            else translate("Doctor", "The sign-in address {address} failed: it could not be reached.")
        )
        return (
            endpoints,
            Check(
                name,
                "fail",
                failed.format(address=endpoints.authorization_endpoint),
                translate("Doctor", "Check the address and this computer's network and proxy settings."),
            ),
            None,
        )
    found = (
        translate("Doctor", "{host}: its settings were found and its issuer matches.")
        if profile.issuer
        else translate("Doctor", "{host}: its addresses answer.")
    )
    return (
        endpoints,
        Check(name, "pass", found.format(host=urlsplit(endpoints.authorization_endpoint).netloc)),
        (response.headers.get("date")),
    )


def _redirect(profile: ClientProfile, endpoints: Endpoints, http: httpx.Client) -> Check:
    """Send the real authorization request, unattended and without following redirects: a
    provider that dislikes the client or the redirect address says so right away."""
    port = profile.redirect_port or 49152
    redirect_uri = profile.redirect_uri(port)
    shown = profile.redirect_uri(0).replace(":0/", "/") if not profile.redirect_port else redirect_uri
    request = build_authorization_request(
        endpoints.authorization_endpoint, profile.client_id, redirect_uri, profile.scopes
    )
    name = QT_TRANSLATE_NOOP("Doctor", "Redirect address")
    try:
        response = http.get(request.url)
    except httpx.HTTPError:
        return Check(
            name,
            "warn",
            translate("Doctor", "The provider did not answer the test sign-in request."),
            translate("Doctor", "Try again later."),
        )
    location = response.headers.get("location", "")
    body = response.text[:20000] if response.status_code >= 400 or not location else ""
    if location.startswith(redirect_uri):
        error = re.search(r"[?&]error=([^&]+)", location)
        if error and error.group(1) in ("unauthorized_client", "invalid_client"):
            return Check(
                name,
                "fail",
                translate("Doctor", "The provider refused the client ({error}).").format(
                    error=error.group(1)
                ),
                _portal(profile),
            )
        return Check(
            name,
            "pass",
            translate("Doctor", "{address} is accepted for client {client}.").format(
                address=shown, client=profile.client_id
            ),
        )
    if _REDIRECT_REFUSED.search(body) or _REDIRECT_REFUSED.search(location):
        return Check(
            name,
            "fail",
            translate(
                "Doctor", "The provider does not accept the redirect address {address} for client {client}."
            ).format(address=shown, client=profile.client_id),
            _register(profile).format(address=shown),
        )
    if _CLIENT_UNKNOWN.search(body) or _CLIENT_UNKNOWN.search(location):
        return Check(
            name,
            "fail",
            translate("Doctor", "The provider does not know the client ID {client}.").format(
                client=profile.client_id
            ),
            _portal(profile),
        )
    if response.status_code >= 400:
        return Check(
            name,
            "warn",
            translate(
                "Doctor", "The provider answered the test sign-in request with an error (HTTP {status})."
            ).format(status=response.status_code),
            _check_registered(profile).format(address=shown),
        )
    return Check(
        name,
        "pass",
        translate("Doctor", "The provider accepts client {client} and shows its sign-in page.").format(
            client=profile.client_id
        ),
    )


def _register(profile: ClientProfile) -> str:
    """Where to register the redirect address ``{address}``, as one sentence."""
    if profile.preset == "goto":
        return translate(
            "Doctor",
            "Register exactly {address} for this client in the GoTo Developer Center "
            "(OAuth Clients → your client → Redirect URIs).",
        )
    return translate(
        "Doctor",
        "Register exactly {address} for this client in the provider's developer portal "
        "(its list of redirect or callback addresses).",
    )


def _check_registered(profile: ClientProfile) -> str:
    """To check that the redirect address ``{address}`` is registered, as one sentence."""
    if profile.preset == "goto":
        return translate(
            "Doctor",
            "If signing in fails, check that {address} is registered for this client in the GoTo "
            "Developer Center (OAuth Clients → your client → Redirect URIs).",
        )
    return translate(
        "Doctor",
        "If signing in fails, check that {address} is registered for this client in the provider's "
        "developer portal (its list of redirect or callback addresses).",
    )


def _portal(profile: ClientProfile) -> str:
    if profile.preset == "goto":
        return translate(
            "Doctor",
            "Check the client ID in the GoTo Developer Center, and that the client may use the "
            "authorization code grant.",
        )
    return translate(
        "Doctor",
        "Check the client ID in the provider's developer portal, and that the client may use the "
        "authorization code grant.",
    )


def _clock(date_header: str | None) -> Check:
    name = QT_TRANSLATE_NOOP("Doctor", "Clock")
    if not date_header:
        return Check(
            name,
            "warn",
            translate("Doctor", "The provider did not say what time it is, so the clock was not compared."),
        )
    try:
        provider_time = parsedate_to_datetime(date_header).timestamp()
    except (TypeError, ValueError):
        return Check(name, "warn", translate("Doctor", "The provider's time could not be read."))
    skew = time.time() - provider_time
    if abs(skew) > CLOCK_SKEW_LIMIT:  # more than 2 minutes: always "minutes"
        off = (
            translate(
                "Doctor",
                "This computer's clock is {minutes} minutes ahead of the provider's: expiry times "
                "shown here would be wrong, and tokens may be renewed too late.",
            )
            if skew > 0
            else translate(
                "Doctor",
                "This computer's clock is {minutes} minutes behind the provider's: expiry times "
                "shown here would be wrong, and tokens may be renewed too late.",
            )
        )
        return Check(
            name,
            "warn",
            off.format(minutes=f"{abs(skew) / 60:.0f}"),
            translate("Doctor", "Turn on automatic time (NTP) in the system settings."),
        )
    return Check(
        name,
        "pass",
        translate("Doctor", "This computer's clock agrees with the provider's (within {seconds} s).").format(
            seconds=f"{abs(skew):.0f}"
        ),
    )


def _port(profile: ClientProfile) -> Check:
    name = QT_TRANSLATE_NOOP("Doctor", "Redirect port")
    if not profile.redirect_port:
        return Check(name, "pass", translate("Doctor", "Any free port on 127.0.0.1 will do."))
    from gui_app.core.errors import RedirectPortBusy
    from gui_app.core.loopback import LoopbackReceiver

    try:
        with LoopbackReceiver("doctor", port=profile.redirect_port):
            pass
    except RedirectPortBusy as exc:
        return Check(name, "fail", exc.message, exc.next_step)
    except (AuthError, OSError) as exc:
        return Check(
            name,
            "fail",
            translate("Doctor", "Port {port} cannot be used ({error}).").format(
                port=profile.redirect_port, error=exc
            ),
        )
    return Check(
        name,
        "pass",
        translate("Doctor", "Port {port} on 127.0.0.1 is free.").format(port=profile.redirect_port),
    )


def _keyring(store: TokenStore) -> Check:
    name = QT_TRANSLATE_NOOP("Doctor", "Keyring")
    try:
        store.secrets.warm_up()
        store.secrets.get("doctor/probe")
    except KeyringUnavailable as exc:
        return Check(name, "fail", exc.message, exc.next_step)
    description = store.secrets.description
    if "file" in type(store.secrets).__name__.lower():
        return Check(
            name,
            "warn",
            translate("Doctor", "Secrets are kept in {description}.").format(description=description),
            translate("Doctor", "Use the system keyring where there is one."),
        )
    return Check(
        name,
        "pass",
        translate("Doctor", "Secrets are kept in {description}; it is unlocked.").format(
            description=description
        ),
    )


def checks_to_json(checks: list[Check]) -> list[dict[str, str]]:
    """``check`` is the English name (a stable key); message and fix are in the admin's language."""
    return [{"check": c.key, "outcome": c.outcome, "message": c.message, "fix": c.fix} for c in checks]
