"""The setup wizard, offscreen, against the real oidc-provider and the real Chromium.

The wizard's own code path opens "the system browser" through $BROWSER, which hands the
address to the test's Playwright browser; tokens go to the keyring the suite runs with (the
real Secret Service under scripts/test).
"""

from __future__ import annotations

import json
import socket
import uuid
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget, QWizard

from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.ui.pages.client_page import ClientPage
from gui_app.ui.pages.signin_page import SignInPage
from gui_app.ui.services import Services
from gui_app.ui.wizard import PageId, SetupWizard
from tests.harness import complete_signin

EMBEDDED_MISSING = "The browser component is not installed with this copy of the app."


@pytest.fixture
def make_wizard(qtbot, paths):
    def make(demo_issuer=None, profile=None, **overrides):
        options = {
            "paths": paths,
            "demo_issuer": demo_issuer,
            "embedded_unavailable_reason": lambda: EMBEDDED_MISSING,
        }
        options.update(overrides)
        wizard = SetupWizard(Services(**options), profile=profile)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def choose(page: ClientPage, label_start: str) -> None:
    for i in range(page.provider.count()):
        if page.provider.itemText(i).startswith(label_start):
            page.provider.setCurrentIndex(i)
            return
    raise AssertionError(f"no provider {label_start!r}")


def next_button(wizard: QWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.NextButton)


