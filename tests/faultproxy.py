"""A loopback TCP proxy in front of the test provider that misbehaves on purpose.

Modes: "pass" (forward), "reset" (forward the request, then cut the connection with a TCP reset
after the provider's first response bytes — the provider did act on it), "slow" (read the
request, answer nothing), "5xx", "html" (a login page instead of JSON), "missing" (JSON without
an access token). Every request it sees is counted. Binds 127.0.0.1 only.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from urllib.parse import urlsplit


def _response(status: str, content_type: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


CANNED = {
    "5xx": _response("503 Service Unavailable", "text/plain", b"maintenance"),
    "html": _response("200 OK", "text/html", b"<html><body>Please log in</body></html>"),
    "missing": _response("200 OK", "application/json", b'{"token_type": "Bearer", "expires_in": 3600}'),
}


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class FaultProxy:
    def __init__(self, upstream: str, mode: str = "pass") -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.mode = mode
        self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            request = _read_request(conn)
            if not request:
                return
            self.requests += 1
            if self.mode in CANNED:
                conn.sendall(CANNED[self.mode])
                return
            if self.mode == "slow":
                self._stop.wait(30)
                return
            # Host must name the provider, or it would refuse the request.
            request = request.replace(
                f"Host: 127.0.0.1:{self.port}".encode(),
                f"Host: {self.upstream[0]}:{self.upstream[1]}".encode(),
            )
            with socket.create_connection(self.upstream, timeout=10) as up:
                up.sendall(request)
                response = up.recv(65536)
            if self.mode == "reset":
                conn.sendall(response[:20])  # part of the status line, then a hard reset
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                return
            conn.sendall(response)

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        self._accept.join(5)
        deadline = time.monotonic() + 5
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
