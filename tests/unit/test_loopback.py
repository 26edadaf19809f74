"""LoopbackReceiver over real sockets on 127.0.0.1 (RFC 8252 §7.3, §8.3; RFC 6749 §10.12)."""

from __future__ import annotations

import contextlib
import http.client
import itertools
import os
import re
import secrets
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from gui_app.core.errors import (
    AccessDenied,
    AuthError,
    RedirectPortBusy,
    SignInCancelled,
    SignInTimedOut,
)
from gui_app.core.loopback import LoopbackReceiver

STATE = secrets.token_urlsafe(32)
CODE = "code-" + secrets.token_urlsafe(16)
ONLY_OURS = "This address only accepts the sign-in answer this app is waiting for."
STATUS_LINE = re.compile(rb"HTTP/1\.[01] (\d{3}) [^\r\n]*\r\n")
# Every "<" in a page must open one of the template's own tags.
OUR_TAGS = re.compile(r"</?(?:!DOCTYPE|html|head|meta|title|style|body|main|h1|p)\b")
REQUIRED_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "connection": "close",
}


# -- helpers -------------------------------------------------------------------------------------


def recv_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def exchange(port: int, payload: bytes, *, timeout: float = 5.0) -> bytes:
    """Sends raw bytes, half-closes, returns everything the receiver answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        return recv_all(sock)


def parse(raw: bytes) -> tuple[int, dict[str, str], str]:
    head, sep, body = raw.partition(b"\r\n\r\n")
    assert sep, raw[:200]
    match = STATUS_LINE.match(head + b"\r\n")
    assert match, head[:200]
    headers: dict[str, str] = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.decode("latin-1").partition(":")
        assert name.lower() not in headers
        headers[name.lower()] = value.strip()
    assert int(headers["content-length"]) == len(body)
    return int(match.group(1)), headers, body.decode("utf-8")


def request(
    port: int, target: str, *, method: str = "GET", host: str | None = None, extra: str = ""
) -> bytes:
    host_line = "" if host == "" else f"Host: {host or f'127.0.0.1:{port}'}\r\n"
    return f"{method} {target} HTTP/1.1\r\n{host_line}{extra}\r\n".encode()


def get(port: int, target: str, **kwargs: str) -> tuple[int, dict[str, str], str]:
    return parse(exchange(port, request(port, target, **kwargs)))


def callback(**params: str) -> str:
    return "/callback?" + urllib.parse.urlencode(params)


def valid_target() -> str:
    return callback(code=CODE, state=STATE)


def assert_still_waiting(receiver: LoopbackReceiver) -> None:
    with pytest.raises(SignInTimedOut):
        receiver.wait(timeout=0)


def http_client_get(port: int, target: str) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", target)
        response = conn.getresponse()
        body = response.read().decode("utf-8")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def assert_refused(port: int) -> None:
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def proc_tcp_rows(port: int) -> list[tuple[str, str, str]]:
    """(table, local address hex, state hex) of sockets on ``port`` (Linux only)."""
    rows = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(FileNotFoundError), open(table) as lines:
            next(lines)
            for line in lines:
                fields = line.split()
                address, _, port_hex = fields[1].rpartition(":")
                if int(port_hex, 16) == port:
                    rows.append((table, address, fields[3]))
    return rows


def non_loopback_local_ipv4() -> str | None:
    """A local IPv4 address that is not loopback, read from the routing table (no traffic)."""
    try:
        lines = Path("/proc/net/fib_trie").read_text().splitlines()
    except OSError:
        return None
    for previous, line in itertools.pairwise(lines):
        if "/32 host LOCAL" in line:
            address = previous.strip().removeprefix("|-- ")
            if not address.startswith("127."):
                return address
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- binding -------------------------------------------------------------------------------------


def test_happy_path_with_a_real_http_client() -> None:
    with LoopbackReceiver(STATE) as receiver:
        before = time.perf_counter()
        status, headers, body = http_client_get(receiver.port, valid_target())
        params = receiver.wait(timeout=5)

    assert params == {"code": CODE, "state": STATE}
    assert status == 200
    for name, value in REQUIRED_HEADERS.items():
        assert headers[name] == value
    assert int(headers["content-length"]) == len(body.encode())
    assert "<title>Signed in" in body
    assert "You are signed in. You can close this tab and return to OAuth Setup Assistant." in body
    assert CODE not in body and STATE not in body
    assert receiver.received_at is not None and before <= receiver.received_at <= time.perf_counter()


def test_port_zero_gets_a_port_and_matching_redirect_uri() -> None:
    receiver = LoopbackReceiver(STATE, path="/oauth/done")
    with pytest.raises(RuntimeError):
        _ = receiver.port
    with receiver:
        assert receiver.port > 0
        assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/oauth/done"
        get(receiver.port, f"/oauth/done?code=c&state={STATE}")
        assert receiver.wait(timeout=5)["code"] == "c"


def test_listens_on_127_0_0_1_only() -> None:
    with LoopbackReceiver(STATE) as receiver:
        if sys.platform.startswith("linux"):
            listening = [row for row in proc_tcp_rows(receiver.port) if row[2] == "0A"]
            assert listening == [("/proc/net/tcp", "0100007F", "0A")]  # 127.0.0.1, not 0.0.0.0
        else:
            assert receiver._listener is not None
            assert receiver._listener.getsockname()[0] == "127.0.0.1"
        other = non_loopback_local_ipv4()
        if other is not None:  # a local address: the connection never leaves this machine
            with pytest.raises(ConnectionRefusedError), socket.create_connection((other, receiver.port), 2):
                pass
        assert_still_waiting(receiver)
        if other is None:
            pytest.skip("no non-loopback local address to try a connection on")


# Refused by the constructor, never bound.
@pytest.mark.parametrize("host", ["0.0.0.0", "::", "localhost", "192.0.2.1", "example.com"])  # noqa: S104
def test_refuses_to_listen_beyond_loopback(host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        LoopbackReceiver(STATE, host=host)


def test_ipv6_loopback_when_asked() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    receiver = LoopbackReceiver(STATE, host="::1")
    try:
        receiver.start()
    except AuthError:
        receiver.close()
        pytest.skip("::1 not available here")
    try:
        assert receiver.redirect_uri == f"http://[::1]:{receiver.port}/callback"
        with socket.create_connection(("::1", receiver.port), timeout=5) as sock:
            sock.sendall(request(receiver.port, valid_target(), host=f"[::1]:{receiver.port}"))
            sock.shutdown(socket.SHUT_WR)
            assert parse(recv_all(sock))[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE
    finally:
        receiver.close()


@pytest.mark.parametrize("reuse", [False, True], ids=["plain", "SO_REUSEADDR"])
def test_busy_fixed_port_names_port_and_process(reuse: bool) -> None:
    with socket.socket() as blocker:
        if reuse:  # even a blocker that allows reuse must not give us a second listener
            blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        receiver = LoopbackReceiver(STATE, port=port)
        with pytest.raises(RedirectPortBusy) as caught:
            receiver.start()
        receiver.close()

    message = caught.value.message
    assert str(port) in message
    assert STATE not in str(caught.value)
    if sys.platform.startswith("linux"):
        name = Path("/proc/self/comm").read_text().strip()
        assert f"{name} (process {os.getpid()})" in message
    else:
        assert "another program" in message or str(os.getpid()) in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="TIME_WAIT reuse is checked on Linux")
def test_fixed_port_can_be_reused_right_after_a_sign_in() -> None:
    port = free_port()
    with LoopbackReceiver(STATE, port=port) as first:
        assert first.redirect_uri == f"http://127.0.0.1:{port}/callback"
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            client.sendall(request(port, valid_target()))
            assert parse(recv_all(client))[0] == 200  # read to EOF: the receiver closed first
        first.wait(timeout=5)
    deadline = time.monotonic() + 2
    while "06" not in [row[2] for row in proc_tcp_rows(port)] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert "06" in [row[2] for row in proc_tcp_rows(port)]  # our side of that connection: TIME_WAIT
    with LoopbackReceiver(STATE, port=port) as second:
        get(port, valid_target())
        assert second.wait(timeout=5)["code"] == CODE


# -- what is accepted and what is refused ----------------------------------------------------------

STRAYS: dict[str, tuple[Callable[[int], bytes], int]] = {
    "wrong path": (
        lambda p: request(p, callback(code=CODE, state=STATE).replace("/callback", "/other")),
        404,
    ),
    "favicon": (lambda p: request(p, "/favicon.ico"), 404),
    "path prefix": (lambda p: request(p, "/callback/x?" + f"state={STATE}&code=c"), 404),
    "POST": (lambda p: request(p, valid_target(), method="POST", extra="Content-Length: 0\r\n"), 405),
    "HEAD": (lambda p: request(p, valid_target(), method="HEAD"), 405),
    "wrong state": (lambda p: request(p, callback(code=CODE, state=STATE + "x")), 400),
    "state prefix": (lambda p: request(p, callback(code=CODE, state=STATE[:-1])), 400),
    "missing state": (lambda p: request(p, callback(code=CODE)), 400),
    "empty query": (lambda p: request(p, "/callback"), 400),
    "foreign host": (lambda p: request(p, valid_target(), host=f"attacker.example:{p}"), 400),
    "host without port": (lambda p: request(p, valid_target(), host="127.0.0.1"), 400),
    "host other port": (lambda p: request(p, valid_target(), host=f"127.0.0.1:{p + 1}"), 400),
    "missing host": (lambda p: request(p, valid_target(), host=""), 400),
    "two hosts": (lambda p: request(p, valid_target(), extra=f"Host: 127.0.0.1:{p}\r\n"), 400),
    "duplicated code": (lambda p: request(p, f"/callback?code=a&code=b&state={STATE}"), 400),
    "duplicated state": (lambda p: request(p, f"/callback?code=a&state={STATE}&state={STATE}"), 400),
    "bad percent-encoding": (lambda p: request(p, f"/callback?code=%ff&state={STATE}"), 400),
    "field without =": (lambda p: request(p, f"/callback?code&state={STATE}"), 400),
    "absolute form": (lambda p: request(p, f"http://127.0.0.1:{p}{valid_target()}"), 400),
    "HTTP/2 preface": (lambda p: b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),
    "bare LF": (lambda p: request(p, valid_target()).replace(b"\r\n", b"\n"), 400),
    "header folding": (lambda p: request(p, valid_target(), extra=" folded\r\n"), 400),
    "space before colon": (lambda p: request(p, valid_target(), extra="X-A : b\r\n"), 400),
    "garbage": (lambda p: b"\x00\xff\xfe garbage", 400),
    "oversized headers": (lambda p: request(p, valid_target(), extra="X-Pad: " + "a" * 9000 + "\r\n"), 431),
    "oversized no end": (lambda p: b"GET /callback?" + b"a" * 20000, 431),
}


@pytest.mark.parametrize("case", STRAYS)
def test_stray_request_gets_4xx_and_the_wait_goes_on(case: str) -> None:
    build, expected = STRAYS[case]
    with LoopbackReceiver(STATE) as receiver:
        status, headers, body = parse(exchange(receiver.port, build(receiver.port)))
        assert status == expected
        for name, value in REQUIRED_HEADERS.items():
            assert headers[name] == value
        if status == 405:
            assert headers["allow"] == "GET"
        assert ONLY_OURS in body
        assert STATE not in body and CODE not in body
        assert_still_waiting(receiver)
        assert receiver.received_at is None

        assert get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5) == {"code": CODE, "state": STATE}


def test_all_strays_in_a_row_then_the_valid_callback() -> None:
    with LoopbackReceiver(STATE) as receiver:
        for build, expected in STRAYS.values():
            assert parse(exchange(receiver.port, build(receiver.port)))[0] == expected
        assert_still_waiting(receiver)
        assert http_client_get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE


@pytest.mark.parametrize("host", ["localhost:{port}", "LOCALHOST:{port}", "127.0.0.1:{port}"])
def test_loopback_host_headers_are_accepted(host: str) -> None:
    with LoopbackReceiver(STATE) as receiver:
        status, _, _ = get(receiver.port, valid_target(), host=host.format(port=receiver.port))
        assert status == 200
        assert receiver.wait(timeout=5)["code"] == CODE


def test_a_second_callback_is_refused() -> None:
    with LoopbackReceiver(STATE) as receiver:
        early = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        with early:
            time.sleep(0.05)  # let the receiver accept it before the listener closes
            assert get(receiver.port, valid_target())[0] == 200
            assert receiver.wait(timeout=5) == {"code": CODE, "state": STATE}
            first_received = receiver.received_at

            # A connection opened before the callback: answered, but with a 4xx.
            early.sendall(request(receiver.port, callback(code="other", state=STATE)))
            early.shutdown(socket.SHUT_WR)
            status, _, body = parse(recv_all(early))
        assert status == 410
        assert "already received" in body
        # New connections: the listener is closed (RFC 8252 §8.3).
        assert_refused(receiver.port)
        assert receiver.wait(timeout=0) == {"code": CODE, "state": STATE}
        assert receiver.received_at == first_received


# -- outcomes --------------------------------------------------------------------------------------


def test_validator_rejection_shows_its_words_and_wait_raises_it() -> None:
    rejection = AccessDenied("The <b>provider</b> said no.", "Ask your admin & try again.")
    seen: list[dict[str, str]] = []

    def validator(params):
        seen.append(dict(params))
        raise rejection

    with LoopbackReceiver(STATE, validator=validator) as receiver:
        status, _, body = get(receiver.port, valid_target())
        with pytest.raises(AccessDenied) as caught:
            receiver.wait(timeout=5)
        assert caught.value is rejection
        assert receiver.received_at is not None
        assert_refused(receiver.port)  # the flow is over
    assert seen == [{"code": CODE, "state": STATE}]
    assert status == 200
    assert "<title>Sign-in did not finish" in body
    assert "The &lt;b&gt;provider&lt;/b&gt; said no." in body
    assert "Ask your admin &amp; try again." in body
    assert CODE not in body and STATE not in body


def test_validator_is_not_called_for_a_foreign_state() -> None:
    calls: list[object] = []
    with LoopbackReceiver(STATE, validator=calls.append) as receiver:
        assert get(receiver.port, callback(code=CODE, state="forged"))[0] == 400
        assert calls == []
        assert get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE
    assert len(calls) == 1


def test_validator_params_are_read_only() -> None:
    def validator(params):
        params["code"] = "tampered"

    with LoopbackReceiver(STATE, validator=validator) as receiver:
        get(receiver.port, valid_target())
        with pytest.raises(AuthError) as caught:
            receiver.wait(timeout=5)
    assert type(caught.value) is AuthError
    assert isinstance(caught.value.__cause__, TypeError)


def test_error_answer_is_escaped_and_returned_to_the_caller() -> None:
    script = "<script>alert(document.cookie)</script>"
    target = callback(error="access_denied", error_description=f"User said no {script}", state=STATE)
    with LoopbackReceiver(STATE) as receiver:
        status, _, body = get(receiver.port, target)
        params = receiver.wait(timeout=5)
    assert params["error"] == "access_denied"
    assert status == 200
    assert "Sign-in did not finish" in body
    assert "access_denied" in body
    assert "&lt;script&gt;alert(document.cookie)&lt;/script&gt;" in body
    assert "<script" not in body
    assert len(OUR_TAGS.findall(body)) == body.count("<")
    assert STATE not in body


def test_answer_without_code_or_error_ends_the_wait_with_an_error_page() -> None:
    with LoopbackReceiver(STATE) as receiver:
        status, _, body = get(receiver.port, callback(state=STATE))
        assert receiver.wait(timeout=5) == {"state": STATE}
    assert status == 200
    assert "Sign-in did not finish" in body


def test_timeout() -> None:
    with LoopbackReceiver(STATE) as receiver:
        started = time.monotonic()
        with pytest.raises(SignInTimedOut) as caught:
            receiver.wait(timeout=0.2)
        assert 0.15 <= time.monotonic() - started < 2
        assert "0.2 seconds" in caught.value.message
        # A stale tab's answer is ignored, and the timeout says so.
        get(receiver.port, callback(code=CODE, state="old-state"))
        with pytest.raises(SignInTimedOut) as caught:
            receiver.wait(timeout=0.05)
    assert "different or older sign-in" in caught.value.message
    assert "old-state" not in str(caught.value) and STATE not in str(caught.value)


def test_cancel_from_another_thread() -> None:
    with LoopbackReceiver(STATE) as receiver:
        timer = threading.Timer(0.1, receiver.cancel)
        timer.start()
        started = time.monotonic()
        with pytest.raises(SignInCancelled):
            receiver.wait(timeout=10)
        assert time.monotonic() - started < 2
        timer.join()
        with pytest.raises(SignInCancelled):  # stays cancelled
            receiver.wait(timeout=0)
    assert_refused(receiver.port)


def test_close_from_another_thread_wakes_wait() -> None:
    receiver = LoopbackReceiver(STATE)
    receiver.start()
    timer = threading.Timer(0.1, receiver.close)
    timer.start()
    with pytest.raises(SignInCancelled):
        receiver.wait(timeout=10)
    timer.join()
    receiver.close()


def test_wait_before_start_is_a_programming_error() -> None:
    receiver = LoopbackReceiver(STATE)
    with pytest.raises(RuntimeError):
        receiver.wait(timeout=0)


# -- robustness ------------------------------------------------------------------------------------


def test_slowloris_is_closed_after_idle_timeout_while_the_callback_succeeds() -> None:
    with LoopbackReceiver(STATE, idle_timeout=0.3) as receiver:
        slow = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        with slow:
            opened = time.monotonic()
            slow.sendall(b"GET /callback?state=")
            # While the slow request is half-sent, the real callback goes through.
            assert http_client_get(receiver.port, valid_target())[0] == 200
            assert receiver.wait(timeout=5)["code"] == CODE
            assert time.monotonic() - opened < 0.3

            # Trickling bytes does not extend the deadline.
            slow.settimeout(0.05)
            received = b""
            closed_after = None
            while time.monotonic() - opened < 5:
                with contextlib.suppress(OSError):
                    slow.send(b"a")
                try:
                    chunk = slow.recv(4096)
                except TimeoutError:
                    continue
                except ConnectionResetError:
                    chunk = b""
                if not chunk:
                    closed_after = time.monotonic() - opened
                    break
                received += chunk
    assert closed_after is not None
    assert 0.25 <= closed_after < 1.5
    assert not received or received.startswith(b"HTTP/1.1 408 ")


def test_idle_connections_do_not_block_and_are_dropped() -> None:
    with LoopbackReceiver(STATE, idle_timeout=0.2) as receiver:
        idle = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        with idle:
            started = time.monotonic()
            assert idle.recv(1) == b""  # closed without an answer: nothing was asked
            assert 0.15 <= time.monotonic() - started < 1.5
        assert get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE


def test_200_open_connections_do_not_prevent_the_callback() -> None:
    with LoopbackReceiver(STATE) as receiver, contextlib.ExitStack() as stack:
        for index in range(200):
            sock = stack.enter_context(socket.create_connection(("127.0.0.1", receiver.port), timeout=5))
            if index % 2:
                sock.sendall(b"GET /callback?state=")  # half a request
        started = time.monotonic()
        assert http_client_get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE
        assert time.monotonic() - started < 2


def test_close_is_idempotent_and_thread_safe() -> None:
    never_started = LoopbackReceiver(STATE)
    never_started.close()
    never_started.close()
    with pytest.raises(RuntimeError):
        never_started.start()

    receiver = LoopbackReceiver(STATE)
    receiver.start()
    port = receiver.port
    threads = [threading.Thread(target=receiver.close) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    receiver.close()
    assert_refused(port)
    assert not [t for t in threading.enumerate() if t.name == "oauth-loopback"]


def test_context_manager_starts_and_closes() -> None:
    with LoopbackReceiver(STATE) as receiver:
        port = receiver.port
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
    assert_refused(port)
    with pytest.raises(SignInCancelled):
        receiver.wait(timeout=0)


def test_nothing_secret_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    with LoopbackReceiver(STATE) as receiver:
        get(receiver.port, callback(code=CODE, state=STATE + "x"))
        get(receiver.port, callback(code=CODE, state=STATE) + "&code=2")
        get(receiver.port, valid_target())
        receiver.wait(timeout=5)
    assert caplog.records  # refusals are logged, by status only
    assert STATE not in caplog.text and CODE not in caplog.text


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"expected_state": ""}, "state"),
        ({"expected_state": STATE, "path": "callback"}, "path"),
        ({"expected_state": STATE, "path": "/cb?x=1"}, "path"),
        ({"expected_state": STATE, "port": 70000}, "port"),
        ({"expected_state": STATE, "idle_timeout": 0}, "idle_timeout"),
        ({"expected_state": STATE, "max_request_bytes": 10}, "max_request_bytes"),
    ],
)
def test_rejects_bad_arguments(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        LoopbackReceiver(**kwargs)  # type: ignore[arg-type]


# -- fuzzing ---------------------------------------------------------------------------------------

# 300 in the suite; `bench/fuzz` runs 10,000 and more (LOOPBACK_FUZZ_EXAMPLES).
FUZZ_EXAMPLES = int(os.environ.get("LOOPBACK_FUZZ_EXAMPLES", "300"))

_text = st.text(max_size=24)
_printable = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=24)


def _sometimes(common: st.SearchStrategy[str], rare: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``common`` about four times in five, else ``rare`` (not at 0 or 9: Hypothesis favours ends)."""
    return st.integers(0, 9).flatmap(lambda n: rare if n in (4, 5) else common)


