"""Shared fixtures of the gui and e2e tiers: a real authorization server and a real browser.

Loaded once for the whole suite through ``pytest_plugins`` in tests/conftest.py, so a session
has one provider process and one Playwright instance (two sync Playwright instances in one
process fail). The Secret Service guard lives in tests/e2e/conftest.py.

Fixtures
    provider        (session)  oidc-provider 9.13.3 from tests/provider/, on 127.0.0.1:<free port>
    browser         (session)  Playwright's sync API driving Debian's /usr/bin/chromium, headless
    complete_signin            the ``complete_signin`` helper below (fixture form, for tests)
    handoff         (function) ``$BROWSER`` stand-in: URLs the app "opens" land on a queue
    app_env         (function) environment for running the CLI as a subprocess
    run_cli / start_cli        run ``python -m gui_app ...`` from the repo root

Before each test that uses ``provider``, its counters and token lifetimes are reset.
Nothing here talks to anything but loopback.
"""

from __future__ import annotations

import contextlib
import os
import queue
import selectors
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Route

REPO_ROOT = Path(__file__).resolve().parents[1]
PROVIDER_DIR = REPO_ROOT / "tests" / "provider"
PROVIDER_SERVER = PROVIDER_DIR / "server.mjs"
HANDOFF_SCRIPT = Path(__file__).resolve().with_name("browser_handoff.py")
HANDOFF_SOCKET_ENV = "OAUTH_TEST_HANDOFF_SOCKET"
# The README's test command; its bootstrap step runs `npm ci` in tests/provider.
PROVIDER_TEST_COMMAND = "scripts/test"

PROVIDER_START_TIMEOUT = 20.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Clients registered in tests/provider/server.mjs (secrets alphanumeric: see machine notes on Basic auth).
CONF_CLIENT_ID = "conf-client"
CONF_CLIENT_SECRET = "confsecret123"
DEVINTERACTIONS_PASSWORD = "any-password"  # devInteractions accepts any password


# --------------------------------------------------------------------------------------------------
# Secret Service guard
# --------------------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------------------
# The authorization server
# --------------------------------------------------------------------------------------------------


class Provider:
    """Handle on the running oidc-provider test server."""

    def __init__(self, issuer: str, stderr_path: Path, process: subprocess.Popen[bytes]) -> None:
        self.issuer = issuer
        self.stderr_path = stderr_path
        self.process = process
        self.startup_seconds = 0.0  # process start -> READY line
        # trust_env=False: never route loopback calls through a proxy from the environment.
        self._http = httpx.Client(base_url=issuer, timeout=10.0, trust_env=False)

    def __repr__(self) -> str:
        return f"Provider(issuer={self.issuer!r}, pid={self.process.pid})"

    @cached_property
    def discovery(self) -> dict[str, Any]:
        """The OpenID Provider metadata (``/.well-known/openid-configuration``)."""
        response = self._http.get("/.well-known/openid-configuration")
        response.raise_for_status()
        metadata: dict[str, Any] = response.json()
        return metadata

    def endpoint(self, name: str) -> str:
        """``endpoint("token")`` -> the discovery document's ``token_endpoint``."""
        return str(self.discovery[f"{name}_endpoint"])

    def stats(self) -> dict[str, int]:
        response = self._http.get("/test/stats")
        response.raise_for_status()
        counters: dict[str, int] = response.json()
        return counters

    def reset_stats(self) -> None:
        self._http.post("/test/stats/reset").raise_for_status()

    def set_ttl(self, access_token: int | None = None, refresh_token: int | None = None) -> None:
        """Lifetimes (seconds) of tokens issued from now on. No arguments = defaults again."""
        body = {
            key: value
            for key, value in (("access_token", access_token), ("refresh_token", refresh_token))
            if value is not None
        }
        self._http.post("/test/ttl", json=body).raise_for_status()

    def reset_ttl(self) -> None:
        self._http.post("/test/ttl", json={}).raise_for_status()

    def token_request(
        self,
        data: dict[str, str],
        client_id: str = CONF_CLIENT_ID,
        client_secret: str | None = CONF_CLIENT_SECRET,
    ) -> httpx.Response:
        """Raw POST to the token endpoint. HTTP Basic auth, or ``client_id`` in the body if no secret."""
        if client_secret is None:
            return self._http.post(self.endpoint("token"), data={"client_id": client_id, **data})
        return self._http.post(self.endpoint("token"), data=data, auth=(client_id, client_secret))

    def introspect(
        self, token: str, client_id: str = CONF_CLIENT_ID, client_secret: str = CONF_CLIENT_SECRET
    ) -> dict[str, Any]:
        """RFC 7662 introspection of any token the provider issued."""
        response = self._http.post(
            self.endpoint("introspection"), data={"token": token}, auth=(client_id, client_secret)
        )
        response.raise_for_status()
        info: dict[str, Any] = response.json()
        return info

    def revoke(
        self, token: str, client_id: str = CONF_CLIENT_ID, client_secret: str = CONF_CLIENT_SECRET
    ) -> None:
        """RFC 7009 revocation at the provider, as an administrator ending a grant would."""
        response = self._http.post(
            self.endpoint("revocation"), data={"token": token}, auth=(client_id, client_secret)
        )
        response.raise_for_status()

    def stderr_tail(self, lines: int = 40) -> str:
        try:
            text = self.stderr_path.read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def close(self) -> None:
        self._http.close()


