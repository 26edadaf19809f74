"""What state a sign-in is in, from stored facts only (no network, no token values)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from gui_app.core.i18n import translate
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import Metadata, TokenStore

State = Literal["ok", "expiring", "reauth-required"]
ExpirySource = Literal["provider", "estimated", "unknown"]
# Warn this long before a refresh token runs out (issue 4: "expires in 3 days — Renew now").
EXPIRING_WINDOW = 3 * 86400


@dataclass(frozen=True)
class ExportStatus:
    """One redistribution target and how its last write went (``ok`` None: not written yet)."""

    stored: str
    description: str
    token: str
    ok: bool | None
    message: str = ""
    at: float | None = None


@dataclass(frozen=True)
class ProfileStatus:
    name: str
    state: State
    reason: str
    access_expires_at: float | None = None
    has_access_token: bool = False
    has_refresh_token: bool = False
    refresh_expires_at: float | None = None
    refresh_expiry_source: ExpirySource = "unknown"
    last_refresh_at: float | None = None
    last_refresh_result: str | None = None
    scopes: tuple[str, ...] = ()
    account: dict[str, str] = field(default_factory=dict)
    issuer: str | None = None
    store: str = "keyring"
    exports: tuple[ExportStatus, ...] = ()
    # The last refresh could not reach the provider (the sign-in itself may still be fine).
    provider_unreachable: bool = False


def profile_status(profile: ClientProfile, store: TokenStore, now: float | None = None) -> ProfileStatus:
    now = time.time() if now is None else now
    meta = store.metadata(profile.name)
    access, refresh = store.secret_tokens(profile.name)
    has_access, has_refresh = access is not None, refresh is not None
    base = {
        "exports": export_statuses(profile, meta),
        "name": profile.name,
        "has_access_token": has_access,
        "has_refresh_token": has_refresh,
        "issuer": profile.issuer or profile.authorize_url,
        "store": profile.store,
        "scopes": profile.scopes,
    }
    if meta is None or not (has_access or has_refresh):
        not_yet = translate("Status", "Not signed in yet.")
        return ProfileStatus(state="reauth-required", reason=not_yet, **base)  # type: ignore[arg-type]
    refresh_expires_at, source = meta.refresh_expires_at, "provider"
    if refresh_expires_at is None and profile.refresh_lifetime_hint and meta.refresh_issued_at:
        refresh_expires_at, source = meta.refresh_issued_at + profile.refresh_lifetime_hint, "estimated"
    elif refresh_expires_at is None:
        source = "unknown"
    state: State = "ok"
    reason = translate("Status", "Signed in.")
    access_valid = has_access and (meta.expires_at is None or meta.expires_at > now)
    if meta.reauth_reason:
        state, reason = "reauth-required", meta.reauth_reason
    elif not has_refresh and not access_valid:
        state, reason = (
            "reauth-required",
            translate("Status", "The access token expired and there is no refresh token."),
        )
    elif has_refresh and refresh_expires_at is not None and refresh_expires_at <= now:
        state, reason = "reauth-required", translate("Status", "The refresh token has expired.")
    elif (
        has_refresh
        and refresh_expires_at is not None
        and refresh_expires_at - now
        <= _warn_window(refresh_expires_at, meta.refresh_issued_at or meta.obtained_at)
    ):
        state, reason = (
            "expiring",
            translate("Status", "The refresh token expires soon: sign in again to renew it."),
        )
    base["scopes"] = tuple(meta.scope) or profile.scopes
    return ProfileStatus(
        state=state,
        reason=reason,
        access_expires_at=meta.expires_at,
        refresh_expires_at=refresh_expires_at if has_refresh else None,
        refresh_expiry_source=source if has_refresh else "unknown",  # type: ignore[arg-type]
        last_refresh_at=meta.last_refresh_at,
        last_refresh_result=meta.last_refresh_result,
        provider_unreachable=meta.last_refresh_error == "ProviderUnavailable",
        account=dict(meta.account),
        **base,  # type: ignore[arg-type]
    )


def _warn_window(expires_at: float, issued_at: float | None) -> float:
    """Warn in the last 3 days, but only in the last fifth of the token's life: the monitor
    renews after three quarters (monitor.SLIDE_AT), and a renewal may slide the expiry."""
    if not issued_at:
        return EXPIRING_WINDOW
    return min(EXPIRING_WINDOW, max(0.0, expires_at - issued_at) * 0.2)


def export_statuses(profile: ClientProfile, meta: Metadata | None) -> tuple[ExportStatus, ...]:
    if not profile.exports:
        return ()
    from gui_app.core.errors import AuthError
    from gui_app.core.exports import from_stored

    results = meta.export_results if meta else {}
    statuses = []
    for stored in profile.exports:
        result = results.get(stored) or {}
        try:
            target = from_stored(stored)
            description, token = target.describe(), str(target.token)
        except AuthError as exc:
            description, token = f"{stored} ({exc.message})", "?"
        ok = result.get("ok")
        statuses.append(
            ExportStatus(
                stored=stored,
                description=description,
                token=token,
                ok=ok if isinstance(ok, bool) else None,
                message=str(result.get("message", "")),
                at=result.get("at") if isinstance(result.get("at"), int | float) else None,
            )
        )
    return tuple(statuses)
