"""The embedded sign-in browser, for real: the test provider (oidc-provider), QtWebEngine, and the
core's loopback listener. The test fills the provider's forms with ``runJavaScript``; the product
never reads page content."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QLabel

from gui_app.core.errors import SignInCancelled
from gui_app.core.login import LoginResult, LoginSession
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import TokenStore, open_token_store
from gui_app.ui import embedded_browser
from gui_app.ui.embedded_browser import (
    EmbeddedBrowserDialog,
    embedded_browser_available,
    redirect_matcher,
    request_allowed,
)
from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, DEVINTERACTIONS_PASSWORD, Provider

# Qt WebEngine starting up under QT_QPA_PLATFORM=offscreen with --disable-gpu (tests/conftest.py).
# Printed once per process, by whichever test first creates a web engine object:
# - its GPU-vendor probe makes an OpenGL QRhi, and the offscreen platform has no OpenGL;
# - Chromium's GPU info update finds no GPU info, because --disable-gpu skipped collecting it.
QTWEBENGINE_OFFSCREEN_NOISE = (
    r"^QRhiGles2: Failed to create temporary context$",
    r"^QRhiGles2: Failed to create context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^GPUInfo not initialized on GpuInfoUpdate$",
)
pytestmark = pytest.mark.qt_log_ignore(*QTWEBENGINE_OFFSCREEN_NOISE)

PAGE_TIMEOUT_MS = 30_000

FILL_LOGIN = f"""(() => {{
    document.querySelector('input[name=login]').value = 'alice';
    document.querySelector('input[name=password]').value = {json.dumps(DEVINTERACTIONS_PASSWORD)};
    document.querySelector('button[type=submit]').click();
    return true;
}})()"""
CLICK_CONTINUE = """(() => {
    const button = [...document.querySelectorAll('button[type=submit]')]
        .find((b) => b.textContent.includes('Continue'));
    button.click();
    return true;
})()"""


@dataclass
class SignIn:
    profile: ClientProfile
    store: TokenStore
    session: LoginSession
    url: str
    pool: ThreadPoolExecutor

    @property
    def redirect_uri(self) -> str:
        """The loopback address the listener waits on, as sent in the authorization request."""
        return parse_qs(urlsplit(self.url).query)["redirect_uri"][0]

    def finish_in_background(self) -> Future[LoginResult]:
        return self.pool.submit(self.session.finish, 60)


@pytest.fixture
def signin(provider: Provider, memory_keyring, paths: AppPaths) -> Iterator[SignIn]:
    """A started sign-in: the loopback listener runs; ``finish()`` is the test's to start."""
    profile = ClientProfile(
        name="embedded",
        client_id=CONF_CLIENT_ID,
        issuer=provider.issuer,
        scopes=("openid", "offline_access"),
    )
    store = open_token_store(paths, profile)
    store.set_client_secret(profile.name, CONF_CLIENT_SECRET)
    with (
        LoginSession(profile, store) as session,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="login-finish") as pool,
    ):
        url = session.begin()
        yield SignIn(profile, store, session, url, pool)
        session.cancel()  # a test that failed half-way must not leave finish() waiting


def run_js(qtbot, dialog: EmbeddedBrowserDialog, script: str) -> None:
    page = dialog.page()
    assert page is not None
    with qtbot.waitCallback(timeout=PAGE_TIMEOUT_MS) as callback:
        page.runJavaScript(script, 0, callback)
    callback.assert_called_with(True)


