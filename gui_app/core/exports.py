"""Export targets: where an integration reads its token, and how we hand it the current one.

After every token change the session writes the new token to each target of the profile
(design.md, "exports"): a key in the integration's JSON, INI or .env file, a keyring entry, or
a command that reads the token on stdin. A target has a text form (``spec()``) that the admin
types and a stored form (``to_stored()``, the token kind in front) kept in ``profiles.toml``::

    json:/srv/app/config.json#/auth/refresh_token     a JSON pointer (RFC 6901)
    ini:/etc/app/app.ini#auth.refresh_token           section.key (the last dot separates)
    env:/srv/app/.env#APP_REFRESH_TOKEN               a variable
    keyring:SERVICE/USERNAME                          the first '/' separates
    command:/usr/local/bin/push-token --stdin         the token on stdin, never in argv or env

File targets change only the token's value: every other byte of the file stays as it was
(whitespace, key order, number formatting, comments), so an admin's diff shows one line. The
file must already exist (it is the integration's configuration); it is replaced atomically,
keeps its permission bits and owner, and a symlink is followed to the file it points to (the
link itself is left alone). Paths may not contain '#', which separates the path from the key.

Neither a token nor a file's other content ever appears in an exception, a log line or a repr.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast, get_args

import keyring
import keyring.errors

from gui_app.core.atomic import write_private
from gui_app.core.errors import AuthError, ConfigError
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

TokenKind = Literal["refresh", "access"]
TargetKind = Literal["json", "ini", "env", "keyring", "command"]

_TOKEN_KINDS: tuple[str, ...] = get_args(TokenKind)
_KINDS: tuple[str, ...] = get_args(TargetKind)
_FILE_KINDS = ("json", "ini", "env")
_FORMS = {
    "json": "json:/absolute/path/file.json#/json/pointer",
    "ini": "ini:/absolute/path/file.ini#section.key",
    "env": "env:/absolute/path/.env#VARIABLE",
    "keyring": "keyring:SERVICE/USERNAME",
    "command": "command:PROGRAM ARGUMENTS",
}
_ALL_FORMS = ", ".join(_FORMS.values())
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_POINTER = re.compile(r"(?:/(?:[^~/]|~[01])*)+")
_ENV_BARE = re.compile(r"[A-Za-z0-9._~+/=-]+")


class ExportFailed(AuthError):
    """A token could not be handed to an integration (its file, keyring entry or command)."""

    exit_code = 4
    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Fix the problem, then run 'oauth-setup export retry NAME'."
    )


@dataclass(frozen=True)
class ExportTarget:
    """One place that receives the profile's current refresh or access token.

    Attributes:
        kind: json, ini, env (a file of the integration), keyring, or command.
        location: The absolute file path; ``SERVICE/USERNAME`` for keyring; the command line.
        selector: The JSON pointer, ``section.key``, or variable name; empty for keyring and
            command.
        token: Which token goes there.

    Raises:
        ConfigError: The fields do not make a usable target.
    """

    kind: TargetKind
    location: str
    selector: str
    token: TokenKind = "refresh"

    def __post_init__(self) -> None:
        _check(self)

    def spec(self) -> str:
        """The text form the admin types: ``json:/srv/app/config.json#/auth/refresh_token``."""
        if self.kind in _FILE_KINDS:
            return f"{self.kind}:{self.location}#{self.selector}"
        return f"{self.kind}:{self.location}"

    def describe(self) -> str:
        """Plain words for an admin: ``the key /auth/refresh_token in /srv/app/config.json``."""
        if self.kind == "json":
            return translate("ExportTarget", "the key {key} in {path}").format(
                key=self.selector, path=self.location
            )
        if self.kind == "ini":
            section, key = self.selector.rsplit(".", 1)
            return translate("ExportTarget", "the key {key} in section [{section}] of {path}").format(
                key=key, section=section, path=self.location
            )
        if self.kind == "env":
            return translate("ExportTarget", "the variable {name} in {path}").format(
                name=self.selector, path=self.location
            )
        if self.kind == "keyring":
            service, username = self.location.split("/", 1)
            return translate("ExportTarget", "the keyring entry {username} of service {service}").format(
                username=username, service=service
            )
        return translate("ExportTarget", "the command {command}").format(command=self.location)


