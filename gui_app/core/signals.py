"""Holding off Ctrl+C and termination while a rotated refresh token is on its way to storage.

Between the provider's answer and the keyring write, the new refresh token exists only in this
process: the old one is already consumed (RFC 9700 §4.14.2), so dying there loses the grant.
SIGINT, SIGTERM and SIGHUP received meanwhile are remembered and delivered right after. SIGKILL
cannot be held off; that window is as short as one keyring write.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

_DEFERRED = tuple(
    s for s in (getattr(signal, name, None) for name in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None
)


@contextmanager
def deferred_signals() -> Iterator[None]:
    """Defer SIGINT/SIGTERM/SIGHUP in this block (main thread only: Python delivers signals
    there, and only there may handlers be changed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def remember(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)

    previous = {s: signal.signal(s, remember) for s in _DEFERRED}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for s in dict.fromkeys(received):
            signal.raise_signal(s)
