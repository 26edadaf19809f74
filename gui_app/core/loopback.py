"""Receives the authorization response on a loopback redirect (RFC 8252 §7.3).

``LoopbackReceiver`` is a deliberately small HTTP/1.x server: one background thread drives a
``selectors`` loop over non-blocking sockets, so slow or idle clients (slowloris) and many
open connections cost a file descriptor each, never a thread. It accepts exactly one request:
a ``GET`` on the callback path whose ``state`` is the one this sign-in sent (RFC 6749 §10.12).
Everything else is answered with a 4xx page and ignored.

Thread model: the sockets and the per-connection state belong to the background thread alone;
what other threads see (the outcome, ``received_at``, the stop flag and the wake-up socket) is
guarded by one lock.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import html
import ipaddress
import logging
import os
import re
import selectors
import socket
import sys
import threading
import time
import types
import urllib.parse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Final

from gui_app.core.errors import (
    AuthError,
    ConfigError,
    RedirectPortBusy,
    SignInCancelled,
    SignInTimedOut,
    StateMismatch,
)
from gui_app.core.i18n import language, plural, translate

__all__ = ["LoopbackReceiver", "Validator"]

logger = logging.getLogger(__name__)

Validator = Callable[[Mapping[str, str]], None]
"""Checks a state-matching callback's (read-only) parameters on the receiver's thread, e.g. the
RFC 9207 ``iss``; raises ``AuthError`` to reject it, which ends the sign-in with that error."""

_APP_NAME: Final = "OAuth Setup Assistant"
_MAX_CONNECTIONS: Final = 256  # beyond this the oldest unfinished connection is dropped
_LINGER_SECONDS: Final = 2.0  # upper bound for reading what a client still sends after our answer
_RECV_BYTES: Final = 16384
_MAX_QUERY_FIELDS: Final = 64
_TOKEN: Final = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # RFC 9110 §5.6.2
_VERSION: Final = re.compile(rb"HTTP/1\.[01]")
_REASONS: Final = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    410: "Gone",
    431: "Request Header Fields Too Large",
}
_PAGE: Final = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - {app}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;
line-height:1.5;color:#222;background:#fff}}
h1{{font-size:1.4em}}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
{paragraphs}
</main>
</body>
</html>
"""


class _Phase(Enum):
    READ = auto()  # reading the request line and headers
    WRITE = auto()  # sending our one response
    DRAIN = auto()  # answer sent and write side shut; discarding input until the client closes


@dataclass(eq=False)
class _Conn:
    sock: socket.socket
    deadline: float
    phase: _Phase = _Phase.READ
    inbuf: bytearray = field(default_factory=bytearray)
    outbuf: bytes = b""
    # Published to wait() once the response is handed to the kernel, so that close() right
    # after wait() returns does not cut the browser's result page off.
    outcome: dict[str, str] | AuthError | None = None


@dataclass(frozen=True)
class _Request:
    method: str
    target: str
    headers: list[tuple[str, str]]


class _Refusal(Exception):
    """A request this receiver answers with a 4xx page; never carries request content."""

    def __init__(self, status: int, title: str, *paragraphs: str) -> None:
        super().__init__(status)
        self.status = status
        self.title = title
        self.paragraphs = paragraphs


def _only_our_answer() -> str:
    return translate("Loopback", "This address only accepts the sign-in answer this app is waiting for.")


def _malformed(*paragraphs: str) -> _Refusal:
    """A 400 "Bad request" refusal; by default for a request that is not HTTP this receiver
    understands."""
    if not paragraphs:
        paragraphs = (
            translate("Loopback", "This request is not one this app understands."),
            _only_our_answer(),
        )
    return _Refusal(400, translate("Loopback", "Bad request"), *paragraphs)


