"""``oauth-setup --self-test``: is this copy of the app installed and working on this computer?

Support staff ask users to run it and send the output, so every line is one check in plain
words: ``<what>: ok (details)``, ``<what>: FAILED: <why>. <what to do>``, or
``<what>: warning: <why>`` for something that limits the app without breaking it. The exit
status is 0 only when no check failed.

Nothing here signs in, stores a secret or talks to the network: it loads the program's parts,
opens the setup window without showing it on a screen when there is none, starts the browser
component on a blank page, asks the keyring which storage it would use, and looks for the
app's own files.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Literal, TextIO

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

Outcome = Literal["ok", "warning", "FAILED"]

BROWSER_LOAD_TIMEOUT = 30.0  # seconds; a first page load takes well under a second here
SUPPORT_HINT = "Please send this whole output to your IT support contact."
WINDOW = "Setup window"
BROWSER = "Browser window inside the app"


class CheckFailed(Exception):
    """A check's plain-language reason for failing (``str(exc)`` is shown as is)."""


class CheckWarning(Exception):
    """The check found a limitation, not a fault: shown as a warning, not counted as failed."""


@dataclass
class Report:
    out: TextIO
    results: dict[str, Outcome] = field(default_factory=dict)

    def run(self, title: str, check: Callable[[], str]) -> None:
        try:
            details = check()
        except CheckWarning as exc:
            self._line(title, "warning", f"warning: {exc}")
        except CheckFailed as exc:
            self._line(title, "FAILED", f"FAILED: {exc}")
        except Exception as exc:  # any surprise is a failure of that check, never a crash
            self._line(title, "FAILED", f"FAILED: unexpected error {_describe(exc)}.")
        else:
            self._line(title, "ok", f"ok ({details})" if details else "ok")

    def _line(self, title: str, outcome: Outcome, text: str) -> None:
        self.results[title] = outcome
        print(f"{title}: {text}", file=self.out, flush=True)

    @property
    def failed(self) -> int:
        return list(self.results.values()).count("FAILED")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".")
    return f"({type(exc).__name__}: {text})" if text else f"({type(exc).__name__})"


def _version(module: object, distribution: str) -> str:
    """The module's ``__version__``, else its distribution's (a bundle may carry no metadata)."""
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "version unknown"


# -- the checks -------------------------------------------------------------------------------


def check_version() -> str:
    from gui_app import __version__

    how = "installed package" if getattr(sys, "frozen", False) else "Python environment"
    return (
        f"OAuth Setup Assistant {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {how}"
    )


def check_imports() -> str:
    found: list[str] = []
    missing: list[str] = []

    def load(label: str, name: str, distribution: str | None = None) -> None:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # ImportError, or OSError from a missing system library
            missing.append(f"{label} {_describe(exc)}")
        else:
            found.append(f"{label} {_version(module, distribution)}" if distribution else label)

    load("Qt widgets", "PySide6.QtWidgets")
    load("Qt web engine", "PySide6.QtWebEngineCore")
    load("Qt web engine widgets", "PySide6.QtWebEngineWidgets")
    load("httpx", "httpx", "httpx")
    load("keyring", "keyring", "keyring")
    load("platformdirs", "platformdirs", "platformdirs")
    load("filelock", "filelock", "filelock")
    if missing:
        raise CheckFailed(
            f"these parts of the program could not be loaded: {'; '.join(missing)}. "
            "Reinstall the app; if a system library is named, install the package that provides it"
        )
    import PySide6
    from PySide6.QtCore import qVersion

    return f"PySide6 {PySide6.__version__} with Qt {qVersion()}; " + ", ".join(found)


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


def check_window(state: dict[str, object]) -> str:
    from PySide6.QtWidgets import QApplication

    from gui_app.core.errors import AuthError
    from gui_app.ui.app import create_application
    from gui_app.ui.services import Services
    from gui_app.ui.wizard import SetupWizard

    app = create_application()
    if not isinstance(app, QApplication):
        raise CheckFailed("the window system could not be started")
    state["app"] = app
    try:
        wizard = SetupWizard(Services())
    except AuthError as exc:
        raise CheckFailed(str(exc)) from exc
    state["wizard"] = wizard
    wizard.show()
    app.processEvents()
    if not wizard.isVisible():
        raise CheckFailed("the setup window did not open")
    wizard.close()
    app.processEvents()
    return f"opened on the '{app.platformName()}' display"


