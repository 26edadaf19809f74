"""Add an export target: where the app writes a sign-in's token on every change.

The admin picks a kind in plain words and fills in where; the dialog builds the target text the
command line would take (``json:PATH#/pointer`` …), lets ``exports.parse_target`` judge it, and
saves the profile. Writing the token there the first time is the caller's job (in a worker).

The kinds' words are marked for translation where they are defined (``KINDS``) and translated
where they are shown, in the context "ExportDialog".
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
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate
from gui_app.core.profiles import ClientProfile
from gui_app.ui.messages import error_html
from gui_app.ui.services import Services

if TYPE_CHECKING:
    from gui_app.core.exports import TokenKind


@dataclass(frozen=True)
class Kind:
    """One kind of target, in the admin's words (English, marked for translation: show them
    through ``tr``). Examples are paths and names, not translated."""

    id: str
    title: str
    location_label: str
    location_name: str  # the field's accessible name
    location_empty: str  # the error when it is left empty
    location_example: str
    browse: str  # "save" (a settings file, may not exist yet), "open" (a program) or ""
    key_label: str  # "" when the kind has no second field (and so are key_name, key_empty …)
    key_name: str
    key_empty: str
    key_example: str
    help: str
    example: str  # a sentence with {location} and {key}: the examples, for an error's next step

    def target_text(self, location: str, key: str) -> str:
        if self.id == "keyring":
            return f"keyring:{location}/{key}"
        if self.id == "command":
            return f"command:{location}"
        return f"{self.id}:{location}#{key}"


_FILE = QT_TRANSLATE_NOOP("ExportDialog", "File:")
_FILE_NAME = QT_TRANSLATE_NOOP("ExportDialog", "File")
_FILE_EMPTY = QT_TRANSLATE_NOOP("ExportDialog", "Enter the file.")

KINDS: tuple[Kind, ...] = (
    Kind(
        id="json",
        title=QT_TRANSLATE_NOOP("ExportDialog", "A JSON settings file"),
        location_label=_FILE,
        location_name=_FILE_NAME,
        location_empty=_FILE_EMPTY,
        location_example="/etc/my-integration/settings.json",
        browse="save",
        key_label=QT_TRANSLATE_NOOP("ExportDialog", "Where in the file:"),
        key_name=QT_TRANSLATE_NOOP("ExportDialog", "Where in the file"),
        key_empty=QT_TRANSLATE_NOOP("ExportDialog", "Say where in the file the token goes."),
        key_example="/auth/refresh_token",
        help=QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Where the token goes, as the names from the top of the file, each after a “/”. "
            "Example: /auth/refresh_token. The rest of the file is kept.",
        ),
        example=QT_TRANSLATE_NOOP("ExportDialog", "For example: file {location}, where in the file {key}."),
    ),
    Kind(
        id="ini",
        title=QT_TRANSLATE_NOOP("ExportDialog", "An INI settings file"),
        location_label=_FILE,
        location_name=_FILE_NAME,
        location_empty=_FILE_EMPTY,
        location_example="/etc/my-integration/settings.ini",
        browse="save",
        key_label=QT_TRANSLATE_NOOP("ExportDialog", "Section and key:"),
        key_name=QT_TRANSLATE_NOOP("ExportDialog", "Section and key"),
        key_empty=QT_TRANSLATE_NOOP("ExportDialog", "Enter the section and key."),
        key_example="oauth.refresh_token",
        help=QT_TRANSLATE_NOOP(
            "ExportDialog",
            "The section name, a dot, then the key. Example: oauth.refresh_token writes "
            "“refresh_token = …” under [oauth]. The rest of the file is kept.",
        ),
        example=QT_TRANSLATE_NOOP("ExportDialog", "For example: file {location}, section and key {key}."),
    ),
    Kind(
        id="env",
        title=QT_TRANSLATE_NOOP("ExportDialog", "A .env file"),
        location_label=_FILE,
        location_name=_FILE_NAME,
        location_empty=_FILE_EMPTY,
        location_example="/etc/my-integration/.env",
        browse="save",
        key_label=QT_TRANSLATE_NOOP("ExportDialog", "Variable name:"),
        key_name=QT_TRANSLATE_NOOP("ExportDialog", "Variable name"),
        key_empty=QT_TRANSLATE_NOOP("ExportDialog", "Enter the variable name."),
        key_example="CRM_REFRESH_TOKEN",
        help=QT_TRANSLATE_NOOP(
            "ExportDialog",
            "Example: CRM_REFRESH_TOKEN writes the line “CRM_REFRESH_TOKEN=…”. The other lines are kept.",
        ),
        example=QT_TRANSLATE_NOOP("ExportDialog", "For example: file {location}, variable name {key}."),
    ),
    Kind(
        id="keyring",
        title=QT_TRANSLATE_NOOP("ExportDialog", "Another keyring entry"),
        location_label=QT_TRANSLATE_NOOP("ExportDialog", "Service:"),
        location_name=QT_TRANSLATE_NOOP("ExportDialog", "Service"),
        location_empty=QT_TRANSLATE_NOOP("ExportDialog", "Enter the service."),
        location_example="my-integration",
        browse="",
        key_label=QT_TRANSLATE_NOOP("ExportDialog", "User name:"),
        key_name=QT_TRANSLATE_NOOP("ExportDialog", "User name"),
        key_empty=QT_TRANSLATE_NOOP("ExportDialog", "Enter the user name."),
        key_example="refresh_token",
        help=QT_TRANSLATE_NOOP(
            "ExportDialog",
            "The entry in this computer's keyring that the integration reads: its service and user "
            "name, as the integration's documentation names them.",
        ),
        example=QT_TRANSLATE_NOOP("ExportDialog", "For example: service {location}, user name {key}."),
    ),
    Kind(
        id="command",
        title=QT_TRANSLATE_NOOP("ExportDialog", "A program (gets the token on its input)"),
        location_label=QT_TRANSLATE_NOOP("ExportDialog", "Program and its arguments:"),
        location_name=QT_TRANSLATE_NOOP("ExportDialog", "Program and its arguments"),
        location_empty=QT_TRANSLATE_NOOP("ExportDialog", "Enter the program to run, and its arguments."),
        location_example="/usr/local/bin/update-token --from-stdin",
        browse="open",
        key_label="",
        key_name="",
        key_empty="",
        key_example="",
        help=QT_TRANSLATE_NOOP(
            "ExportDialog",
            "The app runs this program every time the token changes and types the token into it "
            "(on its standard input). Nothing is passed on the command line.",
        ),
        example=QT_TRANSLATE_NOOP("ExportDialog", "For example: program and its arguments {location}."),
    ),
)


def tr(text: str) -> str:
    """A text of ``KINDS`` (or another text marked in the "ExportDialog" context), translated;
    an empty one stays empty."""
    return translate("ExportDialog", text) if text else ""


class ExportDialog(QDialog):
    """Signals:
    saved(object, str): the profile as saved, and the stored form of the new target.
    """

    saved = Signal(object, str)

    def __init__(self, services: Services, profile: ClientProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.profile = profile
        self.setWindowTitle(translate("ExportDialog", "Add export target: {name}").format(name=profile.name))
        self.setObjectName("exportDialog")

        intro = QLabel(
            translate(
                "ExportDialog",
                "Every time the token of '{name}' changes, the app can write it where an "
                "integration reads it. Choose where.",
            ).format(name=profile.name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ExportDialog", "What receives the token"))
        for kind in KINDS:
            self.kind.addItem(tr(kind.title), kind.id)
        self.location_label = QLabel()
        self.location = QLineEdit()
        self.location.setObjectName("exportLocation")
        self.location_label.setBuddy(self.location)
        self.browse = QPushButton(translate("ExportDialog", "Browse…"))
        self.key_label = QLabel()
        self.key = QLineEdit()
        self.key.setObjectName("exportKey")
        self.key_label.setBuddy(self.key)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: palette(placeholder-text);")
        self.help.setAccessibleName(translate("ExportDialog", "Explanation"))
        self.refresh_choice = QRadioButton(translate("ExportDialog", "The refresh token (usual)"))
        self.refresh_choice.setAccessibleName(translate("ExportDialog", "Send the refresh token"))
        self.access_choice = QRadioButton(translate("ExportDialog", "The access token"))
        self.access_choice.setAccessibleName(translate("ExportDialog", "Send the access token"))
        self.refresh_choice.setChecked(True)
        self.token_group = QButtonGroup(self)
        self.token_group.addButton(self.refresh_choice)
        self.token_group.addButton(self.access_choice)
        self.token_help = QLabel(
            translate(
                "ExportDialog",
                "The refresh token suits integrations that renew their access by themselves. The "
                "access token suits integrations that only use it: it lasts about an hour, and the app "
                "writes a new one before it runs out, as long as the app keeps running in the background.",
            )
        )
        self.token_help.setWordWrap(True)
        self.token_help.setStyleSheet("color: palette(placeholder-text);")
        self.token_help.setAccessibleName(translate("ExportDialog", "Which token to choose"))
        self.error = QLabel()
        self.error.setObjectName("exportError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setAccessibleName(translate("ExportDialog", "Problem"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(
            translate("ExportDialog", "Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setAccessibleName(translate("ExportDialog", "Add this export target"))
        self.add_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(translate("ExportDialog", "Cancel"))

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
        form.addRow(translate("ExportDialog", "Write the token to:"), self.kind)
        form.addRow(self.location_label, location_row)
        form.addRow(self.key_label, key_box)
        form.addRow(translate("ExportDialog", "Which token:"), token_box)
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
        example = translate("ExportDialog", "Example: {example}")
        self.location_label.setText(tr(kind.location_label))
        self.location.setPlaceholderText(example.format(example=kind.location_example))
        self.location.setAccessibleName(tr(kind.location_name))
        self.browse.setVisible(bool(kind.browse))
        self.browse.setAccessibleName(
            translate("ExportDialog", "Choose the program")
            if kind.browse == "open"
            else translate("ExportDialog", "Choose the file")
        )
        has_key = bool(kind.key_label)
        self.key_label.setVisible(has_key)
        self.key.setVisible(has_key)
        self.key_label.setText(tr(kind.key_label))
        self.key.setPlaceholderText(example.format(example=kind.key_example) if has_key else "")
        self.key.setAccessibleName(tr(kind.key_name) if has_key else translate("ExportDialog", "Unused"))
        self.help.setText(tr(kind.help))
        self._edited()

    @Slot()
    def _edited(self) -> None:
        self.error.hide()

    @Slot()
    def _browse(self) -> None:
        kind = self.current_kind
        start = self.location.text().strip() or str(Path.home())
        if kind.browse == "open":
            path, _ = QFileDialog.getOpenFileName(
                self, translate("ExportDialog", "Choose the program"), start
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("ExportDialog", "Choose the settings file"),
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
        return tr(kind.example).format(location=kind.location_example, key=kind.key_example)

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
        enter_it = translate("ExportDialog", "Enter it, for example {example}")
        if not self.location.text().strip():
            self._show_error(
                ConfigError(tr(kind.location_empty), enter_it.format(example=kind.location_example))
            )
            return
        if kind.key_label and not self.key.text().strip():
            self._show_error(ConfigError(tr(kind.key_empty), enter_it.format(example=kind.key_example)))
            return
        try:
            try:
                target = parse_target(self.target_text(), self.token_choice())
            except ConfigError as exc:
                # Its next step shows the command line's form ("json:PATH#…"): here, the fields.
                exc.next_step = translate("ExportDialog", "Correct the fields above. {example}").format(
                    example=self.example_text()
                )
                raise
            stored = to_stored(target)
            current = self.services.repo.get(self.profile.name)
            if stored in current.exports:
                if target.token == "access":
                    already = translate(
                        "ExportDialog", "'{name}' already writes its access token to {target}."
                    )
                else:
                    already = translate(
                        "ExportDialog", "'{name}' already writes its refresh token to {target}."
                    )
                raise ConfigError(
                    already.format(name=self.profile.name, target=target.describe()),
                    translate("ExportDialog", "Choose another place, or close this window."),
                )
            current = replace(current, exports=(*current.exports, stored))
            self.services.repo.save(current)
        except AuthError as exc:
            self._show_error(exc)
            return
        self.profile = current
        self.saved.emit(current, stored)
        self.accept()
