"""The background monitor's decisions, without Qt: when to refresh each sign-in, and what to
tell the admin. ``oauth-setup monitor`` (tray or small window) calls ``Monitor.check()`` from a
worker thread on a timer and on wake/network changes, and shows the notifications it returns.

Rules (issue 4): refresh ahead of access-token expiry when an export target needs a fresh access
token; refresh a refresh token whose lifetime is known early enough to keep a sliding one alive
(after 75% of it); with no known lifetime, refresh once a day (a successful refresh is the only
proof the sign-in still works); back off on network errors; one notification per state change.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from gui_app.core.errors import AuthError, ReauthRequired
from gui_app.core.i18n import plural, translate
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.status import ProfileStatus, profile_status
from gui_app.core.store import Metadata, TokenStore, open_token_store

DAY = 86400.0
SLIDE_AT = 0.75  # renew a refresh token after this share of its known lifetime
BACKOFF_FIRST, BACKOFF_MAX = 30.0, 1800.0
CHECK_EVERY_MAX = 3600.0

NotificationKind = Literal["expiring", "reauth-required", "ok"]


@dataclass(frozen=True)
class Notification:
    profile: str
    kind: NotificationKind
    title: str
    text: str


@dataclass
class _Backoff:
    delay: float = BACKOFF_FIRST
    until: float = 0.0


def refresh_due(profile: ClientProfile, status: ProfileStatus, meta: Metadata) -> float | None:
    """When (epoch seconds) the monitor should next refresh this sign-in; None for never."""
    if status.state == "reauth-required" or not status.has_refresh_token:
        return None
    candidates: list[float] = []
    needs_access = any(stored.startswith("access ") for stored in profile.exports)
    if needs_access and status.access_expires_at is not None:
        lifetime = status.access_expires_at - (meta.obtained_at or status.access_expires_at)
        candidates.append(status.access_expires_at - max(min(60.0, lifetime / 2), lifetime * 0.1))
    issued = meta.refresh_issued_at or meta.obtained_at
    if status.refresh_expires_at is not None and issued:
        lifetime = max(1.0, status.refresh_expires_at - issued)
        due = issued + lifetime * SLIDE_AT
        # A refresh that did not extend an absolute lifetime must not repeat on every check.
        if meta.last_refresh_at and meta.last_refresh_at >= due:
            due = meta.last_refresh_at + max(1.0, lifetime * 0.1)
        candidates.append(min(due, status.refresh_expires_at - 1.0))
    else:
        candidates.append((meta.last_refresh_at or meta.obtained_at or 0.0) + DAY)
    return min(candidates)


def notification_for(status: ProfileStatus, now: float) -> Notification | None:
    name = status.name
    if status.state == "reauth-required":
        return Notification(
            name,
            "reauth-required",
            translate("Monitor", "{name} needs you to sign in again").format(name=name),
            f"{status.reason} " + translate("Monitor", "Click to sign in again."),
        )
    if status.state == "expiring" and status.refresh_expires_at is not None:
        days = max(0, round((status.refresh_expires_at - now) / DAY))
        title = (
            translate("Monitor", "Sign-in for {name} expires today")
            if days == 0
            else plural(
                days,
                translate("Monitor", "Sign-in for {name} expires in {days} day"),
                translate("Monitor", "Sign-in for {name} expires in {days} days"),
            )
        )
        return Notification(
            name,
            "expiring",
            title.format(name=name, days=days),
            translate("Monitor", "Renew now: sign in again before it runs out."),
        )
    return None


@dataclass
class Monitor:
    """Checks every sign-in once per ``check()``; keeps its backoff state between calls."""

    paths: AppPaths
    clock: Callable[[], float] = time.time
    store_for: Callable[[ClientProfile], TokenStore] | None = None
    _backoff: dict[str, _Backoff] = field(default_factory=dict)

    def _store(self, profile: ClientProfile) -> TokenStore:
        return self.store_for(profile) if self.store_for else open_token_store(self.paths, profile)

    def check(self) -> tuple[list[Notification], float]:
        """Refresh what is due, retry failed exports, and return (notifications, next check time)."""
        from gui_app.core.redistribute import retry_failed
        from gui_app.core.session import TokenManager

        notes: list[Notification] = []
        next_check = self.clock() + CHECK_EVERY_MAX
        for profile in ProfileRepository(self.paths).list():
            store = self._store(profile)
            now = self.clock()
            status = profile_status(profile, store, now)
            meta = store.metadata(profile.name)
            if meta is None:
                continue
            due = refresh_due(profile, status, meta)
            backoff = self._backoff.get(profile.name)
            if due is not None and due <= now and not (backoff and backoff.until > now):
                try:
                    TokenManager(self.paths, store, clock=self.clock).refresh(profile)
                    self._backoff.pop(profile.name, None)
                except ReauthRequired:
                    pass  # recorded in the metadata by the manager; the state below says it
                except AuthError:
                    backoff = self._backoff.setdefault(profile.name, _Backoff())
                    backoff.until = now + backoff.delay
                    backoff.delay = min(BACKOFF_MAX, backoff.delay * 2)
            else:
                retry_failed(profile, store, clock=self.clock)
            now = self.clock()
            status = profile_status(profile, store, now)
            meta = store.metadata(profile.name) or meta
            if status.state != meta.notified_state:
                note = notification_for(status, now)
                if note is not None:
                    notes.append(note)
                meta.notified_state = status.state
                store.write_metadata(profile.name, meta)
            upcoming = refresh_due(profile, status, meta)
            backoff = self._backoff.get(profile.name)
            if backoff:
                upcoming = backoff.until if upcoming is None else max(upcoming, backoff.until)
            if upcoming is not None:
                next_check = min(next_check, upcoming)
            if status.refresh_expires_at is not None and status.state == "ok":
                next_check = min(next_check, status.refresh_expires_at - 3 * DAY)
        return notes, max(self.clock() + 1.0, next_check)