class LoopbackReceiver:
    """Waits on ``http://127.0.0.1:{port}{path}`` for the one authorization response.

    Use it as a context manager and start it *before* opening the browser::

        with LoopbackReceiver(state, port=0) as receiver:
            open_browser(build_url(redirect_uri=receiver.redirect_uri))
            params = receiver.wait(timeout=300)

    The first outcome wins: once the callback was accepted, a later ``cancel()`` changes nothing,
    and after ``cancel()`` no callback is accepted.

    Attributes:
        received_at: ``time.perf_counter()`` when the accepted callback's request had been
            read completely; ``None`` until then.
    """

    def __init__(
        self,
        expected_state: str,
        *,
        port: int = 0,
        path: str = "/callback",
        host: str = "127.0.0.1",
        validator: Validator | None = None,
        max_request_bytes: int = 8192,
        idle_timeout: float = 10.0,
    ) -> None:
        if not expected_state:
            raise ValueError("expected_state must not be empty")
        if not 0 <= port <= 65535:
            raise ValueError("port must be between 0 and 65535")
        if not re.fullmatch(r"/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*", path):
            raise ValueError("path must start with '/' and contain no query, fragment or spaces")
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            raise ValueError("host must be a loopback IP literal such as 127.0.0.1 (RFC 8252 §8.3)") from None
        if not address.is_loopback:
            raise ValueError("host must be a loopback address (RFC 8252 §7.3, §8.3)")
        if max_request_bytes < 256:
            raise ValueError("max_request_bytes must be at least 256")
        if idle_timeout <= 0:
            raise ValueError("idle_timeout must be positive")

        self._expected_state = expected_state.encode("utf-8")
        self._requested_port = port
        self._path = path
        self._host = str(address)
        self._family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
        self._validator = validator
        self._max_request_bytes = max_request_bytes
        self._idle_timeout = idle_timeout

        self.received_at: float | None = None

        # Shared with other threads; guarded by _lock.
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        self._outcome: dict[str, str] | AuthError | None = None
        self._stop = False
        self._started = False
        self._closed = False
        self._saw_foreign_state = False
        self._wake_send: socket.socket | None = None

        # Owned by the background thread once it runs.
        self._bound_port: int | None = None
        self._listener: socket.socket | None = None
        self._wake_recv: socket.socket | None = None
        self._selector: selectors.BaseSelector | None = None
        self._conns: dict[_Conn, None] = {}  # insertion-ordered: oldest first
        self._answered = False
        self._thread: threading.Thread | None = None

    # -- public interface --------------------------------------------------------------------

    def start(self) -> None:
        """Binds the loopback port and starts the background thread.

        Raises:
            RedirectPortBusy: The fixed port is used by another program (or socket).
            ConfigError: The system does not let this app use the port.
        """
        with self._lock:
            if self._started or self._closed:
                raise RuntimeError("a LoopbackReceiver can be started only once")
            self._started = True
        listener = self._bind()
        selector: selectors.BaseSelector | None = None
        wake_recv = wake_send = None
        try:
            wake_recv, wake_send = socket.socketpair()  # lets cancel()/close() wake the selector
            for sock in (listener, wake_recv, wake_send):
                sock.setblocking(False)
            selector = selectors.DefaultSelector()
            selector.register(listener, selectors.EVENT_READ, "listener")
            selector.register(wake_recv, selectors.EVENT_READ, "wake")
            self._bound_port = int(listener.getsockname()[1])
            self._listener, self._selector, self._wake_recv = listener, selector, wake_recv
            with self._lock:
                self._wake_send = wake_send
            self._thread = threading.Thread(target=self._serve, name="oauth-loopback", daemon=True)
            self._thread.start()
        except BaseException:
            with self._lock:
                self._wake_send = None
            for closable in (selector, listener, wake_recv, wake_send):
                if closable is not None:
                    closable.close()
            self._listener = self._selector = self._wake_recv = None
            raise

    @property
    def port(self) -> int:
        """The port listened on (the one the OS chose when ``port=0``)."""
        if self._bound_port is not None:
            return self._bound_port
        if self._requested_port:
            return self._requested_port
        raise RuntimeError("the port is known only after start()")

    @property
    def redirect_uri(self) -> str:
        """The redirect URI to send in the authorization request (RFC 8252 §7.3)."""
        host = f"[{self._host}]" if self._family == socket.AF_INET6 else self._host
        return f"http://{host}:{self.port}{self._path}"

    def wait(self, timeout: float | None = None) -> dict[str, str]:
        """Blocks until the one valid callback has arrived and returns its query parameters.

        Raises:
            SignInTimedOut: Nothing valid arrived within ``timeout`` seconds.
            SignInCancelled: ``cancel()`` or ``close()`` was called first.
            AuthError: The validator rejected the (genuine) callback.
        """
        with self._settled:
            if not self._started and self._outcome is None:
                raise RuntimeError("call start() before wait()")
            settled = self._settled.wait_for(
                lambda: self._outcome is not None, None if timeout is None else max(0.0, timeout)
            )
            outcome = self._outcome
            saw_foreign_state = self._saw_foreign_state
        if not settled or outcome is None:
            if timeout is None:
                message = translate("LoopbackReceiver", "Nobody finished signing in.")
            else:
                count = int(timeout) if float(timeout).is_integer() else 2  # 0.5 and 1.5: "seconds"
                message = plural(
                    count,
                    translate("LoopbackReceiver", "Nobody finished signing in within {seconds} second."),
                    translate("LoopbackReceiver", "Nobody finished signing in within {seconds} seconds."),
                ).format(seconds=f"{timeout:g}")
            if saw_foreign_state:
                ignored = translate(
                    "LoopbackReceiver", "An answer for a different or older sign-in arrived and was ignored."
                )
                raise SignInTimedOut(
                    f"{message} {ignored}", translate("Errors", StateMismatch.default_next_step)
                )
            raise SignInTimedOut(message)
        if isinstance(outcome, AuthError):
            raise outcome
        return dict(outcome)

    def cancel(self) -> None:
        """Stops waiting: ``wait()`` raises ``SignInCancelled``. Safe from any thread."""
        self._finish(SignInCancelled(translate("LoopbackReceiver", "The sign-in was cancelled in this app.")))

    def close(self) -> None:
        """Closes the listener and every connection and joins the thread. Idempotent."""
        with self._lock:
            self._closed = True
        self._finish(
            SignInCancelled(
                translate("LoopbackReceiver", "The sign-in was stopped before an answer arrived.")
            )
        )
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def __enter__(self) -> LoopbackReceiver:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        self.close()

    # -- thread hand-off ---------------------------------------------------------------------

    def _publish(self, outcome: dict[str, str] | AuthError) -> None:
        """Settles the wait; the first outcome wins."""
        with self._settled:
            if self._outcome is None:
                self._outcome = outcome
                self._settled.notify_all()

    def _finish(self, outcome: AuthError) -> None:
        """Settles the wait (if still open), then stops the background thread."""
        self._publish(outcome)
        with self._lock:
            self._stop = True
            if self._wake_send is not None:
                # A full socket buffer means a wake-up is already pending.
                with contextlib.suppress(OSError):
                    self._wake_send.send(b"\0")

    # -- binding -----------------------------------------------------------------------------

    def _bind(self) -> socket.socket:
        sock = socket.socket(self._family, socket.SOCK_STREAM)
        try:
            if sys.platform == "win32":
                # Windows' SO_REUSEADDR would let another program bind the same port and steal
                # the callback; exclusive use forbids that.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            elif sys.platform.startswith("linux"):
                # On Linux SO_REUSEADDR only lets us re-bind a fixed port whose previous
                # connections are in TIME_WAIT (a quick "Sign in again"); bind() or listen()
                # still fail while any other socket LISTENs on it, so there is never a second
                # listener. Elsewhere (BSD, macOS) it would let a 127.0.0.1 bind shadow another
                # program's wildcard listener, so it stays off there.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # RFC 8252 §7.3 and §8.3: listen on the loopback interface only, never 0.0.0.0.
            sock.bind((self._host, self._requested_port))
            sock.listen(socket.SOMAXCONN)  # a burst of connections waits in the queue, not in SYN retries
        except OSError as exc:
            sock.close()
            raise self._bind_error(exc) from None
        except BaseException:
            sock.close()
            raise
        return sock

    def _bind_error(self, exc: OSError) -> AuthError:
        port = self._requested_port
        in_use = {errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), getattr(errno, "WSAEACCES", -1)}
        if exc.errno in in_use:
            return RedirectPortBusy(
                translate(
                    "LoopbackReceiver",
                    "Port {port} on this computer is already in use by {holder}, "
                    "so this app cannot receive the sign-in answer there.",
                ).format(port=port, holder=_describe_port_holder(port))
            )
        if exc.errno in {errno.EACCES, errno.EPERM}:
            return ConfigError(
                translate(
                    "LoopbackReceiver",
                    "This computer does not let the app use port {port} for the sign-in answer.",
                ).format(port=port),
                translate(
                    "LoopbackReceiver",
                    "Register a redirect address with a port above 1024 with the provider.",
                ),
            )
        name = errno.errorcode.get(exc.errno or 0) or translate("LoopbackReceiver", "unknown error")
        return AuthError(
            translate("LoopbackReceiver", "The app could not listen on {host} port {port} ({error}).").format(
                host=self._host, port=port, error=name
            )
        )

    # -- background thread -------------------------------------------------------------------

    def _serve(self) -> None:
        selector = self._active_selector()
        try:
            while True:
                with self._lock:
                    if self._stop:
                        break
                for key, mask in selector.select(self._select_timeout()):
                    if key.data == "listener":
                        if self._listener is not None:  # may have closed earlier in this batch
                            self._accept()
                    elif key.data == "wake":
                        self._drain_wake()
                    elif key.data in self._conns:  # may have been closed earlier in this batch
                        self._service(key.data, mask)
                self._expire(time.monotonic())
                if self._listener is None and not self._conns:
                    break  # the callback was answered and delivered: nothing left to do
        except Exception:
            # Never log request content; the traceback holds only code locations.
            logger.exception("The sign-in receiver stopped because of an internal error.")
            self._publish(
                AuthError(
                    translate(
                        "LoopbackReceiver",
                        "The app stopped listening for the sign-in answer because of an internal error.",
                    )
                )
            )
        finally:
            self._teardown()

    def _teardown(self) -> None:
        for conn in list(self._conns):
            self._close_conn(conn)
        self._close_listener()
        with self._lock:
            wake_send, self._wake_send = self._wake_send, None
        for sock in (wake_send, self._wake_recv):
            if sock is not None:
                sock.close()
        self._wake_recv = None
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    def _active_selector(self) -> selectors.BaseSelector:
        if self._selector is None:
            raise RuntimeError("the receiver is not running")
        return self._selector

    def _select_timeout(self) -> float | None:
        if not self._conns:
            return None
        soonest = min(conn.deadline for conn in self._conns)
        return max(0.0, soonest - time.monotonic())

    def _drain_wake(self) -> None:
        if self._wake_recv is not None:
            with contextlib.suppress(BlockingIOError, InterruptedError):
                self._wake_recv.recv(4096)

    def _close_listener(self) -> None:
        if self._listener is not None:
            if self._selector is not None:
                self._selector.unregister(self._listener)
            self._listener.close()
            self._listener = None

    def _accept(self) -> None:
        listener, selector = self._listener, self._active_selector()
        if listener is None:
            return
        for _ in range(64):  # bounded, so one busy listener cannot starve the rest of the loop
            try:
                sock, _peer = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in {errno.EMFILE, errno.ENFILE} and self._evict_oldest():
                    continue
                if exc.errno in {errno.EMFILE, errno.ENFILE}:
                    time.sleep(0.05)  # out of descriptors with nothing to drop: do not spin
                return  # ECONNABORTED and friends: the client gave up
            if len(self._conns) >= _MAX_CONNECTIONS:
                self._evict_oldest()
            sock.setblocking(False)
            conn = _Conn(sock, deadline=time.monotonic() + self._idle_timeout)
            self._conns[conn] = None
            selector.register(sock, selectors.EVENT_READ, conn)

    def _evict_oldest(self) -> bool:
        victim = next((c for c in self._conns if c.phase is _Phase.READ), None)
        if victim is None:
            victim = next(iter(self._conns), None)
        if victim is None:
            return False
        self._close_conn(victim)
        return True

    def _expire(self, now: float) -> None:
        for conn in [c for c in self._conns if c.deadline <= now]:
            if conn.phase is _Phase.READ and conn.inbuf:
                # Slow or stalled request head (slowloris): answer 408, then close.
                self._respond(
                    conn,
                    self._page(
                        408,
                        translate("LoopbackReceiver", "Request took too long"),
                        translate(
                            "LoopbackReceiver",
                            "The request did not arrive in time, so the connection was closed.",
                        ),
                        _only_our_answer(),
                    ),
                )
            else:
                self._close_conn(conn)

    def _service(self, conn: _Conn, mask: int) -> None:
        if conn.phase is _Phase.WRITE:
            if mask & selectors.EVENT_WRITE:
                self._flush(conn)
            return
        try:
            data = conn.sock.recv(_RECV_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._close_conn(conn)
            return
        if conn.phase is _Phase.DRAIN:
            if not data:
                self._close_conn(conn)
            return
        self._read_head(conn, data)

    def _read_head(self, conn: _Conn, data: bytes) -> None:
        if not data:
            if conn.inbuf:  # the client stopped sending before the end of the headers
                refusal = _malformed()
                self._respond(conn, self._page(refusal.status, refusal.title, *refusal.paragraphs))
            else:  # e.g. a browser's speculative pre-connection
                self._close_conn(conn)
            return
        searched_from = max(0, len(conn.inbuf) - 3)
        conn.inbuf += data
        end = conn.inbuf.find(b"\r\n\r\n", searched_from)
        if end < 0 and len(conn.inbuf) < self._max_request_bytes:
            return
        if end < 0 or end + 4 > self._max_request_bytes:
            self._respond(
                conn,
                self._page(
                    431,
                    translate("LoopbackReceiver", "Request too large"),
                    translate("LoopbackReceiver", "The request was larger than this address accepts."),
                    _only_our_answer(),
                ),
            )
            return
        head = bytes(conn.inbuf[:end])
        conn.inbuf.clear()
        self._handle(conn, head)

    def _handle(self, conn: _Conn, head: bytes) -> None:
        try:
            params = self._check(head)
        except _Refusal as refusal:
            logger.debug("Refused a request to the sign-in address with status %d.", refusal.status)
            self._respond(conn, self._page(refusal.status, refusal.title, *refusal.paragraphs, allow=True))
            return
        # The one genuine callback: stop listening right away (RFC 8252 §8.3).
        received_at = time.perf_counter()
        self._answered = True
        self._close_listener()
        with self._lock:
            self.received_at = received_at
        outcome: dict[str, str] | AuthError = params
        if self._validator is not None:
            try:
                self._validator(types.MappingProxyType(dict(params)))
            except AuthError as exc:
                outcome = exc
            except Exception as exc:
                logger.exception("The sign-in answer could not be checked.")
                outcome = AuthError(
                    translate(
                        "LoopbackReceiver",
                        "The app could not check the sign-in answer because of an internal error.",
                    )
                )
                outcome.__cause__ = exc
        conn.outcome = outcome
        self._respond(conn, self._result_page(outcome))

    def _check(self, head: bytes) -> dict[str, str]:
        """Returns the callback's parameters, or raises ``_Refusal`` with the 4xx to send."""
        request = _parse_head(head)
        if self._answered:
            raise _Refusal(
                410,
                translate("LoopbackReceiver", "Sign-in answer already received"),
                translate(
                    "LoopbackReceiver",
                    "This app already received the sign-in answer. You can close this tab.",
                ),
            )
        hosts = [value for name, value in request.headers if name.lower() == "host"]
        if len(hosts) != 1 or hosts[0].lower() not in self._allowed_hosts():
            # A foreign Host means a page reached us through another name (DNS rebinding).
            raise _Refusal(
                400,
                translate("LoopbackReceiver", "Wrong address"),
                translate(
                    "LoopbackReceiver", "This request was not addressed to this computer's sign-in address."
                ),
                _only_our_answer(),
            )
        if request.method != "GET":
            raise _Refusal(405, translate("LoopbackReceiver", "Method not allowed"), _only_our_answer())
        path, _, query = request.target.partition("?")
        if path != self._path:
            raise _Refusal(
                404,
                translate("LoopbackReceiver", "Page not found"),
                translate("LoopbackReceiver", "There is nothing at this address."),
                _only_our_answer(),
            )
        try:
            pairs = urllib.parse.parse_qsl(
                query,
                keep_blank_values=True,
                strict_parsing=bool(query),
                errors="strict",
                max_num_fields=_MAX_QUERY_FIELDS,
            )
        except ValueError:
            raise _malformed() from None
        params = dict(pairs)
        if len(params) != len(pairs):  # RFC 6749 §3.1: parameters MUST NOT repeat
            raise _malformed(
                translate("LoopbackReceiver", "The answer repeats a parameter."), _only_our_answer()
            )
        state = params.get("state")
        if state is None or not hmac.compare_digest(state.encode("utf-8"), self._expected_state):
            # RFC 6749 §10.12: only the answer carrying our state belongs to this sign-in.
            if state is not None:
                with self._lock:
                    self._saw_foreign_state = True
            raise _Refusal(
                400,
                translate("LoopbackReceiver", "Not the sign-in this app is waiting for"),
                translate(
                    "LoopbackReceiver",
                    "This answer does not belong to the sign-in this app started, so it was ignored.",
                ),
                _only_our_answer(),
                translate("Errors", StateMismatch.default_next_step),
            )
        return params

    def _allowed_hosts(self) -> set[str]:
        literal = f"[{self._host}]" if self._family == socket.AF_INET6 else self._host
        names = {literal, "localhost"}
        hosts = {f"{name}:{self.port}" for name in names}
        if self.port == 80:  # browsers leave out the default port
            hosts |= names
        return hosts

    def _result_page(self, outcome: dict[str, str] | AuthError) -> bytes:
        did_not_finish = translate("LoopbackReceiver", "Sign-in did not finish")
        if isinstance(outcome, AuthError):
            return self._page(200, did_not_finish, outcome.message, outcome.next_step)
        if "code" in outcome and "error" not in outcome:
            return self._page(
                200,
                translate("LoopbackReceiver", "Signed in"),
                translate(
                    "LoopbackReceiver", "You are signed in. You can close this tab and return to {app}."
                ).format(app=_APP_NAME),
            )
        if "error" in outcome:
            # RFC 6749 §4.1.2.1; the provider's words are shown escaped and shortened.
            error = outcome["error"][:100]
            description = outcome.get("error_description", "")[:500]
            if description:
                message = translate(
                    "LoopbackReceiver", "The provider answered \u201c{error}\u201d. It said: {description}"
                ).format(error=error, description=description)
            else:
                message = translate("LoopbackReceiver", "The provider answered \u201c{error}\u201d.").format(
                    error=error
                )
        else:
            message = translate(
                "LoopbackReceiver", "The answer contained neither an authorization code nor an error."
            )
        return self._page(
            200,
            did_not_finish,
            message,
            translate("LoopbackReceiver", "Return to {app} to see what to do next.").format(app=_APP_NAME),
        )

    @staticmethod
    def _page(status: int, title: str, *paragraphs: str, allow: bool = False) -> bytes:
        body = _PAGE.format(
            lang=html.escape(language()),
            title=html.escape(title),
            app=html.escape(_APP_NAME),
            paragraphs="\n".join(f"<p>{html.escape(text)}</p>" for text in paragraphs),
        ).encode("utf-8")
        headers = [
            f"HTTP/1.1 {status} {_REASONS[status]}",
            "Content-Type: text/html; charset=utf-8",
            f"Content-Length: {len(body)}",
            "Cache-Control: no-store",
            "Referrer-Policy: no-referrer",
            "X-Content-Type-Options: nosniff",
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'",
            "Connection: close",
        ]
        if allow and status == 405:
            headers.append("Allow: GET")
        return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body

    def _respond(self, conn: _Conn, response: bytes) -> None:
        conn.phase = _Phase.WRITE
        conn.outbuf = response
        conn.deadline = time.monotonic() + self._idle_timeout
        self._flush(conn)

    def _flush(self, conn: _Conn) -> None:
        selector = self._active_selector()
        while conn.outbuf:
            try:
                sent = conn.sock.send(conn.outbuf)
            except (BlockingIOError, InterruptedError):
                selector.modify(conn.sock, selectors.EVENT_WRITE, conn)
                return
            except OSError:
                self._close_conn(conn)
                return
            conn.outbuf = conn.outbuf[sent:]
        if conn.outcome is not None:
            self._publish(conn.outcome)
            conn.outcome = None
        # One response per connection. Shut our side, then read until the client closes so
        # that unread input does not turn our close into a reset that eats the page.
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._close_conn(conn)
            return
        conn.phase = _Phase.DRAIN
        conn.deadline = time.monotonic() + min(self._idle_timeout, _LINGER_SECONDS)
        selector.modify(conn.sock, selectors.EVENT_READ, conn)

    def _close_conn(self, conn: _Conn) -> None:
        if conn.outcome is not None:  # genuine callback whose page could not be delivered
            self._publish(conn.outcome)
            conn.outcome = None
        self._conns.pop(conn, None)
        if self._selector is not None:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(conn.sock)
        conn.sock.close()


def _parse_head(head: bytes) -> _Request:
    """Parses an HTTP/1.x request line and header fields (RFC 9112 §3, §5), strictly."""
    lines = head.split(b"\r\n")
    if any(b"\r" in line or b"\n" in line or b"\0" in line for line in lines):
        raise _malformed()
    parts = lines[0].split(b" ")
    if len(parts) != 3 or not _TOKEN.fullmatch(parts[0]) or not _VERSION.fullmatch(parts[2]):
        raise _malformed()
    method, target = parts[0], parts[1]
    if not target.startswith(b"/") or not all(0x21 <= byte < 0x7F for byte in target) or b"#" in target:
        raise _malformed()
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):  # also rejects obs-fold and "Host :"
            raise _malformed()
        headers.append((name.decode("ascii"), value.strip(b" \t").decode("latin-1")))
    return _Request(method.decode("ascii"), target.decode("ascii"), headers)


