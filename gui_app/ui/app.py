"""Starting the window: the status window once sign-ins exist, else the setup wizard."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gui_app.core.paths import resources_dir

if TYPE_CHECKING:
    from gui_app.ui.services import Services


def create_application(argv: Sequence[str] = ()) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui_app.translations import install_for_application
    from gui_app.ui.embedded_browser import prepare_application

    prepare_application()  # QtWebEngine needs its settings before the QApplication exists
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("OAuth Setup Assistant")
    app.setApplicationDisplayName("OAuth Setup Assistant")
    app.setDesktopFileName("oauth-setup")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "oauth-setup.svg")))
    install_for_application(app)
    return app


def run_gui(argv: Sequence[str], profile_name: str | None = None, method: str = "system") -> int:
    """The status window once sign-ins exist, else the setup wizard (and then the status window,
    if the wizard saved one). With ``profile_name``: the wizard at its Sign-in page (sign in again)."""
    from PySide6.QtWidgets import QApplication

    from gui_app.core.secret_store import person_present
    from gui_app.ui.services import Services
    from gui_app.ui.status_window import StatusWindow
    from gui_app.ui.wizard import Method, SetupWizard

    app = create_application(argv)
    assert isinstance(app, QApplication)
    person_present()  # the window is open: an unlock prompt may take as long as the person needs
    services = Services()
    chosen: Method = "embedded" if method == "embedded" else "system"
    if profile_name:
        wizard = SetupWizard(services, profile=services.repo.get(profile_name), method=chosen)
        wizard.show()
        return app.exec()
    if not _has_profiles(services):
        wizard = SetupWizard(services, method=chosen)
        if not wizard.exec() or not _has_profiles(services):
            return 0
    window = StatusWindow(services)
    window.show()
    return app.exec()


def _has_profiles(services: Services) -> bool:
    """True also when the profiles file cannot be read: the status window explains that."""
    from gui_app.core.errors import AuthError

    try:
        return bool(services.repo.list())
    except AuthError:
        return True
