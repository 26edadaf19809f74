"""The short guide, shown in the app (no internet needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui_app.core.i18n import language, translate
from gui_app.translations import help_file


def show_help(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Help", "Guide — OAuth Setup Assistant"))
    browser = QTextBrowser()
    browser.setAccessibleName(translate("Help", "Guide"))
    browser.setOpenExternalLinks(False)
    browser.setHtml(help_file(language()).read_text(encoding="utf-8"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(620, 520)
    dialog.exec()