def _bad(kind: str, problem: str) -> ConfigError:
    return ConfigError(
        translate("Exports", "The {kind} export target is not usable: {problem}.").format(
            kind=kind, problem=problem
        ),
        translate("Exports", "Write it as {form}.").format(form=_FORMS[kind]),
    )


def _check(target: ExportTarget) -> None:
    kind = target.kind
    if kind not in _KINDS:
        raise ConfigError(
            translate("Exports", "'{kind}' is not a kind of export target.").format(kind=str(kind)[:40]),
            translate("Exports", "Use one of {forms}.").format(forms=_ALL_FORMS),
        )
    if target.token not in _TOKEN_KINDS:
        raise ConfigError(
            translate("Exports", "'{token}' is not a kind of token.").format(token=str(target.token)[:40]),
            translate("Exports", "Export the 'refresh' or the 'access' token."),
        )
    if any(ch in target.location + target.selector for ch in "\r\n\0"):
        raise _bad(kind, translate("Exports", "it contains a line break"))
    problem = _CHECKS[kind](target.location, target.selector)
    if problem:
        raise _bad(kind, problem)


def _check_path(path: str) -> str | None:
    if not os.path.isabs(path):
        return translate("Exports", "the path '{path}' is not absolute").format(path=path[:200])
    if "#" in path:
        return translate("Exports", "the path may not contain '#' (it separates the path from the key)")
    return None


def _check_json(path: str, pointer: str) -> str | None:
    if not _POINTER.fullmatch(pointer):
        return translate("Exports", "after '#' comes a JSON pointer such as /auth/refresh_token (RFC 6901)")
    return _check_path(path)


def _check_ini(path: str, selector: str) -> str | None:
    section, dot, key = selector.rpartition(".")
    if not (dot and section and key) or key != key.strip() or key[0] in "#;[" or any(c in key for c in "=:"):
        return translate(
            "Exports", "after '#' comes the section, a dot, and the key, such as auth.refresh_token"
        )
    return _check_path(path)


def _check_env(path: str, name: str) -> str | None:
    if not _ENV_NAME.fullmatch(name):
        return translate("Exports", "after '#' comes a variable name of letters, digits and underscores")
    return _check_path(path)


def _check_keyring(location: str, selector: str) -> str | None:
    service, slash, username = location.partition("/")
    if not (service and slash and username) or selector:
        return translate("Exports", "give the keyring service, a '/', then the user name")
    return None


def _check_command(command: str, selector: str) -> str | None:
    try:
        argv = shlex.split(command)
    except ValueError:
        return translate("Exports", "the command line has an unmatched quote")
    if not argv or selector:
        return translate("Exports", "give the program and its arguments")
    return None


_CHECKS: dict[str, Callable[[str, str], str | None]] = {
    "json": _check_json,
    "ini": _check_ini,
    "env": _check_env,
    "keyring": _check_keyring,
    "command": _check_command,
}


def parse_target(text: str, token: TokenKind = "refresh") -> ExportTarget:  # noqa: S107 (a token kind)
    """Read a target from its text form (see the module docstring); ``~`` is expanded in paths.

    Raises:
        ConfigError: The text is not one of the forms, naming the form expected.
    """
    kind, colon, rest = text.lstrip().partition(":")  # the key's own spaces are part of it
    if not colon or kind not in _KINDS:
        raise ConfigError(
            translate("Exports", "'{text}' is not an export target.").format(text=text.strip()[:200]),
            translate("Exports", "Write it in one of these forms: {forms}.").format(forms=_ALL_FORMS),
        )
    if kind in _FILE_KINDS:
        path, hash_, selector = rest.partition("#")
        if not hash_:
            raise _bad(kind, translate("Exports", "the path must be followed by '#' and the key to set"))
        return ExportTarget(cast(TargetKind, kind), os.path.expanduser(path), selector, token)
    return ExportTarget(cast(TargetKind, kind), rest.strip(), "", token)


def to_stored(target: ExportTarget) -> str:
    """One string per target for ``profiles.toml``: ``refresh json:/p#/x``."""
    return f"{target.token} {target.spec()}"


