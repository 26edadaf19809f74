"""Client profiles: which provider, which client, which scopes, where the secrets live.

Sources (design.md): managed presets (read-only, from the installer or IT), the user's own
profiles (``profiles.toml``), and the built-in provider presets in ``resources/providers/``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from gui_app.core.atomic import write_private
from gui_app.core.endpoints import Endpoints, require_secure
from gui_app.core.errors import ConfigError, ProfileNotFound
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate
from gui_app.core.paths import AppPaths, resources_dir
from gui_app.core.preset_texts import builtin_texts_of
from gui_app.core.toml_write import dumps_tables

AuthMethod = Literal["client_secret_basic", "client_secret_post", "none"]
StoreKind = Literal["keyring", "file"]
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_PATH = re.compile(r"^/[A-Za-z0-9._~/-]*$")


def check_name(name: str) -> str:
    """Profile names end up in file names and keyring entries: keep them plain."""
    if not _NAME.match(name):
        raise ConfigError(
            translate("Profiles", "'{name}' cannot be used as a name.").format(name=name[:80]),
            translate(
                "Profiles",
                "Use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.",
            ),
        )
    return name


@dataclass(frozen=True)
class ProviderPreset:
    """A provider we know how to talk to (resources/providers/*.toml or a managed file)."""

    id: str
    title: str
    description: str = ""
    issuer: str | None = None
    authorize_url: str | None = None
    token_url: str | None = None
    revocation_url: str | None = None
    auth_method: AuthMethod = "client_secret_basic"
    scopes: tuple[str, ...] = ()
    redirect_port: int = 0
    redirect_path: str = "/callback"
    refresh_lifetime_hint: int | None = None
    needs_issuer: bool = False
    portal_hint: str = ""
    unsupported_products: tuple[str, ...] = ()
    client_id: str | None = None
    # Managed presets (IT): targets every sign-in made from this preset writes to, whether the
    # monitor starts at log-in, and whether the browser window inside the app may be offered.
    exports: tuple[str, ...] = ()
    monitor_autostart: bool = False
    embedded_browser: bool = True
    managed: bool = False
    source: str = ""


@dataclass(frozen=True)
class ClientProfile:
    """One integration's sign-in. No secrets here: they live in the secret store."""

    name: str
    client_id: str
    issuer: str | None = None
    authorize_url: str | None = None
    token_url: str | None = None
    revocation_url: str | None = None
    auth_method: AuthMethod = "client_secret_basic"
    scopes: tuple[str, ...] = ()
    redirect_port: int = 0
    redirect_path: str = "/callback"
    refresh_lifetime_hint: int | None = None
    preset: str | None = None
    store: StoreKind = "keyring"
    # Where the current token is redistributed on every change ("refresh json:/p#/x", see exports).
    exports: tuple[str, ...] = ()
    managed: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        check_name(self.name)
        if not self.client_id.strip():
            raise ConfigError(
                translate("ClientProfile", "The client ID is empty."),
                translate("ClientProfile", "Copy the client ID from the provider's developer portal."),
            )
        if self.issuer is None and not (self.authorize_url and self.token_url):
            raise ConfigError(
                translate(
                    "ClientProfile",
                    "The sign-in '{name}' has neither an issuer address nor sign-in and token addresses.",
                ).format(name=self.name),
                translate("ClientProfile", "Give --issuer URL, or both --authorize-url and --token-url."),
            )
        for url, what in (
            (self.issuer, "issuer"),
            (self.authorize_url, "sign-in"),
            (self.token_url, "token"),
            (self.revocation_url, "revocation"),
        ):
            if url:
                require_secure(url, what)
        if not 0 <= self.redirect_port <= 65535:
            raise ConfigError(
                translate("ClientProfile", "The redirect port {port} is not a port number (0-65535).").format(
                    port=self.redirect_port
                )
            )
        if not _PATH.match(self.redirect_path):
            raise ConfigError(
                translate("ClientProfile", "The redirect path '{path}' must start with '/'.").format(
                    path=self.redirect_path[:80]
                )
            )
        if self.auth_method not in ("client_secret_basic", "client_secret_post", "none"):
            raise ConfigError(
                translate("ClientProfile", "Unknown client authentication '{method}'.").format(
                    method=self.auth_method
                )
            )

    @property
    def is_public(self) -> bool:
        return self.auth_method == "none"

    def explicit_endpoints(self) -> Endpoints | None:
        """Endpoints typed in (or from a preset without metadata, such as GoTo)."""
        if self.authorize_url and self.token_url:
            return Endpoints(
                authorization_endpoint=self.authorize_url,
                token_endpoint=self.token_url,
                issuer=self.issuer,
                revocation_endpoint=self.revocation_url,
            ).checked()
        return None

    def redirect_uri(self, port: int) -> str:
        """RFC 8252 §7.3: the loopback IP literal, not ``localhost`` (§8.3)."""
        return f"http://127.0.0.1:{port}{self.redirect_path}"

    def to_table(self) -> dict[str, Any]:
        table = asdict(self)
        del table["name"], table["managed"]
        table["scopes"] = list(self.scopes)
        table["exports"] = list(self.exports)
        return table


def profile_from_preset(
    preset: ProviderPreset, name: str, client_id: str | None = None, **changes: Any
) -> ClientProfile:
    """A profile with the preset's settings; ``changes`` override them (e.g. the issuer the
    admin typed for the "any provider" preset)."""
    values: dict[str, Any] = {
        "issuer": preset.issuer,
        "authorize_url": preset.authorize_url,
        "token_url": preset.token_url,
        "revocation_url": preset.revocation_url,
        "auth_method": preset.auth_method,
        "scopes": preset.scopes,
        "redirect_port": preset.redirect_port,
        "redirect_path": preset.redirect_path,
        "refresh_lifetime_hint": preset.refresh_lifetime_hint,
        "preset": preset.id,
        "exports": preset.exports,
    }
    values.update(changes)
    return ClientProfile(name=name, client_id=client_id or preset.client_id or "", **values)


class ProfileRepository:
    """Reads presets and profiles; writes only the user's ``profiles.toml`` (atomically)."""

    def __init__(self, paths: AppPaths, builtin_dir: Path | None = None) -> None:
        self.paths = paths
        self.builtin_dir = builtin_dir or resources_dir() / "providers"
        self.preset_errors: list[ConfigError] = []

    # -- presets ------------------------------------------------------------------------

    def presets(self) -> list[ProviderPreset]:
        """Managed presets first (what IT chose), then the built-in ones. A file that cannot be
        read is left out and its error kept in ``preset_errors``: the app still starts."""
        self.preset_errors = []
        managed = self._presets_from(self.paths.managed_dir, managed=True)
        return managed + self._presets_from(self.builtin_dir, managed=False)

    def _presets_from(self, directory: Path, managed: bool) -> list[ProviderPreset]:
        presets: list[ProviderPreset] = []
        for file in _toml_files(directory):
            try:
                presets.extend(_presets_in(file, managed=managed))
            except ConfigError as exc:
                self.preset_errors.append(exc)
        return presets

    def preset(self, preset_id: str) -> ProviderPreset:
        for preset in self.presets():
            if preset.id == preset_id:
                return preset
        known = ", ".join(p.id for p in self.presets())
        raise ConfigError(
            translate("ProfileRepository", "There is no provider preset called '{preset}'.").format(
                preset=preset_id[:60]
            ),
            translate("ProfileRepository", "Known presets: {presets}.").format(presets=known),
        )

    # -- profiles -----------------------------------------------------------------------

    def list(self) -> list[ClientProfile]:
        return sorted(self._read().values(), key=lambda p: p.name)

    def get(self, name: str) -> ClientProfile:
        profile = self._read().get(name)
        if profile is None:
            raise ProfileNotFound(
                translate("ProfileRepository", "There is no sign-in called '{name}'.").format(name=name[:80])
            )
        return profile

    def save(self, profile: ClientProfile) -> None:
        profiles = self._read()
        profiles[profile.name] = profile
        self._write(profiles.values())

    def remove(self, name: str) -> None:
        profiles = self._read()
        if profiles.pop(name, None) is None:
            raise ProfileNotFound(
                translate("ProfileRepository", "There is no sign-in called '{name}'.").format(name=name[:80])
            )
        self._write(profiles.values())

    def _read(self) -> dict[str, ClientProfile]:
        path = self.paths.profiles_file
        if not path.exists():
            return {}
        tables = _load_toml(path).get("profile", {})
        if not isinstance(tables, dict):
            raise ConfigError(
                translate("ProfileRepository", "{path}: 'profile' must be a table of sign-ins.").format(
                    path=path
                )
            )
        result: dict[str, ClientProfile] = {}
        for name, table in tables.items():
            if not isinstance(table, dict):
                raise ConfigError(
                    translate("ProfileRepository", "{path}: the sign-in '{name}' is not a table.").format(
                        path=path, name=name
                    )
                )
            result[name] = _profile_from_table(name, table, path)
        return result

    def _write(self, profiles: Iterable[ClientProfile]) -> None:
        header = "# OAuth Setup Assistant sign-ins. Secrets are not here: they are in the OS keyring.\n\n"
        tables = {p.name: p.to_table() for p in sorted(profiles, key=lambda p: p.name)}
        write_private(self.paths.profiles_file, header + dumps_tables(tables, "profile"))


def _toml_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.toml")) if directory.is_dir() else []


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        # The decoder's message names the line and column.
        raise ConfigError(
            translate("Profiles", "The file {path} cannot be read: {error}.").format(path=path, error=exc),
            _fix_or_remove(),
        ) from None
    except OSError as exc:
        raise ConfigError(
            translate("Profiles", "The file {path} cannot be opened ({error}).").format(
                path=path, error=exc.strerror
            )
        ) from None


def _fix_or_remove() -> str:
    return translate("Profiles", "Fix or remove that file.")


_PROFILE_KEYS = {f for f in ClientProfile.__dataclass_fields__ if f not in ("name", "managed")}


def _profile_from_table(name: str, table: Mapping[str, Any], path: Path) -> ClientProfile:
    unknown = set(table) - _PROFILE_KEYS
    if unknown:
        raise ConfigError(
            translate("Profiles", "{path}: the sign-in '{name}' has unknown settings: {settings}.").format(
                path=path, name=name, settings=", ".join(sorted(unknown))
            )
        )
    values = dict(table)
    values["scopes"] = tuple(_string_list(values.get("scopes", []), path, "scopes"))
    exports = values.get("exports", [])
    if not (isinstance(exports, list) and all(isinstance(e, str) for e in exports)):
        raise ConfigError(
            translate(
                "Profiles", "{path}: 'exports' of the sign-in '{name}' must be a list of texts."
            ).format(path=path, name=name)
        )
    values["exports"] = tuple(exports)
    for key, value in values.items():
        kind = int if key in _INT_KEYS else str
        if key not in ("scopes", "exports") and (not isinstance(value, kind) or isinstance(value, bool)):
            raise ConfigError(
                translate(
                    "Profiles", "{path}: the setting '{key}' of the sign-in '{name}' must be {kind}."
                ).format(path=path, key=key, name=name, kind=translate("Profiles", _KIND_NAMES[kind])),
                translate("Profiles", "Fix that file, or remove the sign-in and add it again."),
            )
    return ClientProfile(name=name, **values)


_INT_KEYS = {"redirect_port", "refresh_lifetime_hint"}


_PRESET_KEYS = {f for f in ProviderPreset.__dataclass_fields__ if f not in ("managed", "source")} | {
    "refresh_lifetime_hint_days"
}


_PRESET_TYPES: dict[str, type] = {
    "redirect_port": int,
    "refresh_lifetime_hint": int,
    "refresh_lifetime_hint_days": int,
    "needs_issuer": bool,
    "monitor_autostart": bool,
    "embedded_browser": bool,
    "scopes": list,
    "unsupported_products": list,
    "exports": list,
}


def _presets_in(path: Path, managed: bool) -> list[ProviderPreset]:
    """Presets from one file. Every problem names the file and, where it can, the line."""
    document = _load_toml(path)
    tables = document.get("preset")
    if not isinstance(tables, list) or not tables:
        raise ConfigError(
            translate("Profiles", "{path}: expected one or more [[preset]] tables.").format(path=path),
            _fix_or_remove(),
        )
    presets = []
    for table in tables:
        if not isinstance(table, dict):
            raise ConfigError(
                translate("Profiles", "{path}: every [[preset]] must be a table.").format(path=path),
                _fix_or_remove(),
            )
        if "client_secret" in table:
            raise ConfigError(
                translate("Profiles", "{file}: a preset file must not hold a client secret.").format(
                    file=_where(path, "client_secret")
                ),
                translate(
                    "Profiles",
                    "Remove it: use a public client with PKCE, or let the admin type the secret in the app.",
                ),
            )
        _check_preset_keys(path, table)
        values = dict(table)
        days = values.pop("refresh_lifetime_hint_days", None)
        if isinstance(days, int):
            values["refresh_lifetime_hint"] = days * 86400
        for key in ("scopes", "unsupported_products", "exports"):
            values[key] = tuple(_string_list(values.get(key, []), path, key))
        if "id" not in values or "title" not in values:
            raise ConfigError(
                translate("Profiles", "{path}: every preset needs an 'id' and a 'title'.").format(path=path),
                _fix_or_remove(),
            )
        for url_key in ("issuer", "authorize_url", "token_url", "revocation_url"):
            if isinstance(values.get(url_key), str):
                try:
                    require_secure(values[url_key], url_key.replace("_", " "))
                except ConfigError as exc:
                    exc.message = translate("Profiles", "{file}: {problem}").format(
                        file=_where(path, url_key), problem=exc.message
                    )
                    raise
        if not managed:  # the organisation's own presets are shown as IT wrote them
            values.update(builtin_texts_of(values))
        presets.append(ProviderPreset(**cast(dict[str, Any], values), managed=managed, source=str(path)))
    return presets


_KIND_NAMES = {
    int: QT_TRANSLATE_NOOP("Profiles", "a whole number"),
    bool: QT_TRANSLATE_NOOP("Profiles", "true or false"),
    list: QT_TRANSLATE_NOOP("Profiles", "a list of texts"),
    str: QT_TRANSLATE_NOOP("Profiles", "a text"),
}


def _check_preset_keys(path: Path, table: dict[str, Any]) -> None:
    unknown = set(table) - _PRESET_KEYS
    if unknown:
        first = sorted(unknown)[0]
        raise ConfigError(
            translate("Profiles", "{file}: unknown preset settings: {settings}.").format(
                file=_where(path, first), settings=", ".join(sorted(unknown))
            ),
            _fix_or_remove(),
        )
    for key, value in table.items():
        expected = _PRESET_TYPES.get(key, str)
        if key == "scopes" and isinstance(value, str):
            continue
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(
                translate("Profiles", "{file}: '{key}' must be {kind}.").format(
                    file=_where(path, key), key=key, kind=translate("Profiles", _KIND_NAMES[expected])
                ),
                _fix_or_remove(),
            )


def _where(path: Path, key: str) -> str:
    """``path, line N`` of the first line setting ``key`` (for messages), or just the path."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeError):
        return str(path)
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(lines, start=1):
        if pattern.match(line):
            return translate("Profiles", "{path}, line {line}").format(path=path, line=number)
    return str(path)


def _string_list(value: object, path: Path, key: str) -> list[str]:
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(
        translate("Profiles", "{path}: '{key}' must be a list of words.").format(path=path, key=key)
    )
