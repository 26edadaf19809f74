"""Render the status window (three sign-ins in different states), the export dialog and the
monitor's fallback window to docs/screenshots/ (seeded state, in-memory keyring: no provider needed)."""

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
LANG = os.environ.get("SCREENSHOT_LANG", "")
OUT = REPO / "docs" / "screenshots" / LANG if LANG else REPO / "docs" / "screenshots"
home = Path(tempfile.mkdtemp(prefix="render-home-"))
os.environ["OAUTH_SETUP_HOME"] = str(home)

import keyring

from tests.unit.conftest import MemoryKeyring

keyring.set_keyring(MemoryKeyring())

from PySide6.QtWidgets import QApplication

app = QApplication(["render"])

from gui_app import translations

translations.set_override(LANG or "en")
translations.install_for_application(app)
OUT.mkdir(parents=True, exist_ok=True)

from tests.layout_check import clipped


def report(widget, name):
    print(OUT.relative_to(REPO) / name)
    for problem in clipped(widget):
        print(f"  CLIPPED: {problem}")

from gui_app.core.exports import ExportFailed, parse_target, write_target
from gui_app.core.i18n import translate
from gui_app.core.monitor import notification_for
from gui_app.core.paths import app_paths
from gui_app.core.profiles import ClientProfile
from gui_app.core.status import profile_status
from gui_app.core.store import Metadata
from gui_app.core.tokens import TokenSet
from gui_app.ui.monitor_app import MonitorApp, MonitorController
from gui_app.ui.services import Services
from gui_app.ui.status_window import StatusWindow

NOW = time.time()
# Texts the app would have stored, in the language of this run (made by the app's own code).
REVOKED = translate("TokenClient", "The provider no longer accepts this sign-in (it expired or was revoked).")
try:
    write_target(parse_target("env:/srv/billing/missing/.env#BILLING_TOKEN", "access"), "x")
except ExportFailed as failure:
    MISSING_FILE = f"{failure.message} {failure.next_step}"
DAY = 86400
services = Services(paths=app_paths(), demo_issuer=None)
settings = home / "crm-settings.json"
settings.write_text('{"auth": {"refresh_token": ""}}')


def seed(
    name,
    issuer,
    *,
    access_in=3540,
    refresh_in=None,
    hint=None,
    exports=(),
    obtained_ago=60,
    scopes=("openid", "offline_access", "api"),
    **meta_changes,
):
    p = ClientProfile(
        name=name,
        client_id="client",
        issuer=issuer,
        scopes=scopes,
        refresh_lifetime_hint=hint,
        exports=exports,
    )
    services.repo.save(p)
    store = services.store_for(p)
    t = TokenSet(
        access_token="x",
        refresh_token="y",
        expires_at=NOW + access_in,
        refresh_expires_at=None if refresh_in is None else NOW + refresh_in,
        scope=scopes,
        obtained_at=NOW - obtained_ago,
    )
    meta = store.save(name, t, Metadata(account={"name": "Alice Admin", "email": "alice@example.com"}), None)
    for k, v in meta_changes.items():
        setattr(meta, k, v)
    store.write_metadata(name, meta)


seed(
    "crm",
    "https://login.example.com",
    refresh_in=None,
    hint=30 * DAY,
    obtained_ago=3 * DAY,
    exports=(
        f"refresh json:{settings}#/auth/refresh_token",
        "access env:/srv/billing/missing/.env#BILLING_TOKEN",
    ),
    last_refresh_at=NOW - 125,
    last_refresh_result="ok",
    export_results={
        f"refresh json:{settings}#/auth/refresh_token": {"at": NOW - 125, "ok": True, "message": "ok"},
        "access env:/srv/billing/missing/.env#BILLING_TOKEN": {
            "at": NOW - 125,
            "ok": False,
            "message": MISSING_FILE,
        },
    },
)
seed(
    "goto-remote",
    "https://authentication.logmeininc.com",
    refresh_in=2 * DAY,
    obtained_ago=28 * DAY,
    access_in=1800,
    scopes=("support:", "identity:"),
    last_refresh_at=NOW - 4 * 3600,
    last_refresh_result="ok",
)
seed(
    "helpdesk",
    "https://id.example.org",
    access_in=-600,
    reauth_reason=REVOKED,
    last_refresh_at=NOW - 600,
    last_refresh_result=REVOKED,
    last_refresh_error="ReauthRequired",
)

window = StatusWindow(services)
window.show()
deadline = time.monotonic() + 5
while time.monotonic() < deadline and not all(c.status for c in window.cards.values()):
    app.processEvents()
# What the window says after "Check now", and after "Copy access token", through the app's own code.
helpdesk_status = profile_status(services.repo.get("helpdesk"), services.store_for(services.repo.get("helpdesk")))
window._checked("check", ([notification_for(helpdesk_status, NOW)], 0.0))
window.cards["crm"]._action_succeeded("copy", "not-a-real-token")
for _ in range(20):
    app.processEvents()
out = OUT / "14-status-window.png"
window.resize(860, 720)
for _ in range(10):
    app.processEvents()
window.grab().save(str(out))
report(window, out.name)
# the scroll area: grab the full content too
content = window.scroll_area.widget()
content.grab().save(str(OUT / "15-status-cards.png"))
report(content, "15-status-cards.png")

# export dialog
card = window.cards["crm"]
card.add_export_target()
for _ in range(10):
    app.processEvents()
d = card.export_dialog
d.select_kind("json")
d.location.setText("/etc/crm/settings.json")
d.key.setText("auth.refresh_token")
d.save()
for _ in range(10):
    app.processEvents()
d.grab().save(str(OUT / "16-export-dialog-error.png"))
report(d, "16-export-dialog-error.png")
d.reject()

# monitor fallback window
from gui_app.core.monitor import Monitor


class Quiet(Monitor):
    def check(self):
        return [], self.clock() + 600


mapp = MonitorApp(
    services, MonitorController(services, Quiet(services.paths), watch_network=False), tray=False
)
mapp.start()
deadline = time.monotonic() + 5
while time.monotonic() < deadline and mapp.controller.last_check_at is None:
    app.processEvents()
for name in ("goto-remote", "helpdesk"):
    profile = services.repo.get(name)
    note = notification_for(profile_status(profile, services.store_for(profile)), NOW)
    assert note is not None
    mapp._notified(note)
for _ in range(20):
    app.processEvents()
mapp.window.grab().save(str(OUT / "17-monitor-window.png"))
report(mapp.window, "17-monitor-window.png")
print("docs/screenshots/14..17")
