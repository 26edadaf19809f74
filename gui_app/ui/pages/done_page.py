"""Page 5: what happened, where the tokens are, and how the integration gets them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from gui_app.cli_format import when
from gui_app.ui.services import Services
from gui_app.ui.wizard import Draft


class DonePage(QWizardPage):
    def __init__(self, draft: Draft, services: Services) -> None:
        super().__init__()
        self.draft = draft
        self.services = services
        self.setTitle("You are signed in")
        self.setSubTitle("Click Finish to save this sign-in.")
        self.who = QLabel()
        self.access = QLabel()
        self.refresh = QLabel()
        self.kept = QLabel()
        for label, name in (
            (self.who, "Signed in as"),
            (self.access, "Access token expires"),
            (self.refresh, "Refresh token expires"),
            (self.kept, "Where the tokens are kept"),
        ):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the provider: never markup
            label.setAccessibleName(name)
        self.command = QLineEdit()
        self.command.setReadOnly(True)
        self.command.setAccessibleName("Command for the integration")
        self.copy = QPushButton("&Copy")
        self.copy.setAccessibleName("Copy the command")
        self.copy.clicked.connect(self._copy)
        form = QFormLayout()
        form.addRow("Signed in as:", self.who)
        form.addRow("Access token expires:", self.access)
        form.addRow("Refresh token expires:", self.refresh)
        form.addRow("Kept in:", self.kept)
        row = QHBoxLayout()
        row.addWidget(self.command, 1)
        row.addWidget(self.copy)
        how = QLabel(
            "The integration gets a fresh access token (a short-lived key) by running this command; "
            "the app renews it as needed:"
        )
        how.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(how)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result, profile = self.draft.result, self.draft.profile
        if result is None or profile is None:
            return
        meta = result.metadata
        account = meta.account
        who = account.get("name") or account.get("email") or account.get("preferred_username")
        if who and account.get("email") and account.get("email") != who:
            who = f"{who} ({account['email']})"
        self.who.setText(who or "The provider did not say who signed in.")
        self.access.setText(when(meta.expires_at))
        if meta.has_refresh_token:
            refresh = when(meta.refresh_expires_at)
            if meta.refresh_expires_at is None and profile.refresh_lifetime_hint and meta.refresh_issued_at:
                refresh = when(meta.refresh_issued_at + profile.refresh_lifetime_hint) + " (estimated)"
            self.refresh.setText(refresh)
        else:
            self.refresh.setText(
                "No refresh token was given: you will have to sign in again when the access token expires."
            )
        self.kept.setText(self.services.store_for(profile).secrets.description)
        self.command.setText(f"oauth-setup token {profile.name}")
        if self.draft.existing:
            self.setSubTitle("The new sign-in is saved. Click Finish to close.")

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command.text())
        self.copy.setText("Copied")