def from_stored(text: str) -> ExportTarget:
    """The inverse of :func:`to_stored`.

    Raises:
        ConfigError: The stored text is malformed.
    """
    token, space, spec = text.partition(" ")
    if not space or token not in _TOKEN_KINDS:
        raise ConfigError(
            translate(
                "Exports", "The stored export target '{text}' does not start with 'refresh' or 'access'."
            ).format(text=text[:200]),
            translate("Exports", "Remove it with 'oauth-setup export remove NAME' and add it again."),
        )
    return parse_target(spec, cast(TokenKind, token))


def write_target(target: ExportTarget, value: str, command_timeout: float = 30.0) -> None:
    """Hand ``value`` (the current token) to ``target``.

    Raises:
        ExportFailed: Anything went wrong; the message names the target, never the value.
    """
    if not value:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: there is no token to write.").format(
                target=target.describe()
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: the token is not valid text.").format(
                target=target.describe()
            )
        ) from None
    if target.kind == "keyring":
        _write_keyring(target, value)
    elif target.kind == "command":
        _run_command(target, value, command_timeout)
    else:
        _write_file(target, _EDITORS[target.kind], value)


# --- keyring and command ----------------------------------------------------------------------


def _write_keyring(target: ExportTarget, value: str) -> None:
    service, username = target.location.split("/", 1)
    try:
        keyring.set_password(service, username, value)
    except Exception as exc:  # any backend failure: D-Bus, locked, missing, refused
        if isinstance(exc, keyring.errors.NoKeyringError):
            message = translate("Exports", "Could not update {target}: there is no keyring on this computer.")
        elif isinstance(exc, keyring.errors.KeyringLocked):
            message = translate("Exports", "Could not update {target}: the keyring is locked.")
        else:  # only the class: a backend's own text could quote what it was given
            message = translate("Exports", "Could not update {target}: the keyring refused it ({error}).")
        raise ExportFailed(
            message.format(target=target.describe(), error=type(exc).__name__),
            translate("Exports", "Unlock the keyring, then run 'oauth-setup export retry NAME'."),
        ) from None


