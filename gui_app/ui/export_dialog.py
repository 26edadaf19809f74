"""Add an export target: where the app writes a sign-in's token on every change.

The admin picks a kind in plain words and fills in where; the dialog builds the target text the
command line would take (``json:PATH#/pointer`` …), lets ``exports.parse_target`` judge it, and
saves the profile. Writing the token there the first time is the caller's job (in a worker).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gui_app.core.errors import AuthError, ConfigError
from gui_app.core.profiles import ClientProfile
from gui_app.ui.messages import error_html
from gui_app.ui.services import Services

if TYPE_CHECKING:
    from gui_app.core.exports import TokenKind


@dataclass(frozen=True)
class Kind:
    """One kind of target, in the admin's words."""

    id: str
    title: str
    location_label: str
    location_example: str
    browse: str  # "save" (a settings file, may not exist yet), "open" (a program) or ""
    key_label: str  # "" when the kind has no second field
    key_example: str
    help: str

    def target_text(self, location: str, key: str) -> str:
        if self.id == "keyring":
            return f"keyring:{location}/{key}"
        if self.id == "command":
            return f"command:{location}"
        return f"{self.id}:{location}#{key}"


KINDS: tuple[Kind, ...] = (
    Kind(
        "json",
        "A JSON settings file",
        "File:",
        "/etc/my-integration/settings.json",
        "save",
        "Where in the file:",
        "/auth/refresh_token",
        "Where the token goes, as the names from the top of the file, each after a “/”. "
        "Example: /auth/refresh_token. The rest of the file is kept.",
    ),
    Kind(
        "ini",
        "An INI settings file",
        "File:",
        "/etc/my-integration/settings.ini",
        "save",
        "Section and key:",
        "oauth.refresh_token",
        "The section name, a dot, then the key. Example: oauth.refresh_token writes "
        "“refresh_token = …” under [oauth]. The rest of the file is kept.",
    ),
    Kind(
        "env",
        "A .env file",
        "File:",
        "/etc/my-integration/.env",
        "save",
        "Variable name:",
        "CRM_REFRESH_TOKEN",
        "Example: CRM_REFRESH_TOKEN writes the line “CRM_REFRESH_TOKEN=…”. The other lines are kept.",
    ),
    Kind(
        "keyring",
        "Another keyring entry",
        "Service:",
        "my-integration",
        "",
        "User name:",
        "refresh_token",
        "The entry in this computer's keyring that the integration reads: its service and user "
        "name, as the integration's documentation names them.",
    ),
    Kind(
        "command",
        "A program (gets the token on its input)",
        "Program and its arguments:",
        "/usr/local/bin/update-token --from-stdin",
        "open",
        "",
        "",
        "The app runs this program every time the token changes and types the token into it "
        "(on its standard input). Nothing is passed on the command line.",
    ),
)