def _describe_port_holder(port: int) -> str:
    """Names the process holding ``port`` (Linux: /proc), else says "another program"."""
    try:
        inodes = set(_socket_inodes(port))
        if inodes:
            for pid, name in _processes_with_sockets(inodes):
                return translate("Loopback", "{program} (process {pid})").format(program=name, pid=pid)
    except OSError:
        pass
    return translate("Loopback", "another program")


def _socket_inodes(port: int) -> Iterable[str]:
    """Inodes of TCP sockets bound to ``port``, listening ones first (/proc/net/tcp{,6})."""
    listening: list[str] = []
    other: list[str] = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as rows:
                next(rows, None)  # column titles
                for row in rows:
                    fields = row.split()
                    if len(fields) < 10 or fields[9] == "0":  # inode 0: TIME_WAIT, no owner
                        continue
                    local_port = int(fields[1].rpartition(":")[2], 16)
                    if local_port == port:
                        (listening if fields[3] == "0A" else other).append(fields[9])
        except FileNotFoundError:
            continue
    return listening + other


def _processes_with_sockets(inodes: set[str]) -> Iterable[tuple[int, str]]:
    """Yields (pid, name) of processes holding one of the socket ``inodes``."""
    links = {f"socket:[{inode}]" for inode in inodes}
    with os.scandir("/proc") as entries:
        pids = [entry.name for entry in entries if entry.name.isdigit()]
    for pid in pids:
        try:
            fds = os.scandir(f"/proc/{pid}/fd")
        except OSError:  # another user's process, or it just ended
            continue
        with fds:
            found = False
            for fd in fds:
                try:
                    if os.readlink(fd.path) in links:
                        found = True
                        break
                except OSError:
                    continue
        if found:
            try:
                with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as comm:
                    name = comm.read().strip() or translate("Loopback", "a program")
            except OSError:
                name = translate("Loopback", "a program")
            yield int(pid), name