def _run_command(target: ExportTarget, value: str, timeout: float) -> None:
    """Run the command with the token on stdin (exactly the token, no newline added).

    Its output is discarded unread (it could echo the token); on POSIX it gets its own process
    group so that a timeout also stops whatever it started.
    """
    argv = shlex.split(target.location)
    described = target.describe()
    hint = translate(
        "Exports", "Run the command by hand to see what it says, then run 'oauth-setup export retry NAME'."
    )
    posix = sys.platform != "win32"
    try:
        proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(os.environ),
            start_new_session=posix,
        )
    except FileNotFoundError:
        raise ExportFailed(
            translate(
                "Exports", "Could not hand the token to {target}: the program {program} was not found."
            ).format(target=described, program=argv[0]),
            hint,
        ) from None
    except OSError as exc:
        raise ExportFailed(
            translate(
                "Exports", "Could not hand the token to {target}: it could not be started ({error})."
            ).format(target=described, error=exc.strerror),
            hint,
        ) from None
    try:
        proc.communicate(value.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(proc)
        raise ExportFailed(
            translate(
                "Exports", "Could not hand the token to {target}: it did not finish within {seconds} seconds."
            ).format(target=described, seconds=f"{timeout:g}"),
            hint,
        ) from None
    except BaseException:  # Ctrl-C included: never leave the command running behind us
        _stop(proc)
        raise
    if proc.returncode < 0:
        raise ExportFailed(
            translate(
                "Exports", "Could not hand the token to {target}: it was stopped by signal {signal}."
            ).format(target=described, signal=-proc.returncode),
            hint,
        )
    if proc.returncode != 0:
        raise ExportFailed(
            translate(
                "Exports", "Could not hand the token to {target}: it ended with exit code {code}."
            ).format(target=described, code=proc.returncode),
            hint,
        )


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform == "win32":
        proc.kill()
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the group: also what the command started
    proc.wait()


# --- files ------------------------------------------------------------------------------------


class _Refused(Exception):
    """An editor cannot make the change; the text (a reason, never file content) ends up in
    ExportFailed. ``next_step`` overrides the default one."""

    def __init__(self, reason: str, next_step: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.next_step = next_step


_Editor = Callable[[str, str, str], str]  # (file text, selector, value) -> new file text


def _write_file(target: ExportTarget, edit: _Editor, value: str) -> None:
    described = target.describe()
    try:
        # A symlink is followed on purpose: the integration reads the file it points to, and
        # replacing the link with a regular file would silently detach the two.
        real = Path(target.location).resolve(strict=True)
        before = real.stat()
    except FileNotFoundError:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: the file {path} does not exist.").format(
                target=described, path=target.location
            ),
            translate(
                "Exports",
                "Check the path (the integration's own configuration file must already exist), "
                "or remove this target with 'oauth-setup export remove NAME'.",
            ),
        ) from None
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop (Python 3.11)
        reason = exc.strerror if isinstance(exc, OSError) else translate("Exports", "symlink loop")
        raise ExportFailed(
            translate(
                "Exports", "Could not update {target}: the file {path} cannot be reached ({reason})."
            ).format(target=described, path=target.location, reason=reason)
        ) from None
    if not stat.S_ISREG(before.st_mode):
        raise ExportFailed(
            translate("Exports", "Could not update {target}: {path} is not a regular file.").format(
                target=described, path=real
            )
        )
    try:
        text = real.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: the file is not UTF-8 text.").format(
                target=described
            ),
            translate("Exports", "Save the file as UTF-8, then run 'oauth-setup export retry NAME'."),
        ) from None
    except OSError as exc:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: the file could not be read ({reason}).").format(
                target=described, reason=exc.strerror
            )
        ) from None
    try:
        new_text = edit(text, target.selector, value)
    except _Refused as exc:
        raise ExportFailed(
            translate("Exports", "Could not update {target}: {reason}.").format(
                target=described, reason=exc.reason
            ),
            exc.next_step,
        ) from None
    if new_text == text:
        return  # already current: leave the file (and its modification time) alone
    try:
        write_private(real, new_text, mode=stat.S_IMODE(before.st_mode) & 0o777)
    except OSError as exc:
        raise ExportFailed(
            translate(
                "Exports", "Could not update {target}: the file could not be written in {folder} ({reason})."
            ).format(target=described, folder=real.parent, reason=exc.strerror),
            translate(
                "Exports", "Let this user create files in {folder}, then run 'oauth-setup export retry NAME'."
            ).format(folder=real.parent),
        ) from None
    _keep_owner(real, before, described)


def _keep_owner(path: Path, before: os.stat_result, described: str) -> None:
    """A replaced file belongs to whoever wrote it: give it back to the integration's user."""
    if sys.platform == "win32":
        return
    after = path.stat()
    if (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid):
        return
    try:
        os.chown(path, before.st_uid, before.st_gid)
    except OSError as exc:
        raise ExportFailed(
            translate(
                "Exports",
                "Could not update {target}: the token was written, but the file's owner could not be "
                "restored to user {user}, group {group} ({reason}).",
            ).format(target=described, user=before.st_uid, group=before.st_gid, reason=exc.strerror),
            translate(
                "Exports", "Run the export as the file's owner, or run 'chown {user}:{group} {path}'."
            ).format(user=before.st_uid, group=before.st_gid, path=path),
        ) from None


def _no_line_breaks(value: str) -> None:
    if any(ch in value for ch in "\r\n\0"):
        raise _Refused(
            translate("Exports", "the token contains a line break, which this file format cannot hold")
        )