def _mostly(common: list[str], rare: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Mostly near-valid pieces (so every check is reached), sometimes anything."""
    return _sometimes(st.sampled_from(common), rare)


_state_like = st.sampled_from(
    ["", STATE[:-1], STATE + "x", STATE.upper(), STATE.swapcase(), " " + STATE, STATE + " ", "é" * 5]
)
_param = st.tuples(
    _mostly(["state", "code", "error", "error_description", "iss"], _text), _state_like | _text
)
_query = st.lists(_param, max_size=5).map(lambda ps: "&".join(f"{k}={v}" for k, v in ps))
_target = st.builds(
    lambda path, query, raw: (
        path + ("?" + (query if raw else urllib.parse.quote(query, safe="=&")) if query else "")
    ),
    _mostly(
        ["/callback", "/callback", "/", "/callback/", "/favicon.ico", "*", "http://127.0.0.1/callback"], _text
    ),
    _sometimes(_query, _text),
    st.sampled_from([False, False, False, False, True]),
)
_host_header = _mostly(
    ["Host: 127.0.0.1:{PORT}", "Host: localhost:{PORT}", "Host: evil.example", "Host:", "Host: <x>"], _text
)
_header = _sometimes(
    st.builds(
        lambda n, v: f"{n}: {v}", st.sampled_from(["Accept", "X-A", "Content-Length", "Host"]), _printable
    )
    | st.builds(lambda n: "X-Pad: " + "a" * n, st.integers(0, 1500)),
    st.builds(lambda n, v: f"{n}: {v}", _text, _text) | _text,
)


@st.composite
def _payloads(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 9)) == 5:
        return draw(st.binary(max_size=1500))
    method = draw(_mostly(["GET", "GET", "POST", "HEAD", "get", "OPTIONS"], _text))
    version = draw(_mostly(["HTTP/1.1", "HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "http/1.1"], _text))
    eol = draw(st.sampled_from(["\r\n"] * 6 + ["\n", "\r"]))
    headers = draw(st.lists(_header, max_size=2))
    if draw(st.integers(0, 9)) != 5:
        headers.insert(draw(st.integers(0, len(headers))), draw(_host_header))
    lines = [f"{method} {draw(_target)} {version}", *headers]
    text = eol.join(lines) + eol + eol + draw(st.sampled_from(["", "body", "<b>tail</b>"]) | _text)
    data = text.encode("utf-8")
    cut = draw(st.none() | st.none() | st.none() | st.integers(0, len(data)))
    return data if cut is None else data[:cut]


def test_fuzzed_requests_never_complete_the_wait_or_break_the_receiver() -> None:
    seen_statuses: set[int] = set()
    with LoopbackReceiver(STATE, max_request_bytes=1024, idle_timeout=5) as receiver:
        port_bytes = str(receiver.port).encode()

        @settings(
            max_examples=FUZZ_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        )
        @given(payload=_payloads())
        # Near misses that reach each check, so every run covers them whatever is drawn.
        @example(payload=b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\n\r\n")
        @example(payload=b"PUT /callback?state=x HTTP/1.1\r\nHost: localhost:{PORT}\r\n\r\n")
        @example(payload=b"GET /callback?state=<x> HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\nA: " + b"a" * 1100)
        @example(payload=b"")
        def check(payload: bytes) -> None:
            payload = payload.replace(b"{PORT}", port_bytes)
            raw = exchange(receiver.port, payload)
            if not raw:
                assert not payload  # only an empty connection goes unanswered
                return
            status, headers, body = parse(raw)
            assert 400 <= status < 500, status
            seen_statuses.add(status)
            assert headers["content-type"] == "text/html; charset=utf-8"
            assert len(OUR_TAGS.findall(body)) == body.count("<"), body
            assert_still_waiting(receiver)

        check()
        # Still alive and still waiting for the real answer.
        assert get(receiver.port, valid_target())[0] == 200
        assert receiver.wait(timeout=5)["code"] == CODE
    assert {400, 404, 405, 431}.issubset(seen_statuses), seen_statuses


@settings(max_examples=60, deadline=None, database=None)
@given(error=st.text(min_size=1, max_size=40), description=st.text(max_size=200))
def test_fuzzed_error_answers_are_always_escaped(error: str, description: str) -> None:
    with LoopbackReceiver(STATE) as receiver:
        target = callback(error=error, error_description=description, state=STATE)
        status, _, body = get(receiver.port, target)
        assert receiver.wait(timeout=5)["error"] == error
    assert status == 200
    assert len(OUR_TAGS.findall(body)) == body.count("<"), body
    assert STATE not in body