def _read_ready_line(proc: subprocess.Popen[bytes], timeout: float) -> str | None:
    """First stdout line of the provider, or None if it exits / stays silent for ``timeout`` s."""
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    buffer = b""
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        while b"\n" not in buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not selector.select(remaining):
                return None
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                return None
            buffer += chunk
    return buffer.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def _stop_process(proc: subprocess.Popen[Any], grace: float = 10.0) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture(scope="session")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Provider]:
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        pytest.fail(
            f"{PROVIDER_DIR / 'node_modules'} is missing: run the README's test command "
            f"`{PROVIDER_TEST_COMMAND}` (it installs the test provider), or just "
            "`cd tests/provider && npm ci` (see tests/provider/README.md).",
            pytrace=False,
        )
    node = shutil.which("node")
    if node is None:
        pytest.fail("node (Node.js >= 20) is not on PATH; the e2e tier needs it for tests/provider.")

    stderr_path = tmp_path_factory.mktemp("provider") / "stderr.log"
    started = time.monotonic()
    with stderr_path.open("wb") as stderr_file:
        proc = subprocess.Popen(
            [node, str(PROVIDER_SERVER), "--port", "0"],
            cwd=PROVIDER_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
        )
    try:
        line = _read_ready_line(proc, PROVIDER_START_TIMEOUT)
        if line is None or not line.startswith("READY http://127.0.0.1:"):
            _stop_process(proc)
            pytest.fail(
                f"test provider did not become ready (first stdout line: {line!r}, exit code "
                f"{proc.returncode}). stderr ({stderr_path}):\n{stderr_path.read_text(errors='replace')}",
                pytrace=False,
            )
        instance = Provider(line.split(" ", 1)[1], stderr_path, proc)
        instance.startup_seconds = time.monotonic() - started
        try:
            yield instance
        finally:
            instance.close()
    finally:
        _stop_process(proc)


@pytest.fixture(autouse=True)
def _fresh_provider_state(request: pytest.FixtureRequest) -> None:
    """Tests that use the provider start with zeroed counters and default token lifetimes."""
    if "provider" in request.fixturenames:
        instance: Provider = request.getfixturevalue("provider")
        instance.reset_ttl()
        instance.reset_stats()


# --------------------------------------------------------------------------------------------------
# The browser
# --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (never `playwright install`).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@dataclass(frozen=True)
class SigninResult:
    final_url: str
    text: str

    @property
    def params(self) -> dict[str, str]:
        """Query parameters of ``final_url`` (first value of each)."""
        return {key: values[0] for key, values in parse_qs(urlsplit(self.final_url).query).items()}


class SigninError(AssertionError):
    """The browser did not get from the authorization URL to a loopback redirect target."""


