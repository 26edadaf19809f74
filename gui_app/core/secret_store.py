"""Where secrets live: the OS keyring (default) or, only when the admin asks, a 0600 file.

Both sit behind the small ``SecretStore`` protocol: ``get`` returns ``None`` when missing and
``delete`` is idempotent. Values never appear in messages.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gui_app.core.atomic import write_private
from gui_app.core.errors import KeyringUnavailable
from gui_app.core.i18n import translate

if TYPE_CHECKING:
    from gui_app.core.fast_keyring import SecretServiceWriter

SERVICE = "oauth-setup"
# Windows Credential Manager holds at most 2,560 bytes of UTF-16 (1,280 characters) per entry;
# longer values are split into numbered entries behind a small header entry.
CHUNK = 1200
_CHUNK_HEADER = "oauth-setup-chunked:v1:"


class SecretStore(Protocol):
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, value: str) -> None: ...
    def delete(self, key: str) -> None: ...
    def warm_up(self) -> None: ...
    @property
    def description(self) -> str: ...


class KeyringSecretStore:
    """Secrets in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager)."""

    def __init__(
        self, service: str = SERVICE, chunk_size: int | None = None, cache_dir: Path | None = None
    ) -> None:
        """``chunk_size``: split longer values; by default only on Windows, whose Credential
        Manager is the backend with a size limit (elsewhere a write is one call, not two).
        ``cache_dir``: where the resolved backend's name is remembered for fast reads
        (see fast_keyring)."""
        self.service = service
        self._checked = False
        self._chunk_size = chunk_size
        self._cache_dir = cache_dir
        self._writer: SecretServiceWriter | None = None

    @property
    def description(self) -> str:
        backend = self._backend()
        return translate("KeyringSecretStore", "the system keyring ({backend}), under '{service}'").format(
            backend=getattr(backend, "name", type(backend).__name__), service=self.service
        )

    def warm_up(self) -> None:
        """Load and check the backend now (imports, discovery: ~100 ms) and, for the Secret
        Service, open the connection a write will use — not in the middle of storing a rotated
        token, where every millisecond is a window for losing it."""
        self._backend()
        if self._writer is None and self._cache_dir is not None and not self._chunk_size:
            from gui_app.core.fast_keyring import prepared_writer

            self._writer = prepared_writer(self._cache_dir)

    def _read(self, key: str) -> str | None:
        if self._cache_dir is not None and not self._checked:
            from gui_app.core.fast_keyring import fast_get

            fast = fast_get(self._cache_dir, self.service, key)
            if fast is None or isinstance(fast, str):
                return fast
        return self._call("read", "get_password", key)

    def get(self, key: str) -> str | None:
        value = self._read(key)
        if value is None or not value.startswith(_CHUNK_HEADER):
            return value
        count = int(value[len(_CHUNK_HEADER) :])
        parts = [self._read(f"{key}#{i}") for i in range(count)]
        if any(p is None for p in parts):
            return None
        return "".join(p for p in parts if p is not None)

    def set(self, key: str, value: str) -> None:
        size = self._chunk_size
        if size is None:
            size = CHUNK if type(self._backend()).__module__.endswith(".Windows") else 0
        if not size:
            writer, self._writer = self._writer, None
            if writer is not None:
                try:
                    writer.set(self.service, key, value)
                    return
                except Exception as exc:  # a stale connection, say: keyring's own path decides
                    from gui_app.logs import debug

                    debug(__name__, "Prepared keyring write failed (%s); using keyring.", type(exc).__name__)
            self._call("write", "set_password", key, value)
            return
        old = self._call("read", "get_password", key)
        if len(value) <= size:
            self._call("write", "set_password", key, value)
        else:
            chunks = [value[i : i + size] for i in range(0, len(value), size)]
            for i, chunk in enumerate(chunks):
                self._call("write", "set_password", f"{key}#{i}", chunk)
            # The header goes last: a reader never sees a header whose chunks are missing.
            self._call("write", "set_password", key, f"{_CHUNK_HEADER}{len(chunks)}")
            if old and old.startswith(_CHUNK_HEADER):
                self._delete_chunks(key, start=len(chunks), count=int(old[len(_CHUNK_HEADER) :]))
            return
        if old and old.startswith(_CHUNK_HEADER):
            self._delete_chunks(key, start=0, count=int(old[len(_CHUNK_HEADER) :]))

    def delete(self, key: str) -> None:
        old = self._call("read", "get_password", key)
        if old is None:
            return
        self._delete_one(key)
        if old.startswith(_CHUNK_HEADER):
            self._delete_chunks(key, start=0, count=int(old[len(_CHUNK_HEADER) :]))

    def _delete_chunks(self, key: str, start: int, count: int) -> None:
        for i in range(start, count):
            self._delete_one(f"{key}#{i}")

    def _delete_one(self, key: str) -> None:
        import keyring.errors

        try:
            self._call("delete", "delete_password", key)
        except KeyringUnavailable as exc:
            if not isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
                raise

    def _backend(self) -> object:
        import keyring

        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # a broken backend configuration fails on first use
            raise KeyringUnavailable(
                translate("KeyringSecretStore", "The system keyring could not be started.")
            ) from exc
        if not self._checked:
            _refuse_unsafe_backend(backend)
            self._checked = True
            if self._cache_dir is not None:
                from gui_app.core.fast_keyring import remember_backend

                kind = type(backend)
                remember_backend(self._cache_dir, f"{kind.__module__}.{kind.__qualname__}")
        return backend

    def _call(self, action: str, method: str, *args: str) -> str | None:
        backend = self._backend()
        try:
            result = getattr(backend, method)(self.service, *args)
        except Exception as exc:  # keyring backends raise many kinds (D-Bus, Win32, Security.framework)
            raise KeyringUnavailable(self._failure(action, type(exc).__name__)) from exc
        return result if isinstance(result, str) else None

    @staticmethod
    def _failure(action: str, error: str) -> str:
        """What went wrong, in one sentence per action ("read", "write", "delete")."""
        if error == "KeyringLocked":
            return translate("KeyringSecretStore", "The system keyring is locked.")
        if action == "read":
            text = translate("KeyringSecretStore", "The system keyring failed to read an entry ({error}).")
        elif action == "write":
            text = translate("KeyringSecretStore", "The system keyring failed to write an entry ({error}).")
        else:
            text = translate("KeyringSecretStore", "The system keyring failed to delete an entry ({error}).")
        return text.format(error=error)


def _refuse_unsafe_backend(backend: object) -> None:
    """keyring silently falls back to a 'fail' backend, or to keyrings.alt's plaintext file when
    that package happens to be installed; neither keeps a token safe."""
    module = type(backend).__module__
    backends = getattr(backend, "backends", None)
    inner = [type(b).__module__ for b in backends] if isinstance(backends, list) else []
    if module in ("keyring.backends.fail", "keyring.backends.null") or (
        module == "keyring.backends.chainer" and not inner
    ):
        raise KeyringUnavailable(
            translate("SecretStore", "This computer has no system keyring this app can use.")
        )
    if module.startswith("keyrings.alt") or any(m.startswith("keyrings.alt") for m in inner):
        raise KeyringUnavailable(
            translate(
                "SecretStore",
                "The only keyring available keeps secrets in a plain file, so this app will not use it.",
            )
        )


class FileSecretStore:
    """Secrets in a JSON file readable only by this user (mode 0600), written atomically.

    Only used when the admin explicitly chose ``--store file``; the CLI warns on every use.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def description(self) -> str:
        return translate("FileSecretStore", "the file {path} (readable only by you, not encrypted)").format(
            path=self.path
        )

    def warm_up(self) -> None:
        pass

    def _read(self) -> dict[str, str]:
        try:
            with self.path.open(encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise KeyringUnavailable(
                translate("FileSecretStore", "The secrets file {path} cannot be read.").format(path=self.path)
            ) from exc
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}

    def get(self, key: str) -> str | None:
        return self._read().get(key)

    def set(self, key: str, value: str) -> None:
        data = self._read()
        data[key] = value
        self._write(data)

    def delete(self, key: str) -> None:
        data = self._read()
        if data.pop(key, None) is not None:
            self._write(data)

    def _write(self, data: dict[str, str]) -> None:
        write_private(self.path, json.dumps(data, indent=1, sort_keys=True))
        if sys.platform != "win32":
            os.chmod(self.path, 0o600)