def _newline_of(text: str) -> str:
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def _split_lines(text: str) -> list[str]:
    """Lines with their endings; only "\\n" ends a line (unlike str.splitlines)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


# --- JSON -------------------------------------------------------------------------------------

_JSON_WS = " \t\n\r"
_JSON_VALUE_START = '{["-0123456789tfnNI'  # NaN and Infinity: Python's json accepts them


@dataclass
class _Node:
    """Where a JSON value sits in the text; containers also record their children."""

    start: int
    end: int
    members: list[_Member] | None = None  # objects, in file order (duplicates kept)
    items: list[_Node] | None = None  # arrays


@dataclass
class _Member:
    key: str
    key_start: int
    key_end: int
    value: _Node


@dataclass
class _JsonScanner:
    """Records the span of every value; scalars are decoded by the stdlib's own decoder."""

    text: str
    indent_unit: str | None = None  # learned from the first multi-line container
    decoder: json.JSONDecoder = field(default_factory=json.JSONDecoder)

    def skip(self, i: int) -> int:
        while i < len(self.text) and self.text[i] in _JSON_WS:
            i += 1
        return i

    def expect(self, i: int, chars: str) -> None:
        if i >= len(self.text) or self.text[i] not in chars:
            raise ValueError(f"expected {chars!r} at {i}")

    def value(self, i: int) -> _Node:
        self.expect(i, _JSON_VALUE_START)
        if self.text[i] == "{":
            return self.container(i, "}")
        if self.text[i] == "[":
            return self.container(i, "]")
        _, end = self.decoder.raw_decode(self.text, i)
        return _Node(i, end)

    def container(self, start: int, close: str) -> _Node:
        node = _Node(start, start, members=[] if close == "}" else None, items=[] if close == "]" else None)
        i = self.skip(start + 1)
        while i < len(self.text) and self.text[i] != close:
            if node.members is not None:
                self.expect(i, '"')
                key, key_end = self.decoder.raw_decode(self.text, i)
                colon = self.skip(key_end)
                self.expect(colon, ":")
                child = self.value(self.skip(colon + 1))
                node.members.append(_Member(key, i, key_end, child))
            else:
                child = self.value(i)
                assert node.items is not None
                node.items.append(child)
            i = self.skip(child.end)
            self.expect(i, "," + close)
            if self.text[i] == ",":
                i = self.skip(i + 1)
                self.expect(i, _JSON_VALUE_START if node.items is not None else '"')
        self.expect(i, close)
        node.end = i + 1
        first = node.members[0].key_start if node.members else node.items[0].start if node.items else None
        if first is not None and self.indent_unit is None:
            self.learn_indent(start, first, i)
        return node

    def learn_indent(self, open_: int, first: int, close: int) -> None:
        inner = self.text[open_ + 1 : first]
        outer = self.text[self.text.rfind("\n", 0, close) + 1 : close]
        if "\n" in inner and not outer.strip(_JSON_WS):
            child = inner[inner.rfind("\n") + 1 :]
            if child.startswith(outer) and len(child) > len(outer):
                self.indent_unit = child[len(outer) :]


def _edit_json(text: str, pointer: str, value: str) -> str:
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom) :]
    fix = translate("Exports", "Fix the file, then run 'oauth-setup export retry NAME'.")
    try:
        json.loads(body)
    except json.JSONDecodeError as exc:  # its text holds positions only, never the document
        raise _Refused(
            translate("Exports", "the file is not valid JSON (line {line})").format(line=exc.lineno), fix
        ) from None
    except RecursionError:
        raise _Refused(translate("Exports", "the file's JSON is nested too deeply to edit safely")) from None
    scanner = _JsonScanner(body)
    try:
        root = scanner.value(scanner.skip(0))
    except (ValueError, IndexError, RecursionError):
        raise _Refused(translate("Exports", "the file's JSON could not be read"), fix) from None
    raw = pointer.split("/")[1:]
    keys = [part.replace("~1", "/").replace("~0", "~") for part in raw]  # RFC 6901 §4
    node = root
    for depth, key in enumerate(keys):
        here = "".join(f"/{part}" for part in raw[:depth])
        last = depth == len(keys) - 1
        if node.members is not None:
            found = [m for m in node.members if m.key == key]
            if found:  # duplicate keys: the last one wins, as in most JSON readers
                node = found[-1].value
                continue
            if last:
                return bom + _insert_member(body, node, key, value, scanner.indent_unit)
            raise _Refused(
                translate("Exports", "there is no key {pointer} in the file").format(
                    pointer=f"{here}/{raw[depth]}"
                ),
                _path_hint(),
            )
        if node.items is not None:
            if not re.fullmatch(r"0|[1-9][0-9]*", key):
                not_a_position = (
                    translate("Exports", "{pointer} is a list and '{part}' is not a position in it")
                    if here
                    else translate("Exports", "the top level is a list and '{part}' is not a position in it")
                )
                raise _Refused(not_a_position.format(pointer=here, part=raw[depth]))
            if int(key) >= len(node.items):
                too_short = (
                    translate(
                        "Exports", "the list {pointer} has {count} items, so there is no position {position}"
                    )
                    if here
                    else translate(
                        "Exports",
                        "the list at the top level has {count} items, so there is no position {position}",
                    )
                )
                raise _Refused(
                    too_short.format(pointer=here, count=len(node.items), position=key), _path_hint()
                )
            node = node.items[int(key)]
            continue
        not_a_container = (
            translate("Exports", "the value at {pointer} is not an object or a list")
            if here
            else translate("Exports", "the value at the top level is not an object or a list")
        )
        raise _Refused(not_a_container.format(pointer=here))
    return bom + body[: node.start] + json.dumps(value) + body[node.end :]


