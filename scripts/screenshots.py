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
OUT = REPO / "docs" / "screenshots"


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
    app = create_application()
    assert isinstance(app, QApplication)

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

    def shot(widget: QWidget, name: str) -> None:
        pump(300)
        widget.grab().save(str(OUT / f"{name}.png"))
        print(f"docs/screenshots/{name}.png")

    def services(**changes: object) -> Services:
        values: dict[str, object] = {
            "demo_issuer": issuer,
            "open_system_browser": lambda url: urls.append(url) or True,
        }
        values.update(changes)
        return Services(**values)  # type: ignore[arg-type]

    def choose(page: ClientPage, start: str) -> None:
        for i in range(page.provider.count()):
            if page.provider.itemText(i).startswith(start):
                page.provider.setCurrentIndex(i)

    def to_signin(wizard: SetupWizard, secret: str = "confsecret123") -> SignInPage:
        wizard.next()
        page = wizard.currentPage()
        assert isinstance(page, ClientPage)
        choose(page, "Demo")
        until(page.isComplete)
        page.secret.setText(secret)
        wizard.next()
        wizard.next()
        signin = wizard.currentPage()
        assert isinstance(signin, SignInPage)
        until(lambda: signin.state == "waiting")
        return signin

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        wizard = SetupWizard(services())
        wizard.show()
        shot(wizard, "01-welcome")
        wizard.next()
        client = wizard.currentPage()
        assert isinstance(client, ClientPage)
        choose(client, "Demo")
        until(client.isComplete)
        shot(wizard, "02-client-demo")
        choose(client, "GoTo (")
        client.client_id.clear()
        client.secret.clear()
        client._changed()
        shot(wizard, "03-client-goto-incomplete")
        choose(client, "GoTo Assist Corporate")
        shot(wizard, "04-client-goto-assist-corporate")
        choose(client, "Another provider (by its issuer")
        client.issuer.setText("http://127.0.0.1:9")
        client._discover()
        until(lambda: "could not be reached" in client.discovery_result.text())
        shot(wizard, "05-client-issuer-unreachable")
        choose(client, "Demo")
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
            from gui_app.core.profiles import ClientProfile

            profile = ClientProfile(
                name="crm",
                client_id="public-client",
                issuer=issuer,
                auth_method="none",
                redirect_port=blocker.getsockname()[1],
            )
            wizard = SetupWizard(services(), profile=profile)
            wizard.show()
            signin = wizard.currentPage()
            assert isinstance(signin, SignInPage)
            until(lambda: signin.state == "failed")
            shot(wizard, "12-error-port-busy")
            wizard.reject()

        wizard = SetupWizard(services())
        wizard.show()
        wizard.next()
        client = wizard.currentPage()
        assert isinstance(client, ClientPage)
        choose(client, "Demo")
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
