"""The wizard's "I have an integration that signs in with a password" path, offscreen, against the
real oidc-provider and Chromium: read the integration's file, sign in, write the refresh token
where the password was, and remove the password only on an explicit yes."""

from __future__ import annotations

import json
import stat
import uuid

import keyring
import pytest
from PySide6.QtWidgets import QWizard

from gui_app.core.profiles import ProfileRepository
from gui_app.ui.pages.migrate_page import MigratePage
from gui_app.ui.services import Services
from gui_app.ui.wizard import PageId, SetupWizard
from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, complete_signin

PASSWORD = "hunter2-old-password"


@pytest.fixture
def integration_file(tmp_path, provider):
    path = tmp_path / f"crm-sync-{uuid.uuid4().hex[:6]}.json"
    path.write_text(
        json.dumps(
            {
                "crm": {
                    "username": "alice@example.test",
                    "password": PASSWORD,
                    "client_id": CONF_CLIENT_ID,
                    "client_secret": CONF_CLIENT_SECRET,
                    "issuer": provider.issuer,
                    "grant_type": "password",
                },
                "sync_interval": 300,
            },
            indent=2,
        )
    )
    path.chmod(0o640)
    return path


@pytest.fixture
def wizard(qtbot, paths):
    urls: list[str] = []
    services = Services(
        paths=paths,
        demo_issuer=None,
        open_system_browser=lambda url: urls.append(url) or True,
        embedded_unavailable_reason=lambda: "not in these tests",
    )
    wizard = SetupWizard(services)
    wizard.urls = urls
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_migrate_page(wizard: SetupWizard, path) -> MigratePage:
    welcome = wizard.currentPage()
    welcome.migrate.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PageId.MIGRATE
    page = wizard.currentPage()
    assert isinstance(page, MigratePage)
    page.path.setText(str(path))
    page._read()
    return page


def test_a_system_account_is_explained_and_not_led_on(wizard, integration_file):
    page = to_migrate_page(wizard, integration_file)
    shown = page.findings.text()
    assert "alice@example.test" in shown and "password: found" in shown
    assert PASSWORD not in shown and CONF_CLIENT_SECRET not in shown
    page.system_account.setChecked(True)
    assert page.advice.isVisible() and "GoTo" in page.advice.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.person.setChecked(True)
    assert not page.advice.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_without_a_password_says_so(wizard, tmp_path):
    other = tmp_path / "settings.ini"
    other.write_text("[crm]\nurl = https://crm.example.test\n")
    page = to_migrate_page(wizard, other)
    assert page.error.isVisible() and "No stored password was found" in page.error.text()
    page.person.setChecked(True)
    assert not page.isComplete()


def test_migrating_signs_in_writes_the_refresh_token_and_removes_the_password_on_yes(
    wizard, qtbot, integration_file, browser, paths
):
    page = to_migrate_page(wizard, integration_file)
    page.person.setChecked(True)
    wizard.next()
    client = wizard.currentPage()
    assert wizard.currentId() == PageId.CLIENT
    assert client.client_id.text() == CONF_CLIENT_ID
    assert client.secret.text() == CONF_CLIENT_SECRET
    assert client.migration_note.isVisible() and str(integration_file) in client.migration_note.text()
    qtbot.waitUntil(client.isComplete, timeout=10_000)  # discovery of the file's issuer
    assert client.name.text() == integration_file.stem
    wizard.next()  # -> how to sign in
    wizard.next()  # -> sign in
    qtbot.waitUntil(lambda: bool(wizard.urls), timeout=10_000)
    complete_signin(browser, wizard.urls[-1])
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    done = wizard.currentPage()
    name = wizard.draft.profile.name
    tokens = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))

    # The refresh token is already where the integration looks, the password still there.
    written = json.loads(integration_file.read_text())
    assert written["crm"]["refresh_token"] == tokens["refresh_token"]
    assert written["crm"]["password"] == PASSWORD
    assert done.migration.isVisible() and done.remove_password.isVisible()
    assert not done.remove_password.isChecked()  # never ticked for the admin

    done.remove_password.click()
    assert done.remove_password.isChecked()
    before = integration_file.read_text()  # with the refresh token, still with the password
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    after = json.loads(integration_file.read_text())
    assert after["crm"]["password"] == ""
    assert after["crm"]["refresh_token"] == tokens["refresh_token"]
    assert after["sync_interval"] == 300
    assert stat.S_IMODE(integration_file.stat().st_mode) == 0o640  # the file keeps its mode
    backup = wizard.draft.password_backup
    assert backup is not None and backup.read_text() == before
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    saved = ProfileRepository(paths).get(name)
    assert saved.exports == (f"refresh json:{integration_file}#/crm/refresh_token",)


def test_finishing_without_the_tick_keeps_the_password(wizard, qtbot, integration_file, browser):
    page = to_migrate_page(wizard, integration_file)
    page.person.setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.urls), timeout=10_000)
    complete_signin(browser, wizard.urls[-1])
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert json.loads(integration_file.read_text())["crm"]["password"] == PASSWORD
    assert wizard.draft.password_backup is None


def test_no_password_removal_offered_when_the_file_did_not_get_the_token(
    wizard, qtbot, integration_file, browser
):
    page = to_migrate_page(wizard, integration_file)
    page.person.setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
    # The integration rewrote its file meanwhile: /crm is gone, so the token has nowhere to go.
    integration_file.write_text(json.dumps({"password": PASSWORD}))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.urls), timeout=10_000)
    complete_signin(browser, wizard.urls[-1])
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=15_000)
    done = wizard.currentPage()
    assert "could not be written" in done.migration.text() and "The password stays" in done.migration.text()
    assert not done.remove_password.isVisible()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert json.loads(integration_file.read_text()) == {"password": PASSWORD}
    assert wizard.draft.password_backup is None
