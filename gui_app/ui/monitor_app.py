"""``oauth-setup monitor``: keeps the sign-ins fresh from the tray (or a small window).

``MonitorController`` decides nothing itself: it runs ``core.monitor.Monitor.check()`` in a worker
on a timer, on demand, and when the network comes back, and passes on the notifications the core
returns (one per state change: the core's rule, so nothing here repeats them).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from gui_app.cli_format import relative
from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.core.monitor import Monitor, Notification
from gui_app.core.paths import resources_dir
from gui_app.ui.messages import error_html
from gui_app.ui.profile_card import bring_to_front, esc
from gui_app.ui.services import Services
from gui_app.ui.workers import Task

MIN_INTERVAL = 5.0
MAX_INTERVAL = 3600.0
RETRY_AFTER_FAILURE = 60.0
KEEP_NOTIFICATIONS = 10
TRAY_MESSAGE_MS = 15_000


class MonitorController(QObject):
    """Runs the core monitor's check off the GUI thread, one at a time.

    Signals:
        notified(object): one ``Notification`` the core returned.
        checked(): a check ended (``last_error`` says whether it failed).
    """

    notified = Signal(object)
    checked = Signal()

    def __init__(
        self,
        services: Services,
        monitor: Monitor | None = None,
        *,
        min_interval: float = MIN_INTERVAL,
        max_interval: float = MAX_INTERVAL,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.monitor = monitor or Monitor(services.paths, clock=services.clock, store_for=services.store_for)
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.watch_network = watch_network
        self.running = False
        self.last_check_at: float | None = None
        self.next_interval: float | None = None  # seconds until the timer's next check
        self.last_error: AuthError | None = None
        self.network_watched = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """First check now; then on the timer, and on network changes where Qt can see them."""
        if self.watch_network:
            self._watch_network()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    def _watch_network(self) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return  # no backend on this system: the timer alone will do
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability_changed)
        self.network_watched = True

    @Slot(object)
    def _reachability_changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        if reachability == QNetworkInformation.Reachability.Online:
            self.check_now()

    @Slot()
    def check_now(self) -> None:
        if self.running:
            self._again = True  # one more right after this one, not two at once
            return
        self.running = True
        self.timer.stop()
        task = Task(self.monitor.check, tag="check")
        task.succeeded.connect(self._check_succeeded)
        task.failed.connect(self._check_failed)
        task.start()

    @Slot(object, object)
    def _check_succeeded(self, _tag: object, result: tuple[list[Notification], float]) -> None:
        notes, next_check = result
        self.last_error = None
        self._finish(next_check - self.services.clock())
        for note in notes:
            self.notified.emit(note)
        self.checked.emit()

    @Slot(object, object)
    def _check_failed(self, _tag: object, exc: AuthError) -> None:
        self.last_error = exc
        self._finish(RETRY_AFTER_FAILURE)
        self.checked.emit()

    def _finish(self, delay: float) -> None:
        self.running = False
        self.last_check_at = self.services.clock()
        if self._again:  # "Check now" came while this check ran
            self._again = False
            self.next_interval = 0.0
        else:
            self.next_interval = min(self.max_interval, max(self.min_interval, delay))
        self.timer.start(int(self.next_interval * 1000))


class NotificationRow(QFrame):
    """One notification in the fallback window.

    Signals:
        sign_in_requested(str): the profile's name.
    """

    sign_in_requested = Signal(str)

    def __init__(self, note: Notification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("notificationRow")
        self.title = QLabel(f"<b>{esc(note.title)}</b>")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setAccessibleName(translate("NotificationRow", "Message"))
        self.text = QLabel(note.text)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("NotificationRow", "Details"))
        self.sign_in = QPushButton(translate("NotificationRow", "Sign in again"))
        self.sign_in.setAccessibleName(
            translate("NotificationRow", "Sign in again: {name}").format(name=note.profile)
        )
        self.sign_in.clicked.connect(self._clicked)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.sign_in, 0, Qt.AlignmentFlag.AlignVCenter)

    @Slot()
    def _clicked(self) -> None:
        self.sign_in_requested.emit(self.note.profile)


class MonitorWindow(QWidget):
    """The small window shown when the desktop has no tray.

    Signals:
        open_status_requested(), check_requested(), sign_in_requested(str)
    """

    open_status_requested = Signal()
    check_requested = Signal()
    sign_in_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MonitorWindow", "OAuth Setup Assistant"))
        self.setObjectName("monitorWindow")
        self.rows: list[NotificationRow] = []
        intro = QLabel(translate("MonitorWindow", "OAuth Setup Assistant is keeping your sign-ins fresh."))
        font = intro.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        intro.setFont(font)
        intro.setWordWrap(True)
        explain = QLabel(
            translate(
                "MonitorWindow",
                "It renews them in the background before they run out, and tells you here when "
                "someone needs to sign in again. Keep this window open (you may minimize it): "
                "closing it stops the renewals.",
            )
        )
        explain.setWordWrap(True)
        self.last_check = QLabel(translate("MonitorWindow", "Checking…"))
        self.last_check.setObjectName("lastCheck")
        self.last_check.setWordWrap(True)
        self.last_check.setTextFormat(Qt.TextFormat.RichText)  # error_html escapes what it shows
        self.last_check.setAccessibleName(translate("MonitorWindow", "Last check"))
        heading = QLabel(translate("MonitorWindow", "<b>Messages</b>"))
        self.empty = QLabel(translate("MonitorWindow", "No messages: every sign-in is fine."))
        self.empty.setAccessibleName(translate("MonitorWindow", "No messages"))
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(6)
        self.open_status = QPushButton(translate("MonitorWindow", "Open status window"))
        self.open_status.setAccessibleName(translate("MonitorWindow", "Open the status window"))
        self.check = QPushButton(translate("MonitorWindow", "Check now"))
        self.check.setAccessibleName(translate("MonitorWindow", "Check all sign-ins now"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_status)
        buttons.addWidget(self.check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(explain)
        layout.addWidget(self.last_check)
        layout.addSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows_layout)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # An explicit minimum keeps the layout from resizing the window as messages come and go.
        self.setMinimumSize(QSize(480, 320))
        self.resize(600, 400)
        self.open_status.clicked.connect(self.open_status_requested)
        self.check.clicked.connect(self.check_requested)

    def add_notification(self, note: Notification) -> None:
        """Newest first; a profile's newer message replaces its older one."""
        self.forget(note.profile)
        row = NotificationRow(note, self)
        row.sign_in_requested.connect(self.sign_in_requested)
        self.rows.insert(0, row)
        self.rows_layout.insertWidget(0, row)
        while len(self.rows) > KEEP_NOTIFICATIONS:
            self._drop(self.rows[-1])
        self.empty.setVisible(not self.rows)

    def forget(self, profile: str) -> None:
        for row in [r for r in self.rows if r.note.profile == profile]:
            self._drop(row)
        self.empty.setVisible(not self.rows)

    def _drop(self, row: NotificationRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def show_check(self, text: str, error: bool = False) -> None:
        self.last_check.setText(text)
        self.last_check.setStyleSheet("color: #b00020;" if error else "")


class MonitorApp(QObject):
    """The monitor's user interface: a tray icon, or the fallback window.

    ``tray``: None asks Qt whether the desktop has a tray (tests force either).
    """

    def __init__(
        self, services: Services, controller: MonitorController | None = None, tray: bool | None = None
    ) -> None:
        super().__init__()
        from gui_app.ui.status_window import StatusWindow
        from gui_app.ui.wizard import SetupWizard

        self.services = services
        self.controller = controller or MonitorController(services, parent=self)
        self.uses_tray = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
        self.last_notified: str | None = None
        self.status_window: StatusWindow | None = None
        self.wizard: SetupWizard | None = None
        self._wizard_profile: str | None = None
        self.tray: QSystemTrayIcon | None = None
        self.window: MonitorWindow | None = None
        self.menu: QMenu | None = None
        if self.uses_tray:
            self._build_tray()
        else:
            self.window = MonitorWindow()
            self.window.open_status_requested.connect(self.open_status_window)
            self.window.check_requested.connect(self.check_now)
            self.window.sign_in_requested.connect(self.sign_in_again)
        self.controller.notified.connect(self._notified)
        self.controller.checked.connect(self._checked)

    def _build_tray(self) -> None:
        icon = QIcon(str(resources_dir() / "icons" / "oauth-setup.svg"))
        if icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
        self.menu = QMenu()
        self.open_action = QAction(translate("MonitorApp", "Open status window"), self.menu)
        self.check_action = QAction(translate("MonitorApp", "Check now"), self.menu)
        self.quit_action = QAction(translate("MonitorApp", "Quit"), self.menu)
        for action in (self.open_action, self.check_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.open_action.triggered.connect(self.open_status_window)
        self.check_action.triggered.connect(self.check_now)
        self.quit_action.triggered.connect(self.quit)
        self.tray = QSystemTrayIcon(icon, self)
        self.tray.setToolTip(translate("MonitorApp", "OAuth Setup Assistant — keeping your sign-ins fresh"))
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(self._message_clicked)
        self.tray.activated.connect(self._tray_activated)
        # Closing the status window must not end the monitor.
        QApplication.setQuitOnLastWindowClosed(False)

    def start(self) -> None:
        if self.tray is not None:
            self.tray.show()
        if self.window is not None:
            self.window.show()
        self.controller.start()

    # -- notifications -----------------------------------------------------------------------

    @Slot(object)
    def _notified(self, note: Notification) -> None:
        self.last_notified = note.profile
        if self.tray is not None:
            icon = (
                QSystemTrayIcon.MessageIcon.Critical
                if note.kind == "reauth-required"
                else QSystemTrayIcon.MessageIcon.Warning
            )
            self.tray.showMessage(note.title, note.text, icon, TRAY_MESSAGE_MS)
        if self.window is not None:
            self.window.add_notification(note)

    @Slot()
    def _checked(self) -> None:
        controller = self.controller
        if controller.last_error is not None:
            failed = translate("MonitorApp", "The last check did not finish.")
            text = f"{failed}<br>{error_html(controller.last_error)}"
            error = True
        else:
            text, error = translate("MonitorApp", "Last check: just now."), False
            if controller.next_interval is not None:
                next_check = translate("MonitorApp", "Next check {when}.")
                text += " " + next_check.format(when=relative(controller.next_interval))
        if self.window is not None:
            self.window.show_check(text, error)
        if self.tray is not None:
            self.tray.setToolTip(
                translate("MonitorApp", "OAuth Setup Assistant — the last check did not finish")
                if error
                else translate("MonitorApp", "OAuth Setup Assistant — keeping your sign-ins fresh")
            )

    @Slot()
    def _message_clicked(self) -> None:
        if self.last_notified:
            self.sign_in_again(self.last_notified)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_status_window()

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def check_now(self) -> None:
        if self.window is not None:
            self.window.show_check(translate("MonitorApp", "Checking…"))
        self.controller.check_now()

    @Slot()
    def open_status_window(self) -> None:
        from gui_app.ui.status_window import StatusWindow

        if self.status_window is None:
            self.status_window = StatusWindow(self.services, self.controller)
        else:
            self.status_window.reload_profiles()
        bring_to_front(self.status_window)

    @Slot(str)
    def sign_in_again(self, name: str) -> None:
        """The wizard at its Sign-in page for this sign-in."""
        from gui_app.ui.profile_card import open_sign_in_again

        if self.wizard is not None:
            if self._wizard_profile == name:
                bring_to_front(self.wizard)
                return
            self.wizard.reject()
        try:
            profile = self.services.repo.get(name)
        except AuthError as exc:
            self._show_problem(exc)
            return
        self._wizard_profile = name
        self.wizard = open_sign_in_again(self.services, profile, None)
        self.wizard.finished.connect(self._wizard_finished)

    @Slot(int)
    def _wizard_finished(self, result: int) -> None:
        name, self._wizard_profile = self._wizard_profile, None
        self.wizard = None
        if result and name and self.window is not None:
            self.window.forget(name)
        self.controller.check_now()  # the new state, without waiting for the timer

    def _show_problem(self, exc: AuthError) -> None:
        if self.window is not None:
            self.window.show_check(error_html(exc), error=True)
        if self.tray is not None:
            self.tray.showMessage(
                exc.message, exc.next_step, QSystemTrayIcon.MessageIcon.Warning, TRAY_MESSAGE_MS
            )

    @Slot()
    def quit(self) -> None:
        self.controller.stop()
        if self.tray is not None:
            self.tray.hide()
        QApplication.quit()


def run_monitor(argv: Sequence[str]) -> int:
    """The tray (or the small window), checking the sign-ins until Quit."""
    from gui_app.ui.app import create_application

    app = create_application(argv)
    assert isinstance(app, QApplication)
    monitor = MonitorApp(Services())
    monitor.start()
    code = app.exec()
    return int(code) if isinstance(code, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_monitor(sys.argv[1:]))
