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

from gui_app.core.i18n import QT_TRANSLATE_NOOP, plural, translate

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

Outcome = Literal["ok", "warning", "FAILED"]  # kept in English: counted and compared by code

BROWSER_LOAD_TIMEOUT = 30.0  # seconds; a first page load takes well under a second here
SUPPORT_HINT = QT_TRANSLATE_NOOP("SelfTest", "Please send this whole output to your IT support contact.")
# Check titles: the untranslated title is the key in Report.results; it is translated when printed.
VERSION = QT_TRANSLATE_NOOP("SelfTest", "Version")
PROGRAM_PARTS = QT_TRANSLATE_NOOP("SelfTest", "Program parts")
WINDOW = QT_TRANSLATE_NOOP("SelfTest", "Setup window")
BROWSER = QT_TRANSLATE_NOOP("SelfTest", "Browser window inside the app")
KEYRING = QT_TRANSLATE_NOOP("SelfTest", "Password storage (keyring)")
APP_FILES = QT_TRANSLATE_NOOP("SelfTest", "App files")


class CheckFailed(Exception):
    """A check's plain-language reason for failing (``str(exc)`` is shown as is)."""


class CheckWarning(Exception):
    """The check found a limitation, not a fault: shown as a warning, not counted as failed."""


@dataclass
class Report:
    out: TextIO
    results: dict[str, Outcome] = field(default_factory=dict)

    def run(self, title: str, check: Callable[[], str]) -> None:
        """``title`` is the untranslated (QT_TRANSLATE_NOOP-marked) title: it keys ``results``."""
        shown = translate("SelfTest", title)
        try:
            details = check()
        except CheckWarning as exc:
            line = translate("SelfTest", "{title}: warning: {reason}").format(title=shown, reason=exc)
            self._line(title, "warning", line)
        except CheckFailed as exc:
            line = translate("SelfTest", "{title}: FAILED: {reason}").format(title=shown, reason=exc)
            self._line(title, "FAILED", line)
        except Exception as exc:  # any surprise is a failure of that check, never a crash
            line = translate("SelfTest", "{title}: FAILED: unexpected error {error}.").format(
                title=shown, error=_describe(exc)
            )
            self._line(title, "FAILED", line)
        else:
            if details:
                line = translate("SelfTest", "{title}: ok ({details})").format(title=shown, details=details)
            else:
                line = translate("SelfTest", "{title}: ok").format(title=shown)
            self._line(title, "ok", line)

    def _line(self, title: str, outcome: Outcome, line: str) -> None:
        self.results[title] = outcome
        print(line, file=self.out, flush=True)

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
        return translate("SelfTest", "version unknown")


# -- the checks -------------------------------------------------------------------------------