def _path_hint() -> str:
    return translate(
        "Exports",
        "Check the pointer in the target (RFC 6901), or add the missing part to the file, "
        "then run 'oauth-setup export retry NAME'.",
    )


def _insert_member(text: str, obj: _Node, key: str, value: str, indent_unit: str | None) -> str:
    """Add ``"key": "value"`` as the object's last member, in the style of its siblings."""
    assert obj.members is not None
    encoded_key, encoded_value = json.dumps(key), json.dumps(value)
    if obj.members:
        last = obj.members[-1]
        colon = text[last.key_end : last.value.start]
        lead_start = last.key_start
        while text[lead_start - 1] in _JSON_WS:
            lead_start -= 1
        lead = text[lead_start : last.key_start]
        if "\n" not in lead and len(obj.members) == 1:
            lead = " " if " " in colon else ""  # {"a": 1} -> {"a": 1, "k": "v"}
        member = f",{lead}{encoded_key}{colon}{encoded_value}"
        at = last.value.end
        return text[:at] + member + text[at:]
    close = obj.end - 1
    inner = text[obj.start + 1 : close]
    member = f"{encoded_key}: {encoded_value}"
    if "\n" not in inner:  # {} -> {"k": "v"};  { } -> { "k": "v" }
        return text[: obj.start + 1] + inner + member + inner + text[close:]
    outer = inner[inner.rfind("\n") + 1 :]
    newline = "\r\n" if "\r\n" in inner else "\n"
    added = f"{newline}{outer}{indent_unit or '  '}{member}"
    return text[: obj.start + 1] + added + text[obj.start + 1 :]


# --- INI --------------------------------------------------------------------------------------

# configparser's own patterns (SECTCRE, OPTCRE), applied to a stripped line.
_INI_SECTION = re.compile(r"\[(?P<header>.+)\]")
_INI_OPTION = re.compile(r"(?P<option>.*?)\s*(?P<vi>[=:])\s*(?P<value>.*)$")
_INI_LINE = re.compile(r"(?P<head>\s*.*?\s*[=:][ \t]*)(?P<value>.*?)(?P<end>\r?\n?)$", re.DOTALL)


@dataclass
class _IniScan:
    key_lines: list[int] = field(default_factory=list)  # the key's lines in the section
    continuations: set[int] = field(default_factory=set)  # continuation lines of those
    section_last: int | None = None  # the section's last line that is not blank or a comment


def _scan_ini(lines: list[str], section: str, key: str) -> _IniScan:
    """Read the lines as configparser does with its default settings (``RawConfigParser._read``)."""
    scan = _IniScan()
    current: str | None = None
    option: int | None = None  # the line of the option that continuation lines belong to
    indent = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", ";")):
            continue  # blank lines and comments do not end a value (empty_lines_in_values)
        line_indent = len(line) - len(line.lstrip())
        if option is not None and line_indent > indent:
            if option in scan.key_lines:
                scan.continuations.add(index)
        else:
            indent, option = line_indent, None
            header = _INI_SECTION.match(stripped)
            found = None if header else _INI_OPTION.match(stripped)
            if header:
                current = header.group("header")
            elif found and current is not None:
                option = index
                if current == section and found.group("option").rstrip().lower() == key.lower():
                    scan.key_lines.append(index)  # optionxform: keys match case-insensitively
        if current == section:
            scan.section_last = index
    return scan


