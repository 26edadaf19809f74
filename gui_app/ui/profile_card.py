"""One sign-in on the status window: its state, how long its tokens last, where its token is
sent, and what the admin can do about it.

Everything that touches the network or the keyring runs in a ``Task``; its results arrive in the
slots below, on the GUI thread (style principle 4). Token values pass through this card only on
their way to the clipboard: never into a label, a tooltip or a log.
"""

from __future__ import annotations

import contextlib
import html
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui_app.cli_format import relative, when
from gui_app.core.errors import AuthError, ProfileNotFound
from gui_app.core.i18n import QT_TRANSLATE_NOOP, plural, translate
from gui_app.core.profiles import ClientProfile
from gui_app.core.status import ExportStatus, ProfileStatus, profile_status
from gui_app.ui.messages import error_html, message_label
from gui_app.ui.services import Services
from gui_app.ui.workers import Task

if TYPE_CHECKING:
    from gui_app.core.redistribute import ExportResult
    from gui_app.ui.export_dialog import ExportDialog
    from gui_app.ui.wizard import SetupWizard

# Badge text (translated where shown) and colours (white text on each: contrast >= 4.5:1).
BADGES: dict[str, tuple[str, str]] = {
    "ok": (QT_TRANSLATE_NOOP("ProfileCard", "OK"), "#1b7f3b"),
    "expiring": (QT_TRANSLATE_NOOP("ProfileCard", "Expiring soon"), "#8a5300"),
    "reauth-required": (QT_TRANSLATE_NOOP("ProfileCard", "Sign-in needed"), "#b00020"),
    "unreachable": (QT_TRANSLATE_NOOP("ProfileCard", "Provider unreachable"), "#5f6368"),
}
ERROR_COLOUR = "#b00020"
UNREACHABLE_REASON = QT_TRANSLATE_NOOP(
    "ProfileCard",
    "The last renewal could not reach the provider. The sign-in itself is probably still fine: "
    "the app tries again by itself.",
)
# Keeps a copied token out of clipboard histories (KDE's Klipper, Windows' clipboard history).
_SECRET_HINTS = (
    ("x-kde-passwordManagerHint", b"secret"),
    (
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
        b"\x01\x00\x00\x00",
    ),
)


def esc(text: str) -> str:
    """Text for a rich-text label (quotes stay readable in ``text()``)."""
    return html.escape(text, quote=False)


def badge_key(status: ProfileStatus) -> str:
    """Which badge a status gets: an unreachable provider only matters while all else is fine."""
    if status.state == "ok" and status.provider_unreachable:
        return "unreachable"
    return status.state


