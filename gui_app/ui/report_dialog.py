"""The support report (``oauth-setup diagnostics``) in a window: made off the GUI thread (the
readiness check asks each provider), shown read-only, copied or saved for the help desk."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui_app.core.atomic import write_private
from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.ui.messages import error_html, message_label
from gui_app.ui.services import Services
from gui_app.ui.workers import Task


class ReportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("reportDialog")
        self.setWindowTitle(translate("ReportDialog", "Support report"))
        intro = QLabel(
            translate(
                "ReportDialog",
                "Send this report to your help desk when something does not work. It lists versions, "
                "your sign-ins' settings and states and the readiness check, but never a token, "
                "password or secret.",
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reportText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(translate("ReportDialog", "Support report"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(
            translate("ReportDialog", "Preparing the report (the readiness check asks each provider)…")
        )
        self.error = message_label("reportError")
        self.copy = QPushButton(translate("ReportDialog", "&Copy"))
        self.copy.setAccessibleName(translate("ReportDialog", "Copy the report"))
        self.save = QPushButton(translate("ReportDialog", "&Save…"))
        self.save.setAccessibleName(translate("ReportDialog", "Save the report to a file"))
        close = QPushButton(translate("ReportDialog", "C&lose"))
        for button in (self.copy, self.save):
            button.setEnabled(False)
        self.copy.clicked.connect(self._copy)
        self.save.clicked.connect(self._save)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.task: Task | None = None

    def start(self) -> None:
        """Make the report in the background; the dialog fills in when it is ready."""
        from gui_app.core.diagnostics import report

        paths, repo = self.services.paths, self.services.repo
        self.task = Task(lambda: report(paths, repo), "report")
        self.task.succeeded.connect(self._ready)
        self.task.failed.connect(self._failed)
        self.task.start()

    @Slot(object, object)
    def _ready(self, _tag: object, text: object) -> None:
        self.task = None
        self.text.setPlainText(str(text))
        for button in (self.copy, self.save):
            button.setEnabled(True)

    @Slot(object, object)
    def _failed(self, _tag: object, exc: AuthError) -> None:
        self.task = None
        self.error.setText(error_html(exc))
        self.error.show()

    @Slot()
    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy.setText(translate("ReportDialog", "Copied"))

    @Slot()
    def _save(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("ReportDialog", "Save the support report"),
            str(Path.home() / "oauth-setup-report.txt"),
            translate("ReportDialog", "Text files (*.txt)"),
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> None:
        try:
            write_private(path, self.text.toPlainText() + "\n")
        except OSError as exc:
            failed = translate("ReportDialog", "The report could not be saved to {file} ({reason}).")
            reason = exc.strerror or type(exc).__name__
            self.error.setText(f"<b>{html.escape(failed.format(file=path, reason=reason))}</b>")
            self.error.show()
        else:
            self.error.hide()
