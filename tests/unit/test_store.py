import os
import stat

import keyring
import pytest
from keyring.backends import fail

from gui_app.core.errors import KeyringUnavailable
from gui_app.core.secret_store import CHUNK, FileSecretStore, KeyringSecretStore
from gui_app.core.store import Metadata, TokenStore
from gui_app.core.tokens import TokenSet


def test_keyring_round_trip_and_idempotent_delete(memory_keyring):
    store = KeyringSecretStore()
    assert store.get("p/refresh_token") is None
    store.set("p/refresh_token", "R1")
    assert store.get("p/refresh_token") == "R1"
    assert memory_keyring.entries[("oauth-setup", "p/refresh_token")] == "R1"
    store.delete("p/refresh_token")
    store.delete("p/refresh_token")
    assert store.get("p/refresh_token") is None


def test_long_values_are_split_for_small_backends_and_cleaned_up(memory_keyring):
    store = KeyringSecretStore(chunk_size=CHUNK)
    long_token = "x" * (CHUNK * 3 + 7)
    store.set("p/access_token", long_token)
    assert all(len(v) <= CHUNK for v in memory_keyring.entries.values())
    assert store.get("p/access_token") == long_token
    store.set("p/access_token", "y" * (CHUNK + 1))  # fewer chunks: the extra ones go
    assert store.get("p/access_token") == "y" * (CHUNK + 1)
    assert len(memory_keyring.entries) == 3
    store.set("p/access_token", "short")
    assert list(memory_keyring.entries.values()) == ["short"]
    store.delete("p/access_token")
    assert memory_keyring.entries == {}


def test_values_are_not_split_where_the_backend_has_no_limit(memory_keyring):
    KeyringSecretStore().set("p/access_token", "x" * (CHUNK * 3))
    assert list(memory_keyring.entries.values()) == ["x" * (CHUNK * 3)]
    assert memory_keyring.writes == ["p/access_token"]


def test_fail_backend_is_refused_with_instructions():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable) as info:
            KeyringSecretStore().get("p/access_token")
        assert "--store file" in info.value.next_step
        assert info.value.exit_code == 5
    finally:
        keyring.set_keyring(previous)


def test_plaintext_alt_backend_is_refused(memory_keyring, monkeypatch):
    monkeypatch.setattr(type(memory_keyring), "__module__", "keyrings.alt.file")
    with pytest.raises(KeyringUnavailable, match="plain file"):
        KeyringSecretStore().get("x")


def test_backend_errors_become_keyring_unavailable(memory_keyring, monkeypatch):
    def broken(*args):
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    with pytest.raises(KeyringUnavailable, match="locked"):
        KeyringSecretStore().set("p/refresh_token", "SECRET-R")


def test_file_store_is_private_and_atomic(tmp_path):
    path = tmp_path / "secrets" / "p.json"
    store = FileSecretStore(path)
    store.set("p/refresh_token", "R1")
    store.set("p/access_token", "A1")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileSecretStore(path).get("p/refresh_token") == "R1"
    store.delete("p/access_token")
    store.delete("p/access_token")
    assert store.get("p/access_token") is None
    assert [p.name for p in path.parent.iterdir()] == ["p.json"]  # no temp files left


def test_save_writes_both_tokens_in_one_keyring_write_before_metadata(memory_keyring, paths):
    store = TokenStore(paths, KeyringSecretStore())
    tokens = TokenSet("A1", refresh_token="R1", expires_at=2e9, obtained_at=1e9)
    store.save("p", tokens, Metadata(issuer="https://id.example.test"), previous_refresh=None)
    assert memory_keyring.writes == ["p/tokens"]
    loaded, meta = store.load("p")
    assert (loaded.access_token, loaded.refresh_token, loaded.expires_at) == ("A1", "R1", 2e9)
    assert meta.refresh_issued_at == 1e9 and meta.has_refresh_token
    text = store.metadata_path("p").read_text()
    assert stat.S_IMODE(store.metadata_path("p").stat().st_mode) == 0o600
    assert "A1" not in text and "R1" not in text


def test_metadata_is_not_written_when_the_keyring_write_fails(memory_keyring, paths, monkeypatch):
    store = TokenStore(paths, KeyringSecretStore())

    def broken(*args):
        raise keyring.errors.PasswordSetError("write failed")

    monkeypatch.setattr(memory_keyring, "set_password", broken)
    with pytest.raises(KeyringUnavailable):
        store.save("p", TokenSet("A1", refresh_token="R1"), Metadata(), previous_refresh=None)
    assert not store.metadata_path("p").exists()


