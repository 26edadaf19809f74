"""The one place the window turns an error into words (the command line has its own twin in
``cli.render_error``). Never shows a traceback or a token."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate


def message_label(object_name: str) -> QLabel:
    """A hidden, selectable, word-wrapped label for results and errors (rich text from
    ``error_html``, which escapes everything it shows)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(translate("Messages", "Result"))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def error_html(exc: BaseException, name: str | None = None) -> str:
    """Rich text: what happened in bold, then what to do."""
    if isinstance(exc, AuthError):
        message, next_step = exc.message, exc.next_step
    else:
        message = translate("Messages", "Something unexpected went wrong inside the app.")
        next_step = translate("Messages", "Try again. If it keeps happening, restart the app.")
    if name:
        next_step = next_step.replace("NAME", name)
    return f"<b>{html.escape(message)}</b><br>{html.escape(next_step)}"