def check_embedded_browser(state: dict[str, object]) -> str:
    if "app" not in state:
        raise CheckWarning("not tested, because the setup window could not be opened")
    from gui_app.ui.embedded_browser import embedded_browser_available

    reason = embedded_browser_available()
    if reason is not None:
        also = "" if "web browser" in reason else " Signing in with your usual web browser still works."
        raise CheckWarning(f"not available here. {reason}{also}")
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PySide6.QtWebEngineWidgets import QWebEngineView

    profile = QWebEngineProfile()  # off the record: nothing is written to disk
    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    loop = QEventLoop()
    outcome: list[bool] = []

    def finished(ok: bool) -> None:
        outcome.append(ok)
        loop.quit()

    page.loadFinished.connect(finished)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    started = time.monotonic()
    view.resize(400, 300)
    view.show()
    page.load(QUrl("about:blank"))
    timer.start(int(BROWSER_LOAD_TIMEOUT * 1000))
    if not outcome:
        loop.exec()
    elapsed = time.monotonic() - started
    timer.stop()
    # QtWebEngineProcess renders the page: a process id shows the helper program really ran.
    renderer = page.renderProcessPid()
    # The page must go before its profile (Qt warns otherwise); wait until it has.
    page_gone = QEventLoop()
    page.destroyed.connect(page_gone.quit)
    view.close()
    page.deleteLater()
    QTimer.singleShot(5000, page_gone.quit)
    page_gone.exec()
    view.deleteLater()
    profile.deleteLater()
    if not outcome:
        raise CheckFailed(
            f"the browser component did not load a blank page within {BROWSER_LOAD_TIMEOUT:.0f} seconds. "
            "Sign in with your usual web browser instead, and report this to support"
        )
    if not outcome[0] or renderer <= 0:
        raise CheckFailed(
            "the browser component started but could not show a blank page. Sign in with your usual "
            "web browser instead, and report this to support"
        )
    return f"its helper program started and showed a blank page in {elapsed:.1f} s"


def check_keyring() -> str:
    from gui_app.core.errors import KeyringUnavailable
    from gui_app.core.secret_store import KeyringSecretStore

    try:
        where = KeyringSecretStore().description
    except KeyringUnavailable as exc:
        raise CheckFailed(f"{exc.message} {exc.next_step}") from exc
    return f"secrets would be kept in {where}"


def check_resources() -> str:
    import tomllib

    from gui_app.core.paths import resources_dir

    root = resources_dir()
    wanted = [root / "providers" / "builtin.toml", root / "icons" / "oauth-setup.svg"]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise CheckFailed(f"these files of the app are missing: {', '.join(missing)}. Reinstall the app")
    try:
        with wanted[0].open("rb") as handle:
            presets = tomllib.load(handle).get("preset", [])
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CheckFailed(
            f"the list of providers {wanted[0]} cannot be read {_describe(exc)}. Reinstall the app"
        ) from exc
    return f"{len(presets)} built-in providers and the icon, in {root.resolve()}"


# -- running them -----------------------------------------------------------------------------


@contextmanager
def _qt_messages(collected: list[str]) -> Iterator[None]:
    """Keep Qt's own warnings off the report while it runs; they are shown only if a check failed."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        collected.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def main() -> int:
    """Run every check, print one line each, return 0 only if none failed."""
    out = sys.stdout
    if _needs_offscreen():
        # No screen (a server, an SSH session): Qt would abort without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print("OAuth Setup Assistant self-test", file=out, flush=True)
    report = Report(out)
    report.run("Version", check_version)
    report.run("Program parts", check_imports)
    qt_messages: list[str] = []
    state: dict[str, object] = {}
    try:
        with _qt_messages(qt_messages):
            report.run(WINDOW, lambda: check_window(state))
            report.run(BROWSER, lambda: check_embedded_browser(state))
    except ImportError:  # Qt itself is missing: already reported by "Program parts"
        report.run(WINDOW, _qt_missing)
        report.run(BROWSER, lambda: check_embedded_browser(state))  # "not tested"
    report.run("Password storage (keyring)", check_keyring)
    report.run("App files", check_resources)
    total = len(report.results)
    if report.failed:
        if qt_messages and "FAILED" in (report.results.get(WINDOW), report.results.get(BROWSER)):
            print("Messages from Qt:", file=out)
            for message in qt_messages[-20:]:
                print(f"  {message}", file=out)
        print(f"Result: {report.failed} of {total} checks FAILED. {SUPPORT_HINT}", file=out, flush=True)
        return 1
    print(f"Result: all {total} checks passed.", file=out, flush=True)
    return 0


def _qt_missing() -> str:
    raise CheckFailed("Qt could not be loaded (see 'Program parts' above). Reinstall the app")


if __name__ == "__main__":
    raise SystemExit(main())
