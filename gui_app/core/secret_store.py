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
SECRET_SERVICE_NAME = "SecretService Keyring"  # keyring.backends.SecretService.Keyring().name
# Windows Credential Manager holds at most 2,560 bytes of UTF-16 (1,280 characters) per entry;
# longer values are split into numbered entries behind a small header entry.
CHUNK = 1200
_CHUNK_HEADER = "oauth-setup-chunked:v1:"


# How long to wait for someone to answer the keyring's unlock prompt when nobody may be at the
# screen (an integration calling ``token``, the monitor). OAUTH_SETUP_UNLOCK_TIMEOUT changes it.
UNLOCK_TIMEOUT = 20.0
_person_present = False


def person_present(present: bool = True) -> None:
    """The setup window is open: someone is there to answer an unlock prompt, however long."""
    global _person_present  # noqa: PLW0603 (one process, one answer)
    _person_present = present


def unlock_wait() -> float | None:
    """Seconds to wait for an unlock prompt's answer; None (no limit) when someone is there."""
    if _person_present or (sys.stdin is not None and sys.stdin.isatty()):
        return None
    try:
        return max(1.0, float(os.environ.get("OAUTH_SETUP_UNLOCK_TIMEOUT", "")))
    except ValueError:
        return UNLOCK_TIMEOUT


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
        self._unlock_asked = False

    @property
    def description(self) -> str:
        if not self._checked and self._remembered_secret_service():
            name = SECRET_SERVICE_NAME  # what keyring's backend calls itself, without loading keyring
        else:
            backend = self._backend()
            name = getattr(backend, "name", type(backend).__name__)
        return translate("KeyringSecretStore", "the system keyring ({backend}), under '{service}'").format(
            backend=name, service=self.service
        )

    def _remembered_secret_service(self) -> bool:
        if self._cache_dir is None or self._chunk_size:
            return False
        from gui_app.core.fast_keyring import remembered_secret_service

        return remembered_secret_service(self._cache_dir)

    def warm_up(self) -> None:
        """Open the connection a write will use, for the Secret Service — not in the middle of
        storing a rotated token, where every millisecond is a window for losing it. keyring itself
        (imports and backend discovery: ~100 ms, and on Linux its macOS backend's
        ctypes.util.find_library runs ldconfig, gcc and ld three times) is loaded only when the
        Secret Service was not the backend last time, or the connection cannot be prepared."""
        if self._writer is None and self._remembered_secret_service():
            from gui_app.core.fast_keyring import prepared_writer

            self._writer = prepared_writer(self._cache_dir) if self._cache_dir is not None else None
            if self._writer is not None:
                return
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
        # A prepared writer exists only for the Secret Service (never chunked): use it before
        # anything loads keyring.
        writer, self._writer = self._writer, None
        if writer is not None and not self._chunk_size:
            try:
                writer.set(self.service, key, value)
                return
            except Exception as exc:  # a stale connection, say: keyring's own path decides
                from gui_app.logs import debug

                debug(__name__, "Prepared keyring write failed (%s); using keyring.", type(exc).__name__)
        size = self._chunk_size
        if size is None:
            size = CHUNK if type(self._backend()).__module__.endswith(".Windows") else 0
        if not size:
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
        if not self._unlock_asked and type(backend).__module__ == "keyring.backends.SecretService":
            self._unlock_asked = True
            self._unlock_secret_service()
        try:
            result = getattr(backend, method)(self.service, *args)
        except Exception as exc:  # keyring backends raise many kinds (D-Bus, Win32, Security.framework)
            raise KeyringUnavailable(self._failure(action, type(exc).__name__)) from exc
        return result if isinstance(result, str) else None

    @staticmethod
    def _unlock_secret_service() -> None:
        """A locked Secret Service: ask for the unlock ourselves, with a time limit when nobody
        may be there to answer (keyring would wait for ever, and an integration's ``token``
        call from a timer or service would hang without a word)."""
        from gui_app.core.fast_keyring import unlock_default_collection

        try:
            unlocked = unlock_default_collection(unlock_wait())
        except TimeoutError:
            raise KeyringUnavailable(
                translate(
                    "KeyringSecretStore",
                    "The system keyring is locked, and nobody answered the request to unlock it.",
                )
            ) from None
        except Exception:  # no Secret Service to ask directly: keyring reports it
            return
        if not unlocked:
            raise KeyringUnavailable(translate("KeyringSecretStore", "The system keyring is locked."))

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
