"""Page 1: what this does, why, and what the admin needs."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate
from gui_app.ui.help import show_help
from gui_app.ui.wizard import PageId

# One paragraph each, translated where shown.
PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "WelcomePage",
        "<p>This assistant connects an integration (a script, a sync tool, a service) to your "
        "provider with a <b>secure sign-in</b> instead of a stored user name and password.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "WelcomePage",
        "<p>Providers are switching off password sign-in for integrations (GoTo among the first), "
        "because a stored password can be stolen and cannot be limited. After this setup, you sign in "
        "once in a browser; the app keeps the integration signed in and hands it short-lived keys "
        "(<i>access tokens</i>) whenever it asks.</p>",
    ),
    QT_TRANSLATE_NOOP(
        "WelcomePage",
        "<p><b>You will need</b> the <i>client ID</i> and, usually, the <i>secret</i> of the "
        "integration's client. Both come from your provider's developer portal, where the client was "
        "registered.</p>",
    ),
)


class WelcomePage(QWizardPage):
    def __init__(self, draft: object) -> None:
        super().__init__()
        self.setTitle(translate("WelcomePage", "Welcome"))
        self.setSubTitle(
            translate("WelcomePage", "Move an integration from password sign-in to a secure sign-in.")
        )
        text = QLabel("".join(translate("WelcomePage", paragraph) for paragraph in PARAGRAPHS))
        text.setWordWrap(True)
        text.setAccessibleName(translate("WelcomePage", "About this assistant"))
        help_link = QLabel(
            translate("WelcomePage", '<a href="help">How does this work? Read the short guide</a>')
        )
        help_link.setAccessibleName(translate("WelcomePage", "Open the guide"))
        help_link.linkActivated.connect(lambda _: show_help(self))
        start = QLabel(translate("WelcomePage", "What would you like to do?"))
        self.new_sign_in = QRadioButton(translate("WelcomePage", "Set up a &new sign-in for an integration"))
        self.new_sign_in.setObjectName("welcomeNew")
        self.new_sign_in.setAccessibleName(translate("WelcomePage", "Set up a new sign-in"))
        self.migrate = QRadioButton(
            translate("WelcomePage", "I have an integration that signs in with a &password: move it")
        )
        self.migrate.setObjectName("welcomeMigrate")
        self.migrate.setAccessibleName(
            translate("WelcomePage", "Move an integration that signs in with a password")
        )
        self.migrate.setToolTip(
            translate(
                "WelcomePage",
                "The assistant reads the integration's settings file, signs it in securely, and then "
                "offers to remove the stored password.",
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.new_sign_in)
        group.addButton(self.migrate)
        self.new_sign_in.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(start)
        layout.addWidget(self.new_sign_in)
        layout.addWidget(self.migrate)
        layout.addStretch(1)
        layout.addWidget(help_link)

    def nextId(self) -> int:
        return int(PageId.MIGRATE if self.migrate.isChecked() else PageId.CLIENT)
