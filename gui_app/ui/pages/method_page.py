"""Page 3: which browser to sign in with (RFC 8252 §8.12: the system browser is the safer one)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWizardPage

from gui_app.core.i18n import translate
from gui_app.ui.services import Services
from gui_app.ui.wizard import Draft


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(24)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class MethodPage(QWizardPage):
    def __init__(self, draft: Draft, services: Services) -> None:
        super().__init__()
        self.draft = draft
        self.services = services
        self.setTitle(translate("MethodPage", "How to sign in"))
        self.setSubTitle(translate("MethodPage", "Choose where the provider's sign-in page opens."))
        self.system = QRadioButton(translate("MethodPage", "Your usual &web browser (recommended)"))
        self.system.setAccessibleName(translate("MethodPage", "Sign in with your usual web browser"))
        self.embedded = QRadioButton(translate("MethodPage", "A &browser window inside this app"))
        self.embedded.setAccessibleName(
            translate("MethodPage", "Sign in with a browser window inside this app")
        )
        self.device = QRadioButton(translate("MethodPage", "On &another device, with a code"))
        self.device.setAccessibleName(translate("MethodPage", "Sign in on another device with a code"))
        group = QButtonGroup(self)
        group.addButton(self.system)
        group.addButton(self.embedded)
        group.addButton(self.device)
        self.system.setChecked(True)
        self.embedded_reason = QLabel()
        self.embedded_reason.setWordWrap(True)
        self.embedded_reason.setIndent(24)
        self.embedded_reason.setObjectName("embeddedReason")
        layout = QVBoxLayout(self)
        layout.addWidget(self.system)
        layout.addWidget(
            _hint(
                translate(
                    "MethodPage",
                    "Safest: you sign in where you always do, the app never sees your password, and a "
                    "sign-in you already have there (including single sign-on) can be used.",
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.embedded)
        layout.addWidget(
            _hint(
                translate(
                    "MethodPage",
                    "For computers where no usual browser can be opened. Less safe: you type your "
                    "password into a window of this app, so only use it if you trust this computer.",
                )
            )
        )
        layout.addWidget(self.embedded_reason)
        layout.addSpacing(12)
        layout.addWidget(self.device)
        layout.addWidget(
            _hint(
                translate(
                    "MethodPage",
                    "For computers where no browser can come back to this app: you get a short code "
                    "and an address, and sign in on your phone or any other computer.",
                )
            )
        )
        self.device_reason = QLabel()
        self.device_reason.setWordWrap(True)
        self.device_reason.setIndent(24)
        layout.addWidget(self.device_reason)
        layout.addStretch(1)
        self.system.toggled.connect(self._chosen)
        self.device.toggled.connect(self._chosen)

    def initializePage(self) -> None:
        preset = self.draft.preset
        # The reason from the embedded browser check is an English constant marked in its module
        # (context "EmbeddedBrowser"); it is translated here, where it is shown.
        if preset is not None and not preset.embedded_browser:
            available = False
            reason = translate(
                "MethodPage",
                "Not available: your IT department allows only the usual web browser for this provider.",
            )
        else:
            unavailable = self.services.embedded_unavailable_reason()
            available = unavailable is None
            reason = (
                translate("MethodPage", "Not available: {reason}").format(
                    reason=translate("EmbeddedBrowser", unavailable)
                )
                if unavailable
                else ""
            )
        self.embedded.setEnabled(available)
        self.embedded_reason.setText(reason)
        self.embedded_reason.setVisible(bool(reason))
        endpoints = self.draft.endpoints
        device_ok = endpoints is not None and bool(endpoints.device_authorization_endpoint)
        self.device.setEnabled(device_ok)
        self.device_reason.setText(
            "" if device_ok else translate("MethodPage", "Not available: this provider does not offer it.")
        )
        self.device_reason.setVisible(not device_ok)
        if self.draft.method == "device" and device_ok:
            self.device.setChecked(True)
        elif reason or self.draft.method != "embedded":
            self.system.setChecked(True)
        else:
            self.embedded.setChecked(True)

    @Slot(bool)
    def _chosen(self, _: bool) -> None:
        self.draft.method = (
            "device" if self.device.isChecked() else "embedded" if self.embedded.isChecked() else "system"
        )

    def validatePage(self) -> bool:
        self._chosen(True)
        return True
