"""Page 4: the sign-in itself. The listener and the wait run in a worker; this page only shows
progress and reacts to the worker's signals."""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from gui_app.core.errors import AuthError, ConfigError, SignInCancelled, SignInTimedOut
from gui_app.core.i18n import plural, translate
from gui_app.ui.messages import error_html
from gui_app.ui.services import Services
from gui_app.ui.wizard import Draft
from gui_app.ui.workers import DeviceLoginTask, LoginTask

if TYPE_CHECKING:
    from gui_app.core.device import DeviceAuthorization
    from gui_app.core.login import LoginResult


class SignInPage(QWizardPage):
    def __init__(self, draft: Draft, services: Services) -> None:
        super().__init__()
        self.draft = draft
        self.services = services
        self.setTitle(translate("SignInPage", "Sign in"))
        self.setCommitPage(True)  # no way back once signed in: the tokens exist
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("SignInPage", "&Next >"))
        self.task: LoginTask | DeviceLoginTask | None = None
        self.url: str | None = None
        self.state = "idle"  # idle | starting | waiting | failed | done
        self._deadline = 0.0
        self._dialog: object | None = None

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("signinStatus")
        self.status.setAccessibleName(translate("SignInPage", "Sign-in progress"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(translate("SignInPage", "Waiting"))
        self.time_left = QLabel()
        self.time_left.setAccessibleName(translate("SignInPage", "Time left"))
        self.device_code = QLabel()
        self.device_code.setObjectName("deviceCode")
        self.device_code.setAccessibleName(translate("SignInPage", "Code and address for the other device"))
        self.device_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_code.hide()
        self.qr_code = QLabel()
        self.qr_code.setAccessibleName(translate("SignInPage", "QR code of the address with the code in it"))
        self.qr_code.setToolTip(
            translate(
                "SignInPage", "Scan it with a phone: the address opens with the code already filled in."
            )
        )
        self.qr_code.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("signinError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_again = QPushButton(translate("SignInPage", "&Open again"))
        self.open_again.setAccessibleName(translate("SignInPage", "Open the sign-in page again"))
        self.copy_link = QPushButton(translate("SignInPage", "Copy &link"))
        self.copy_link.setAccessibleName(translate("SignInPage", "Copy the sign-in link"))
        self.copy_link.setToolTip(
            translate("SignInPage", "Paste this link into a browser on this computer if none opened.")
        )
        self.cancel = QPushButton(translate("SignInPage", "&Cancel sign-in"))
        self.cancel.setAccessibleName(translate("SignInPage", "Cancel the sign-in"))
        self.retry = QPushButton(translate("SignInPage", "&Try again"))
        self.retry.setAccessibleName(translate("SignInPage", "Try the sign-in again"))
        self.edit_client = QPushButton(translate("SignInPage", "Change the client &settings"))
        self.edit_client.setAccessibleName(translate("SignInPage", "Go back and change the client settings"))

        buttons = QHBoxLayout()
        for button in (self.open_again, self.copy_link, self.cancel, self.retry, self.edit_client):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.time_left)
        layout.addWidget(self.device_code)
        layout.addWidget(self.qr_code)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addStretch(1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.open_again.clicked.connect(self._open_browser)
        self.copy_link.clicked.connect(self._copy_link)
        self.cancel.clicked.connect(self.cancel_sign_in)
        self.retry.clicked.connect(self.start_sign_in)
        self.edit_client.clicked.connect(self._back_to_client)

    # -- lifecycle -----------------------------------------------------------------------------

    def initializePage(self) -> None:
        profile = self.draft.profile
        name = profile.name if profile else ""
        subtitles = {
            "system": translate(
                "SignInPage", "Sign in to '{name}' in your web browser, then come back here."
            ),
            "embedded": translate("SignInPage", "Sign in to '{name}' in the sign-in window."),
            "device": translate(
                "SignInPage", "Sign in to '{name}' on another device; this page waits for you."
            ),
        }
        self.setSubTitle(subtitles[self.draft.method].format(name=name))
        self.start_sign_in()

    def cleanupPage(self) -> None:
        self.cancel_sign_in()

    def isComplete(self) -> bool:
        return self.state == "done"

    @Slot()
    def start_sign_in(self) -> None:
        profile = self.draft.profile
        if profile is None or self.state in ("starting", "waiting"):
            return
        self.url = None
        self.device_code.hide()
        self.qr_code.hide()
        self.open_again.setText(translate("SignInPage", "&Open again"))
        store = self.services.store_for(profile)
        task: LoginTask | DeviceLoginTask
        if self.draft.method == "device":
            device_task = DeviceLoginTask(profile, store, self.draft.client_secret)
            device_task.code_ready.connect(self._code_ready)
            task = device_task
        else:
            browser_task = LoginTask(profile, store, self.draft.client_secret, self.services.login_timeout)
            browser_task.url_ready.connect(self._url_ready)
            task = browser_task
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self.task = task
        self._set_state("starting")
        task.start()

    @Slot()
    def cancel_sign_in(self) -> None:
        if self.task is not None and self.state in ("starting", "waiting"):
            self.task.cancel()
        self._close_dialog()

    # -- worker signals ------------------------------------------------------------------------

    @Slot(str)
    def _url_ready(self, url: str) -> None:
        self.url = url
        self._deadline = time.monotonic() + self.services.login_timeout
        self._set_state("waiting")
        self._open_browser()

    @Slot(object)
    def _succeeded(self, result: LoginResult) -> None:
        self.draft.result = result
        self._close_dialog()
        self._set_state("done")
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    @Slot(object)
    def _failed(self, exc: AuthError) -> None:
        self._close_dialog()
        self._set_state("failed")
        if isinstance(exc, SignInTimedOut):
            self.status.setText(
                translate("SignInPage", "The time for signing in ({duration}) ran out.").format(
                    duration=_duration(self.services.login_timeout)
                )
            )
        elif isinstance(exc, SignInCancelled):
            self.status.setText(translate("SignInPage", "The sign-in was cancelled."))
        else:
            self.status.setText(translate("SignInPage", "The sign-in did not work."))
        self.error.setText(error_html(exc, self.draft.profile.name if self.draft.profile else None))
        # A wrong ID, secret or port is fixed on the client page, not by trying again.
        self.edit_client.setVisible(isinstance(exc, ConfigError) and not self.draft.existing)

    # -- actions -------------------------------------------------------------------------------

    @Slot()
    @Slot(object)
    def _code_ready(self, authorization: DeviceAuthorization) -> None:
        """RFC 8628 §3.3: show the code and where to enter it (the link already holding the code
        when the provider gives one)."""
        self.url = authorization.verification_uri_complete or authorization.verification_uri
        self._deadline = time.monotonic() + authorization.expires_in
        self._set_state("waiting")
        self.status.setText(
            translate(
                "SignInPage",
                "On your phone or any other computer, open the address below and enter the code. "
                "This page moves on by itself when you are done.",
            )
            + "\n\n"
            + translate("SignInPage", "Waiting for you…")
        )
        address = translate("SignInPage", "Address: <b>{address}</b>").format(
            address=html.escape(authorization.verification_uri)
        )
        code = translate(
            "SignInPage", "Code: <span style='font-size:20pt; font-weight:bold'>{code}</span>"
        ).format(code=html.escape(authorization.user_code))
        self.device_code.setText(f"{address}<br>{code}")
        self.device_code.show()
        self.open_again.setText(translate("SignInPage", "&Open here"))
        if authorization.verification_uri_complete:
            self.qr_code.setPixmap(_qr_pixmap(authorization.verification_uri_complete))
            self.qr_code.show()

    def _open_browser(self) -> None:
        if not self.url:
            return
        if self.draft.method == "device":
            self.services.open_system_browser(self.url)
            return
        if self.draft.method == "embedded":
            self._show_embedded()
            return
        if not self.services.open_system_browser(self.url):
            self.error.setText(
                translate("SignInPage", "<b>No web browser could be opened.</b>")
                + "<br>"
                + translate(
                    "SignInPage", "Click <i>Copy link</i> and paste the link into a browser on this computer."
                )
            )

    def _show_embedded(self) -> None:
        from gui_app.ui.embedded_browser import EmbeddedBrowserDialog

        assert self.url is not None and self.draft.profile is not None
        self._close_dialog()
        prefix = self._redirect_prefix()
        dialog = EmbeddedBrowserDialog(self.url, prefix, self)
        dialog.closed_by_user.connect(self._embedded_closed)
        self._dialog = dialog
        dialog.show()

    def _redirect_prefix(self) -> str:
        from urllib.parse import parse_qs, urlsplit

        assert self.url is not None
        return parse_qs(urlsplit(self.url).query)["redirect_uri"][0]

    @Slot()
    def _embedded_closed(self) -> None:
        self._dialog = None
        if self.state == "waiting":
            self.status.setText(
                translate("SignInPage", "The sign-in window was closed. Click Open again to reopen it.")
            )

    def _close_dialog(self) -> None:
        dialog = self._dialog
        self._dialog = None
        if dialog is not None:
            dialog.close()  # type: ignore[attr-defined]

    @Slot()
    def _back_to_client(self) -> None:
        from gui_app.ui.wizard import PageId

        wizard = self.wizard()
        while wizard is not None and wizard.currentId() not in (PageId.CLIENT, -1):
            wizard.back()

    @Slot()
    def _copy_link(self) -> None:
        if self.url:
            QGuiApplication.clipboard().setText(self.url)
            self.copy_link.setText(translate("SignInPage", "Link copied"))

    @Slot()
    def _tick(self) -> None:
        left = max(0, int(self._deadline - time.monotonic()))
        self.time_left.setText(
            translate("SignInPage", "Time left: {minutes}:{seconds}").format(
                minutes=left // 60, seconds=f"{left % 60:02d}"
            )
        )

    def _set_state(self, state: str) -> None:
        self.state = state
        waiting = state in ("starting", "waiting")
        self.busy.setVisible(waiting)
        self.time_left.setVisible(state == "waiting")
        self.open_again.setVisible(state == "waiting")
        self.copy_link.setVisible(state == "waiting")
        self.copy_link.setText(translate("SignInPage", "Copy &link"))
        self.cancel.setVisible(waiting)
        self.retry.setVisible(state == "failed")
        self.edit_client.setVisible(False)
        self.error.setVisible(state in ("failed", "waiting"))
        if state != "failed":
            self.error.clear()
        if state == "starting":
            self.status.setText(translate("SignInPage", "Getting ready…"))
        elif state == "waiting":
            if self.draft.method == "system":
                what = translate(
                    "SignInPage",
                    "The provider's sign-in page has opened in your web browser. Sign in there and "
                    "allow access; this page moves on by itself when you are done.",
                )
            else:
                what = translate(
                    "SignInPage",
                    "Sign in in the window that opened and allow access; this page moves on by "
                    "itself when you are done.",
                )
            self.status.setText(what + "\n\n" + translate("SignInPage", "Waiting for you…"))
            self._tick()
            self.ticker.start()
        else:
            self.ticker.stop()
        if state == "done":
            self.status.setText(translate("SignInPage", "Signed in."))
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)


def _duration(seconds: float) -> str:
    if seconds < 90:
        n = int(seconds)
        return plural(
            n, translate("SignInPage", "{n} second"), translate("SignInPage", "{n} seconds")
        ).format(n=n)
    minutes = round(seconds / 60)
    return plural(
        minutes, translate("SignInPage", "{n} minute"), translate("SignInPage", "{n} minutes")
    ).format(n=minutes)


def _qr_pixmap(text: str) -> QPixmap:
    """The address (with the code in it) as a QR code, for a phone's camera."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=5, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