def test_client_page_validation_and_navigation(make_wizard, qtbot):
    wizard = make_wizard()
    assert wizard.windowTitle() == "OAuth Setup Assistant"
    assert wizard.currentId() == PageId.WELCOME
    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    page = wizard.currentPage()
    assert isinstance(page, ClientPage)
    choose(page, "GoTo (")
    assert page.redirect.text() == "http://127.0.0.1/callback"
    assert "GoTo Developer Center" in page.redirect_note.text()
    assert page.name.text() == "goto"
    assert not next_button(wizard).isEnabled()
    assert not page.client_id_error.isVisible()  # no red text before the admin typed anything
    qtbot.keyClicks(page.client_id, "my-client")
    assert not next_button(wizard).isEnabled()
    qtbot.keyClicks(page.secret, "x")
    qtbot.keyClick(page.secret, Qt.Key.Key_Backspace)
    assert page.secret_error.isVisible()
    assert "Enter the client secret" in page.secret_error.text()
    qtbot.keyClicks(page.secret, "s3cret")
    assert next_button(wizard).isEnabled()
    assert not page.secret_error.isVisible()
    assert page.secret.echoMode() == QLineEdit.EchoMode.Password
    page.show_secret_box.setChecked(True)
    assert page.secret.echoMode() == QLineEdit.EchoMode.Normal

    page.name.clear()
    qtbot.keyClicks(page.name, "bad name/")
    assert not next_button(wizard).isEnabled()
    assert "cannot be used as a name" in page.name_error.text()
    page.name.setText("crm")
    page.port.setValue(8765)
    assert page.redirect.text() == "http://127.0.0.1:8765/callback"
    qtbot.mouseClick(page.copy_redirect, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:8765/callback"

    qtbot.mouseClick(next_button(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.METHOD
    profile = wizard.draft.profile
    assert profile.name == "crm" and profile.client_id == "my-client" and profile.redirect_port == 8765
    assert profile.token_url == "https://authentication.logmeininc.com/oauth/token"
    assert wizard.draft.client_secret == "s3cret"
    method = wizard.currentPage()
    assert not method.embedded.isEnabled()
    assert EMBEDDED_MISSING in method.embedded_reason.text()
    assert method.system.isChecked()


def test_public_client_needs_no_secret(make_wizard):
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    choose(page, "GoTo (")
    page.client_id.setText("c")
    page.public_client.setChecked(True)
    assert page.isComplete() and not page.secret.isEnabled()


def test_goto_assist_corporate_is_explained_not_offered(make_wizard):
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    choose(page, "GoTo Assist Corporate")
    assert "only allows password sign-in" in page.provider_note.text()
    page.client_id.setText("c")
    page.secret.setText("s")
    assert not page.isComplete()


def test_existing_name_is_refused(make_wizard, paths):
    ProfileRepository(paths).save(ClientProfile(name="goto", client_id="c", issuer="https://id.example.test"))
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    choose(page, "GoTo (")
    assert page.name.text() == "goto-2"  # the default avoids the taken name
    page.client_id.setText("c")
    page.secret.setText("s")
    page.name.setText("goto")
    assert not page.isComplete()
    assert "already exists" in page.name_error.text()


def test_issuer_discovery_runs_on_the_spot(make_wizard, qtbot, provider):
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    choose(page, "Another provider (by its issuer")
    assert page.issuer.isVisible()
    qtbot.keyClicks(page.issuer, provider.issuer)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Found the provider" in page.discovery_result.text(), timeout=10_000)
    scopes = {box.text(): box.isChecked() for box in page._scope_boxes}
    assert scopes["openid"] and scopes["offline_access"] and not scopes["api"]
    assert page.name.text() == "127.0.0.1"

    page.issuer.setText("http://127.0.0.1:9")  # nothing listens on the discard port
    page._issuer_edited()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be reached" in page.discovery_result.text(), timeout=10_000)
    assert not page.isComplete()


def test_plain_http_issuer_is_refused_with_a_reason(make_wizard, qtbot):
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    choose(page, "Another provider (by its issuer")
    page.issuer.setText("http://login.example.com")
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "not a secure https://" in page.discovery_result.text()


def test_every_control_has_an_accessible_name(make_wizard):
    wizard = make_wizard(demo_issuer="http://127.0.0.1:9")
    for page_id in PageId:
        page = wizard.page(page_id)
        for widget in page.findChildren(QWidget):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts of a composite widget (the spin box's editor)
            if (
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget.isEnabled()
                and widget.isVisibleTo(page)
            ) and widget.metaObject().className() in (
                "QLineEdit",
                "QPushButton",
                "QCheckBox",
                "QRadioButton",
                "QComboBox",
                "QSpinBox",
            ):
                assert widget.accessibleName(), f"{page_id.name}: {widget.metaObject().className()} {widget}"


# -- the whole wizard against the real provider -------------------------------------------------


@pytest.fixture
def signing_in(make_wizard, provider, handoff, monkeypatch):
    """A wizard on the demo server, taken to its Sign-in page with the system browser."""
    for key, value in handoff.env.items():
        monkeypatch.setenv(key, value)

    def go(secret="confsecret123", **overrides):
        wizard = make_wizard(demo_issuer=provider.issuer, **overrides)
        wizard.next()
        page = wizard.currentPage()
        choose(page, "Demo sign-in server")
        import time

        deadline = time.monotonic() + 10
        while not page.isComplete() and time.monotonic() < deadline:
            QGuiApplication.processEvents()
        assert page.isComplete(), page.discovery_result.text()
        page.name.setText(f"demo-{uuid.uuid4().hex[:8]}")
        page.secret.setText(secret)
        wizard.next()  # -> how to sign in
        wizard.next()  # -> sign in (starts at once)
        assert wizard.currentId() == PageId.SIGNIN
        return wizard, wizard.currentPage()

    return go


def wait_for_url(qtbot, page: SignInPage, handoff) -> str:
    qtbot.waitUntil(lambda: page.state == "waiting", timeout=10_000)
    return handoff.next_url()


def stored_tokens(name):
    raw = keyring.get_password("oauth-setup", f"{name}/tokens")
    return None if raw is None else json.loads(raw)


def test_whole_wizard_with_the_system_browser(signing_in, qtbot, browser, handoff, provider, paths):
    wizard, page = signing_in()
    url = wait_for_url(qtbot, page, handoff)
    assert page.status.text().startswith("The provider's sign-in page has opened in your web browser")
    assert page.copy_link.isVisible() and page.open_again.isVisible() and page.cancel.isVisible()
    assert page.time_left.text().startswith("Time left: 4:5")
    qtbot.mouseClick(page.copy_link, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    signin = complete_signin(browser, url)
    assert "You are signed in" in signin.text
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    done = wizard.currentPage()
    name = wizard.draft.profile.name
    assert "Alice" in done.who.text()
    assert "in 60 minutes" in done.access.text()
    assert "keyring" in done.kept.text()
    assert done.command.text() == f"oauth-setup token {name}"
    tokens = stored_tokens(name)
    assert provider.introspect(tokens["access_token"])["active"] is True

    wizard.accept()  # Finish
    saved = ProfileRepository(paths).get(name)
    assert saved.issuer == provider.issuer and saved.client_id == "conf-client"
    assert keyring.get_password("oauth-setup", f"{name}/client_secret") == "confsecret123"
    # Nothing secret on any page the admin saw.
    texts = " ".join(
        w.text() for w in wizard.findChildren(QWidget) if hasattr(w, "text") and callable(w.text)
    )
    for secret in (tokens["access_token"], tokens["refresh_token"], signin.params["code"]):
        assert secret not in texts


def test_cancelling_after_sign_in_forgets_the_new_tokens(signing_in, qtbot, browser, handoff, paths):
    wizard, page = signing_in()
    complete_signin(browser, wait_for_url(qtbot, page, handoff))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    name = wizard.draft.profile.name
    assert stored_tokens(name) is not None
    wizard.reject()
    assert stored_tokens(name) is None
    assert ProfileRepository(paths).list() == []


def test_access_denied_is_explained_and_retry_works(signing_in, qtbot, browser, handoff):
    wizard, page = signing_in()
    signin = complete_signin(browser, wait_for_url(qtbot, page, handoff), action="deny")
    assert "Sign-in did not finish" in signin.text
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    assert "Access was not granted" in page.error.text()
    assert "Start the sign-in again" in page.error.text()
    assert page.retry.isVisible() and not page.cancel.isVisible()
    assert (
        not next_button(wizard).isEnabled()
        and not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    )
    qtbot.mouseClick(page.retry, Qt.MouseButton.LeftButton)
    complete_signin(browser, wait_for_url(qtbot, page, handoff))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)


def test_wrong_secret_is_explained(signing_in, qtbot, browser, handoff):
    wizard, page = signing_in(secret="wrongsecret")
    complete_signin(browser, wait_for_url(qtbot, page, handoff))
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    assert "did not accept the client ID or secret" in page.error.text()
    assert "developer portal" in page.error.text()
    assert "wrongsecret" not in page.error.text()
    assert page.edit_client.isVisible()
    qtbot.mouseClick(page.edit_client, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.CLIENT
    client = wizard.currentPage()
    client.secret.setText("confsecret123")
    wizard.next()
    wizard.next()
    complete_signin(browser, wait_for_url(qtbot, wizard.currentPage(), handoff))
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)


def test_cancel_while_waiting(signing_in, qtbot, handoff):
    _wizard, page = signing_in()
    wait_for_url(qtbot, page, handoff)
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    assert page.status.text() == "The sign-in was cancelled."
    assert page.retry.isVisible()


def test_timeout_is_explained(signing_in, qtbot, handoff):
    _wizard, page = signing_in(login_timeout=1.0)
    wait_for_url(qtbot, page, handoff)
    qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
    assert page.status.text() == "The time for signing in (1 second) ran out."
    assert "Nobody finished signing in within 1 second." in page.error.text()
    assert "Start the sign-in again" in page.error.text()


def test_busy_fixed_port_names_the_port(make_wizard, qtbot, provider, handoff, monkeypatch):
    for key, value in handoff.env.items():
        monkeypatch.setenv(key, value)
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        profile = ClientProfile(
            name=f"busy-{uuid.uuid4().hex[:6]}",
            client_id="public-client",
            issuer=provider.issuer,
            auth_method="none",
            redirect_port=port,
            scopes=("openid",),
        )
        wizard = make_wizard(profile=profile)
        page = wizard.currentPage()
        assert isinstance(page, SignInPage)  # an existing sign-in starts at Sign in
        qtbot.waitUntil(lambda: page.state == "failed", timeout=10_000)
        assert str(port) in page.error.text()
        assert "Close the program that uses this port" in page.error.text()


def test_existing_profile_signs_in_again_from_the_signin_page(
    make_wizard, qtbot, provider, browser, handoff, monkeypatch
):
    for key, value in handoff.env.items():
        monkeypatch.setenv(key, value)
    profile = ClientProfile(
        name=f"again-{uuid.uuid4().hex[:6]}",
        client_id="public-client",
        issuer=provider.issuer,
        auth_method="none",
        scopes=("openid", "offline_access"),
    )
    wizard = make_wizard(profile=profile)
    page = wizard.currentPage()
    url = wait_for_url(qtbot, page, handoff)
    assert parse_qs(urlsplit(url).query)["client_id"] == ["public-client"]
    complete_signin(browser, url)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    assert stored_tokens(profile.name)["refresh_token"]


def test_managed_presets_come_first_with_their_fields_locked(make_wizard, paths):
    paths.managed_dir.mkdir(parents=True)
    (paths.managed_dir / "corp.toml").write_text(
        '[[preset]]\nid = "corp"\ntitle = "Corp single sign-on"\n'
        'authorize_url = "https://sso.corp.example/auth"\ntoken_url = "https://sso.corp.example/token"\n'
        'client_id = "corp-app"\nauth_method = "none"\nscopes = ["openid", "api"]\nredirect_port = 8765\n'
        "embedded_browser = false\n"
    )
    (paths.managed_dir / "broken.toml").write_text(
        '[[preset]]\nid = "x"\ntitle = "X"\nredirect_port = "80"\n'
    )
    wizard = make_wizard()
    wizard.next()
    page = wizard.currentPage()
    assert page.provider.itemText(0) == "Corp single sign-on (set up by your IT department)"
    assert page.client_id.text() == "corp-app" and page.client_id.isReadOnly()
    assert page.public_client.isChecked() and not page.public_client.isEnabled()
    assert page.port.value() == 8765 and not page.port.isEnabled()
    assert page.redirect.text() == "http://127.0.0.1:8765/callback"
    assert [b.text() for b in page._scope_boxes] == ["openid", "api"]
    assert not any(b.isEnabled() for b in page._scope_boxes)
    assert page.preset_errors.isVisible()
    assert "broken.toml, line 4" in page.preset_errors.text() and "whole number" in page.preset_errors.text()
    assert page.isComplete()
    wizard.next()
    method = wizard.currentPage()
    assert not method.embedded.isEnabled()
    assert "IT department" in method.embedded_reason.text()
    assert wizard.draft.profile.preset == "corp"


def test_readiness_check_stops_before_the_browser_for_an_unregistered_redirect(
    make_wizard, qtbot, provider, handoff, monkeypatch
):
    for key, value in handoff.env.items():
        monkeypatch.setenv(key, value)
    # wrongpath-client has only http://127.0.0.1/other registered.
    profile = ClientProfile(
        name=f"wrong-{uuid.uuid4().hex[:6]}",
        client_id="wrongpath-client",
        issuer=provider.issuer,
        scopes=("openid",),
    )
    wizard = make_wizard(profile=profile)
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.state == "failed", timeout=15_000)
    assert "does not accept the redirect address http://127.0.0.1/callback" in page.error.text()
    assert "Register exactly http://127.0.0.1/callback" in page.error.text()
    assert handoff.urls.empty()  # no browser was opened for a sign-in that could not work


def test_device_sign_in_from_the_wizard(make_wizard, qtbot, provider, browser, monkeypatch):
    from tests.harness import _loopback_only

    opened = []
    wizard = make_wizard(
        demo_issuer=provider.issuer, open_system_browser=lambda url: opened.append(url) or True
    )
    wizard.next()
    client = wizard.currentPage()
    choose(client, "Demo sign-in server")
    qtbot.waitUntil(client.isComplete, timeout=10_000)
    client.name.setText(f"dev-{uuid.uuid4().hex[:6]}")
    wizard.next()
    method = wizard.currentPage()
    assert method.device.isEnabled()  # the demo server offers device sign-in (RFC 8628)
    method.device.setChecked(True)
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.state == "waiting", timeout=10_000)
    assert "Code:" in page.device_code.text() and page.device_code.isVisible()
    assert page.qr_code.isVisible() and page.qr_code.pixmap().width() > 100  # the address with the code
    assert opened == []  # nothing opens by itself: the person uses another device
    context = browser.new_context()
    context.route("**/*", _loopback_only)
    other_device = context.new_page()
    other_device.goto(page.url)
    other_device.click("button[autofocus]")
    other_device.fill("input[name=login]", "erin")
    other_device.fill("input[name=password]", "any-password")
    other_device.click("button[type=submit]")
    if other_device.locator("button:has-text('Continue')").count():
        other_device.click("button:has-text('Continue')")
    context.close()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=30_000)
    assert stored_tokens(wizard.draft.profile.name)["refresh_token"]
    wizard.reject()


def test_device_method_is_off_for_providers_without_it(make_wizard):
    wizard = make_wizard()
    wizard.next()
    client = wizard.currentPage()
    choose(client, "GoTo (")
    client.client_id.setText("c")
    client.secret.setText("s")
    wizard.next()
    method = wizard.currentPage()
    assert not method.device.isEnabled()
    assert "does not offer it" in method.device_reason.text()