def check_version() -> str:
    from gui_app import __version__

    if getattr(sys, "frozen", False):
        how = translate("SelfTest", "installed package")
    else:
        how = translate("SelfTest", "Python environment")
    return translate(
        "SelfTest", "OAuth Setup Assistant {version}, Python {python}, {system} {machine}, {how}"
    ).format(
        version=__version__,
        python=platform.python_version(),
        system=platform.system(),
        machine=platform.machine(),
        how=how,
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

    load(translate("SelfTest", "Qt widgets"), "PySide6.QtWidgets")
    load(translate("SelfTest", "Qt web engine"), "PySide6.QtWebEngineCore")
    load(translate("SelfTest", "Qt web engine widgets"), "PySide6.QtWebEngineWidgets")
    load("httpx", "httpx", "httpx")
    load("keyring", "keyring", "keyring")
    load("platformdirs", "platformdirs", "platformdirs")
    load("filelock", "filelock", "filelock")
    if missing:
        raise CheckFailed(
            translate(
                "SelfTest",
                "these parts of the program could not be loaded: {parts}. "
                "Reinstall the app; if a system library is named, install the package that provides it",
            ).format(parts="; ".join(missing))
        )
    import PySide6
    from PySide6.QtCore import qVersion

    return translate("SelfTest", "PySide6 {pyside} with Qt {qt}; {parts}").format(
        pyside=PySide6.__version__, qt=qVersion(), parts=", ".join(found)
    )


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
        raise CheckFailed(translate("SelfTest", "the window system could not be started"))
    state["app"] = app
    try:
        wizard = SetupWizard(Services())
    except AuthError as exc:
        raise CheckFailed(str(exc)) from exc
    state["wizard"] = wizard
    wizard.show()
    app.processEvents()
    if not wizard.isVisible():
        raise CheckFailed(translate("SelfTest", "the setup window did not open"))
    wizard.close()
    app.processEvents()
    return translate("SelfTest", "opened on the '{display}' display").format(display=app.platformName())


def check_embedded_browser(state: dict[str, object]) -> str:
    if "app" not in state:
        raise CheckWarning(translate("SelfTest", "not tested, because the setup window could not be opened"))
    from gui_app.ui.embedded_browser import ROOT_WITHOUT_SANDBOX, embedded_browser_available

    reason = embedded_browser_available()
    if reason is not None:
        # ``reason`` is one of embedded_browser's marked sentences (English until shown); only the
        # root case already suggests the usual web browser.
        shown = translate("EmbeddedBrowser", reason)
        text = translate("SelfTest", "not available here. {reason}").format(reason=shown)
        if reason != ROOT_WITHOUT_SANDBOX:
            text += " " + translate("SelfTest", "Signing in with your usual web browser still works.")
        raise CheckWarning(text)
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
        seconds = round(BROWSER_LOAD_TIMEOUT)
        raise CheckFailed(
            plural(
                seconds,
                translate(
                    "SelfTest",
                    "the browser component did not load a blank page within {seconds} second. "
                    "Sign in with your usual web browser instead, and report this to support",
                ),
                translate(
                    "SelfTest",
                    "the browser component did not load a blank page within {seconds} seconds. "
                    "Sign in with your usual web browser instead, and report this to support",
                ),
            ).format(seconds=seconds)
        )
    if not outcome[0] or renderer <= 0:
        raise CheckFailed(
            translate(
                "SelfTest",
                "the browser component started but could not show a blank page. Sign in with your usual "
                "web browser instead, and report this to support",
            )
        )
    return translate("SelfTest", "its helper program started and showed a blank page in {seconds} s").format(
        seconds=f"{elapsed:.1f}"
    )


def check_keyring() -> str:
    from gui_app.core.errors import KeyringUnavailable
    from gui_app.core.secret_store import KeyringSecretStore

    try:
        where = KeyringSecretStore().description
    except KeyringUnavailable as exc:
        raise CheckFailed(f"{exc.message} {exc.next_step}") from exc
    return translate("SelfTest", "secrets would be kept in {place}").format(place=where)


def check_resources() -> str:
    import tomllib

    from gui_app.core.paths import resources_dir

    root = resources_dir()
    wanted = [root / "providers" / "builtin.toml", root / "icons" / "oauth-setup.svg"]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise CheckFailed(
            translate("SelfTest", "these files of the app are missing: {files}. Reinstall the app").format(
                files=", ".join(missing)
            )
        )
    try:
        with wanted[0].open("rb") as handle:
            presets = tomllib.load(handle).get("preset", [])
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CheckFailed(
            translate(
                "SelfTest", "the list of providers {path} cannot be read {error}. Reinstall the app"
            ).format(path=wanted[0], error=_describe(exc))
        ) from exc
    return plural(
        len(presets),
        translate("SelfTest", "{n} built-in provider and the icon, in {folder}"),
        translate("SelfTest", "{n} built-in providers and the icon, in {folder}"),
    ).format(n=len(presets), folder=root.resolve())


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
    print(translate("SelfTest", "OAuth Setup Assistant self-test"), file=out, flush=True)
    report = Report(out)
    report.run(VERSION, check_version)
    report.run(PROGRAM_PARTS, check_imports)
    qt_messages: list[str] = []
    state: dict[str, object] = {}
    try:
        with _qt_messages(qt_messages):
            report.run(WINDOW, lambda: check_window(state))
            report.run(BROWSER, lambda: check_embedded_browser(state))
    except ImportError:  # Qt itself is missing: already reported by "Program parts"
        report.run(WINDOW, _qt_missing)
        report.run(BROWSER, lambda: check_embedded_browser(state))  # "not tested"
    report.run(KEYRING, check_keyring)
    report.run(APP_FILES, check_resources)
    total = len(report.results)
    if report.failed:
        if qt_messages and "FAILED" in (report.results.get(WINDOW), report.results.get(BROWSER)):
            print(translate("SelfTest", "Messages from Qt:"), file=out)
            for message in qt_messages[-20:]:
                print(f"  {message}", file=out)
        result = translate("SelfTest", "Result: {failed} of {total} checks FAILED.").format(
            failed=report.failed, total=total
        )
        hint = translate("SelfTest", SUPPORT_HINT)
        print(f"{result} {hint}", file=out, flush=True)
        return 1
    print(
        translate("SelfTest", "Result: all {total} checks passed.").format(total=total), file=out, flush=True
    )
    return 0


def _qt_missing() -> str:
    raise CheckFailed(
        translate("SelfTest", "Qt could not be loaded (see '{title}' above). Reinstall the app").format(
            title=translate("SelfTest", PROGRAM_PARTS)
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
