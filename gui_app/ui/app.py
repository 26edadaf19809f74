"""Starting the window: the setup wizard (the status window comes with issue 4)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from gui_app.core.paths import resources_dir


def create_application(argv: Sequence[str] = ()) -> object:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gui_app.ui.embedded_browser import prepare_application

    prepare_application()  # QtWebEngine needs its settings before the QApplication exists
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("OAuth Setup Assistant")
    app.setApplicationDisplayName("OAuth Setup Assistant")
    app.setDesktopFileName("oauth-setup")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "oauth-setup.svg")))
    return app


def run_gui(argv: Sequence[str], profile_name: str | None = None, method: str = "system") -> int:
    """Open the wizard; with ``profile_name``, straight at its Sign-in page (sign in again)."""
    from PySide6.QtWidgets import QApplication

    from gui_app.ui.services import Services
    from gui_app.ui.wizard import SetupWizard

    app = create_application(argv)
    assert isinstance(app, QApplication)
    services = Services()
    profile = services.repo.get(profile_name) if profile_name else None
    wizard = SetupWizard(services, profile=profile, method="embedded" if method == "embedded" else "system")
    wizard.show()
    return app.exec()