def label_text(dialog: QDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text()


def test_sign_in_in_the_embedded_browser(qtbot, signin: SignIn, provider: Provider, memory_keyring) -> None:
    future = signin.finish_in_background()
    dialog = EmbeddedBrowserDialog(signin.url, signin.redirect_uri)
    qtbot.addWidget(dialog)
    page = dialog.page()
    assert page is not None
    profile = page.profile()
    assert profile.isOffTheRecord()
    assert dialog.loopback_only

    provider_host = urlsplit(provider.issuer).netloc
    assert dialog.windowTitle() == "Sign in — OAuth Setup Assistant"
    assert label_text(dialog, "signInNotice") == (
        f"Signing in to {provider_host} — this window is part of OAuth Setup Assistant."
    )
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= min(1024, screen.width())
    assert dialog.height() <= min(768, screen.height())

    with qtbot.waitSignal(page.loadFinished, timeout=PAGE_TIMEOUT_MS) as login_page:
        dialog.show()
    assert login_page.args == [True]
    assert "/interaction/" in page.url().path()
    assert label_text(dialog, "pageAddress") == f"Page address: {provider_host}"

    with qtbot.waitSignal(page.loadFinished, timeout=PAGE_TIMEOUT_MS) as consent_page:
        run_js(qtbot, dialog, FILL_LOGIN)
    assert consent_page.args == [True]
    assert "/interaction/" in page.url().path()

    with (
        qtbot.waitSignals([dialog.redirected, dialog.accepted, profile.destroyed], timeout=PAGE_TIMEOUT_MS),
        qtbot.assertNotEmitted(dialog.closed_by_user),
    ):
        run_js(qtbot, dialog, CLICK_CONTINUE)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.page() is None  # the page and its profile are gone: nothing of the session stays

    qtbot.waitUntil(future.done, timeout=PAGE_TIMEOUT_MS)
    result = future.result()
    assert result.tokens.access_token
    assert result.tokens.refresh_token
    assert provider.stats()["authorization_code"] == 1
    assert signin.store.secret_tokens(signin.profile.name) == (
        result.tokens.access_token,
        result.tokens.refresh_token,
    )
    # The provider's pages @import a Google web font: the window refused to fetch it.
    assert "fonts.googleapis.com" in dialog.blocked_hosts


def test_closing_the_window_early_cancels_the_sign_in(qtbot, signin: SignIn, provider: Provider) -> None:
    future = signin.finish_in_background()
    dialog = EmbeddedBrowserDialog(signin.url, signin.redirect_uri)
    qtbot.addWidget(dialog)
    dialog.closed_by_user.connect(signin.session.cancel)  # what the wizard does
    page = dialog.page()
    assert page is not None
    profile = page.profile()
    with qtbot.waitSignal(page.loadFinished, timeout=PAGE_TIMEOUT_MS):
        dialog.show()

    with (
        qtbot.waitSignals([dialog.closed_by_user, profile.destroyed], timeout=PAGE_TIMEOUT_MS),
        qtbot.assertNotEmitted(dialog.redirected),
    ):
        dialog.close()  # the window's close button
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.page() is None

    qtbot.waitUntil(future.done, timeout=PAGE_TIMEOUT_MS)
    with pytest.raises(SignInCancelled):
        future.result()
    assert provider.stats()["authorization_code"] == 0
    assert signin.store.secret_tokens(signin.profile.name) == (None, None)


def test_embedded_browser_is_available_here() -> None:
    assert embedded_browser_available() is None


def test_importing_and_checking_start_no_web_engine() -> None:
    """The availability check may load the module, but creates no application and no engine;
    importing the dialog's module alone does not even load QtWebEngine."""
    code = (
        "import json, sys\n"
        "import gui_app.ui.embedded_browser as eb\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "loaded_on_import = 'PySide6.QtWebEngineCore' in sys.modules\n"
        "print(json.dumps([loaded_on_import, eb.embedded_browser_available(),\n"
        "                  QCoreApplication.instance() is None]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(out.stdout) == [False, None, True]


@pytest.mark.parametrize(
    ("env", "reason"),
    [
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}, embedded_browser.ROOT_WITHOUT_SANDBOX),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu --no-sandbox"}, None),
        ({"QTWEBENGINE_DISABLE_SANDBOX": "1"}, None),
    ],
)
def test_root_needs_the_sandbox_switched_off(monkeypatch, env, reason) -> None:
    """As root, Chromium would end the whole app ("Running as root without --no-sandbox is not
    supported"); the check says so instead."""
    monkeypatch.setattr(embedded_browser.os, "geteuid", lambda: 0)
    monkeypatch.setattr(embedded_browser.sys, "platform", "linux")
    monkeypatch.delenv("QTWEBENGINE_CHROMIUM_FLAGS", raising=False)
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert embedded_browser_available() == reason


@pytest.mark.parametrize(
    ("url", "production", "loopback_only"),
    [
        ("https://login.example.com/authorize", True, False),
        ("https://fonts.googleapis.com/css?family=Roboto", True, False),
        ("http://login.example.com/authorize", False, False),  # no password over plain http
        ("http://127.0.0.1:8080/callback?code=x", True, True),
        ("http://[::1]:8080/callback", True, True),
        ("http://localhost:8080/callback", True, True),
        ("http://127.0.0.1.example.com/", False, False),
        ("data:text/plain,hello", True, True),
        ("file:///etc/passwd", False, False),
        ("ftp://127.0.0.1/x", False, False),
    ],
)
def test_request_policy(url, production, loopback_only) -> None:
    assert request_allowed(QUrl(url), loopback_only=False) is production
    assert request_allowed(QUrl(url), loopback_only=True) is loopback_only


@pytest.mark.parametrize(
    ("url", "matches"),
    [
        ("http://127.0.0.1:5000/callback?code=abc&state=s", True),
        ("http://127.0.0.1:5000/callback", True),
        ("http://127.0.0.1:5000/callback#frag", True),
        ("http://127.0.0.1:5000/callbackx?code=abc", False),
        ("http://127.0.0.1:5000/callback/x", False),
        ("http://127.0.0.1:5001/callback?code=abc", False),
        ("http://localhost:5000/callback?code=abc", False),  # RFC 8252 §8.3: the IP literal only
        ("https://127.0.0.1:5000/callback", False),
        ("https://provider.example/callback?redirect=http://127.0.0.1:5000/callback", False),
    ],
)
def test_redirect_recognised_by_address_not_content(url, matches) -> None:
    assert redirect_matcher("http://127.0.0.1:5000/callback")(QUrl(url)) is matches


def test_bad_addresses_are_refused(qtbot) -> None:
    with pytest.raises(ValueError, match="redirect address"):
        EmbeddedBrowserDialog("https://login.example.com/authorize", "127.0.0.1:5000/callback")
    with pytest.raises(ValueError, match="sign-in address"):
        EmbeddedBrowserDialog("file:///etc/passwd", "http://127.0.0.1:5000/callback")
