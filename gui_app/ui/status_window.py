"""The status window: one card per saved sign-in (what ``oauth-setup`` opens once there are some)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui_app.core.errors import AuthError
from gui_app.core.i18n import plural, translate
from gui_app.core.monitor import Monitor, Notification
from gui_app.ui.messages import error_html, message_label
from gui_app.ui.profile_card import ProfileCard, bring_to_front, esc
from gui_app.ui.report_dialog import ReportDialog
from gui_app.ui.services import Services
from gui_app.ui.wizard import SetupWizard
from gui_app.ui.workers import Task

if TYPE_CHECKING:
    from gui_app.ui.monitor_app import MonitorController

RELOAD_EVERY_MS = 60_000  # another process (the monitor, the command line) may renew meanwhile


class StatusWindow(QMainWindow):
    """The saved sign-ins, one card each.

    ``controller``: the running monitor's, when the window is opened from the tray; its checks
    (and their notifications) are then the only ones in this process, so none is told twice.

    Signals:
        checked(): a check finished (its result is on the window).
    """

    checked = Signal()

    def __init__(
        self,
        services: Services,
        controller: MonitorController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.cards: dict[str, ProfileCard] = {}
        self.wizard: SetupWizard | None = None
        self.controller = controller
        self.monitor = Monitor(services.paths, clock=services.clock, store_for=services.store_for)
        self._checking = False
        self._notes: list[Notification] = []
        if controller is not None:
            controller.notified.connect(self._controller_notified)
            controller.checked.connect(self._controller_checked)
        self.setWindowTitle(translate("StatusWindow", "Sign-ins — OAuth Setup Assistant"))
        self.setObjectName("statusWindow")

        heading_text = translate("StatusWindow", "Your sign-ins")
        heading = QLabel(heading_text)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(heading_text)
        self.add_button = QPushButton(translate("StatusWindow", "Add a sign-in…"))
        self.add_button.setAccessibleName(translate("StatusWindow", "Add a sign-in"))
        self.add_button.setToolTip(
            translate("StatusWindow", "Set up a new sign-in with the setup assistant.")
        )
        self.check_button = QPushButton(translate("StatusWindow", "Check all now"))
        self.check_button.setAccessibleName(translate("StatusWindow", "Check all sign-ins now"))
        self.check_button.setToolTip(
            translate(
                "StatusWindow",
                "Renew what is due, retry failed writes, and read every sign-in's state again.",
            )
        )
        self.report_button = QPushButton(translate("StatusWindow", "Support report…"))
        self.report_button.setAccessibleName(translate("StatusWindow", "Show a support report"))
        self.report_button.setToolTip(
            translate(
                "StatusWindow",
                "A report for your help desk: versions, settings, states and the readiness check, "
                "without any token or secret.",
            )
        )
        self.report_button.clicked.connect(self.show_report)
        self.report_dialog: ReportDialog | None = None
        self.message = message_label("windowMessage")
        self.empty = QLabel(
            translate(
                "StatusWindow",
                "No sign-ins yet. Click “Add a sign-in…” to set one up with the setup assistant.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(translate("StatusWindow", "No sign-ins"))

        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(12)
        container = QWidget()
        inner = QVBoxLayout(container)
        inner.addWidget(self.empty)
        inner.addLayout(self.cards_layout)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(container)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setAccessibleName(translate("StatusWindow", "Sign-ins"))

        header = QHBoxLayout()
        header.addWidget(heading, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.check_button)
        header.addWidget(self.report_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        self.setCentralWidget(central)
        self.resize(QSize(860, 720))
        self.setMinimumSize(QSize(640, 480))

        self.add_button.clicked.connect(self.add_sign_in)
        self.check_button.clicked.connect(self.check_all)
        self.reloader = QTimer(self)
        self.reloader.setInterval(RELOAD_EVERY_MS)
        self.reloader.timeout.connect(self.reload_cards)
        self.reloader.start()
        self.reload_profiles()

    # -- the list ----------------------------------------------------------------------------

    @Slot()
    def reload_profiles(self) -> None:
        """Match the cards to the saved sign-ins, and read each one's state again."""
        try:
            profiles = self.services.repo.list()
        except AuthError as exc:
            self.show_message(error_html(exc), error=True)
            return
        names = {p.name for p in profiles}
        for name in [n for n in self.cards if n not in names]:
            self._drop_card(name)
        for index, profile in enumerate(profiles):
            card = self.cards.get(profile.name)
            if card is None:
                card = ProfileCard(self.services, profile)
                card.removed.connect(self._card_removed)
                self.cards[profile.name] = card
            else:
                card.set_profile(profile)
            if self.cards_layout.indexOf(card) != index:  # new, or the order changed
                self.cards_layout.removeWidget(card)
                self.cards_layout.insertWidget(index, card)
        self.empty.setVisible(not self.cards)

    @Slot()
    def reload_cards(self) -> None:
        for card in self.cards.values():
            card.reload()

    def _drop_card(self, name: str) -> None:
        card = self.cards.pop(name)
        card.ticker.stop()
        card.clear_clipboard()
        self.cards_layout.removeWidget(card)
        card.hide()
        card.deleteLater()

    @Slot(str, str)
    def _card_removed(self, name: str, note: str) -> None:
        if name in self.cards:
            self._drop_card(name)
        self.empty.setVisible(not self.cards)
        removed = translate("StatusWindow", "The sign-in '{name}' was removed.").format(name=name)
        self.show_message(esc(f"{removed} {note}"))

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.show()

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def add_sign_in(self) -> None:
        if self.wizard is not None:
            bring_to_front(self.wizard)
            return
        wizard = SetupWizard(self.services, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(self._wizard_finished)
        self.wizard = wizard
        wizard.show()

    @Slot(int)
    def _wizard_finished(self, _result: int) -> None:
        self.wizard = None
        self.reload_profiles()

    @Slot()
    def show_report(self) -> None:
        """The support report (``oauth-setup diagnostics``), made afresh each time it is opened."""
        if self.report_dialog is not None and self.report_dialog.isVisible():
            bring_to_front(self.report_dialog)
            return
        self.report_dialog = ReportDialog(self.services, self)
        self.report_dialog.show()
        self.report_dialog.start()

    @Slot()
    def check_all(self) -> None:
        """What the background monitor does, now: renew what is due, retry failed writes."""
        if self._checking:
            return
        self._checking = True
        self.check_button.setEnabled(False)
        self.check_button.setText(translate("StatusWindow", "Checking…"))
        if self.controller is not None:
            self.controller.check_now()
            return
        task = Task(self.monitor.check, tag="check")
        task.succeeded.connect(self._checked)
        task.failed.connect(self._check_failed)
        task.start()

    @Slot(object)
    def _controller_notified(self, note: Notification) -> None:
        self._notes.append(note)

    @Slot()
    def _controller_checked(self) -> None:
        notes, self._notes = self._notes, []
        error = self.controller.last_error if self.controller is not None else None
        if error is not None:
            self._check_failed("check", error)
        elif self._checking or notes:
            self._checked("check", (notes, 0.0))
        else:
            self.reload_cards()  # a timer check: the states may have changed

    @Slot(object, object)
    def _checked(self, _tag: object, result: tuple[list[Notification], float]) -> None:
        notes, _next = result
        self._check_done()
        count = len(self.cards)
        text = plural(
            count,
            translate("StatusWindow", "Checked {n} sign-in just now."),
            translate("StatusWindow", "Checked {n} sign-ins just now."),
        ).format(n=count)
        note_html = translate("StatusWindow", "<b>{title}</b>: {text}")
        text += "".join("<br>" + note_html.format(title=esc(n.title), text=esc(n.text)) for n in notes)
        self.show_message(text)
        self.reload_profiles()
        self.checked.emit()

    @Slot(object, object)
    def _check_failed(self, _tag: object, exc: AuthError) -> None:
        self._check_done()
        failed = translate("StatusWindow", "The check did not finish.")
        self.show_message(f"{failed}<br>{error_html(exc)}", error=True)
        self.reload_profiles()
        self.checked.emit()

    def _check_done(self) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        self.check_button.setText(translate("StatusWindow", "Check all now"))

    def closeEvent(self, event: QCloseEvent) -> None:
        """A token copied from here does not outlive the window on the clipboard."""
        for card in self.cards.values():
            card.clear_clipboard()
        super().closeEvent(event)
