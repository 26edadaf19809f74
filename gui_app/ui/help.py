"""The short guide, shown in the app (no internet needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui_app.core.paths import resources_dir


def show_help(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("Guide — OAuth Setup Assistant")
    browser = QTextBrowser()
    browser.setAccessibleName("Guide")
    browser.setOpenExternalLinks(False)
    browser.setHtml((resources_dir() / "help.html").read_text(encoding="utf-8"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(620, 520)
    dialog.exec()
