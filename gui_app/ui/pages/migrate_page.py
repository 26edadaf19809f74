"""Page 1b: an integration that signs in with a stored password (issue 7, the wizard's twin of
``oauth-setup migrate --from PATH``). The file is only read here; it is changed on the Done page,
after a successful sign-in and an explicit yes."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.core.migrate import SYSTEM_ACCOUNT_ADVICE, Found, read_integration_config
from gui_app.ui.messages import error_html, message_label
from gui_app.ui.wizard import Draft, PageId


class MigratePage(QWizardPage):
    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft
        self.found: Found | None = None
        self.setTitle(translate("MigratePage", "An integration that signs in with a password"))
        self.setSubTitle(
            translate(
                "MigratePage",
                "Choose the file where the integration keeps its user name and password. It is only "
                "read now: nothing in it changes until you have signed in and agreed.",
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("migratePath")
        self.path.setAccessibleName(translate("MigratePage", "Settings file of the integration"))
        self.path.setPlaceholderText(translate("MigratePage", "For example /etc/crm-sync/settings.json"))
        self.browse = QPushButton(translate("MigratePage", "C&hoose file…"))
        self.browse.setAccessibleName(translate("MigratePage", "Choose the settings file"))
        path_label = QLabel(translate("MigratePage", "&Settings file (JSON, INI or .env):"))
        path_label.setBuddy(self.path)
        self.findings = QLabel()
        self.findings.setObjectName("migrateFindings")
        self.findings.setAccessibleName(translate("MigratePage", "What was found in the file"))
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = message_label("migrateError")
        who_label = QLabel(translate("MigratePage", "Who signs in with this account?"))
        self.person = QRadioButton(
            translate("MigratePage", "A &person: someone who can sign in with it in a web browser")
        )
        self.system_account = QRadioButton(
            translate("MigratePage", "A s&ystem account: no person signs in with it")
        )
        self.person.setObjectName("migratePerson")
        self.person.setAccessibleName(translate("MigratePage", "A person signs in with this account"))
        self.system_account.setObjectName("migrateSystemAccount")
        self.system_account.setAccessibleName(translate("MigratePage", "It is a system account"))
        group = QButtonGroup(self)
        group.addButton(self.person)
        group.addButton(self.system_account)
        self.advice = QLabel(translate("Migrate", SYSTEM_ACCOUNT_ADVICE))
        self.advice.setObjectName("migrateAdvice")
        self.advice.setWordWrap(True)
        self.advice.setIndent(24)
        self.advice.hide()

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(path_label)
        layout.addLayout(row)
        layout.addWidget(self.findings)
        layout.addWidget(self.error)
        layout.addSpacing(12)
        layout.addWidget(who_label)
        layout.addWidget(self.person)
        layout.addWidget(self.system_account)
        layout.addWidget(self.advice)
        layout.addStretch(1)

        self.browse.clicked.connect(self._choose)
        self.path.editingFinished.connect(self._read)
        self.path.textEdited.connect(self._edited)
        self.person.toggled.connect(self._who_changed)
        self.system_account.toggled.connect(self._who_changed)

    @Slot()
    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("MigratePage", "Settings file of the integration"),
            str(Path(self.path.text()).parent) if self.path.text() else str(Path.home()),
            translate("MigratePage", "Settings files (*.json *.ini *.cfg *.conf *.env);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self._read()

    @Slot(str)
    def _edited(self, _: str) -> None:
        if self.found is not None:  # the file shown no longer matches what is typed
            self.found = None
            self.findings.clear()
            self.completeChanged.emit()

    @Slot()
    def _read(self) -> None:
        """Read (never write) the file and say what it holds, the password only as 'found'."""
        text = self.path.text().strip()
        self.found = None
        self.findings.clear()
        self.error.hide()
        if text:
            try:
                self.found = read_integration_config(Path(text).expanduser().resolve())
            except AuthError as exc:
                self.error.setText(error_html(exc))
                self.error.show()
            else:
                lines = [html.escape(line) for line in self.found.describe()]
                self.findings.setText("<br>".join(lines))
        self.completeChanged.emit()

    @Slot(bool)
    def _who_changed(self, _: bool) -> None:
        self.advice.setVisible(self.system_account.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Only for a person: a system account cannot sign in in a browser, so the page explains
        the provider's stance instead of leading on to a sign-in that cannot work."""
        return self.found is not None and self.person.isChecked()

    def validatePage(self) -> bool:
        self.draft.migration = self.found
        return self.found is not None

    def nextId(self) -> int:
        return int(PageId.CLIENT)
