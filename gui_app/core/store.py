"""A profile's tokens: secrets in a SecretStore, everything else as JSON metadata.

The access and refresh tokens are one keyring entry (``NAME/tokens``, a small JSON object), so a
rotated refresh token and the access token that came with it are stored in one atomic write —
before the metadata, and before anyone is handed the new access token (RFC 9700 §4.14.2: after
a rotation the new refresh token is the only thing that keeps the grant alive). One entry is
also one keyring round trip instead of two, on the read fast path and on every refresh.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui_app.core.atomic import write_private
from gui_app.core.errors import ConfigError
from gui_app.core.i18n import translate
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile, check_name
from gui_app.core.secret_store import SecretStore
from gui_app.core.tokens import TokenSet

TOKENS = "tokens"
CLIENT_SECRET = "client_secret"


def secret_key(profile: str, kind: str) -> str:
    return f"{profile}/{kind}"


@dataclass
class Metadata:
    """Non-secret facts about a profile's tokens (``tokens/NAME.json``)."""

    expires_at: float | None = None
    refresh_expires_at: float | None = None
    refresh_issued_at: float | None = None
    obtained_at: float | None = None
    has_refresh_token: bool = False
    token_type: str = "Bearer"
    scope: list[str] = field(default_factory=list)
    issuer: str | None = None
    token_endpoint: str | None = None
    revocation_endpoint: str | None = None
    account: dict[str, str] = field(default_factory=dict)
    # The provider's checked metadata from the last discovery (see login.resolve_endpoints).
    provider_metadata: dict[str, Any] = field(default_factory=dict)
    last_refresh_at: float | None = None
    last_refresh_result: str | None = None
    # The error class of the last failed refresh ("ProviderUnavailable", …); None after success.
    last_refresh_error: str | None = None
    reauth_reason: str | None = None
    # Stored export target -> {"at": time, "ok": bool, "message": str}; a failed one is retried.
    export_results: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The state the admin was last told about (the monitor notifies once per change).
    notified_state: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Metadata:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


class TokenStore:
    """Reads and writes one profile's tokens and metadata."""

    def __init__(self, paths: AppPaths, secrets: SecretStore) -> None:
        self.paths = paths
        self.secrets = secrets

    def metadata_path(self, name: str) -> Path:
        return self.paths.metadata_dir / f"{check_name(name)}.json"

    def metadata(self, name: str) -> Metadata | None:
        path = self.metadata_path(name)
        try:
            with path.open(encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise ConfigError(
                translate("TokenStore", "The file {path} is damaged.").format(path=path),
                translate("TokenStore", "Delete it and sign in again ('oauth-setup login NAME')."),
            ) from exc
        if not isinstance(data, dict):
            raise ConfigError(
                translate("TokenStore", "The file {path} is damaged.").format(path=path),
                translate("TokenStore", "Delete it and sign in again."),
            )
        return Metadata.from_json(data)

    def write_metadata(self, name: str, meta: Metadata) -> None:
        write_private(self.metadata_path(name), json.dumps(meta.__dict__, indent=1, sort_keys=True))

    def secret_tokens(self, name: str) -> tuple[str | None, str | None]:
        """(access token, refresh token) as stored; (None, None) when there are none."""
        raw = self.secrets.get(secret_key(name, TOKENS))
        if raw is None:
            return None, None
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise ConfigError(
                translate("TokenStore", "The stored tokens of '{name}' are damaged.").format(name=name),
                translate("TokenStore", "Sign in again ('oauth-setup login NAME')."),
            )
        access, refresh = data.get("access_token"), data.get("refresh_token")
        return (access if isinstance(access, str) else None, refresh if isinstance(refresh, str) else None)

    def load(self, name: str) -> tuple[TokenSet | None, Metadata | None]:
        """Tokens as stored; ``(None, meta)`` when none are stored."""
        meta = self.metadata(name)
        access, refresh = self.secret_tokens(name)
        if access is None and refresh is None:
            return None, meta
        return (
            TokenSet(
                access_token=access or "",
                refresh_token=refresh,
                token_type=meta.token_type if meta else "Bearer",
                # Without metadata the access token's age is unknown: treat it as expired.
                expires_at=meta.expires_at if meta else 0.0,
                refresh_expires_at=meta.refresh_expires_at if meta else None,
                scope=tuple(meta.scope) if meta else (),
                obtained_at=(meta.obtained_at or 0.0) if meta else 0.0,
            ),
            meta,
        )

    def save(self, name: str, tokens: TokenSet, meta: Metadata, previous_refresh: str | None) -> Metadata:
        """Persist new tokens (one keyring write for both), then the metadata."""
        secret = {"access_token": tokens.access_token, "refresh_token": tokens.refresh_token}
        self.secrets.set(secret_key(name, TOKENS), json.dumps(secret))
        if tokens.refresh_token is not None and tokens.refresh_token != previous_refresh:
            meta.refresh_issued_at = tokens.obtained_at
        meta.expires_at = tokens.expires_at
        meta.refresh_expires_at = tokens.refresh_expires_at
        meta.obtained_at = tokens.obtained_at
        meta.has_refresh_token = tokens.refresh_token is not None
        meta.token_type = tokens.token_type
        meta.scope = list(tokens.scope)
        meta.reauth_reason = None
        self.write_metadata(name, meta)
        return meta

    def client_secret(self, name: str) -> str | None:
        return self.secrets.get(secret_key(name, CLIENT_SECRET))

    def set_client_secret(self, name: str, secret: str) -> None:
        self.secrets.set(secret_key(name, CLIENT_SECRET), secret)

    def delete_tokens(self, name: str) -> None:
        """Only ``logout`` and ``profile remove`` call this: a failed refresh never does."""
        self.secrets.delete(secret_key(name, TOKENS))
        self.metadata_path(name).unlink(missing_ok=True)

    def delete_all(self, name: str) -> None:
        self.delete_tokens(name)
        self.secrets.delete(secret_key(name, CLIENT_SECRET))


def open_token_store(paths: AppPaths, profile: ClientProfile) -> TokenStore:
    """The store the profile asked for: the OS keyring, or the admin's explicit file choice."""
    from gui_app.core.secret_store import FileSecretStore, KeyringSecretStore

    if profile.store == "file":
        return TokenStore(paths, FileSecretStore(paths.secrets_file_dir / f"{profile.name}.json"))
    return TokenStore(paths, KeyringSecretStore(cache_dir=paths.data_dir))
