"""Text and JSON the command line prints. Never a token value.

``status --json`` is a stable interface: ``status NAME --json`` prints one object,
``status --json`` prints ``{"profiles": [object, …]}``; times are ISO 8601 UTC or null.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

from gui_app.core.i18n import plural, translate
from gui_app.core.profiles import ClientProfile
from gui_app.core.status import ProfileStatus
from gui_app.core.store import Metadata


def iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def when(timestamp: float | None, now: float | None = None) -> str:
    """'2026-11-28 18:00 (in 59 minutes)' in local time, or 'not told by the provider'."""
    if timestamp is None:
        return translate("CliFormat", "not told by the provider")
    now = time.time() if now is None else now
    local = datetime.fromtimestamp(timestamp).astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{local} ({relative(timestamp - now)})"


def relative(seconds: float) -> str:
    future = seconds >= 0
    s = abs(int(seconds))
    if s < 90:
        n = s
        amount = plural(n, translate("CliFormat", "{n} second"), translate("CliFormat", "{n} seconds"))
    elif s < 90 * 60:
        n = round(s / 60)
        amount = plural(n, translate("CliFormat", "{n} minute"), translate("CliFormat", "{n} minutes"))
    elif s < 36 * 3600:
        n = round(s / 3600)
        amount = plural(n, translate("CliFormat", "{n} hour"), translate("CliFormat", "{n} hours"))
    else:
        n = round(s / 86400)
        amount = plural(n, translate("CliFormat", "{n} day"), translate("CliFormat", "{n} days"))
    template = translate("CliFormat", "in {amount}") if future else translate("CliFormat", "{amount} ago")
    return template.format(amount=amount.format(n=n))


def describe_login(profile: ClientProfile, meta: Metadata, store_description: str) -> str:
    who = meta.account.get("name") or meta.account.get("email") or meta.account.get("preferred_username")
    signed_in = (
        translate("CliFormat", "Signed in '{name}' as {who}.")
        if who
        else translate("CliFormat", "Signed in '{name}'.")
    )
    lines = [signed_in.format(name=profile.name, who=who)]
    lines.append(
        "  " + translate("CliFormat", "Access token valid until: {when}").format(when=when(meta.expires_at))
    )
    if meta.has_refresh_token:
        valid = translate("CliFormat", "Refresh token valid until: {when}")
        lines.append("  " + valid.format(when=when(meta.refresh_expires_at)))
    else:
        lines.append(
            "  "
            + translate(
                "CliFormat",
                "No refresh token was issued: you will need to sign in again when the access token expires.",
            )
        )
    lines.append("  " + translate("CliFormat", "Tokens are kept in {store}.").format(store=store_description))
    fresh = translate("CliFormat", "Integrations get a fresh access token with: oauth-setup token {name}")
    lines.append("  " + fresh.format(name=profile.name))
    return "\n".join(lines)


def status_text(statuses: list[ProfileStatus]) -> str:
    if not statuses:
        return translate(
            "CliFormat",
            "No sign-ins yet. Add one with 'oauth-setup profile add NAME …' or run 'oauth-setup'.",
        )
    blocks = []
    labels = {
        "ok": translate("CliFormat", "OK"),
        "expiring": translate("CliFormat", "Expiring soon"),
        "reauth-required": translate("CliFormat", "Sign-in needed"),
    }
    for st in statuses:
        lines = [f"{st.name}: {labels[st.state]} — {st.reason}"]
        if st.account:
            who = st.account.get("name") or st.account.get("email") or st.account.get("sub")
            lines.append("  " + translate("CliFormat", "Signed in as: {who}").format(who=who))
        if st.has_access_token:
            expires = translate("CliFormat", "Access token expires: {when}")
            lines.append("  " + expires.format(when=when(st.access_expires_at)))
        if st.has_refresh_token:
            refresh = when(st.refresh_expires_at)
            if st.refresh_expiry_source == "estimated":
                refresh += " " + translate("CliFormat", "(estimated from the provider's usual lifetime)")
            lines.append("  " + translate("CliFormat", "Refresh token expires: {when}").format(when=refresh))
        if st.last_refresh_at is not None:
            renewal = translate("CliFormat", "Last renewal: {when} — {result}")
            result = st.last_refresh_result
            shown = translate("CliFormat", "ok") if result == "ok" else result
            lines.append("  " + renewal.format(when=when(st.last_refresh_at), result=shown))
        if st.scopes:
            lines.append("  " + translate("CliFormat", "Scopes: {scopes}").format(scopes=" ".join(st.scopes)))
        for export in st.exports:
            result = {
                True: translate("CliFormat", "written"),
                False: translate("CliFormat", "FAILED"),
                None: translate("CliFormat", "not written yet"),
            }[export.ok]
            when_text = f" {when(export.at)}" if export.at else ""
            sends = (
                translate("CliFormat", "Sends the access token to {target}: {result}")
                if export.token == "access"
                else translate("CliFormat", "Sends the refresh token to {target}: {result}")
            )
            lines.append("  " + sends.format(target=export.description, result=result) + when_text)
            if export.ok is False:
                lines.append(f"    {export.message}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def status_object(st: ProfileStatus, now: float | None = None) -> dict[str, Any]:
    now = time.time() if now is None else now
    return {
        "name": st.name,
        "state": st.state,
        "reason": st.reason,
        "access_token": {
            "present": st.has_access_token,
            "expires_at": iso(st.access_expires_at),
            "expires_in": None if st.access_expires_at is None else int(st.access_expires_at - now),
        },
        "refresh_token": {
            "present": st.has_refresh_token,
            "expires_at": iso(st.refresh_expires_at),
            "expiry_source": st.refresh_expiry_source,
        },
        "last_refresh": {"at": iso(st.last_refresh_at), "result": st.last_refresh_result},
        "scopes": list(st.scopes),
        "account": st.account,
        "issuer": st.issuer,
        "store": st.store,
        "exports": [
            {
                "target": e.stored,
                "description": e.description,
                "token": e.token,
                "ok": e.ok,
                "message": e.message,
                "at": iso(e.at),
            }
            for e in st.exports
        ],
    }


def status_json(statuses: list[ProfileStatus], single: bool) -> str:
    if single:
        return json.dumps(status_object(statuses[0]), indent=2)
    return json.dumps({"profiles": [status_object(s) for s in statuses]}, indent=2)
