"""Moving an integration that signs in with a stored password (the OAuth password grant) to a
sign-in this app keeps alive (``oauth-setup migrate --from PATH``).

Reading is read-only; the password is never shown, only that it was found. The file is
changed only after a successful sign-in and an explicit yes: the refresh token is written where
the password was kept (as an export target, so every rotation reaches it), and the password is
removed, with a private backup next to the file.
"""

from __future__ import annotations

import configparser
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from gui_app.core.atomic import write_private
from gui_app.core.errors import ConfigError
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

FileKind = Literal["json", "ini", "env"]
_KEYS = {
    "username": ("username", "user", "user_name", "login", "email"),
    "password": ("password", "pass", "passwd", "pwd", "user_password"),
    "client_id": ("client_id", "clientid", "consumer_key", "app_id", "application_id"),
    "client_secret": ("client_secret", "clientsecret", "consumer_secret", "app_secret"),
    "grant_type": ("grant_type", "granttype"),
    "token_url": ("token_url", "tokenurl", "token_endpoint", "oauth_url", "auth_url"),
    "issuer": ("issuer", "issuer_url", "authority"),
}
# How each role is named when it is shown ("client_id" -> "client id").
_ROLE_LABELS = {
    "username": QT_TRANSLATE_NOOP("Migrate", "username"),
    "client_id": QT_TRANSLATE_NOOP("Migrate", "client id"),
    "grant_type": QT_TRANSLATE_NOOP("Migrate", "grant type"),
    "token_url": QT_TRANSLATE_NOOP("Migrate", "token url"),
    "issuer": QT_TRANSLATE_NOOP("Migrate", "issuer"),
    "password": QT_TRANSLATE_NOOP("Migrate", "password"),
    "client_secret": QT_TRANSLATE_NOOP("Migrate", "client secret"),
}
# Said when the integration signs in as a system account (``migrate --system-account``, the
# wizard's migrate page): this app's sign-in is for a person.
SYSTEM_ACCOUNT_ADVICE = QT_TRANSLATE_NOOP(
    "Migrate",
    "This sign-in is for a person: someone signs in once in a browser, and the app keeps the "
    "integration signed in as them. A system account that no person can sign in with does not fit "
    "it. GoTo: password sign-in keeps working for existing clients until GoTo publishes a migration "
    "path for system accounts, so leave this integration as it is for now. Other providers: ask "
    "for a service account or the client credentials grant for this integration.",
)
# Providers recognised from a token address in the old configuration.
_KNOWN_HOSTS = {"authentication.logmeininc.com": "goto", "api.getgo.com": "goto"}


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "_", key.lower()).strip("_")


@dataclass
class Found:
    """What an integration's configuration file holds. ``password`` stays out of ``repr``."""

    path: Path
    kind: FileKind
    values: dict[str, str] = field(default_factory=dict, repr=False)
    locations: dict[str, str] = field(default_factory=dict)  # role -> selector of that key in the file

    @property
    def password(self) -> str | None:
        return self.values.get("password")

    @property
    def preset(self) -> str | None:
        url = self.values.get("token_url") or self.values.get("issuer") or ""
        host = re.sub(r"^https?://", "", url).split("/")[0]
        return _KNOWN_HOSTS.get(host)

    def describe(self) -> list[str]:
        """What was found, in plain words; secrets only as 'found'."""
        lines = [translate("Found", "Read {path} ({kind}):").format(path=self.path, kind=self.kind.upper())]
        for role in ("username", "client_id", "grant_type", "token_url", "issuer"):
            if role in self.values:
                line = translate("Found", "{label}: {value}")
                lines.append(
                    "  "
                    + line.format(label=translate("Migrate", _ROLE_LABELS[role]), value=self.values[role])
                )
        for role in ("password", "client_secret"):
            if role in self.values:
                line = translate("Found", "{label}: found ({count} characters, not shown)")
                label = translate("Migrate", _ROLE_LABELS[role])
                lines.append("  " + line.format(label=label, count=len(self.values[role])))
        if self.values.get("grant_type", "password") == "password" and "password" in self.values:
            lines.append(
                "  "
                + translate("Found", "This integration signs in with a stored password (the password grant).")
            )
        return lines

    def refresh_target(self) -> str:
        """Where the refresh token goes: beside the password, in the same format."""
        selector = self.locations.get("password", "")
        if self.kind == "json":
            parent = selector.rsplit("/", 1)[0]
            return f"json:{self.path}#{parent}/refresh_token"
        if self.kind == "ini":
            section = selector.rsplit(".", 1)[0]
            return f"ini:{self.path}#{section}.refresh_token"
        return f"env:{self.path}#{_env_name(selector)}"