def _edit_ini(text: str, selector: str, value: str) -> str:
    """Set ``section.key`` the way configparser reads the file (default settings).

    The key line keeps its spelling, separator and spacing; the rest of the line is the value
    (configparser has no inline comments by default), and so are its continuation lines
    (deeper-indented lines below it), which are removed. Every other line is left as it is.
    A duplicated key (which configparser's strict mode rejects) is set everywhere.
    """
    _no_line_breaks(value)
    section, key = selector.rsplit(".", 1)
    lines = _split_lines(text)
    newline = _newline_of(text)
    scan = _scan_ini(lines, section, key)
    if scan.section_last is None:  # no such section: append one
        lead = "" if not text else newline if text.endswith("\n") else newline * 2
        return f"{text}{lead}[{section}]{newline}{key} = {value}{newline}"
    if not scan.key_lines:  # add the key after the section's last entry
        last = scan.section_last
        if not lines[last].endswith("\n"):
            lines[last] += newline
        lines.insert(last + 1, f"{key} = {value}{newline}")
        return "".join(lines)
    for index in scan.key_lines:
        parts = _INI_LINE.match(lines[index])
        assert parts is not None
        head = parts.group("head")
        if not parts.group("value") and head.endswith(("=", ":")) and head[:-1].endswith((" ", "\t")):
            head += " "  # "key =" -> "key = value"
        lines[index] = head + value + parts.group("end")
    return "".join(line for index, line in enumerate(lines) if index not in scan.continuations)


# --- .env -------------------------------------------------------------------------------------

_ENV_ASSIGN = re.compile(
    r"[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<before>[ \t]*)=(?P<after>[ \t]*)"
)


def _env_value_end(text: str, start: int) -> int:
    """Where the value that starts at ``start`` ends: after its closing quote (which may be on a
    later line), or for a bare value before an inline ``#`` comment or the end of the line."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if line_end > start and text[line_end - 1] == "\r":
        line_end -= 1
    quote = text[start : start + 1]
    if quote in ("'", '"'):
        i = start + 1
        while i < len(text):
            if text[i] == "\\" and quote == '"':
                i += 2
                continue
            if text[i] == quote:
                return i + 1
            i += 1
        return line_end  # unterminated: treat the rest of the line as the value
    comment = re.search(r"(?:^|[ \t])#", text[start:line_end])
    return start + comment.start() if comment else line_end


def _env_quote(value: str) -> str:
    if _ENV_BARE.fullmatch(value):
        return value
    escaped = re.sub(r'([\\"$`])', r"\\\1", value)
    return f'"{escaped}"'


def _edit_env(text: str, name: str, value: str) -> str:
    """Set ``NAME=value`` (or ``export NAME=value``) everywhere it is assigned.

    The old value is everything after ``=`` up to an inline comment, or a whole quoted string
    (even one spanning lines); the name, ``export``, spacing and comment stay. The new value is
    double-quoted, with ``\\ " $ ` `` escaped, only when it has characters a shell would treat
    specially.
    """
    _no_line_breaks(value)
    new = _env_quote(value)
    pieces: list[str] = []
    done = 0  # text before this offset has been copied to pieces
    pos = 0
    found = False
    while pos < len(text):
        assign = _ENV_ASSIGN.match(text, pos)
        resume = pos
        if assign:
            end = _env_value_end(text, assign.end())
            resume = end
            if assign.group("name") == name:
                # Spaces after '=' stay only in the "NAME = value" style; in a shell "NAME= x"
                # would run x, so "NAME= # note" becomes "NAME=value # note".
                keep = assign.end() if assign.group("before") else assign.start("after")
                gap = " " if text[end : end + 1] == "#" else ""
                pieces += [text[done:keep], new + gap]
                done = end
                found = True
        next_line = text.find("\n", resume)
        pos = len(text) if next_line < 0 else next_line + 1
    pieces.append(text[done:])
    if found:
        return "".join(pieces)
    newline = _newline_of(text)
    lead = newline if text and not text.endswith("\n") else ""
    return f"{text}{lead}{name}={new}{newline}"


_EDITORS: dict[str, _Editor] = {"json": _edit_json, "ini": _edit_ini, "env": _edit_env}


def set_json_string(text: str, pointer: str, value: str) -> str:
    """``text`` with the string at ``pointer`` set to ``value``, every other byte unchanged."""
    return _edit_json(text, pointer, value)
