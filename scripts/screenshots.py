"""Render every wizard page and each error state to PNG (docs/screenshots/), on a real X server.

Run through scripts/screenshots (Xvfb, a throwaway keyring, the demo sign-in server). The states
are produced for real: the demo server, the scripted Chromium from the e2e tests, real errors.
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
# SCREENSHOT_LANG=de renders the German window into docs/screenshots/de/ (scripts/screenshots does all).
LANG = os.environ.get("SCREENSHOT_LANG", "")
OUT = REPO / "docs" / "screenshots" / LANG if LANG else REPO / "docs" / "screenshots"


def main() -> None:
    from playwright.sync_api import sync_playwright
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from gui_app.ui.app import create_application
    from tests.harness import CHROMIUM, CHROMIUM_ARGS, complete_signin

    OUT.mkdir(parents=True, exist_ok=True)
    from gui_app.demo import start_demo_server

    server, issuer = start_demo_server(quiet=True)
    tmp = tempfile.TemporaryDirectory()
    os.environ["OAUTH_SETUP_HOME"] = tmp.name
    urls: list[str] = []
    from gui_app import translations

    translations.set_override(LANG or "en")
    app = create_application()
    assert isinstance(app, QApplication)

    from gui_app.core.profiles import ClientProfile
    from gui_app.ui.pages.client_page import ClientPage
    from gui_app.ui.pages.signin_page import SignInPage
    from gui_app.ui.services import Services
    from gui_app.ui.wizard import SetupWizard

    def pump(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(condition: Callable[[], bool], seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("screenshots: timed out waiting for the app")
            pump(50)

    from tests.layout_check import clipped

    def shot(widget: QWidget, name: str) -> None:
        pump(300)
        widget.grab().save(str(OUT / f"{name}.png"))
        print(OUT.relative_to(REPO) / f"{name}.png")
        for problem in clipped(widget):
            print(f"  CLIPPED: {problem}")

    def services(**changes: object) -> Services:
        values: dict[str, object] = {
            "demo_issuer": issuer,
            "open_system_browser": lambda url: urls.append(url) or True,
        }
        values.update(changes)
        return Services(**values)  # type: ignore[arg-type]

    def choose(page: ClientPage, kind: str) -> None:
        """Pick a provider by kind ('demo', 'custom', 'unsupported') or preset id, in any language."""
        for i, choice in enumerate(page._choices):
            if choice.kind == kind or (choice.kind == "preset" and choice.preset and choice.preset.id == kind):
                page.provider.setCurrentIndex(i)
                return
        raise SystemExit(f"screenshots: no provider {kind!r}")

    def to_signin(wizard: SetupWizard, secret: str = "confsecret123") -> SignInPage:
        wizard.next()
        page = wizard.currentPage()
        assert isinstance(page, ClientPage)
        choose(page, "demo")
        until(page.isComplete)
        page.secret.setText(secret)
        wizard.next()
        wizard.next()
        signin = wizard.currentPage()
        assert isinstance(signin, SignInPage)
        until(lambda: signin.state == "waiting")
        return signin

    def sign_in_again_fails(profile: ClientProfile, name: str) -> None:
        """The wizard at its Sign-in page for a saved sign-in, photographed once it has failed."""
        wizard = SetupWizard(services(), profile=profile)
        wizard.show()
        signin = wizard.currentPage()
        assert isinstance(signin, SignInPage)
        until(lambda: signin.state == "failed")
        shot(wizard, name)
        wizard.reject()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        wizard = SetupWizard(services())
        wizard.show()
        shot(wizard, "01-welcome")
        wizard.next()
        client = wizard.currentPage()
        assert isinstance(client, ClientPage)
        choose(client, "demo")
        until(client.isComplete)
        shot(wizard, "02-client-demo")
        choose(client, "goto")
        client.client_id.clear()
        client.secret.clear()
        client._changed()
        shot(wizard, "03-client-goto-incomplete")
        choose(client, "unsupported")
        shot(wizard, "04-client-goto-assist-corporate")
        choose(client, "issuer")
        client.issuer.setText("http://127.0.0.1:9")
        client._discover()
        until(lambda: client.discovery_result.isVisible() and bool(client.discovery_result.text()))
        pump(1500)
        shot(wizard, "05-client-issuer-unreachable")
        choose(client, "demo")
        until(client.isComplete)
        wizard.next()
        shot(wizard, "06-how-to-sign-in")
        wizard.next()
        signin = wizard.currentPage()
        assert isinstance(signin, SignInPage)
        until(lambda: signin.state == "waiting")
        shot(wizard, "07-sign-in-waiting")
        complete_signin(browser, urls[-1])
        until(lambda: wizard.currentId() == 4)
        shot(wizard, "08-done")
        wizard.accept()

        # The support report from the status window (the readiness check asks the demo server).
        from gui_app.ui.status_window import StatusWindow

        status = StatusWindow(services())
        status.show()
        until(lambda: all(card.status is not None for card in status.cards.values()))
        status.show_report()
        report = status.report_dialog
        assert report is not None
        until(report.save.isEnabled, seconds=30)
        shot(report, "25-support-report")
        report.close()
        status.close()

        # An integration that signs in with a password: the wizard's Migrate path.
        settings = Path(tmp.name) / "crm-sync.json"
        settings.write_text(
            '{\n  "crm": {\n    "username": "alice@example.com",\n    "password": "Winter2026!",\n'
            f'    "client_id": "conf-client",\n    "client_secret": "confsecret123",\n'
            f'    "issuer": "{issuer}"\n  }}\n}}\n'
        )
        wizard = SetupWizard(services())
        wizard.show()
        welcome = wizard.currentPage()
        welcome.migrate.setChecked(True)  # type: ignore[attr-defined]
        shot(wizard, "19-welcome-migrate")
        wizard.next()
        migrate = wizard.currentPage()
        migrate.path.setText(str(settings))  # type: ignore[attr-defined]
        migrate._read()  # type: ignore[attr-defined]
        migrate.person.setChecked(True)  # type: ignore[attr-defined]
        shot(wizard, "20-migrate-file-read")
        migrate.system_account.setChecked(True)  # type: ignore[attr-defined]
        shot(wizard, "21-migrate-system-account")
        migrate.person.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        client = wizard.currentPage()
        assert isinstance(client, ClientPage)
        until(client.isComplete)
        shot(wizard, "22-migrate-client-filled-in")
        urls.clear()
        wizard.next()
        wizard.next()
        until(lambda: bool(urls))
        complete_signin(browser, urls[-1])
        until(lambda: wizard.currentId() == 4)
        wizard.currentPage().remove_password.setChecked(True)  # type: ignore[attr-defined]
        shot(wizard, "23-migrate-done")
        wizard.reject()

        # The readiness check stops before the browser: this client has another redirect registered.
        wrong = ClientProfile(name="erp", client_id="wrongpath-client", issuer=issuer, scopes=("openid",))
        sign_in_again_fails(wrong, "24-readiness-redirect-not-registered")

        wizard = SetupWizard(services())
        wizard.show()
        signin = to_signin(wizard)
        complete_signin(browser, urls[-1], action="deny")
        until(lambda: signin.state == "failed")
        shot(wizard, "09-error-access-denied")
        wizard.reject()

        wizard = SetupWizard(services())
        wizard.show()
        signin = to_signin(wizard, secret="wrongsecret")
        complete_signin(browser, urls[-1])
        until(lambda: signin.state == "failed")
        shot(wizard, "10-error-wrong-secret")
        wizard.reject()

        wizard = SetupWizard(services(login_timeout=2.0))
        wizard.show()
        signin = to_signin(wizard)
        until(lambda: signin.state == "failed")
        shot(wizard, "11-error-timeout")
        wizard.reject()

        with socket.socket() as blocker:
            blocker.bind(("127.0.0.1", 0))
            blocker.listen()
            profile = ClientProfile(
                name="crm",
                client_id="public-client",
                issuer=issuer,
                auth_method="none",
                redirect_port=blocker.getsockname()[1],
            )
            sign_in_again_fails(profile, "12-error-port-busy")

        wizard = SetupWizard(services())
        wizard.show()
        wizard.next()
        client = wizard.currentPage()
        assert isinstance(client, ClientPage)
        choose(client, "demo")
        until(client.isComplete)
        wizard.next()
        method = wizard.currentPage()
        method.device.setChecked(True)  # type: ignore[attr-defined]
        wizard.next()
        signin = wizard.currentPage()
        assert isinstance(signin, SignInPage)
        until(lambda: signin.state == "waiting")
        shot(wizard, "18-sign-in-device")
        wizard.reject()

        from gui_app.ui.embedded_browser import embedded_browser_available

        if embedded_browser_available() is None:
            wizard = SetupWizard(services(), method="embedded")
            wizard.show()
            signin = to_signin(wizard)
            until(lambda: signin._dialog is not None)
            dialog = signin._dialog
            assert isinstance(dialog, QWidget)
            pump(2500)
            shot(dialog, "13-embedded-browser")
            wizard.reject()
        browser.close()
    server.terminate()
    server.wait(10)
    tmp.cleanup()


if __name__ == "__main__":
    main()
