"""The monitor's decisions (when to refresh, what to tell the admin), with an injected clock."""

from dataclasses import replace

import pytest

from gui_app.core.monitor import DAY, notification_for, refresh_due
from gui_app.core.profiles import ClientProfile
from gui_app.core.status import ProfileStatus
from gui_app.core.store import Metadata

NOW = 1_800_000_000.0
PROFILE = ClientProfile(
    name="crm", client_id="c", authorize_url="https://a.example/auth", token_url="https://a.example/t"
)


def status(**kw):
    values = {
        "name": "crm",
        "state": "ok",
        "reason": "Signed in.",
        "has_access_token": True,
        "has_refresh_token": True,
        "access_expires_at": NOW + 3600,
    }
    values.update(kw)
    return ProfileStatus(**values)


def test_unknown_refresh_lifetime_means_a_daily_proof():
    meta = Metadata(obtained_at=NOW - 100, last_refresh_at=NOW - 3600)
    assert refresh_due(PROFILE, status(), meta) == NOW - 3600 + DAY


def test_sliding_refresh_token_is_renewed_after_three_quarters_of_its_life():
    meta = Metadata(obtained_at=NOW, refresh_issued_at=NOW)
    st = status(refresh_expires_at=NOW + 1000, refresh_expiry_source="estimated")
    assert refresh_due(PROFILE, st, meta) == NOW + 750


def test_absolute_lifetime_does_not_cause_a_refresh_on_every_check():
    # Refreshed at 800 s but the provider kept the same refresh token (absolute lifetime).
    meta = Metadata(obtained_at=NOW + 800, refresh_issued_at=NOW, last_refresh_at=NOW + 800)
    st = status(refresh_expires_at=NOW + 1000)
    assert refresh_due(PROFILE, st, meta) == NOW + 900  # last refresh + 10% of the lifetime


def test_access_token_exports_refresh_ahead_of_expiry():
    profile = replace(PROFILE, exports=("access env:/etc/app.env#TOKEN",))
    meta = Metadata(obtained_at=NOW, last_refresh_at=NOW)
    assert refresh_due(profile, status(access_expires_at=NOW + 3600), meta) == NOW + 3600 - 360
    assert (
        refresh_due(profile, status(access_expires_at=NOW + 10), meta) == NOW + 5
    )  # short tokens: half-life


@pytest.mark.parametrize("st", [status(state="reauth-required"), status(has_refresh_token=False)])
def test_nothing_to_refresh(st):
    assert refresh_due(PROFILE, st, Metadata(obtained_at=NOW)) is None


def test_notifications_say_what_to_do():
    note = notification_for(
        status(state="reauth-required", reason="The provider no longer accepts this sign-in."), NOW
    )
    assert note.kind == "reauth-required"
    assert note.title == "crm needs you to sign in again"
    note = notification_for(status(state="expiring", refresh_expires_at=NOW + 3 * DAY), NOW)
    assert note.title == "Sign-in for crm expires in 3 days"
    assert "Renew now" in note.text
    assert notification_for(status(), NOW) is None
