"""What a person can read in a window, and which of it is clipped: shared by the language tests
(tests/gui/test_languages.py) and scripts/screenshots, which reports clipped text as it renders."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)


def norm(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
    return " ".join(text.split())


def readable(root: QWidget) -> set[str]:
    found: set[str] = set()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        candidates = [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if w.isWindow():
            candidates.append(w.windowTitle())
        if isinstance(w, QLabel | QAbstractButton):
            candidates.append(w.text())
        if isinstance(w, QLineEdit):
            candidates.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            candidates.append(w.title())
        if isinstance(w, QComboBox):
            candidates.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QWizard) and w.currentPage() is not None:
            candidates.extend([w.currentPage().title(), w.currentPage().subTitle()])
        found.update(n for n in map(norm, candidates) if n)
    return found


def clipped(root: QWidget) -> list[str]:
    problems = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 1:
            continue
        text = norm(w.text()) if isinstance(w, QLabel | QAbstractButton) else ""
        if not text or (isinstance(w, QLabel) and w.pixmap() is not None and not w.pixmap().isNull()):
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            needed = w.heightForWidth(w.width())
            if needed > w.height() + 2:
                problems.append(f"{text[:60]!r}: needs {needed} px high, has {w.height()}")
        elif isinstance(w, QLabel | QPushButton | QCheckBox | QRadioButton):
            needed = w.sizeHint().width()
            if needed > w.width() + 2:
                problems.append(f"{text[:60]!r}: needs {needed} px wide, has {w.width()}")
    return problems