def _env_name(password_var: str) -> str:
    prefix = re.sub(r"(?i)(PASSWORD|PASSWD|PASS|PWD)$", "", password_var)
    return f"{prefix}REFRESH_TOKEN"


def _role_of(key: str) -> str | None:
    """'password', 'APP_PASSWORD' and 'crm.password' all name the password."""
    norm = _norm(key)
    for role, names in _KEYS.items():
        if any(norm == name or norm.endswith("_" + name) for name in names):
            return role
    return None


def read_integration_config(path: Path) -> Found:
    """Read (never write) a JSON, INI or .env file and find the password-grant settings."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            translate("Migrate", "The file {path} cannot be read ({error}).").format(
                path=path, error=exc.strerror
            ),
            translate("Migrate", "Check the path."),
        ) from None
    kind = _kind_of(path, text)
    found = Found(path, kind)
    for key, value, selector in _entries(kind, text, path):
        role = _role_of(key)
        if role and role not in found.values and isinstance(value, str) and value:
            found.values[role] = value
            found.locations[role] = selector
    if "password" not in found.values:
        raise ConfigError(
            translate("Migrate", "No stored password was found in {path}.").format(path=path),
            translate("Migrate", "Choose the file where the integration keeps its user name and password."),
        )
    return found


def _kind_of(path: Path, text: str) -> FileKind:
    suffix = path.suffix.lower()
    if suffix == ".json" or text.lstrip().startswith("{"):
        return "json"
    if suffix in (".ini", ".cfg", ".conf") or re.search(r"^\s*\[[^\]]+\]\s*$", text, re.MULTILINE):
        return "ini"
    return "env"


def _entries(kind: FileKind, text: str, path: Path) -> list[tuple[str, Any, str]]:
    if kind == "json":
        try:
            document = json.loads(text)
        except ValueError as exc:
            raise ConfigError(
                translate("Migrate", "The file {path} is not valid JSON ({error}).").format(
                    path=path, error=exc
                )
            ) from None
        out: list[tuple[str, Any, str]] = []

        def walk(node: Any, pointer: str) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    child = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                    out.append((str(key), value, child))
                    walk(value, child)

        walk(document, "")
        return out
    if kind == "ini":
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(text, source=str(path))
        except configparser.Error as exc:
            raise ConfigError(
                translate("Migrate", "The file {path} is not a valid INI file ({error}).").format(
                    path=path, error=exc.message
                )
            ) from None
        return [
            (key, value, f"{section}.{key}")
            for section in parser.sections()
            for key, value in parser[section].items()
        ]
    entries = []
    for line in text.splitlines():
        match = re.match(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$", line)
        if match:
            value = match.group(2)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            entries.append((match.group(1), value, match.group(1)))
    return entries


def remove_password(found: Found) -> Path:
    """Remove the stored password (a JSON value is emptied, an INI or .env line is removed),
    after copying the file to ``NAME.before-oauth-setup`` (mode 0600). Returns the backup."""
    backup = found.path.with_name(found.path.name + ".before-oauth-setup")
    shutil.copyfile(found.path, backup)
    backup.chmod(0o600)
    text = found.path.read_text(encoding="utf-8")
    mode = found.path.stat().st_mode & 0o777
    selector = found.locations["password"]
    if found.kind == "json":
        from gui_app.core.exports import set_json_string

        # Emptied rather than deleted: every other byte of the file stays as it was.
        text = set_json_string(text, selector, "")
    else:
        key = selector.rsplit(".", 1)[-1]
        pattern = rf"(?im)^\s*(?:export\s+)?{re.escape(key)}\s*[=:].*(?:\n|$)"
        if found.kind == "ini":
            section = selector.rsplit(".", 1)[0]
            text = _remove_in_section(text, section, pattern)
        else:
            text = re.sub(pattern, "", text, count=0)
    write_private(found.path, text, mode=mode)
    return backup


def _remove_in_section(text: str, section: str, pattern: str) -> str:
    lines = text.splitlines(keepends=True)
    out, current = [], None
    for line in lines:
        header = re.match(r"^\s*\[([^\]]+)\]\s*$", line)
        if header:
            current = header.group(1)
        if current == section and re.match(pattern, line):
            continue
        out.append(line)
    return "".join(out)