SigninAction = Literal["allow", "deny", "deny_consent"]


def _loopback_only(route: Route) -> None:
    # oidc-provider's pages @import a Google web font; nothing may leave the machine.
    if urlsplit(route.request.url).hostname in LOOPBACK_HOSTS:
        route.continue_()
    else:
        route.abort("blockedbyclient")


def _body_text(page: Page) -> str:
    try:
        return page.inner_text("body", timeout=5_000)
    except Exception:
        return page.content()


def complete_signin(
    browser: Browser,
    url: str,
    *,
    action: SigninAction = "allow",
    login: str = "alice",
    password: str = DEVINTERACTIONS_PASSWORD,
    timeout: float = 30.0,
) -> SigninResult:
    """Drive oidc-provider's devInteractions pages from ``url`` to the loopback redirect target.

    action: "allow" signs in and consents; "deny" clicks ``[ Cancel ]`` on the first provider page
    (login); "deny_consent" signs in, then cancels on the consent page. Every call uses a fresh
    incognito context, so the provider never remembers a session. Returns once the redirect target
    (any loopback page not served by the provider, e.g. the app's receiver) has loaded.
    """
    if action not in ("allow", "deny", "deny_consent"):
        raise ValueError(f"unknown action {action!r}")
    from playwright.sync_api import Error as PlaywrightError

    provider_netloc = urlsplit(url).netloc
    deadline = time.monotonic() + timeout

    def is_target(candidate: str) -> bool:
        parts = urlsplit(candidate)
        return parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS and parts.netloc != provider_netloc

    def remaining_ms() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise SigninError(f"sign-in did not reach the redirect target within {timeout} s; at {page.url}")
        return left * 1000

    context = browser.new_context()
    try:
        context.route("**/*", _loopback_only)
        page = context.new_page()
        navigations: list[str] = []
        page.on(
            "request",
            lambda request: (
                navigations.append(request.url)
                if request.is_navigation_request() and request.frame == page.main_frame
                else None
            ),
        )

        def navigate(do: Callable[[], object], *, expect: bool = True) -> None:
            try:
                if expect:
                    with page.expect_navigation(wait_until="load", timeout=remaining_ms()):
                        do()
                else:
                    do()
            except PlaywrightError as exc:
                targets = [u for u in navigations if is_target(u)]
                if targets:  # the redirect happened, but its target did not answer / load
                    raise SigninError(f"redirect to {targets[-1]} failed to load: {exc.message}") from exc
                raise

        def click_cancel() -> None:
            page.get_by_role("link", name="[ Cancel ]").click(timeout=remaining_ms())

        navigate(lambda: page.goto(url, wait_until="load", timeout=remaining_ms()), expect=False)
        for _ in range(10):
            if is_target(page.url):
                return SigninResult(page.url, _body_text(page))
            if page.locator("input[name=login]").count():
                provider_netloc = urlsplit(page.url).netloc
                if action == "deny":
                    navigate(click_cancel)
                    continue
                page.fill("input[name=login]", login, timeout=remaining_ms())
                page.fill("input[name=password]", password, timeout=remaining_ms())
                navigate(lambda: page.click("button[type=submit]", timeout=remaining_ms()))
            elif page.locator("button[type=submit]", has_text="Continue").count():
                provider_netloc = urlsplit(page.url).netloc
                if action == "allow":
                    navigate(
                        lambda: page.click("button[type=submit]:has-text('Continue')", timeout=remaining_ms())
                    )
                else:
                    navigate(click_cancel)
            else:
                raise SigninError(f"unexpected page during sign-in: {page.url}\n{_body_text(page)[:2000]}")
        raise SigninError(f"sign-in went round in circles; last page {page.url}")
    finally:
        context.close()


@pytest.fixture(name="complete_signin")
def complete_signin_fixture() -> Callable[..., SigninResult]:
    """``complete_signin(browser, url, *, action="allow", login="alice") -> SigninResult``."""
    return complete_signin


