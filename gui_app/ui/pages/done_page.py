"""Page 5: what happened, where the tokens are, and how the integration gets them."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from gui_app.cli_format import when
from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.core.profiles import ClientProfile
from gui_app.ui.messages import error_html, message_label
from gui_app.ui.services import Services
from gui_app.ui.wizard import Draft


class DonePage(QWizardPage):
    def __init__(self, draft: Draft, services: Services) -> None:
        super().__init__()
        self.draft = draft
        self.services = services
        self.setTitle(translate("DonePage", "You are signed in"))
        self.setSubTitle(translate("DonePage", "Click Finish to save this sign-in."))
        self.who = QLabel()
        self.access = QLabel()
        self.refresh = QLabel()
        self.kept = QLabel()
        for label, name in (
            (self.who, translate("DonePage", "Signed in as")),
            (self.access, translate("DonePage", "Access token expires")),
            (self.refresh, translate("DonePage", "Refresh token expires")),
            (self.kept, translate("DonePage", "Where the tokens are kept")),
        ):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the provider: never markup
            label.setAccessibleName(name)
        self.command = QLineEdit()
        self.command.setReadOnly(True)
        self.command.setAccessibleName(translate("DonePage", "Command for the integration"))
        self.copy = QPushButton(translate("DonePage", "&Copy"))
        self.copy.setAccessibleName(translate("DonePage", "Copy the command"))
        self.copy.clicked.connect(self._copy)
        form = QFormLayout()
        form.addRow(translate("DonePage", "Signed in as:"), self.who)
        form.addRow(translate("DonePage", "Access token expires:"), self.access)
        form.addRow(translate("DonePage", "Refresh token expires:"), self.refresh)
        form.addRow(translate("DonePage", "Kept in:"), self.kept)
        row = QHBoxLayout()
        row.addWidget(self.command, 1)
        row.addWidget(self.copy)
        how = QLabel(
            translate(
                "DonePage",
                "The integration gets a fresh access token (a short-lived key) by running this command; "
                "the app renews it as needed:",
            )
        )
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(how)
        layout.addLayout(row)
        # Moving a password-grant integration (the Migrate page): the password goes only on a yes.
        self.migration = QLabel()
        self.migration.setObjectName("migrationDone")
        self.migration.setWordWrap(True)
        self.migration.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_password = QCheckBox()
        self.remove_password.setObjectName("removePassword")
        self.remove_password.setAccessibleName(translate("DonePage", "Remove the stored password"))
        self.migration_error = message_label("migrationError")
        layout.addSpacing(12)
        layout.addWidget(self.migration)
        layout.addWidget(self.remove_password)
        layout.addWidget(self.migration_error)
        for widget in (self.migration, self.remove_password):
            widget.hide()
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1  # the last page (the Migrate page's id is higher, but it comes after Welcome)

    def validatePage(self) -> bool:
        """Finish: save the sign-in, then, only if the box is ticked, remove the old password
        (a private backup is kept). A failure keeps the page open and says why."""
        found = self.draft.migration
        if found is None or not self.remove_password.isChecked():
            return True
        from gui_app.core.migrate import remove_password

        save = getattr(self.wizard(), "save_sign_in", None)
        if callable(save):
            save()
        try:
            backup = remove_password(found)
        except (AuthError, OSError) as exc:
            self.migration_error.setText(
                error_html(exc)
                if isinstance(exc, AuthError)
                else "<b>{}</b>".format(
                    html.escape(
                        translate(
                            "DonePage",
                            "The password could not be removed from {file} ({reason}). The sign-in is "
                            "saved; remove the password from the file yourself.",
                        ).format(file=found.path, reason=exc.strerror or type(exc).__name__)
                    )
                )
            )
            self.migration_error.show()
            self.remove_password.setChecked(False)
            return False
        self.draft.password_backup = backup
        return True

    def initializePage(self) -> None:
        result, profile = self.draft.result, self.draft.profile
        if result is None or profile is None:
            return
        meta = result.metadata
        account = meta.account
        who = account.get("name") or account.get("email") or account.get("preferred_username")
        if who and account.get("email") and account.get("email") != who:
            who = f"{who} ({account['email']})"
        self.who.setText(who or translate("DonePage", "The provider did not say who signed in."))
        self.access.setText(when(meta.expires_at))
        if meta.has_refresh_token:
            refresh = when(meta.refresh_expires_at)
            if meta.refresh_expires_at is None and profile.refresh_lifetime_hint and meta.refresh_issued_at:
                refresh = translate("DonePage", "{when} (estimated)").format(
                    when=when(meta.refresh_issued_at + profile.refresh_lifetime_hint)
                )
            self.refresh.setText(refresh)
        else:
            self.refresh.setText(
                translate(
                    "DonePage",
                    "No refresh token was given: you will have to sign in again when the access token "
                    "expires.",
                )
            )
        self.kept.setText(self.services.store_for(profile).secrets.description)
        self.command.setText(f"oauth-setup token {profile.name}")
        found = self.draft.migration
        written = self._migration_written(profile) if found is not None else None
        if found is not None and written is not None:
            # The file did not get the refresh token: the password must stay until it does.
            self.migration.setText(
                translate(
                    "DonePage",
                    "The refresh token could not be written into {file}: {reason} The password stays "
                    "in the file. Fix the problem; the app writes the token again at its next renewal, "
                    "or when you click Check all now in the status window.",
                ).format(file=found.path, reason=written)
            )
            self.remove_password.setChecked(False)
            self.migration.show()
            self.remove_password.hide()
        elif found is not None:
            self.migration.setText(
                translate(
                    "DonePage",
                    "The refresh token is now written into {file} and kept up to date there: set the "
                    "integration to sign in with it instead of the password. Then the password can go: "
                    "tick the box to remove it from the file when you click Finish. A copy of the old "
                    "file, readable only by you, is kept next to it.",
                ).format(file=found.path)
            )
            self.remove_password.setText(translate("DonePage", "Remove the stored password"))
            self.remove_password.setChecked(False)  # an explicit yes, every time
            self.migration.show()
            self.remove_password.show()
        if self.draft.existing:
            self.setSubTitle(translate("DonePage", "The new sign-in is saved. Click Finish to close."))

    def _migration_written(self, profile: ClientProfile) -> str | None:
        """None when the migrated file got the refresh token, else why not."""
        results = self.services.store_for(profile).metadata(profile.name)
        target = profile.exports[-1] if profile.exports else ""
        result = results.export_results.get(target) if results is not None else None
        if result is None:
            return translate("DonePage", "it was not written.")
        return None if result.get("ok") else str(result.get("message", ""))

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command.text())
        self.copy.setText(translate("DonePage", "Copied"))
