"""Unit-tier fixtures: an app home in a temp dir and an in-memory keyring backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from gui_app.core.paths import AppPaths


class MemoryKeyring(KeyringBackend):
    """A keyring backend held in memory; it records every write in order."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable for keyring's own discovery: tests install it with set_keyring() only.
        raise RuntimeError("test-only backend")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.writes: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes.append(username)
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError("missing")
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv("OAUTH_SETUP_HOME", str(tmp_path / "home"))
    root = tmp_path / "home"
    return AppPaths(root / "config", root / "data", root / "managed")