def countdown(seconds: float) -> str:
    """'59 min', '1 h 5 min', '45 s', '3 days' — short enough to change visibly each minute."""
    s = int(max(0.0, seconds))
    if s >= 2 * 86400:
        days = round(s / 86400)
        return plural(days, translate("ProfileCard", "{n} day"), translate("ProfileCard", "{n} days")).format(
            n=days
        )
    if s >= 3600:
        hours, minutes = divmod(s // 60, 60)
        if minutes:
            return translate("ProfileCard", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return translate("ProfileCard", "{hours} h").format(hours=hours)
    if s >= 120:
        return translate("ProfileCard", "{minutes} min").format(minutes=s // 60)
    return translate("ProfileCard", "{seconds} s").format(seconds=s)


def seconds_text(seconds: float) -> str:
    """'1 second', '30 seconds', '0.2 seconds'."""
    value = f"{seconds:g}"
    # A whole number picks its form by the language's rule; a fraction takes the plural.
    count = int(seconds) if float(seconds).is_integer() else 2
    return plural(
        count, translate("ProfileCard", "{n} second"), translate("ProfileCard", "{n} seconds")
    ).format(n=value)


def who_signed_in(account: dict[str, str]) -> str | None:
    who = account.get("name") or account.get("email") or account.get("preferred_username")
    if who and account.get("email") and account.get("email") != who:
        who = f"{who} ({account['email']})"
    return who or account.get("sub")


def ago(timestamp: float, now: float) -> str:
    """'2 minutes ago'; 'just now' for the last few seconds (and for a clock a little behind)."""
    if abs(now - timestamp) < 10:
        return translate("ProfileCard", "just now")
    return relative(timestamp - now)


def last_renewal_text(status: ProfileStatus, now: float) -> str:
    if status.last_refresh_at is None:
        return translate("ProfileCard", "Last renewal: none since signing in.")
    result = status.last_refresh_result
    when_text = ago(status.last_refresh_at, now)
    if result == "ok":
        return translate("ProfileCard", "Last renewal: {when} — worked").format(when=when_text)
    if not result:
        return translate("ProfileCard", "Last renewal: {when} — failed: no reason given").format(
            when=when_text
        )
    return translate("ProfileCard", "Last renewal: {when} — failed: {reason}").format(
        when=when_text, reason=result
    )


def export_result_text(export: ExportStatus, now: float, name: str) -> str:
    if export.ok is None:
        return translate("ProfileCard", "not written yet")
    if export.ok:
        if export.at is None:
            return translate("ProfileCard", "✔ written")
        return translate("ProfileCard", "✔ written {when}").format(when=ago(export.at, now))
    # The core words its next step for the command line ("… NAME"): name the sign-in at least.
    return translate("ProfileCard", "✘ failed: {message}").format(
        message=export.message.replace("NAME", name)
    )


def open_sign_in_again(services: Services, profile: ClientProfile, parent: QWidget | None) -> SetupWizard:
    """The wizard at its Sign-in page for a saved sign-in, deleted when closed."""
    from gui_app.ui.wizard import SetupWizard

    wizard = SetupWizard(services, profile=profile, parent=parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowTitle(
        translate("ProfileCard", "Sign in again: {name} — OAuth Setup Assistant").format(name=profile.name)
    )
    bring_to_front(wizard)
    return wizard


def bring_to_front(window: QWidget) -> None:
    """Show a window on top. (Windowless platforms, such as the offscreen one the tests use,
    have no stacking order and warn about raise().)"""
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
    window.activateWindow()


def _plain(label: QLabel, name: str) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and messages come from outside: never markup
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ExportRow(QWidget):
    """One export target: what gets which token, how the last write went, and Remove.

    Signals:
        remove_requested(str): the stored form of this target.
    """

    remove_requested = Signal(str)

    def __init__(self, export: ExportStatus, now: float, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.export = export
        self.profile_name = name
        if export.token == "access":
            goes_to = translate("ExportRow", "The access token goes to {target}")
        else:
            goes_to = translate("ExportRow", "The refresh token goes to {target}")
        self.target = _plain(
            QLabel(goes_to.format(target=export.description)), translate("ExportRow", "Export target")
        )
        self.result = _plain(QLabel(), translate("ExportRow", "Last write"))
        self.result.setObjectName("exportResult")
        self.remove = QPushButton(translate("ExportRow", "Remove"))
        self.remove.setAccessibleName(
            translate("ExportRow", "Stop sending the token to {target}").format(target=export.description)
        )
        self.remove.setToolTip(
            translate("ExportRow", "Stop writing the token there. The file or entry itself is left as it is.")
        )
        self.remove.clicked.connect(self._remove_clicked)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.target)
        text.addWidget(self.result)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.addLayout(text, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.update_time(now)

    def update_time(self, now: float) -> None:
        self.result.setText(export_result_text(self.export, now, self.profile_name))
        self.result.setStyleSheet(f"color: {ERROR_COLOUR};" if self.export.ok is False else "")

    @Slot()
    def _remove_clicked(self) -> None:
        self.remove_requested.emit(self.export.stored)


class ProfileCard(QFrame):
    """A sign-in's status and actions.

    Signals:
        status_loaded(object): a fresh ``ProfileStatus`` is on display.
        action_finished(str, bool): an action ("refresh", "copy", "export", "remove") ended; ok?
        removed(str, str): the sign-in was removed; its name and what happened at the provider.
    """

    status_loaded = Signal(object)
    action_finished = Signal(str, bool)
    removed = Signal(str, str)

    def __init__(self, services: Services, profile: ClientProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.store = services.store_for(profile)
        self.status: ProfileStatus | None = None
        self.busy: str | None = None  # the action running now
        self.wizard: SetupWizard | None = None
        self.export_dialog: ExportDialog | None = None
        self._loading = False
        self._load_again = False
        self._clipboard_token: str | None = None
        self._pending_export: str | None = None
        self._export_rows: list[ExportRow] = []
        self.setObjectName("profileCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.badge = QLabel("…")
        self.badge.setObjectName("stateBadge")
        self.badge.setAccessibleName(translate("ProfileCard", "State"))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = _plain(QLabel(profile.name), translate("ProfileCard", "Sign-in name"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.reason = _plain(
            QLabel(translate("ProfileCard", "Reading the sign-in…")), translate("ProfileCard", "Why")
        )
        self.who = _plain(QLabel(), translate("ProfileCard", "Signed in as"))
        self.access = _plain(QLabel(), translate("ProfileCard", "Access token expiry"))
        self.access.setObjectName("accessExpiry")
        self.refresh_expiry = _plain(QLabel(), translate("ProfileCard", "Refresh token expiry"))
        self.refresh_expiry.setObjectName("refreshExpiry")
        self.last_renewal = _plain(QLabel(), translate("ProfileCard", "Last renewal"))
        self.scopes = _plain(QLabel(), translate("ProfileCard", "Permissions"))
        self.exports_heading = _plain(QLabel(), translate("ProfileCard", "Where the token is sent"))
        self.exports_box = QVBoxLayout()
        self.exports_box.setSpacing(2)
        self.message = message_label("cardMessage")

        self.refresh_button = QPushButton(translate("ProfileCard", "Refresh now"))
        self.refresh_button.setToolTip(
            translate("ProfileCard", "Renew the access token now, to check that the sign-in still works.")
        )
        self.sign_in_button = QPushButton(translate("ProfileCard", "Sign in again"))
        self.sign_in_button.setToolTip(
            translate("ProfileCard", "Open the provider's sign-in page to renew this sign-in.")
        )
        self.copy_button = QPushButton(translate("ProfileCard", "Copy access token"))
        self.copy_button.setToolTip(
            translate(
                "ProfileCard",
                "Put a valid access token on the clipboard, for pasting into a program by hand. "
                "The clipboard is cleared after {duration}.",
            ).format(duration=seconds_text(services.clipboard_clear_after))
        )
        self.export_button = QPushButton(translate("ProfileCard", "Add export target…"))
        self.export_button.setToolTip(
            translate("ProfileCard", "Have the app write the token into an integration's settings.")
        )
        self.remove_button = QPushButton(translate("ProfileCard", "Remove sign-in"))
        self.remove_button.setToolTip(
            translate("ProfileCard", "Cancel the tokens at the provider and delete this sign-in here.")
        )
        self.action_buttons = (
            self.refresh_button,
            self.sign_in_button,
            self.copy_button,
            self.export_button,
            self.remove_button,
        )
        for button, accessible_name in zip(
            self.action_buttons,
            (
                translate("ProfileCard", "Refresh now: {name}"),
                translate("ProfileCard", "Sign in again: {name}"),
                translate("ProfileCard", "Copy access token: {name}"),
                translate("ProfileCard", "Add export target: {name}"),
                translate("ProfileCard", "Remove sign-in: {name}"),
            ),
            strict=True,
        ):
            button.setAccessibleName(accessible_name.format(name=profile.name))
        self.refresh_button.clicked.connect(self.refresh_now)
        self.sign_in_button.clicked.connect(self.sign_in_again)
        self.copy_button.clicked.connect(self.copy_access_token)
        self.export_button.clicked.connect(self.add_export_target)
        self.remove_button.clicked.connect(self.remove_sign_in)

        header = QHBoxLayout()
        header.addWidget(self.badge)
        header.addWidget(self.title, 1)
        buttons = QHBoxLayout()
        for button in self.action_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.reason)
        for label in (self.who, self.access, self.refresh_expiry, self.last_renewal, self.scopes):
            layout.addWidget(label)
        layout.addWidget(self.exports_heading)
        layout.addLayout(self.exports_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._set_badge(None)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(self.clear_clipboard)
        self.reload()

    # -- status ------------------------------------------------------------------------------

    def set_profile(self, profile: ClientProfile) -> None:
        """The sign-in as saved now (changed elsewhere); read its state again."""
        self.profile = profile
        self.store = self.services.store_for(profile)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the sign-in's state again (keyring and metadata: off the GUI thread)."""
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        profile, store, clock = self.profile, self.store, self.services.clock
        task = Task(lambda: profile_status(profile, store, clock()), tag="status")
        task.succeeded.connect(self._status_read)
        task.failed.connect(self._status_failed)
        task.start()

    @Slot(object, object)
    def _status_read(self, _tag: object, status: ProfileStatus) -> None:
        self._status_done()
        self.show_status(status)

    @Slot(object, object)
    def _status_failed(self, _tag: object, exc: AuthError) -> None:
        self._status_done()
        self._set_badge(None)
        self.reason.setText(translate("ProfileCard", "The state of this sign-in could not be read."))
        self._show_message(error_html(exc, self.profile.name), error=True)

    def _status_done(self) -> None:
        self._loading = False
        if self._load_again:
            self._load_again = False
            self.reload()

    def show_status(self, status: ProfileStatus) -> None:
        self.status = status
        self._set_badge(status)
        unreachable = badge_key(status) == "unreachable"
        self.reason.setText(translate("ProfileCard", UNREACHABLE_REASON) if unreachable else status.reason)
        who = who_signed_in(status.account)
        self.who.setText(
            translate("ProfileCard", "Signed in as {who}").format(who=who)
            if who
            else translate("ProfileCard", "The provider did not say who signed in.")
        )
        self.who.setVisible(status.has_access_token or status.has_refresh_token)
        scopes = " ".join(status.scopes)
        self.scopes.setText(
            translate("ProfileCard", "Permissions (scopes): {scopes}").format(scopes=scopes)
            if scopes
            else translate("ProfileCard", "Permissions: none asked for.")
        )
        self.scopes.setToolTip(
            translate(
                "ProfileCard", "What the integration may do with this sign-in, as the provider names it."
            )
        )
        self._show_exports(status)
        needs_sign_in = status.state != "ok"
        self.sign_in_button.setDefault(needs_sign_in)
        self.refresh_button.setEnabled(self.busy is None and status.has_refresh_token)
        self.copy_button.setEnabled(
            self.busy is None and (status.has_access_token or status.has_refresh_token)
        )
        self.tick()
        self.status_loaded.emit(status)

    @Slot()
    def tick(self) -> None:
        """Texts that depend on the time (called every second)."""
        status = self.status
        if status is None:
            for label in (self.access, self.refresh_expiry, self.last_renewal):
                label.clear()
            return
        now = self.services.clock()
        self.access.setText(self._access_text(status, now))
        self.refresh_expiry.setText(self._refresh_text(status, now))
        self.refresh_expiry.setToolTip(self._refresh_tooltip(status, now))
        self.last_renewal.setText(last_renewal_text(status, now))
        self.last_renewal.setVisible(status.has_access_token or status.has_refresh_token)
        for row in self._export_rows:
            row.update_time(now)

    @staticmethod
    def _access_text(status: ProfileStatus, now: float) -> str:
        if not status.has_access_token:
            return translate("ProfileCard", "No access token is stored.")
        if status.access_expires_at is None:
            return translate("ProfileCard", "Access token: the provider did not say when it expires.")
        left = status.access_expires_at - now
        if left > 0:
            return translate("ProfileCard", "Access token expires in {duration}").format(
                duration=countdown(left)
            )
        if status.has_refresh_token:
            expired = translate(
                "ProfileCard",
                "Access token expired {duration} ago — a new one is fetched automatically when needed",
            )
        else:
            expired = translate("ProfileCard", "Access token expired {duration} ago")
        return expired.format(duration=countdown(-left))

    @staticmethod
    def _refresh_text(status: ProfileStatus, now: float) -> str:
        if not status.has_refresh_token:
            if status.has_access_token:
                return translate(
                    "ProfileCard",
                    "No refresh token: someone must sign in again when the access token expires.",
                )
            return translate("ProfileCard", "No refresh token is stored.")
        if status.refresh_expires_at is None:
            return translate("ProfileCard", "Refresh token expires: not told by the provider")
        left = status.refresh_expires_at - now
        if left <= 0:
            return translate("ProfileCard", "Refresh token expired {when}").format(when=relative(left))
        if status.refresh_expiry_source == "estimated":
            return translate("ProfileCard", "Refresh token expires {when} (estimated)").format(
                when=relative(left)
            )
        return translate("ProfileCard", "Refresh token expires {when}").format(when=relative(left))

    def _refresh_tooltip(self, status: ProfileStatus, now: float) -> str:
        if not status.has_refresh_token:
            return translate(
                "ProfileCard",
                "The provider gave no refresh token, so the app cannot renew this sign-in by itself.",
            )
        renewal = last_renewal_text(status, now)
        hint = self.profile.refresh_lifetime_hint
        if status.refresh_expiry_source == "provider" and status.refresh_expires_at is not None:
            until = when(status.refresh_expires_at, now)
            return translate(
                "ProfileCard", "The provider said when this refresh token runs out: {until}."
            ).format(until=until)
        if status.refresh_expiry_source == "estimated" and status.refresh_expires_at is not None and hint:
            issued = status.refresh_expires_at - hint
            days = round(hint / 86400)
            lifetime = plural(
                days, translate("ProfileCard", "{n} day"), translate("ProfileCard", "{n} days")
            ).format(n=days)
            estimate = translate(
                "ProfileCard",
                "Estimated: the provider does not say when its refresh tokens run out, but they "
                "usually last {lifetime}. This one was issued {issued}, so it should last until {until}. "
                "Only a successful renewal proves it still works.",
            ).format(
                lifetime=lifetime, issued=relative(issued - now), until=when(status.refresh_expires_at, now)
            )
            return f"{estimate}\n{renewal}"
        unknown = translate(
            "ProfileCard",
            "The provider does not say how long its refresh tokens last, and there is no usual "
            "lifetime to estimate from. Only a successful renewal proves the sign-in still works "
            "(the app renews it at least once a day).",
        )
        return f"{unknown}\n{renewal}"

    def _set_badge(self, status: ProfileStatus | None) -> None:
        if status is None:
            text, colour = "…", "#5f6368"
        else:
            label, colour = BADGES[badge_key(status)]
            text = translate("ProfileCard", label)
        self.badge.setText(text)
        self.badge.setAccessibleDescription(text)
        self.badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; font-weight: bold; "
            "border-radius: 4px; padding: 2px 8px; }"
        )

    def _show_exports(self, status: ProfileStatus) -> None:
        for row in self._export_rows:
            self.exports_box.removeWidget(row)
            row.deleteLater()
        self._export_rows = []
        if not status.exports:
            self.exports_heading.setText(
                translate(
                    "ProfileCard",
                    "The token is not written anywhere else. Integrations can get it with "
                    "'oauth-setup token {name}', or use Add export target…",
                ).format(name=status.name)
            )
            return
        self.exports_heading.setText(
            translate("ProfileCard", "On every change, the app writes the token to:")
        )
        now = self.services.clock()
        for export in status.exports:
            row = ExportRow(export, now, status.name, self)
            row.remove_requested.connect(self.remove_export)
            self.exports_box.addWidget(row)
            self._export_rows.append(row)

    def export_rows(self) -> list[ExportRow]:
        return list(self._export_rows)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message.show()

    def _start(self, action: str, function: Any, busy_text: str) -> None:
        self.busy = action
        for button in self.action_buttons:
            button.setEnabled(False)
        self._show_message(busy_text)
        task = Task(function, tag=action)
        task.succeeded.connect(self._action_succeeded)
        task.failed.connect(self._action_failed)
        task.start()

    def _done(self, action: str, ok: bool) -> None:
        self.busy = None
        for button in self.action_buttons:
            button.setEnabled(True)
        self.reload()
        self.action_finished.emit(action, ok)

    # -- actions -----------------------------------------------------------------------------

    @Slot()
    def refresh_now(self) -> None:
        if self.busy:
            return
        from gui_app.core.session import TokenManager

        profile, store, services = self.profile, self.store, self.services

        def refresh() -> float | None:
            return TokenManager(services.paths, store, clock=services.clock).refresh(profile).expires_at

        self._start("refresh", refresh, translate("ProfileCard", "Renewing…"))

    @Slot()
    def copy_access_token(self) -> None:
        if self.busy:
            return
        from gui_app.core.session import TokenManager

        profile, store, services = self.profile, self.store, self.services

        def token() -> str:
            return TokenManager(services.paths, store, clock=services.clock).access_token(profile)

        self._start("copy", token, translate("ProfileCard", "Getting a valid access token…"))

    @Slot()
    def sign_in_again(self) -> None:
        if self.wizard is not None:
            bring_to_front(self.wizard)
            return
        self.wizard = open_sign_in_again(self.services, self.profile, self.window())
        self.wizard.finished.connect(self._wizard_finished)

    @Slot(int)
    def _wizard_finished(self, _result: int) -> None:
        self.wizard = None
        self.reload()

    @Slot()
    def add_export_target(self) -> None:
        from gui_app.ui.export_dialog import ExportDialog

        if self.export_dialog is not None:
            bring_to_front(self.export_dialog)
            return
        dialog = ExportDialog(self.services, self.profile, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._export_saved)
        dialog.finished.connect(self._export_dialog_closed)
        self.export_dialog = dialog
        dialog.open()

    @Slot(int)
    def _export_dialog_closed(self, _result: int) -> None:
        self.export_dialog = None

    @Slot(object, str)
    def _export_saved(self, profile: ClientProfile, stored: str) -> None:
        """The new target is saved: write the current token there now."""
        from gui_app.core.redistribute import retry_failed

        self.profile = profile
        store, clock = self.store, self.services.clock
        self._pending_export = stored

        def write() -> list[ExportResult]:
            return retry_failed(profile, store, clock=clock)

        self._start("export", write, translate("ProfileCard", "Writing the token to the new target…"))

    @Slot(str)
    def remove_export(self, stored: str) -> None:
        if self.busy:
            return
        exports = self.status.exports if self.status else ()
        description = next((e.description for e in exports if e.stored == stored), stored)
        question = (
            translate("ProfileCard", "Stop writing the token of '{name}' to {target}?").format(
                name=self.profile.name, target=description
            )
            + "\n\n"
            + translate(
                "ProfileCard",
                "What is already there stays as it is, but it will not be updated any more: the "
                "integration that reads it stops working once that token runs out.",
            )
        )
        title, yes = (
            translate("ProfileCard", "Stop sending the token"),
            translate("ProfileCard", "Stop sending"),
        )
        if not self.services.ask(self.window(), title, question, yes):
            return
        try:
            current = self.services.repo.get(self.profile.name)
            current = replace(current, exports=tuple(e for e in current.exports if e != stored))
            self.services.repo.save(current)
        except AuthError as exc:
            self._show_message(error_html(exc, self.profile.name), error=True)
            return
        self.profile = current
        self._show_message(
            translate("ProfileCard", "The token is no longer written to {target}.").format(
                target=esc(description)
            )
        )
        self.reload()

    @Slot()
    def remove_sign_in(self) -> None:
        if self.busy:
            return
        name = self.profile.name
        where = self.profile.issuer or self.profile.authorize_url
        if where:
            consequence = translate(
                "ProfileCard",
                "The app asks {provider} to cancel its tokens, then deletes them and this sign-in's "
                "settings from this computer. Integrations that use it stop working until someone "
                "adds the sign-in again.",
            ).format(provider=where)
        else:
            consequence = translate(
                "ProfileCard",
                "The app asks the provider to cancel its tokens, then deletes them and this sign-in's "
                "settings from this computer. Integrations that use it stop working until someone "
                "adds the sign-in again.",
            )
        question = (
            translate("ProfileCard", "Remove the sign-in '{name}'?").format(name=name) + "\n\n" + consequence
        )
        remove_text = translate("ProfileCard", "Remove sign-in")
        if not self.services.ask(self.window(), remove_text, question, remove_text):
            return
        from gui_app.core.revoke import sign_out

        profile, store, repo = self.profile, self.store, self.services.repo
        # Translated here, on the GUI thread, for the worker to use.
        kept = translate(
            "ProfileCard",
            "Nothing was deleted: the sign-in still works. Check this computer's internet "
            "connection and try again later.",
        )

        def remove() -> str:
            try:
                note = sign_out(profile, store)
            except AuthError as exc:
                # sign_out words its next step for the command line (--force); here nothing
                # destructive is offered: the sign-in stays until the provider can be told.
                exc.next_step = kept
                raise
            store.delete_all(profile.name)
            with contextlib.suppress(ProfileNotFound):  # already removed elsewhere (command line)
                repo.remove(profile.name)
            return note

        self._start("remove", remove, translate("ProfileCard", "Cancelling the tokens at the provider…"))

    # -- action results ----------------------------------------------------------------------

    @Slot(object, object)
    def _action_succeeded(self, action: str, result: object) -> None:
        if action == "refresh":
            expires = result if isinstance(result, float) else None
            text = translate("ProfileCard", "✔ Renewed just now.")
            if expires is not None:
                until = translate("ProfileCard", "The new access token lasts until {until}.").format(
                    until=when(expires)
                )
                text += f" {esc(until)}"
            self._show_message(text)
        elif action == "copy":
            assert isinstance(result, str)
            self._put_on_clipboard(result)
            self._show_message(
                translate("ProfileCard", "Copied — the clipboard is cleared in {duration}").format(
                    duration=seconds_text(self.services.clipboard_clear_after)
                )
            )
        elif action == "export":
            self._done(action, self._show_export_result(result))
            return
        elif action == "remove":
            self.busy = None
            self._show_message(esc(str(result)))
            self.ticker.stop()
            self.removed.emit(self.profile.name, str(result))
            self.action_finished.emit(action, True)
            return
        self._done(action, True)

    @Slot(object, object)
    def _action_failed(self, action: str, exc: AuthError) -> None:
        if action == "refresh":
            what = translate("ProfileCard", "The renewal did not work.")
        elif action == "copy":
            what = translate("ProfileCard", "No access token could be copied.")
        elif action == "export":
            what = translate("ProfileCard", "The token could not be written to the new target.")
        else:
            assert action == "remove", action
            what = translate("ProfileCard", "The sign-in was not removed.")
        self._show_message(f"{what}<br>{error_html(exc, self.profile.name)}", error=True)
        self._done(action, False)

    def _show_export_result(self, result: object) -> bool:
        """The first write to the new target, in words; False when it failed."""
        stored, self._pending_export = self._pending_export, None
        results: list[ExportResult] = list(result) if isinstance(result, list) else []
        mine = [r for r in results if r.stored == stored]
        if not mine:
            self._show_message(
                translate(
                    "ProfileCard",
                    "The target is saved. The token is written there as soon as this sign-in has one "
                    "(after signing in).",
                )
            )
            return True
        target = esc(mine[0].description)
        if mine[0].ok:
            self._show_message(
                translate("ProfileCard", "✔ The token was written to {target}.").format(target=target)
            )
            return True
        message = mine[0].message.replace("NAME", self.profile.name)
        failed = translate("ProfileCard", "✘ Writing to {target} failed: {message}").format(
            target=target, message=esc(message)
        )
        again = translate(
            "ProfileCard", "The app tries again on every check. Fix the problem, or remove the target."
        )
        self._show_message(f"{failed}<br>{again}", error=True)
        return False

    # -- clipboard ---------------------------------------------------------------------------

    def _put_on_clipboard(self, token: str) -> None:
        data = QMimeData()
        data.setText(token)
        for mime, value in _SECRET_HINTS:
            data.setData(mime, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._clipboard_token = token
        self._clear_timer.start(max(0, int(self.services.clipboard_clear_after * 1000)))

    @Slot()
    def clear_clipboard(self) -> None:
        """Clear the clipboard, but only if it still holds the token this card put there."""
        self._clear_timer.stop()
        token, self._clipboard_token = self._clipboard_token, None
        if token is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == token:
            clipboard.clear()
