"""Handing the current token to the integrations that use it (design.md "exports").

Called only after the tokens are safely in our own store (RFC 9700 §4.14.2: the rotated refresh
token must not be lost), under the same per-sign-in lock as the refresh, so concurrent
processes write targets in the order the tokens were issued. A failed target never fails the
refresh: it is recorded in the metadata, shown in ``status``, and retried.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from gui_app.core.errors import AuthError
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import Metadata, TokenStore
from gui_app.core.tokens import TokenSet
from gui_app.logs import debug


@dataclass(frozen=True)
class ExportResult:
    stored: str
    description: str
    ok: bool
    message: str


def redistribute(
    profile: ClientProfile,
    store: TokenStore,
    tokens: TokenSet,
    meta: Metadata,
    *,
    refresh_changed: bool,
    clock: Callable[[], float] = time.time,
) -> list[ExportResult]:
    """Write every target whose token changed, and every target that failed before."""
    if not profile.exports:
        return []
    from gui_app.core.exports import from_stored, write_target

    results = []
    for stored in profile.exports:
        previous = meta.export_results.get(stored)
        try:
            target = from_stored(stored)
        except AuthError as exc:
            results.append(_record(meta, stored, stored, False, exc.message, clock=clock))
            continue
        value = tokens.refresh_token if target.token == "refresh" else tokens.access_token
        changed = target.token == "access" or refresh_changed
        if not value or not (changed or previous is None or not previous.get("ok")):
            continue
        try:
            write_target(target, value)
        except AuthError as exc:
            results.append(
                _record(meta, stored, target.describe(), False, f"{exc.message} {exc.next_step}", clock=clock)
            )
        else:
            results.append(_record(meta, stored, target.describe(), True, "ok", clock=clock))
    store.write_metadata(profile.name, meta)
    return results


def retry_failed(
    profile: ClientProfile, store: TokenStore, clock: Callable[[], float] = time.time
) -> list[ExportResult]:
    """Write the current tokens to the targets whose last write failed (or never happened)."""
    tokens, meta = store.load(profile.name)
    if tokens is None or meta is None:
        return []
    return redistribute(profile, store, tokens, meta, refresh_changed=False, clock=clock)


def _record(
    meta: Metadata, stored: str, description: str, ok: bool, message: str, *, clock: Callable[[], float]
) -> ExportResult:
    debug(__name__, "Export target %s: %s", description, "written" if ok else "failed")
    meta.export_results[stored] = {"at": clock(), "ok": ok, "message": message}
    return ExportResult(stored, description, ok, message)
