"""The setup wizard: from nothing to a stored, working sign-in (Qt's licensewizard pattern:
one page class per file, ids from an IntEnum, services passed in)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from gui_app.core.endpoints import Endpoints
from gui_app.core.i18n import translate
from gui_app.core.profiles import ClientProfile, ProviderPreset
from gui_app.ui.services import Services

if TYPE_CHECKING:
    from gui_app.core.login import LoginResult
    from gui_app.core.migrate import Found

Method = Literal["system", "embedded", "device"]


class PageId(IntEnum):
    WELCOME = 0
    CLIENT = 1
    METHOD = 2
    SIGNIN = 3
    DONE = 4
    MIGRATE = 5  # after Welcome, for an integration that signs in with a stored password


@dataclass
class Draft:
    """What the admin has chosen so far; the pages read and write it."""

    preset: ProviderPreset | None = None
    profile: ClientProfile | None = None
    client_secret: str | None = None
    method: Method = "system"
    # What discovery found on the client page (None for presets with fixed addresses).
    endpoints: Endpoints | None = None
    result: LoginResult | None = None
    existing: bool = False  # re-authenticating a saved sign-in
    # The password-grant settings file being moved (the Migrate page), if any.
    migration: Found | None = None
    password_backup: Path | None = None  # where the file was copied before its password was removed
    saved: bool = False


class SetupWizard(QWizard):
    def __init__(
        self,
        services: Services,
        profile: ClientProfile | None = None,
        method: Method = "system",
        parent: QWidget | None = None,
    ) -> None:
        """``profile``: sign in again to this saved sign-in (starts at the Sign-in page)."""
        super().__init__(parent)
        from gui_app.ui.pages.client_page import ClientPage
        from gui_app.ui.pages.done_page import DonePage
        from gui_app.ui.pages.method_page import MethodPage
        from gui_app.ui.pages.migrate_page import MigratePage
        from gui_app.ui.pages.signin_page import SignInPage
        from gui_app.ui.pages.welcome_page import WelcomePage

        self.services = services
        self.draft = Draft(method=method)
        self.setWindowTitle(translate("SetupWizard", "OAuth Setup Assistant"))
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setPage(PageId.WELCOME, WelcomePage(self.draft))
        self.setPage(PageId.MIGRATE, MigratePage(self.draft))
        self.setPage(PageId.CLIENT, ClientPage(self.draft, services))
        self.setPage(PageId.METHOD, MethodPage(self.draft, services))
        self.setPage(PageId.SIGNIN, SignInPage(self.draft, services))
        self.setPage(PageId.DONE, DonePage(self.draft, services))
        if profile is not None:
            self.draft.profile = profile
            self.draft.existing = True
            self.setStartId(PageId.SIGNIN)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "&Finish"))
        self.resize(QSize(780, 660))  # fits a 1024x768 screen with room for a taskbar
        self.setMinimumSize(QSize(640, 520))

    def accept(self) -> None:
        """Finish saves the sign-in: the profile, and the secret in the keyring."""
        self.save_sign_in()
        super().accept()

    def save_sign_in(self) -> None:
        """Save the signed-in profile and its secret (once; later calls do nothing)."""
        draft = self.draft
        if draft.result is not None and draft.profile is not None and not draft.saved:
            store = self.services.store_for(draft.profile)
            if draft.client_secret and not draft.profile.is_public:
                store.set_client_secret(draft.profile.name, draft.client_secret)
            self.services.repo.save(draft.profile)
            draft.saved = True
            if draft.preset is not None and draft.preset.managed and draft.preset.monitor_autostart:
                from gui_app.core.autostart import install_autostart

                install_autostart()  # IT asked for the monitor to keep these sign-ins fresh

    def reject(self) -> None:
        """Cancelled after signing in but before Finish: forget the new tokens again."""
        page = self.currentPage()
        cancel = getattr(page, "cancel_sign_in", None)
        if callable(cancel):
            cancel()
        draft = self.draft
        if draft.result is not None and draft.profile is not None and not draft.saved and not draft.existing:
            self.services.store_for(draft.profile).delete_tokens(draft.profile.name)
        super().reject()