# --------------------------------------------------------------------------------------------------
# "The system browser": $BROWSER hand-off
# --------------------------------------------------------------------------------------------------


class Handoff:
    """Receives the URLs the app opens with ``$BROWSER`` (tests/browser_handoff.py)."""

    def __init__(self) -> None:
        # A short /tmp path: AF_UNIX paths are limited to ~107 bytes, pytest's tmp_path can exceed it.
        self.directory = Path(tempfile.mkdtemp(prefix="oauth-handoff-"))
        self.socket_path = self.directory / "handoff.sock"
        # Python's webbrowser module (3.11) cannot run a multi-word $BROWSER, so BROWSER names a
        # one-word wrapper that runs `<sys.executable> browser_handoff.py URL`.
        self.command = [sys.executable, str(HANDOFF_SCRIPT)]
        self.launcher = self.directory / "browser"
        self.launcher.write_text(f'#!/bin/sh\nexec {shlex.join(self.command)} "$@"\n')
        self.launcher.chmod(0o755)
        self.env: dict[str, str] = {"BROWSER": str(self.launcher), HANDOFF_SOCKET_ENV: str(self.socket_path)}
        self.urls: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(str(self.socket_path))
        self._server.listen(8)
        self._server.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, name="browser-handoff", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                chunks: list[bytes] = []
                with contextlib.suppress(OSError):
                    while (chunk := conn.recv(65536)) and sum(map(len, chunks)) < 1_000_000:
                        chunks.append(chunk)
                url = b"".join(chunks).decode("utf-8", "replace").strip()
                if url:
                    self.urls.put(url)
                with contextlib.suppress(OSError):
                    conn.sendall(b"ok")

    def next_url(self, timeout: float = 30) -> str:
        try:
            return self.urls.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the app opened no URL in the browser within {timeout} s") from None

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()
        shutil.rmtree(self.directory, ignore_errors=True)


@pytest.fixture
def handoff() -> Iterator[Handoff]:
    instance = Handoff()
    try:
        yield instance
    finally:
        instance.close()


# --------------------------------------------------------------------------------------------------
# Running the CLI
# --------------------------------------------------------------------------------------------------


def _no_proxy_for_loopback(env: dict[str, str]) -> None:
    entries = [e for e in env.get("NO_PROXY", env.get("no_proxy", "")).split(",") if e]
    for host in ("127.0.0.1", "localhost", "::1"):
        if host not in entries:
            entries.append(host)
    env["NO_PROXY"] = env["no_proxy"] = ",".join(entries)


@pytest.fixture
def app_env(tmp_path: Path, handoff: Handoff) -> dict[str, str]:
    """Environment for ``python -m gui_app``: private OAUTH_SETUP_HOME, offscreen Qt, $BROWSER hand-off."""
    env = dict(os.environ)
    env["OAUTH_SETUP_HOME"] = str(tmp_path / "home")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(handoff.env)
    _no_proxy_for_loopback(env)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "gui_app", *args]


def run_cli(
    *args: str, env: dict[str, str], input: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the CLI to completion from the repo root; stdout/stderr captured as text."""
    return subprocess.run(
        cli_command(*args),
        cwd=REPO_ROOT,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_cli(*args: str, env: dict[str, str], stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
    """Start the CLI in the background (text pipes for stdin/stdout/stderr). The caller owns it."""
    return subprocess.Popen(
        cli_command(*args),
        cwd=REPO_ROOT,
        env=env,
        stdin=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(name="run_cli")
def run_cli_fixture() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_cli


@pytest.fixture(name="start_cli")
def start_cli_fixture() -> Iterator[Callable[..., subprocess.Popen[str]]]:
    """Like ``start_cli``, but processes still running at teardown are stopped and their pipes closed."""
    started: list[subprocess.Popen[str]] = []

    def start(*args: str, env: dict[str, str], stdin: int | None = subprocess.PIPE) -> subprocess.Popen[str]:
        proc = start_cli(*args, env=env, stdin=stdin)
        started.append(proc)
        return proc

    yield start
    for proc in started:
        _stop_process(proc, grace=5.0)
