"""Work off the GUI thread (network, the loopback wait), reporting back through signals.

Widgets are never touched from a worker: connect these signals to *methods of QObjects* (the
pages), so Qt queues each call to the GUI thread; a lambda has no thread and would run here.
A task has no Qt parent and keeps itself alive until its function returns, so closing the window
mid-task cannot delete the object a worker thread is about to emit from.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance

from gui_app.core.errors import AuthError, SignInCancelled
from gui_app.core.i18n import translate
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import TokenStore

if TYPE_CHECKING:
    from gui_app.core.login import LoginResult, LoginSession


def _internal_error(exc: BaseException) -> AuthError:
    error = AuthError(
        translate("Workers", "Something unexpected went wrong inside the app."),
        translate("Workers", "Try again; if it keeps happening, restart the app."),
    )
    error.__cause__ = exc
    return error


_running: set[QObject] = set()
_running_lock = threading.Lock()


def _keep_alive(task: QObject) -> None:
    with _running_lock:
        _running.add(task)


def _release(task: QObject) -> None:
    with _running_lock:
        _running.discard(task)


def _report(work: Callable[[], Any], succeeded: SignalInstance, failed: SignalInstance) -> None:
    """Run ``work`` and emit its result or its error (a bug becomes a plain AuthError: it must
    reach the page as a message, not kill the worker thread)."""
    try:
        result = work()
    except AuthError as exc:
        failed.emit(exc)
    except Exception as exc:
        failed.emit(_internal_error(exc))
    else:
        succeeded.emit(result)


class Task(QObject):
    """Runs ``function`` in the global thread pool.

    Signals:
        succeeded(object, object): the tag given at creation, and the function's result.
        failed(object, object): the tag, and an ``AuthError`` (anything else is wrapped in one).
    """

    succeeded = Signal(object, object)
    failed = Signal(object, object)

    def __init__(self, function: Callable[[], Any], tag: object = None) -> None:
        super().__init__()
        self._function = function
        self.tag = tag

    def start(self) -> None:
        _keep_alive(self)
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._function()
        except AuthError as exc:
            self.failed.emit(self.tag, exc)
        except Exception as exc:  # a bug must still reach the page as a message, not kill the thread
            self.failed.emit(self.tag, _internal_error(exc))
        else:
            self.succeeded.emit(self.tag, result)
        finally:
            _release(self)


class LoginTask(QObject):
    """One sign-in attempt: discovery, listener, wait, code exchange, tokens stored.

    Signals:
        url_ready(str): the listener is up; open this address in a browser.
        succeeded(object): a ``LoginResult``.
        failed(object): an ``AuthError`` (``SignInCancelled`` after ``cancel()``).
    """

    url_ready = Signal(str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        profile: ClientProfile,
        store: TokenStore,
        client_secret: str | None,
        timeout: float,
    ) -> None:
        super().__init__()
        self._profile, self._store, self._secret, self._timeout = profile, store, client_secret, timeout
        self._lock = threading.Lock()
        self._session: LoginSession | None = None
        self._cancelled = False

    def start(self) -> None:
        _keep_alive(self)
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        """Safe from any thread; the wait ends with ``SignInCancelled``."""
        with self._lock:
            self._cancelled = True
            session = self._session
        if session is not None:
            session.cancel()

    def _preflight(self) -> None:
        """The readiness check before the browser opens: a redirect address the provider does
        not accept, a busy port or a locked keyring is said here, not after the person signed in."""
        from gui_app.core.doctor import run_doctor

        for check in run_doctor(self._profile, self._store):
            if check.outcome == "fail":
                raise AuthError(
                    check.message, check.fix or translate("LoginTask", "Fix this, then try again.")
                )

    def _run(self) -> None:
        try:
            _report(self._sign_in, self.succeeded, self.failed)
        finally:
            with self._lock:
                self._session = None
            _release(self)

    def _sign_in(self) -> LoginResult:
        from gui_app.core.login import LoginSession  # httpx: loaded when a sign-in starts, not at start-up

        self._preflight()
        with LoginSession(self._profile, self._store, client_secret=self._secret) as session:
            url = session.begin()
            with self._lock:
                self._session = session
                cancelled = self._cancelled
            if cancelled:
                raise SignInCancelled(translate("LoginTask", "The sign-in was cancelled in this app."))
            self.url_ready.emit(url)
            return session.finish(self._timeout)


class DeviceLoginTask(QObject):
    """A device sign-in (RFC 8628): start, show the code, poll until done.

    Signals:
        code_ready(object): a ``DeviceAuthorization`` to show (code and address).
        succeeded(object): a ``LoginResult``.
        failed(object): an ``AuthError`` (``SignInCancelled`` after ``cancel()``).
    """

    code_ready = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, profile: ClientProfile, store: TokenStore, client_secret: str | None) -> None:
        super().__init__()
        self._profile, self._store, self._secret = profile, store, client_secret
        self._cancelled = threading.Event()

    def start(self) -> None:
        _keep_alive(self)
        QThreadPool.globalInstance().start(self._run)

    def cancel(self) -> None:
        self._cancelled.set()

    def _sleep(self, seconds: float) -> None:
        self._cancelled.wait(seconds)

    def _run(self) -> None:
        from gui_app.core.device import device_login

        def sign_in() -> LoginResult:
            return device_login(
                self._profile,
                self._store,
                self.code_ready.emit,
                sleep=self._sleep,
                client_secret=self._secret,
                cancelled=self._cancelled.is_set,
            )

        try:
            _report(sign_in, self.succeeded, self.failed)
        finally:
            _release(self)
