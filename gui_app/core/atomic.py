"""Atomic, private file writes: a temp file in the same directory, fsync, then rename."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_private(path: Path, data: str, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; the file is created with ``mode`` (never wider).

    Readers see either the old or the new content, never a half-written file.
    """
    import tempfile  # not at module level: the `token` fast path never writes

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
