"""Reading one secret without the keyring library's start-up cost, where the read is provably
the same one keyring would make.

Measured here (bench/token_fastpath.py and python -X importtime): ``import keyring`` costs
~79 ms and its backend discovery (entry points, every backend's priority check) ~37 ms more,
while the Secret Service read itself, through ``secretstorage`` — the library keyring's own
SecretService backend uses — takes ~63 ms from a cold interpreter. So: whenever keyring resolves
a backend (any write, any slow read), its name is remembered; when it was the Secret Service and
nothing configures keyring differently, a read goes straight to ``secretstorage`` with exactly
the query keyring's backend uses. Anything unusual — a locked collection or item, another
backend, a keyring config file or environment override, any error — falls back to keyring.
Writes always go through keyring.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

SECRET_SERVICE: Final = "keyring.backends.SecretService.Keyring"
CACHE_NAME: Final = "keyring-backend"


class _Miss:
    """Not answered here: ask keyring."""


MISS: Final = _Miss()


def remember_backend(data_dir: Path, backend_id: str) -> None:
    path = data_dir / CACHE_NAME
    try:
        if path.read_text(encoding="utf-8") == backend_id:
            return
    except OSError:
        pass
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        path.write_text(backend_id, encoding="utf-8")
    except OSError:
        pass  # only a speed-up: never a reason to fail


def _keyring_configured() -> bool:
    """keyring's own configuration (env or keyringrc.cfg) may pick another backend or scheme."""
    if os.environ.get("PYTHON_KEYRING_BACKEND") or any(k.startswith("KEYRING_PROPERTY_") for k in os.environ):
        return True
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return (Path(config_home) / "python_keyring" / "keyringrc.cfg").exists()


def fast_get(data_dir: Path, service: str, username: str) -> str | _Miss | None:
    """The secret, None when there is none, or MISS when keyring must answer."""
    try:
        if (data_dir / CACHE_NAME).read_text(encoding="utf-8") != SECRET_SERVICE:
            return MISS
    except OSError:
        return MISS
    if _keyring_configured():
        return MISS
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            if collection.is_locked():
                return MISS  # keyring knows how to ask for the unlock, or to fail properly
            for item in collection.search_items({"username": username, "service": service}):
                if item.is_locked():
                    return MISS
                secret: bytes = item.get_secret()
                return secret.decode("utf-8")
            return None
        finally:
            connection.close()
    except Exception:  # any trouble at all: the slow, complete path decides
        return MISS


class SecretServiceWriter:
    """Writes the way keyring's SecretService backend does (same label, attributes and
    ``replace``), over a connection opened beforehand: ~2.6 ms a write instead of ~11.5 ms for
    ``keyring.set_password``, which connects, opens an encrypted session and finds the collection
    on every call. That time falls between a rotation and its storage, so it matters. Any error
    and the caller falls back to keyring."""

    def __init__(self) -> None:
        import secretstorage
        from secretstorage.util import format_secret, open_session

        self._connection = secretstorage.dbus_init()
        # The encrypted session (a Diffie-Hellman exchange) is opened now too.
        session = open_session(self._connection)
        self._collection = secretstorage.get_default_collection(self._connection, session)
        # get_default_collection() passes the session on only when it has to create the
        # collection; without this, create_item() would open a second session (another
        # Diffie-Hellman exchange) in the middle of the write.
        self._collection.session = session
        # The first encryption loads the cipher (cryptography's AES-CBC and padding): now, not
        # during the write.
        format_secret(session, b"warm-up", "text/plain")
        if self._collection.is_locked():
            self.close()
            raise RuntimeError("locked: let keyring ask for the unlock")

    def set(self, service: str, username: str, value: str) -> None:
        """One write, then the connection is closed (the next write prepares anew)."""
        attributes = {"username": username, "service": service, "application": "Python keyring library"}
        label = f"Password for '{username}' on '{service}'"
        try:
            self._collection.create_item(label, attributes, value.encode("utf-8"), replace=True)
        finally:
            self.close()

    def close(self) -> None:
        self._connection.close()

    def __del__(self) -> None:  # prepared but never used (e.g. the refresh failed)
        connection = getattr(self, "_connection", None)
        if connection is not None:
            connection.close()


def remembered_secret_service(data_dir: Path) -> bool:
    """keyring resolved the Secret Service last time and nothing configures it otherwise: the
    case in which reads and the prepared write go straight to secretstorage."""
    try:
        remembered = (data_dir / CACHE_NAME).read_text(encoding="utf-8")
        return remembered == SECRET_SERVICE and not _keyring_configured()
    except OSError:
        return False


def prepared_writer(data_dir: Path) -> SecretServiceWriter | None:
    """A writer when keyring resolved the Secret Service and nothing configures it otherwise."""
    try:
        if not remembered_secret_service(data_dir):
            return None
        return SecretServiceWriter()
    except Exception:  # only a speed-up
        return None


def unlock_default_collection(timeout: float | None) -> bool:
    """Ask the Secret Service to unlock the default collection (where keyring keeps entries),
    waiting at most ``timeout`` seconds for the person to answer its prompt (None: as long as it
    takes). True when it is unlocked, False when the prompt was dismissed.

    Raises:
        TimeoutError: Nobody answered in time.
    """
    import secretstorage
    from secretstorage.util import SERVICE_IFACE, DBusAddressWrapper, exec_prompt

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        if not collection.is_locked():
            return True
        service = DBusAddressWrapper("/org/freedesktop/secrets", SERVICE_IFACE, connection)
        _, prompt = service.call("Unlock", "ao", [collection.collection_path])
        if len(prompt) <= 1:  # "/": unlocked without asking anyone
            return True
        # On TimeoutError the dialog is left to the person: answering it later still unlocks the
        # keyring for the next call. (Dismissing it from here made gnome-keyring 42 drop its
        # login collection's object until restarted: tests/e2e/test_keyring_locked.py.)
        dismissed, _ = exec_prompt(connection, prompt, timeout=timeout)
        return not dismissed
    finally:
        connection.close()
