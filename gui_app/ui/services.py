"""What the window needs from the rest of the app, passed into the wizard's constructor (no
globals), so tests can swap any of it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from gui_app.core.i18n import translate
from gui_app.core.paths import AppPaths, app_paths
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.store import TokenStore, open_token_store

DEMO_ISSUER_ENV = "OAUTH_SETUP_DEMO_ISSUER"
LOGIN_TIMEOUT = 300.0  # the wizard's wait for the browser, as gui_app.core.login.LOGIN_TIMEOUT


def _open_system_browser(url: str) -> bool:
    """RFC 8252 §4: the user's own browser. ``$BROWSER`` when set, else the desktop's default."""
    if os.environ.get("BROWSER", "").strip():
        from gui_app.core.browser import open_in_system_browser

        return open_in_system_browser(url)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


def _ask(parent: object, title: str, question: str, yes: str) -> bool:
    """A yes/no question (the seam tests replace: they never patch QMessageBox)."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setWindowTitle(title)
    box.setIcon(QMessageBox.Icon.Question)
    box.setText(question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Services", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes_button


def _embedded_available() -> str | None:
    from gui_app.ui.embedded_browser import embedded_browser_available

    return embedded_browser_available()


@dataclass
class Services:
    paths: AppPaths = field(default_factory=app_paths)
    open_system_browser: Callable[[str], bool] = _open_system_browser
    embedded_unavailable_reason: Callable[[], str | None] = _embedded_available
    login_timeout: float = LOGIN_TIMEOUT
    demo_issuer: str | None = field(default_factory=lambda: os.environ.get(DEMO_ISSUER_ENV) or None)
    ask: Callable[[object, str, str, str], bool] = _ask
    clock: Callable[[], float] = time.time
    clipboard_clear_after: float = 30.0

    @property
    def repo(self) -> ProfileRepository:
        return ProfileRepository(self.paths)

    def store_for(self, profile: ClientProfile) -> TokenStore:
        return open_token_store(self.paths, profile)
