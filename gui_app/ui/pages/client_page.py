"""Page 2: which provider and which client (ID, secret, scopes), and the redirect address to
register."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from typing import Any, Literal
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from gui_app.core.endpoints import Endpoints, require_secure
from gui_app.core.errors import AuthError, ConfigError, ProviderUnavailable
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate
from gui_app.core.profiles import ClientProfile, ProviderPreset, check_name, profile_from_preset
from gui_app.ui.messages import error_html
from gui_app.ui.services import Services
from gui_app.ui.wizard import Draft
from gui_app.ui.workers import Task

DEMO_CLIENT_ID = "conf-client"
DEMO_SECRET = "confsecret123"  # the demo server's fixed test client (tests/provider/server.mjs)
Kind = Literal["preset", "unsupported", "demo", "custom"]


@dataclass(frozen=True)
class Choice:
    kind: Kind
    label: str
    preset: ProviderPreset | None = None
    product: str = ""


def _error(label: QLabel) -> QLabel:
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class ClientPage(QWizardPage):
    def __init__(self, draft: Draft, services: Services) -> None:
        super().__init__()
        self.draft = draft
        self.services = services
        self.setTitle(translate("ClientPage", "Choose the client"))
        self.setSubTitle(
            translate(
                "ClientPage",
                "Tell the app which provider the integration uses and how its client is registered there.",
            )
        )
        self._endpoints: Endpoints | None = None
        self._discovery_generation = 0
        self._scope_boxes: list[QCheckBox] = []

        self.preset_errors = QLabel()
        self.preset_errors.setWordWrap(True)
        self.preset_errors.setObjectName("presetErrors")
        self.preset_errors.setStyleSheet("color: #b00020;")
        self.preset_errors.hide()
        self.provider = QComboBox()
        self.provider.setAccessibleName(translate("ClientPage", "Provider"))
        self.provider_note = QLabel()
        self.provider_note.setWordWrap(True)
        self.provider_note.setObjectName("providerNote")

        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText("https://login.example.com")
        self.issuer.setAccessibleName(translate("ClientPage", "Issuer address"))
        self.issuer.setToolTip(
            translate(
                "ClientPage", "The base address of the provider's sign-in service, from its documentation."
            )
        )
        self.check_button = QPushButton(translate("ClientPage", "C&heck"))
        self.check_button.setAccessibleName(translate("ClientPage", "Check the issuer address"))
        self.discovery_result = QLabel()
        self.discovery_result.setWordWrap(True)
        self.discovery_result.setObjectName("discoveryResult")
        self.discovery_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.authorize_url = QLineEdit()
        self.authorize_url.setAccessibleName(translate("ClientPage", "Sign-in address"))
        self.authorize_url.setPlaceholderText("https://login.example.com/oauth/authorize")
        self.token_url = QLineEdit()
        self.token_url.setAccessibleName(translate("ClientPage", "Token address"))
        self.token_url.setPlaceholderText("https://login.example.com/oauth/token")

        self.client_id = QLineEdit()
        self.client_id.setAccessibleName(translate("ClientPage", "Client ID"))
        self.client_id.setToolTip(
            translate(
                "ClientPage",
                "The public name of the integration's client, shown in the provider's developer portal.",
            )
        )
        self.client_id_error = _error(
            QLabel(translate("ClientPage", "Enter the client ID from the provider's developer portal."))
        )

        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(translate("ClientPage", "Client secret"))
        self.secret.setToolTip(
            translate(
                "ClientPage", "The client's own password at the provider. It is stored in the system keyring."
            )
        )
        self.show_secret_box = QCheckBox(translate("ClientPage", "Sh&ow"))
        self.show_secret_box.setAccessibleName(translate("ClientPage", "Show the secret"))
        self.public_client = QCheckBox(
            translate("ClientPage", "This client has &no secret (a public client)")
        )
        self.public_client.setAccessibleName(translate("ClientPage", "Public client without a secret"))
        self.secret_error = _error(
            QLabel(
                translate("ClientPage", "Enter the client secret, or tick the box if the client has none.")
            )
        )

        self.scopes_box = QGroupBox(translate("ClientPage", "What the integration may do (scopes)"))
        self.scopes_layout = QGridLayout(self.scopes_box)
        self.extra_scopes = QLineEdit()
        self.extra_scopes.setAccessibleName(translate("ClientPage", "Other scopes"))
        self.extra_scopes.setPlaceholderText(
            translate("ClientPage", "other scopes, separated by spaces (optional)")
        )
        self.extra_scopes.setToolTip(
            translate("ClientPage", "Scopes name what the integration may do; ask only for what it needs.")
        )
        self.scopes_layout.addWidget(self.extra_scopes, 99, 0, 1, 3)

        self.redirect = QLineEdit()
        self.redirect.setReadOnly(True)
        self.redirect.setAccessibleName(translate("ClientPage", "Redirect address to register"))
        self.copy_redirect = QPushButton(translate("ClientPage", "&Copy"))
        self.copy_redirect.setAccessibleName(translate("ClientPage", "Copy the redirect address"))
        self.redirect_note = QLabel()
        self.redirect_note.setWordWrap(True)
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(translate("ClientPage", "any free port"))
        self.port.setAccessibleName(translate("ClientPage", "Fixed redirect port"))
        self.port.setToolTip(
            translate(
                "ClientPage",
                "Only if the provider insists on an exact port in the redirect address. 0 = any free port.",
            )
        )

        self.name = QLineEdit()
        self.name.setAccessibleName(translate("ClientPage", "Name of this sign-in"))
        self.name.setToolTip(translate("ClientPage", "Integrations use this name: oauth-setup token NAME"))
        self.name_error = _error(QLabel())
        self._name_edited = False
        self._touched: set[str] = set()  # fields the admin has typed in: only those show errors

        self._build_layout()
        self._fill_providers()
        self._connect()
        self._provider_changed()

    # -- layout --------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        provider_label = QLabel(translate("ClientPage", "&Provider:"))
        provider_label.setBuddy(self.provider)
        self.migration_note = QLabel()
        self.migration_note.setObjectName("migrationNote")
        self.migration_note.setWordWrap(True)
        self.migration_note.hide()
        self._migration_applied: object = None
        form.addRow(self.migration_note)
        form.addRow(self.preset_errors)
        form.addRow(provider_label, self.provider)
        form.addRow("", self.provider_note)

        issuer_row = QHBoxLayout()
        issuer_row.addWidget(self.issuer, 1)
        issuer_row.addWidget(self.check_button)
        self.issuer_label = QLabel(translate("ClientPage", "&Issuer address:"))
        self.issuer_label.setBuddy(self.issuer)
        self.issuer_row_widget = QWidget()
        self.issuer_row_widget.setLayout(issuer_row)
        issuer_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.issuer_label, self.issuer_row_widget)
        form.addRow("", self.discovery_result)
        self.authorize_label = QLabel(translate("ClientPage", "Sign-in &address:"))
        self.authorize_label.setBuddy(self.authorize_url)
        form.addRow(self.authorize_label, self.authorize_url)
        self.token_label = QLabel(translate("ClientPage", "&Token address:"))
        self.token_label.setBuddy(self.token_url)
        form.addRow(self.token_label, self.token_url)

        client_label = QLabel(translate("ClientPage", "Client &ID:"))
        client_label.setBuddy(self.client_id)
        form.addRow(client_label, self.client_id)
        form.addRow("", self.client_id_error)
        secret_row = QHBoxLayout()
        secret_row.setContentsMargins(0, 0, 0, 0)
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.show_secret_box)
        secret_widget = QWidget()
        secret_widget.setLayout(secret_row)
        secret_label = QLabel(translate("ClientPage", "&Secret:"))
        secret_label.setBuddy(self.secret)
        form.addRow(secret_label, secret_widget)
        form.addRow("", self.public_client)
        form.addRow("", self.secret_error)

        redirect_row = QHBoxLayout()
        redirect_row.setContentsMargins(0, 0, 0, 0)
        redirect_row.addWidget(self.redirect, 1)
        redirect_row.addWidget(self.copy_redirect)
        redirect_widget = QWidget()
        redirect_widget.setLayout(redirect_row)
        redirect_label = QLabel(translate("ClientPage", "&Redirect address:"))
        redirect_label.setBuddy(self.redirect)
        form.addRow(redirect_label, redirect_widget)
        form.addRow("", self.redirect_note)
        port_label = QLabel(translate("ClientPage", "Fixed p&ort:"))
        port_label.setBuddy(self.port)
        form.addRow(port_label, self.port)
        name_label = QLabel(translate("ClientPage", "&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        form.addRow("", self.name_error)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addLayout(form)
        inner.addWidget(self.scopes_box)
        inner.addStretch(1)
        # Long provider notes and error texts must never be clipped on a small screen.
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _fill_providers(self) -> None:
        repo = self.services.repo
        presets = repo.presets()
        if repo.preset_errors:
            lines = [error_html(e) for e in repo.preset_errors]
            lines.append(
                translate(
                    "ClientPage",
                    "The providers below can still be used; ask your IT department to fix the file.",
                )
            )
            self.preset_errors.setText("<br>".join(lines))
        self.preset_errors.setVisible(bool(repo.preset_errors))
        choices: list[Choice] = []
        for preset in presets:
            if preset.managed:
                label = translate("ClientPage", "{title} (set up by your IT department)").format(
                    title=preset.title
                )
                choices.append(Choice("preset", label, preset))
        if self.services.demo_issuer:
            choices.append(
                Choice(
                    "demo",
                    translate("ClientPage", "Demo sign-in server (on this computer, for trying the app)"),
                )
            )
        for preset in presets:
            if not preset.managed:
                choices.append(Choice("preset", preset.title, preset))
                choices.extend(
                    Choice(
                        "unsupported",
                        translate("ClientPage", "{product} — not supported").format(product=product),
                        preset,
                        product,
                    )
                    for product in preset.unsupported_products
                )
        choices.append(
            Choice("custom", translate("ClientPage", "Another provider, typing its addresses by hand"))
        )
        self._choices = choices
        for choice in choices:
            self.provider.addItem(choice.label)

    def _connect(self) -> None:
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.check_button.clicked.connect(self._discover)
        self.issuer.returnPressed.connect(self._discover)
        self.issuer.textEdited.connect(self._issuer_edited)
        for edit in (self.client_id, self.secret, self.authorize_url, self.token_url, self.extra_scopes):
            edit.textChanged.connect(self._changed)
        self.client_id.textEdited.connect(self._client_id_typed)
        self.secret.textEdited.connect(self._secret_typed)
        self.public_client.toggled.connect(self._public_toggled)
        self.show_secret_box.toggled.connect(self._toggle_secret)
        self.copy_redirect.clicked.connect(self._copy_redirect)
        self.port.valueChanged.connect(self._update_redirect)
        self.name.textEdited.connect(self._name_typed)
        self.name.textChanged.connect(self._changed)

    # -- reactions -----------------------------------------------------------------------------

    @property
    def choice(self) -> Choice:
        return self._choices[max(0, self.provider.currentIndex())]

    @Slot()
    def _provider_changed(self) -> None:
        choice = self.choice
        preset = choice.preset
        self._endpoints = None
        self._discovery_generation += 1
        self.discovery_result.clear()
        needs_issuer = choice.kind == "preset" and preset is not None and preset.needs_issuer
        custom = choice.kind == "custom"
        for widget in (self.issuer_label, self.issuer_row_widget):
            widget.setVisible(needs_issuer)
        self.discovery_result.setVisible(needs_issuer or choice.kind == "demo")
        for widget in (self.authorize_label, self.authorize_url, self.token_label, self.token_url):
            widget.setVisible(custom)
        unsupported = choice.kind == "unsupported"
        for widget in (
            self.client_id,
            self.secret,
            self.public_client,
            self.show_secret_box,
            self.name,
            self.port,
        ):
            widget.setEnabled(not unsupported)
        if unsupported:
            self.provider_note.setText(
                translate(
                    "ClientPage",
                    "<b>{product} cannot use the secure sign-in:</b> it only allows password "
                    "sign-in. Keep its integration as it is until the provider offers another way.",
                ).format(product=html.escape(choice.product or ""))
            )
        elif choice.kind == "demo":
            self.provider_note.setText(
                translate(
                    "ClientPage",
                    "A real sign-in server running on this computer. Any user name and password work. "
                    "Its client ID is <b>{client_id}</b> and its secret <b>{secret}</b> "
                    "(filled in for you).",
                ).format(client_id=DEMO_CLIENT_ID, secret=DEMO_SECRET)
            )
            self.client_id.setText(DEMO_CLIENT_ID)
            self.secret.setText(DEMO_SECRET)
            self.public_client.setChecked(False)
            self._discover()
        else:
            self.provider_note.setText(
                preset.description
                if preset
                else translate("ClientPage", "For providers without an issuer address.")
            )
        locked_client_id = bool(preset and preset.managed and preset.client_id)
        if preset and preset.client_id:
            self.client_id.setText(preset.client_id)
        self.client_id.setReadOnly(locked_client_id)
        if preset and preset.auth_method == "none":
            self.public_client.setChecked(True)
        self.public_client.setEnabled(not (preset and preset.managed) and not unsupported)
        if preset and preset.managed:
            self.port.setValue(preset.redirect_port)
        self.port.setEnabled(not (preset and preset.managed) and not unsupported)
        self._set_scopes(preset.scopes if preset else (), preset.scopes if preset else ())
        managed_scopes = bool(preset and preset.managed and preset.scopes)
        for box in self._scope_boxes:
            box.setEnabled(not managed_scopes)
        self.extra_scopes.setEnabled(not managed_scopes)
        if not self._name_edited:
            self.name.setText(self._default_name())
        self._update_redirect()
        self._changed()

    def _set_scopes(self, offered: tuple[str, ...], ticked: tuple[str, ...]) -> None:
        for box in self._scope_boxes:
            self.scopes_layout.removeWidget(box)
            box.deleteLater()
        self._scope_boxes = []
        for i, scope in enumerate(offered[:24]):
            box = QCheckBox(scope)
            box.setProperty("scope", scope)  # what selected_scopes reads: never the shown text
            box.setChecked(scope in ticked)
            box.setAccessibleName(translate("ClientPage", "Scope {scope}").format(scope=scope))
            box.setToolTip(
                translate("ClientPage", SCOPE_HELP[scope])
                if scope in SCOPE_HELP
                else translate("ClientPage", "A permission named by the provider.")
            )
            box.toggled.connect(self._changed)
            self.scopes_layout.addWidget(box, i // 3, i % 3)
            self._scope_boxes.append(box)
        self.scopes_box.setVisible(self.choice.kind != "unsupported")

    @Slot()
    def _issuer_edited(self) -> None:
        self._endpoints = None
        self._discovery_generation += 1
        self.discovery_result.clear()
        if not self._name_edited:
            self.name.setText(self._default_name())
        self._changed()

    def _issuer_value(self) -> str:
        if self.choice.kind == "demo":
            return self.services.demo_issuer or ""
        return self.issuer.text().strip().rstrip("/")

    @Slot()
    def _discover(self) -> None:
        issuer = self._issuer_value()
        if not issuer:
            self.discovery_result.setText(translate("ClientPage", "Enter the issuer address first."))
            return
        try:
            require_secure(issuer, "issuer")
        except AuthError as exc:
            self.discovery_result.setText(error_html(exc))
            return
        self._discovery_generation += 1
        generation = self._discovery_generation
        self.discovery_result.setText(translate("ClientPage", "Looking up the provider's settings…"))
        self.check_button.setEnabled(False)
        from gui_app.core.discovery import discover

        task = Task(lambda: discover(issuer), tag=generation)
        task.succeeded.connect(self._discovered)
        task.failed.connect(self._discovery_failed)
        task.start()

    @Slot(object, object)
    def _discovered(self, generation: int, endpoints: Endpoints) -> None:
        self.check_button.setEnabled(True)
        if generation != self._discovery_generation:
            return
        self._endpoints = endpoints
        host = urlsplit(endpoints.authorization_endpoint).netloc
        if endpoints.revocation_endpoint:
            found = translate(
                "ClientPage",
                "✔ Found the provider. You will sign in at <b>{host}</b>. It supports the secure "
                "sign-in this app uses, and it can cancel tokens when you sign out.",
            )
        else:
            found = translate(
                "ClientPage",
                "✔ Found the provider. You will sign in at <b>{host}</b>. It supports the secure "
                "sign-in this app uses, and it cannot cancel tokens when you sign out.",
            )
        self.discovery_result.setText(found.format(host=host))
        offered = endpoints.scopes_supported
        if offered:
            preset = self.choice.preset
            ticked = (
                preset.scopes
                if preset and preset.scopes
                else tuple(s for s in ("openid", "offline_access") if s in offered)
            )
            if self.choice.kind == "demo":
                ticked = ("openid", "offline_access", "profile", "email")
            self._set_scopes(offered, ticked)
        self._changed()

    @Slot(object, object)
    def _discovery_failed(self, generation: int, exc: AuthError) -> None:
        self.check_button.setEnabled(True)
        if generation != self._discovery_generation:
            return
        if isinstance(exc, ProviderUnavailable):
            exc.next_step = translate(
                "ClientPage",
                "Check the address and this computer's network connection, then click Check again.",
            )
        self.discovery_result.setText(error_html(exc))
        self._changed()

    @Slot(bool)
    def _public_toggled(self, public: bool) -> None:
        self.secret.setEnabled(not public)
        self.show_secret_box.setEnabled(not public)
        self._changed()

    @Slot(bool)
    def _toggle_secret(self, show: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password)

    @Slot()
    def _copy_redirect(self) -> None:
        QGuiApplication.clipboard().setText(self.redirect.text())
        self.copy_redirect.setText(translate("ClientPage", "Copied"))

    @Slot()
    def _update_redirect(self) -> None:
        port = self.port.value()
        self.redirect.setText(f"http://127.0.0.1{f':{port}' if port else ''}/callback")
        self.copy_redirect.setText(translate("ClientPage", "&Copy"))
        preset = self.choice.preset
        if preset and preset.portal_hint:
            note = translate("ClientPage", "Register this exact address for the client in {where}.").format(
                where=preset.portal_hint
            )
        else:
            note = translate(
                "ClientPage", "Register this exact address for the client in the provider's developer portal."
            )
        self.redirect_note.setText(note)
        self.redirect.setToolTip(
            translate(
                "ClientPage",
                "The app picks a free port each time it signs in; providers that follow the standard "
                "for desktop apps (RFC 8252) accept any port for this address.",
            )
            if not port
            else translate(
                "ClientPage",
                "The provider requires this exact port; the app will listen on it while you sign in.",
            )
        )

    @Slot(str)
    def _name_typed(self, _: str) -> None:
        self._name_edited = True

    @Slot(str)
    def _client_id_typed(self, _: str) -> None:
        self._touched.add("client_id")

    @Slot(str)
    def _secret_typed(self, _: str) -> None:
        self._touched.add("secret")

    def _default_name(self) -> str:
        choice = self.choice
        if choice.kind == "demo":
            base = "demo"
        elif choice.preset and not choice.preset.needs_issuer:
            base = choice.preset.id
        else:
            host = urlsplit(self._issuer_value() or self.authorize_url.text()).hostname or "integration"
            base = re.sub(r"[^A-Za-z0-9._-]+", "-", host).strip("-.") or "integration"
        existing = {p.name for p in self._existing_profiles()}
        name, n = base[:60], 2
        while name in existing:
            name, n = f"{base[:57]}-{n}", n + 1
        return name

    def _existing_profiles(self) -> list[ClientProfile]:
        try:
            return self.services.repo.list()
        except ConfigError:
            return []

    @Slot()
    def _changed(self) -> None:
        self._validate(show=True)
        self.completeChanged.emit()

    # -- QWizardPage ----------------------------------------------------------------------------

    def _validate(self, show: bool) -> bool:
        choice = self.choice
        ok = choice.kind != "unsupported"
        if (choice.preset is not None and choice.preset.needs_issuer) or choice.kind == "demo":
            ok = ok and self._endpoints is not None
        if choice.kind == "custom":
            ok = ok and bool(self.authorize_url.text().strip() and self.token_url.text().strip())
        client_ok = bool(self.client_id.text().strip())
        secret_ok = self.public_client.isChecked() or bool(self.secret.text())
        name_error = ""
        try:
            check_name(self.name.text())
        except ConfigError as exc:
            name_error = exc.message + " " + exc.next_step
        if not name_error and self.name.text() in {p.name for p in self._existing_profiles()}:
            name_error = translate(
                "ClientPage", "A sign-in with this name already exists; choose another name."
            )
        if show and choice.kind != "unsupported":
            self.client_id_error.setVisible(not client_ok and "client_id" in self._touched)
            self.secret_error.setVisible(not secret_ok and "secret" in self._touched)
            self.name_error.setText(name_error)
            self.name_error.setVisible(bool(name_error))
        return ok and client_ok and secret_ok and not name_error

    def isComplete(self) -> bool:
        return self._validate(show=False)

    def selected_scopes(self) -> tuple[str, ...]:
        ticked = [str(box.property("scope")) for box in self._scope_boxes if box.isChecked()]
        extra = [s for s in self.extra_scopes.text().split() if s not in ticked]
        return tuple(ticked + extra)

    def initializePage(self) -> None:
        """Coming from the Migrate page: fill in what the integration's file says, once per file."""
        found = self.draft.migration
        if found is None or found is self._migration_applied:
            return
        self._migration_applied = found
        wanted = found.preset
        issuer = found.values.get("issuer")
        for index, choice in enumerate(self._choices):
            preset = choice.preset
            if choice.kind != "preset" or preset is None:
                continue
            if (wanted and preset.id == wanted) or (not wanted and issuer and preset.needs_issuer):
                self.provider.setCurrentIndex(index)
                break
        chosen = self.choice.preset
        if issuer and not wanted and chosen is not None and chosen.needs_issuer:
            self.issuer.setText(issuer)
            self._discover()
        if found.values.get("client_id") and not self.client_id.isReadOnly():
            self.client_id.setText(found.values["client_id"])
        if found.values.get("client_secret"):
            self.secret.setText(found.values["client_secret"])
            self.public_client.setChecked(False)
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", found.path.stem).strip("-.")[:60]
        if stem and stem not in {p.name for p in self._existing_profiles()}:
            self.name.setText(stem)
            self._name_edited = True
        self.migration_note.setText(
            translate(
                "ClientPage",
                "Filled in from {file}. Check the provider and the client ID; the refresh token will be "
                "written into that file, where the password is now.",
            ).format(file=html.escape(str(found.path)))
        )
        self.migration_note.show()
        self._changed()

    def validatePage(self) -> bool:
        choice = self.choice
        try:
            profile = self._build_profile(choice)
            if self.draft.migration is not None:
                from gui_app.core.exports import parse_target, to_stored

                # Every rotation reaches the integration: the refresh token goes where it looked.
                target = to_stored(parse_target(self.draft.migration.refresh_target(), "refresh"))
                profile = replace(profile, exports=(*profile.exports, target))
        except AuthError as exc:
            self.discovery_result.setVisible(True)
            self.discovery_result.setText(error_html(exc))
            return False
        self.draft.preset = choice.preset
        self.draft.endpoints = self._endpoints
        self.draft.profile = profile
        self.draft.client_secret = None if profile.is_public else self.secret.text()
        return True

    def _build_profile(self, choice: Choice) -> ClientProfile:
        values: dict[str, Any] = {"scopes": self.selected_scopes(), "redirect_port": self.port.value()}
        if self.public_client.isChecked():
            values["auth_method"] = "none"
        name, client_id = self.name.text(), self.client_id.text().strip()
        if choice.kind == "demo":
            return ClientProfile(name=name, client_id=client_id, issuer=self.services.demo_issuer, **values)
        if choice.kind == "custom":
            return ClientProfile(
                name=name,
                client_id=client_id,
                authorize_url=self.authorize_url.text().strip(),
                token_url=self.token_url.text().strip(),
                **values,
            )
        assert choice.preset is not None
        if choice.preset.needs_issuer:
            values["issuer"] = self._issuer_value()
        return profile_from_preset(choice.preset, name, client_id, **values)


# Tooltips of well-known scopes, translated where shown (ClientPage._set_scopes).
SCOPE_HELP = {
    "openid": QT_TRANSLATE_NOOP(
        "ClientPage", "Lets the app see who signed in (their name), to show it to you."
    ),
    "offline_access": QT_TRANSLATE_NOOP(
        "ClientPage", "Lets the app keep the integration signed in (a refresh token). Usually needed."
    ),
    "profile": QT_TRANSLATE_NOOP("ClientPage", "The signed-in person's name."),
    "email": QT_TRANSLATE_NOOP("ClientPage", "The signed-in person's email address."),
}