def test_refresh_issued_at_moves_only_when_the_refresh_token_changes(memory_keyring, paths):
    store = TokenStore(paths, KeyringSecretStore())
    store.save("p", TokenSet("A1", refresh_token="R1", obtained_at=1.0), Metadata(), previous_refresh=None)
    meta = store.save(
        "p", TokenSet("A2", refresh_token="R1", obtained_at=2.0), store.metadata("p"), previous_refresh="R1"
    )
    assert meta.refresh_issued_at == 1.0
    meta = store.save(
        "p", TokenSet("A3", refresh_token="R2", obtained_at=3.0), store.metadata("p"), previous_refresh="R1"
    )
    assert meta.refresh_issued_at == 3.0


def test_damaged_token_entry_is_a_clear_error(memory_keyring, paths):
    memory_keyring.entries[("oauth-setup", "p/tokens")] = "not json"
    with pytest.raises(Exception, match="damaged"):
        TokenStore(paths, KeyringSecretStore()).load("p")


def test_damaged_metadata_is_a_clear_error(memory_keyring, paths):
    store = TokenStore(paths, KeyringSecretStore())
    store.metadata_path("p").parent.mkdir(parents=True)
    store.metadata_path("p").write_text("{not json")
    with pytest.raises(Exception, match="damaged"):
        store.metadata("p")


def test_no_tokens_means_none(memory_keyring, paths):
    assert TokenStore(paths, KeyringSecretStore()).load("p") == (None, None)


def test_atomic_write_keeps_old_file_when_write_fails(tmp_path, monkeypatch):
    from gui_app.core import atomic

    target = tmp_path / "f.json"
    atomic.write_private(target, "old")

    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError):
        atomic.write_private(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


class _RecordingWriter:
    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.writes: list[tuple[str, str]] = []

    def set(self, service: str, username: str, value: str) -> None:
        if self.fail:
            raise RuntimeError("stale connection")
        self.writes.append((username, value))


def test_warm_up_and_write_skip_keyring_when_the_secret_service_is_remembered(
    tmp_path, monkeypatch, memory_keyring
):
    """keyring's discovery (imports, and ldconfig/gcc/ld from its macOS backend's find_library)
    is not needed when the prepared Secret Service writer does the write."""
    from gui_app.core import fast_keyring

    (tmp_path / fast_keyring.CACHE_NAME).write_text(fast_keyring.SECRET_SERVICE)
    writer = _RecordingWriter()
    monkeypatch.setattr(fast_keyring, "prepared_writer", lambda data_dir: writer)
    monkeypatch.setattr(fast_keyring, "_keyring_configured", lambda: False)

    def no_keyring(self):
        raise AssertionError("keyring was loaded")

    monkeypatch.setattr(KeyringSecretStore, "_backend", no_keyring)
    store = KeyringSecretStore(cache_dir=tmp_path)
    store.warm_up()
    store.set("p/tokens", "T")
    assert writer.writes == [("p/tokens", "T")]
    assert store.description == "the system keyring (SecretService Keyring), under 'oauth-setup'"
    assert memory_keyring.writes == []


def test_a_failing_prepared_write_falls_back_to_keyring(tmp_path, monkeypatch, memory_keyring):
    from gui_app.core import fast_keyring

    (tmp_path / fast_keyring.CACHE_NAME).write_text(fast_keyring.SECRET_SERVICE)
    monkeypatch.setattr(fast_keyring, "prepared_writer", lambda data_dir: _RecordingWriter(fail=True))
    monkeypatch.setattr(fast_keyring, "_keyring_configured", lambda: False)
    store = KeyringSecretStore(cache_dir=tmp_path)
    store.warm_up()
    store.set("p/tokens", "T")
    assert memory_keyring.entries[("oauth-setup", "p/tokens")] == "T"


def test_warm_up_loads_keyring_when_another_backend_was_remembered(tmp_path, monkeypatch, memory_keyring):
    from gui_app.core import fast_keyring

    (tmp_path / fast_keyring.CACHE_NAME).write_text("keyring.backends.macOS.Keyring")
    store = KeyringSecretStore(cache_dir=tmp_path)
    store.warm_up()
    assert store._checked  # keyring resolved (and checked) its backend
    store.set("p/tokens", "T")
    assert memory_keyring.writes == ["p/tokens"]
