"""The monitor: the core's check on a timer in a worker, its notifications in the tray or in the
fallback window, and "Sign in again" from there. Against the real oidc-provider."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from gui_app.core.login import LoginSession
from gui_app.core.monitor import Monitor, Notification
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.store import open_token_store
from gui_app.ui import workers
from gui_app.ui.monitor_app import MonitorApp, MonitorController
from gui_app.ui.services import Services
from gui_app.ui.wizard import PageId
from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, complete_signin

DAY = 86400.0
INTERACTIVE = ("QPushButton", "QLineEdit", "QComboBox", "QRadioButton", "QCheckBox", "QToolButton")


class Recorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.notes: list[Notification] = []

    @Slot(object)
    def note(self, note: Notification) -> None:
        self.notes.append(note)


@pytest.fixture
def services(paths, memory_keyring):
    return Services(
        paths=paths,
        open_system_browser=lambda _url: True,  # the wizard's Sign-in page opens "a browser"
        embedded_unavailable_reason=lambda: "not in these tests",
        demo_issuer=None,
    )


@pytest.fixture
def dead_grant(provider, browser, paths, services):
    """A saved sign-in whose grant the provider has since revoked (RFC 7009), and whose daily
    proof-of-life renewal is due: the provider gave no refresh-token lifetime, and as far as the
    app knows it signed in two days ago."""
    profile = ClientProfile(
        name="crm", client_id=CONF_CLIENT_ID, issuer=provider.issuer, scopes=("openid", "offline_access")
    )
    store = open_token_store(paths, profile)
    store.set_client_secret(profile.name, CONF_CLIENT_SECRET)
    with LoginSession(profile, store) as session, ThreadPoolExecutor(1) as pool:
        url = session.begin()
        finished = pool.submit(session.finish, 60)
        complete_signin(browser, url)
        finished.result(60)
    ProfileRepository(paths).save(profile)
    meta = store.metadata(profile.name)
    assert meta is not None and meta.refresh_expires_at is None
    meta.obtained_at -= 2 * DAY
    meta.refresh_issued_at = meta.obtained_at
    store.write_metadata(profile.name, meta)
    _, refresh = store.secret_tokens(profile.name)
    provider.revoke(refresh)
    assert provider.introspect(refresh)["active"] is False
    return profile


def run_check(qtbot, controller: MonitorController) -> None:
    with qtbot.waitSignal(controller.checked, timeout=15_000):
        controller.check_now()


def test_a_revoked_grant_is_notified_once(qtbot, dead_grant, provider, services):
    controller = MonitorController(services, watch_network=False)
    recorder = Recorder()
    controller.notified.connect(recorder.note)
    run_check(qtbot, controller)
    assert provider.stats()["refresh_invalid_grant"] == 1
    assert [(n.profile, n.kind) for n in recorder.notes] == [("crm", "reauth-required")]
    assert recorder.notes[0].title == "crm needs you to sign in again"
    assert controller.last_error is None
    # the next check comes from the core's answer, within the bounds
    assert controller.next_interval is not None
    assert controller.min_interval <= controller.next_interval <= controller.max_interval
    assert controller.timer.isActive()

    run_check(qtbot, controller)
    assert len(recorder.notes) == 1  # the state did not change: nothing new to say
    assert provider.stats()["refresh_invalid_grant"] == 1  # and no refresh of a dead grant
    controller.stop()


def test_interval_is_clamped(qtbot, services):
    class FixedMonitor(Monitor):
        answer = 0.0

        def check(self):
            return [], self.clock() + self.answer

    monitor = FixedMonitor(services.paths)
    controller = MonitorController(services, monitor, watch_network=False, min_interval=5, max_interval=3600)
    for answer, expected in ((0.5, 5), (120, 120), (86400, 3600)):
        monitor.answer = answer
        run_check(qtbot, controller)
        assert controller.next_interval == pytest.approx(expected, abs=1)
    # "Check now" during a check: one more right after, not two at once
    monitor.answer = 600
    with qtbot.waitSignal(controller.checked, timeout=5_000):
        controller.check_now()
        controller.check_now()
        assert controller.running
    assert controller.next_interval == 0
    run_check(qtbot, controller)
    controller.stop()


def test_network_watching_is_optional(qtbot, services):
    controller = MonitorController(services, watch_network=True)
    with qtbot.waitSignal(controller.checked, timeout=10_000):
        controller.start()  # with or without a network backend here, it checks
    assert controller.last_error is None
    controller.stop()


def test_fallback_window_shows_the_notification_and_signs_in_again(qtbot, dead_grant, services):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray
    app = MonitorApp(services, MonitorController(services, watch_network=False))
    assert not app.uses_tray and app.tray is None and app.window is not None
    window = app.window
    qtbot.addWidget(window)
    with qtbot.waitSignal(app.controller.checked, timeout=15_000):
        app.start()
    assert window.isVisible()
    assert window.last_check.text().startswith("Last check: just now.")
    assert len(window.rows) == 1
    row = window.rows[0]
    assert row.title.text() == "<b>crm needs you to sign in again</b>"
    assert row.text.text().endswith("Click to sign in again.")
    assert row.sign_in.text() == "Sign in again"
    assert not window.empty.isVisibleTo(window)
    for widget in window.findChildren(QWidget):
        if widget.metaObject().className() in INTERACTIVE:
            assert widget.accessibleName(), widget

    qtbot.mouseClick(row.sign_in, Qt.MouseButton.LeftButton)
    wizard = app.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.currentId() == PageId.SIGNIN
    assert wizard.draft.existing and wizard.draft.profile.name == "crm"
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.state == "waiting", timeout=10_000)
    login = page.task
    wizard.reject()  # close it: the sign-in is cancelled, the listener closes
    qtbot.waitUntil(lambda: login not in workers._running, timeout=10_000)
    assert app.wizard is None
    assert len(window.rows) == 1  # still needs a sign-in
    qtbot.waitUntil(lambda: not app.controller.running, timeout=15_000)  # the check after the wizard
    assert len(window.rows) == 1  # and that check said nothing new
    app.controller.stop()


def test_tray_menu_and_message_click(qtbot, services, monkeypatch):
    """The tray path, forced (offscreen has no tray): menu, messages, and a click on one."""
    ProfileRepository(services.paths).save(
        ClientProfile(name="crm", client_id="c", issuer="http://127.0.0.1:9")  # nothing listens
    )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _self, title, text, *_a: shown.append((title, text))
    )
    quit_on_close = QApplication.quitOnLastWindowClosed()
    try:
        app = MonitorApp(services, MonitorController(services, watch_network=False), tray=True)
        assert not QApplication.quitOnLastWindowClosed()
        assert app.window is None and app.tray is not None
        assert [a.text() for a in app.menu.actions() if a.text()] == [
            "Open status window",
            "Check now",
            "Quit",
        ]
        note = Notification(
            "crm", "reauth-required", "crm needs you to sign in again", "Click to sign in again."
        )
        app.controller.notified.emit(note)
        assert shown == [("crm needs you to sign in again", "Click to sign in again.")]
        app.tray.messageClicked.emit()
        assert app.wizard is not None and app.wizard.currentId() == PageId.SIGNIN
        qtbot.addWidget(app.wizard)
        page = app.wizard.currentPage()
        qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)  # no provider there
        app.wizard.reject()
        assert app.wizard is None
        app.open_action.trigger()
        assert app.status_window is not None and app.status_window.isVisible()
        qtbot.addWidget(app.status_window)
        window = app.status_window
        qtbot.waitUntil(lambda: "crm" in window.cards, timeout=5_000)
        # its "Check all now" is the monitor's own check (one channel for notifications)
        with qtbot.waitSignal(window.checked, timeout=10_000):
            qtbot.mouseClick(window.check_button, Qt.MouseButton.LeftButton)
        assert app.controller.last_check_at is not None
        assert window.message.text() == "Checked 1 sign-in just now."
        assert window.check_button.isEnabled()
    finally:
        QApplication.setQuitOnLastWindowClosed(quit_on_close)