class ExportDialog(QDialog):
    """Signals:
    saved(object, str): the profile as saved, and the stored form of the new target.
    """

    saved = Signal(object, str)

    def __init__(self, services: Services, profile: ClientProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.setWindowTitle(f"Add export target: {profile.name}")
        self.setObjectName("exportDialog")

        intro = QLabel(
            f"Every time the token of '{profile.name}' changes, the app can write it where an "
            "integration reads it. Choose where."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.setAccessibleName("What receives the token")
        for kind in KINDS:
            self.kind.addItem(kind.title, kind.id)
        self.location_label = QLabel()
        self.location = QLineEdit()
        self.location.setObjectName("exportLocation")
        self.location_label.setBuddy(self.location)
        self.browse = QPushButton("Browse…")
        self.key_label = QLabel()
        self.key = QLineEdit()
        self.key.setObjectName("exportKey")
        self.key_label.setBuddy(self.key)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.help.setAccessibleName("Explanation")
        self.refresh_choice = QRadioButton("The refresh token (usual)")
        self.refresh_choice.setAccessibleName("Send the refresh token")
        self.access_choice = QRadioButton("The access token")
        self.access_choice.setAccessibleName("Send the access token")
        self.refresh_choice.setChecked(True)
        self.token_group = QButtonGroup(self)
        self.token_group.addButton(self.refresh_choice)
        self.token_group.addButton(self.access_choice)
        self.token_help = QLabel(
            "The refresh token suits integrations that renew their access by themselves. The "
            "access token suits integrations that only use it: it lasts about an hour, and the app "
            "writes a new one before it runs out, as long as the app keeps running in the background."
        )
        self.token_help.setWordWrap(True)
        self.token_help.setStyleSheet("color: palette(placeholder-text);")
        self.token_help.setAccessibleName("Which token to choose")
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName("Problem")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("Add", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName("Add this export target")
        self.add_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")

        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse)
        key_box = QVBoxLayout()
        key_box.addWidget(self.key)
        key_box.addWidget(self.help)
        token_box = QVBoxLayout()
        token_choices = QHBoxLayout()
        token_choices.addWidget(self.refresh_choice)
        token_choices.addWidget(self.access_choice)
        token_choices.addStretch(1)
        token_box.addLayout(token_choices)
        token_box.addWidget(self.token_help)
        form = QFormLayout()
        form.addRow("Write the token to:", self.kind)
        form.addRow(self.location_label, location_row)
        form.addRow(self.key_label, key_box)
        form.addRow("Which token:", token_box)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.location.textEdited.connect(self._edited)
        self.key.textEdited.connect(self._edited)
        self._kind_changed()
        # An explicit minimum keeps the layout from resizing the window as fields come and go.
        self.setMinimumSize(QSize(600, 440))
        self.resize(660, 460)

    @property
    def current_kind(self) -> Kind:
        return KINDS[max(0, self.kind.currentIndex())]

    def select_kind(self, kind_id: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind_id))

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.current_kind
        self.location_label.setText(kind.location_label)
        self.location.setPlaceholderText(f"Example: {kind.location_example}")
        self.location.setAccessibleName(kind.location_label.rstrip(":"))
        self.browse.setVisible(bool(kind.browse))
        self.browse.setAccessibleName("Choose the program" if kind.browse == "open" else "Choose the file")
        has_key = bool(kind.key_label)
        self.key_label.setVisible(has_key)
        self.key.setVisible(has_key)
        self.key_label.setText(kind.key_label)
        self.key.setPlaceholderText(f"Example: {kind.key_example}" if has_key else "")
        self.key.setAccessibleName(kind.key_label.rstrip(":") if has_key else "Unused")
        self.help.setText(kind.help)
        self._edited()

    @Slot()
    def _edited(self) -> None:
        self.error.hide()

    @Slot()
    def _browse(self) -> None:
        kind = self.current_kind
        start = self.location.text().strip() or str(Path.home())
        if kind.browse == "open":
            path, _ = QFileDialog.getOpenFileName(self, "Choose the program", start)
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Choose the settings file",
                start,
                options=QFileDialog.Option.DontConfirmOverwrite,  # we edit it, keeping the rest
            )
        if path:
            self.location.setText(path)
            self._edited()

    def target_text(self) -> str:
        return self.current_kind.target_text(self.location.text().strip(), self.key.text().strip())

    def example_text(self) -> str:
        kind = self.current_kind
        example = f"For example: {kind.location_label.rstrip(':').lower()} {kind.location_example}"
        if kind.key_label:
            example += f", {kind.key_label.rstrip(':').lower()} {kind.key_example}"
        return example + "."

    def token_choice(self) -> TokenKind:
        return "access" if self.access_choice.isChecked() else "refresh"

    def _show_error(self, exc: AuthError) -> None:
        self.error.setText(error_html(exc, self.profile.name))
        self.error.show()

    @Slot()
    def save(self) -> None:
        """Check the target, add it to the sign-in and save; stay open with the reason if not."""
        from gui_app.core.exports import parse_target, to_stored

        kind = self.current_kind
        if not self.location.text().strip():
            what = kind.location_label.rstrip(":").lower()
            self._show_error(
                ConfigError(f"The {what} is empty.", f"Enter it, for example {kind.location_example}")
            )
            return
        if kind.key_label and not self.key.text().strip():
            what = kind.key_label.rstrip(":").lower()
            self._show_error(
                ConfigError(f"The {what} is empty.", f"Enter it, for example {kind.key_example}")
            )
            return
        try:
            try:
                target = parse_target(self.target_text(), self.token_choice())
            except ConfigError as exc:
                # Its next step shows the command line's form ("json:PATH#…"): here, the fields.
                exc.next_step = f"Correct the fields above. {self.example_text()}"
                raise
            stored = to_stored(target)
            current = self.services.repo.get(self.profile.name)
            if stored in current.exports:
                raise ConfigError(
                    f"'{self.profile.name}' already writes its {target.token} token to {target.describe()}.",
                    "Choose another place, or close this window.",
                )
            current = replace(current, exports=(*current.exports, stored))
            self.services.repo.save(current)
        except AuthError as exc:
            self._show_error(exc)
            return
        self.profile = current
        self.saved.emit(current, stored)
        self.accept()
