"""One external vantage point for "the browser's answer reached the loopback listener".

A packet socket on the loopback interface (Linux ``AF_PACKET``; needs root or CAP_NET_RAW, which
the bench has where it runs: as root, like CI) with a classic-BPF filter that lets through only
TCP segments whose payload starts with ``GET `` or ``POST`` and that are not addressed to the
provider's port. The kernel timestamps every segment as it crosses ``lo`` (``SO_TIMESTAMPNS``,
CLOCK_REALTIME in nanoseconds); the bench reads the queue only after a login process has exited,
so reading costs the contenders nothing and cannot delay the stamp.

The stamp of a login is the first segment of ``GET /callback?…`` (ours, google) or ``POST
/callback`` (MSAL's form_post) that reached the listener's port after the login started: the
moment the request's first bytes were handed to the listening process's socket, before that
process has read, parsed or answered anything. The same for every contender, whatever its HTTP
server does; the matching end stamp ("tokens written") is each process's own ``time.time_ns()``
when its token store's write returned (same clock).
"""

from __future__ import annotations

import contextlib
import ctypes
import socket
import struct
import time
from dataclasses import dataclass

ETH_P_IP = 0x0800
SO_ATTACH_FILTER = 26
SO_TIMESTAMPNS = 35
SO_RCVBUFFORCE = 33
PACKET_HOST = 0  # the copy delivered to the receiving socket (lo shows each segment twice)


class _SockFilter(ctypes.Structure):
    _fields_ = [
        ("code", ctypes.c_ushort),
        ("jt", ctypes.c_ubyte),
        ("jf", ctypes.c_ubyte),
        ("k", ctypes.c_uint32),
    ]


def _program(excluded_port: int) -> list[tuple[int, int, int, int]]:
    """IPv4 (the packet socket is bound to ETH_P_IP, so offset 0 is the IP header)."""
    accept, drop = 15, 16
    prog = [
        (0x30, 0, 0, 9),  # 0  ldb [9]            protocol
        (0x15, 0, 0, 6),  # 1  jeq #6 (TCP)        (jf patched below)
        (0x28, 0, 0, 6),  # 2  ldh [6]            flags + fragment offset
        (0x45, 0, 0, 0x1FFF),  # 3  jset #0x1fff     a later fragment: drop
        (0xB1, 0, 0, 0),  # 4  ldxb 4*([0]&0xf)   X = IP header length
        (0x48, 0, 0, 2),  # 5  ldh [x+2]          TCP destination port
        (0x15, 0, 0, excluded_port),  # 6  jeq #provider port: drop
        (0x50, 0, 0, 12),  # 7  ldb [x+12]        TCP data offset << 4
        (0x54, 0, 0, 0xF0),  # 8  and #0xf0
        (0x74, 0, 0, 2),  # 9  rsh #2             A = TCP header length
        (0x0C, 0, 0, 0),  # 10 add x              A = IP + TCP header length
        (0x07, 0, 0, 0),  # 11 tax
        (0x40, 0, 0, 0),  # 12 ld [x+0]           first four payload bytes (none: the filter drops)
        (0x15, 0, 0, 0x47455420),  # 13 jeq "GET "
        (0x15, 0, 0, 0x504F5354),  # 14 jeq "POST"
        (0x06, 0, 0, 0x40000),  # 15 accept (up to 256 KiB)
        (0x06, 0, 0, 0),  # 16 drop
    ]

    def jump(index: int, jt: int, jf: int) -> None:
        """Branch targets as absolute instruction numbers (BPF wants offsets from the next one)."""
        code, _, _, k = prog[index]
        prog[index] = (code, jt - index - 1, jf - index - 1, k)

    jump(1, 2, drop)
    jump(3, drop, 4)
    jump(6, drop, 7)
    jump(13, accept, 14)
    jump(14, accept, drop)
    return prog


@dataclass(frozen=True)
class Segment:
    at_ns: int  # kernel timestamp, CLOCK_REALTIME
    dst_port: int
    first_line: bytes


class CallbackCapture:
    """Kernel-timestamped HTTP request heads on ``lo``; ``None`` from ``open`` where not allowed."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._seen: list[Segment] = []

    @classmethod
    def open(cls, provider_port: int) -> CallbackCapture | None:
        try:
            sock = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(ETH_P_IP))
        except (OSError, AttributeError):  # not root / no CAP_NET_RAW, or not Linux
            return None
        try:
            prog = _program(provider_port)
            array = (_SockFilter * len(prog))(*[_SockFilter(*ins) for ins in prog])
            fprog = struct.pack("HL", len(prog), ctypes.addressof(array))
            sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, fprog)
            sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, SO_RCVBUFFORCE, 4 << 20)
            sock.bind(("lo", ETH_P_IP))
            sock.setblocking(False)
        except OSError:
            sock.close()
            return None
        capture = cls(sock)
        capture.drain()
        return capture

    def drain(self) -> None:
        """Reads everything queued so far (non-blocking)."""
        while True:
            try:
                data, anc, _flags, addr = self._sock.recvmsg(65536, socket.CMSG_SPACE(16))
            except BlockingIOError:
                return
            if addr[2] != PACKET_HOST:
                continue
            stamp = next(
                (d for level, kind, d in anc if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS), None
            )
            if stamp is None or len(data) < 20:
                continue
            sec, nsec = struct.unpack("qq", stamp[:16])
            ihl = (data[0] & 0x0F) * 4
            dst_port = struct.unpack("!H", data[ihl + 2 : ihl + 4])[0]
            thl = (data[ihl + 12] >> 4) * 4
            payload = bytes(data[ihl + thl :])
            self._seen.append(Segment(sec * 1_000_000_000 + nsec, dst_port, payload.split(b"\r\n", 1)[0]))

    def callback_after(self, since_ns: int, port: int | None, path: str = "/callback") -> Segment | None:
        """The first request for ``path`` that reached the listener on ``port`` at or after
        ``since_ns``; everything seen so far is forgotten."""
        self.drain()
        prefixes = (f"GET {path}?".encode(), f"GET {path} ".encode(), f"POST {path}".encode())
        found = [
            s
            for s in self._seen
            if s.at_ns >= since_ns and s.dst_port == port and s.first_line.startswith(prefixes)
        ]
        self._seen.clear()
        return found[0] if found else None

    def close(self) -> None:
        self._sock.close()


def now_ns() -> int:
    return time.time_ns()
