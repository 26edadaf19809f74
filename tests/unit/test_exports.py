"""Export targets: text forms, and writing a token to real files, a keyring and real commands.

File tests compare the whole file with the expected text, so any byte changed outside the
token's value fails them.
"""

import configparser
import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import keyring
import keyring.errors
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui_app.core.errors import AuthError, ConfigError
from gui_app.core.exports import (
    ExportFailed,
    ExportTarget,
    from_stored,
    parse_target,
    to_stored,
    write_target,
)

from .conftest import MemoryKeyring

TOKEN = "rt-1.NEW_token~/+=_-"  # only characters a .env value may hold unquoted
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and process groups")


def write(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_bytes(text.encode("utf-8"))
    path.chmod(mode)
    return path


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def failure(target: ExportTarget, value: str = TOKEN, **kwargs) -> ExportFailed:
    with pytest.raises(ExportFailed) as caught:
        write_target(target, value, **kwargs)
    err = caught.value
    if value:
        assert value not in str(err)
        assert value not in repr(err)
        assert value not in err.next_step
    assert err.__cause__ is None
    return err


def json_target(path: Path, pointer: str) -> ExportTarget:
    return parse_target(f"json:{path}#{pointer}")


# --- text forms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "location", "selector"),
    [
        (
            "json:/srv/app/config.json#/auth/refresh_token",
            "json",
            "/srv/app/config.json",
            "/auth/refresh_token",
        ),
        ("json:/srv/a.json#/a~1b/m~0n/0", "json", "/srv/a.json", "/a~1b/m~0n/0"),
        ("json:/srv/a.json#/#hash key", "json", "/srv/a.json", "/#hash key"),
        ("ini:/etc/app/app.ini#auth.refresh_token", "ini", "/etc/app/app.ini", "auth.refresh_token"),
        ("ini:/etc/app.ini#server.eu.token", "ini", "/etc/app.ini", "server.eu.token"),
        ("env:/srv/app/.env#APP_TOKEN", "env", "/srv/app/.env", "APP_TOKEN"),
        ("keyring:acme-sync/svc@example.com", "keyring", "acme-sync/svc@example.com", ""),
        ("keyring:svc/DOMAIN/user", "keyring", "svc/DOMAIN/user", ""),
        (
            "command:/usr/local/bin/push-token --name 'a b'",
            "command",
            "/usr/local/bin/push-token --name 'a b'",
            "",
        ),
    ],
)
@pytest.mark.parametrize("token", ["refresh", "access"])
def test_text_forms_round_trip(text, kind, location, selector, token):
    target = parse_target(text, token)
    assert target == ExportTarget(kind, location, selector, token)
    assert target.spec() == text
    assert to_stored(target) == f"{token} {text}"
    assert from_stored(to_stored(target)) == target
    assert parse_target(target.spec(), token) == target


def test_token_kind_defaults_to_refresh():
    assert parse_target("env:/a/.env#X").token == "refresh"


def test_home_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    target = parse_target("json:~/app/config.json#/token")
    assert target.location == str(tmp_path / "app" / "config.json")
    assert target.spec() == f"json:{tmp_path}/app/config.json#/token"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "json:/srv/app/config.json#/auth/refresh_token",
            "the key /auth/refresh_token in /srv/app/config.json",
        ),
        ("ini:/etc/app.ini#server.eu.token", "the key token in section [server.eu] of /etc/app.ini"),
        ("env:/srv/app/.env#APP_TOKEN", "the variable APP_TOKEN in /srv/app/.env"),
        ("keyring:acme/svc-user", "the keyring entry svc-user of service acme"),
        ("command:push-token --quiet", "the command push-token --quiet"),
    ],
)
def test_describe_in_plain_words(text, expected):
    assert parse_target(text).describe() == expected


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("yaml:/a.yml#x", "json:/absolute/path/file.json#/json/pointer"),
        ("no colon", "keyring:SERVICE/USERNAME"),
        ("", "command:PROGRAM ARGUMENTS"),
        ("json:relative/config.json#/a", "json:/absolute/path/file.json#/json/pointer"),
        ("json:/srv/a.json", "json:/absolute/path/file.json#/json/pointer"),
        ("json:/srv/a.json#auth/token", "json:/absolute/path/file.json#/json/pointer"),
        ("json:/srv/a.json#", "json:/absolute/path/file.json#/json/pointer"),
        ("json:/srv/a.json#/bad~2escape", "json:/absolute/path/file.json#/json/pointer"),
        ("json:/srv/a#b.json#/x", "json:/absolute/path/file.json#/json/pointer"),
        ("ini:/a.ini#nodot", "ini:/absolute/path/file.ini#section.key"),
        ("ini:/a.ini#.key", "ini:/absolute/path/file.ini#section.key"),
        ("ini:/a.ini#section.", "ini:/absolute/path/file.ini#section.key"),
        ("ini:/a.ini#s.k=v", "ini:/absolute/path/file.ini#section.key"),
        ("ini:a.ini#s.k", "ini:/absolute/path/file.ini#section.key"),
        ("env:/a/.env#1BAD", "env:/absolute/path/.env#VARIABLE"),
        ("env:/a/.env#A-B", "env:/absolute/path/.env#VARIABLE"),
        ("env:/a/.env", "env:/absolute/path/.env#VARIABLE"),
        ("keyring:service-only", "keyring:SERVICE/USERNAME"),
        ("keyring:/user", "keyring:SERVICE/USERNAME"),
        ("keyring:svc/", "keyring:SERVICE/USERNAME"),
        ("command:", "command:PROGRAM ARGUMENTS"),
        ("command:push 'unbalanced", "command:PROGRAM ARGUMENTS"),
    ],
)
def test_malformed_text_names_the_form_expected(text, form):
    with pytest.raises(ConfigError) as caught:
        parse_target(text)
    assert form in caught.value.next_step
    assert caught.value.exit_code == 2


def test_fields_are_checked_on_construction_too():
    with pytest.raises(ConfigError):
        ExportTarget("json", "/a.json", "no-pointer")
    with pytest.raises(ConfigError):
        ExportTarget("env", "/a/.env", "X\nY")
    with pytest.raises(ConfigError):
        ExportTarget("keyring", "svc/user", "/x")
    with pytest.raises(ConfigError):
        ExportTarget("env", "/a/.env", "X", token="id")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["json:/a.json#/x", "id json:/a.json#/x", "refresh", "refresh bad:/x"])
def test_malformed_stored_text(text):
    with pytest.raises(ConfigError):
        from_stored(text)


def test_export_failed_is_an_auth_error_with_exit_code_4():
    err = ExportFailed("Could not update x.")
    assert isinstance(err, AuthError)
    assert err.exit_code == 4
    assert "oauth-setup export retry NAME" in err.next_step


# --- JSON --------------------------------------------------------------------------------------

JSON_DOC = (
    "{\n"
    '  "name": "caf\\u00e9",\n'
    '  "ratio": 1.50, "big": 1E+400, "n": -0.0,\n'
    '  "auth": {\n'
    '\t"client_id": "abc",\n'
    '\t"refresh_token": "old-token",\n'
    '\t"scopes": [ "a" ,"b" ]\n'
    "  },\n"
    '  "a/b": {"m~n": "x"},\n'
    '  "accounts": [{"token": null}, {"token": 12}],\n'
    '  "empty": {},\n'
    '  "spaced": { },\n'
    '  "open": {\n'
    "  }\n"
    "}\n"
)


@pytest.mark.parametrize(
    ("pointer", "old", "new"),
    [
        ("/auth/refresh_token", '"old-token"', f'"{TOKEN}"'),
        ("/a~1b/m~0n", '{"m~n": "x"}', f'{{"m~n": "{TOKEN}"}}'),
        ("/accounts/0/token", '{"token": null}', f'{{"token": "{TOKEN}"}}'),
        ("/accounts/1/token", '{"token": 12}', f'{{"token": "{TOKEN}"}}'),
        ("/auth/scopes/1", '"b" ]', f'"{TOKEN}" ]'),
        ("/auth/scopes", '[ "a" ,"b" ]', f'"{TOKEN}"'),
        ("/ratio", "1.50,", f'"{TOKEN}",'),
    ],
)
def test_json_replaces_only_the_value(tmp_path, pointer, old, new):
    path = write(tmp_path / "config.json", JSON_DOC)
    write_target(json_target(path, pointer), TOKEN)
    assert JSON_DOC.count(old) == 1
    assert read(path) == JSON_DOC.replace(old, new)


def test_json_value_is_encoded_as_a_json_string(tmp_path):
    path = write(tmp_path / "c.json", '{"t": "x"}')
    write_target(json_target(path, "/t"), 'a"b\\c\u00e9\n')
    assert read(path) == '{"t": "a\\"b\\\\c\\u00e9\\n"}'
    assert json.loads(read(path)) == {"t": 'a"b\\c\u00e9\n'}


@pytest.mark.parametrize(
    ("pointer", "old", "new"),
    [
        ("/auth/access_token", '"b" ]\n', f'"b" ],\n\t"access_token": "{TOKEN}"\n'),
        ("/a~1b/k", '"x"}', f'"x", "k": "{TOKEN}"}}'),
        ("/empty/k", '"empty": {}', f'"empty": {{"k": "{TOKEN}"}}'),
        ("/spaced/k", '"spaced": { }', f'"spaced": {{ "k": "{TOKEN}" }}'),
        # an empty multi-line object: one indentation step (learned from the document) deeper
        ("/open/k", '"open": {\n  }', f'"open": {{\n    "k": "{TOKEN}"\n  }}'),
        ("/new", '  "open": {\n  }\n', f'  "open": {{\n  }},\n  "new": "{TOKEN}"\n'),
    ],
)
def test_json_missing_last_key_is_inserted_like_its_siblings(tmp_path, pointer, old, new):
    path = write(tmp_path / "config.json", JSON_DOC)
    write_target(json_target(path, pointer), TOKEN)
    assert JSON_DOC.count(old) == 1
    assert read(path) == JSON_DOC.replace(old, new)
    json.loads(read(path))


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ('{"a":1}', f'{{"a":1,"b":"{TOKEN}"}}'),
        ('{"a": 1}', f'{{"a": 1, "b": "{TOKEN}"}}'),
        ('{"x": 1, "a": 2}', f'{{"x": 1, "a": 2, "b": "{TOKEN}"}}'),
        ('{\r\n    "a": 1\r\n}\r\n', f'{{\r\n    "a": 1,\r\n    "b": "{TOKEN}"\r\n}}\r\n'),
        ("{\n}", f'{{\n  "b": "{TOKEN}"\n}}'),
        ('{\n    "o": {\n    }\n}', f'{{\n    "o": {{\n    }},\n    "b": "{TOKEN}"\n}}'),
    ],
)
def test_json_insert_styles(tmp_path, doc, expected):
    path = write(tmp_path / "c.json", doc)
    write_target(json_target(path, "/b"), TOKEN)
    assert read(path) == expected


def test_json_duplicate_keys_last_one_is_set(tmp_path):
    path = write(tmp_path / "c.json", '{"t": "1", "t": "2"}')
    write_target(json_target(path, "/t"), TOKEN)
    assert read(path) == f'{{"t": "1", "t": "{TOKEN}"}}'


def test_json_byte_order_mark_is_kept(tmp_path):
    path = write(tmp_path / "c.json", '\ufeff{"t": "old"}\n')
    write_target(json_target(path, "/t"), TOKEN)
    assert path.read_bytes() == b'\xef\xbb\xbf{"t": "' + TOKEN.encode() + b'"}\n'


def test_json_nan_and_infinity_are_left_alone(tmp_path):
    path = write(tmp_path / "c.json", '{"a": NaN, "b": -Infinity, "t": "old"}')
    write_target(json_target(path, "/t"), TOKEN)
    assert read(path) == f'{{"a": NaN, "b": -Infinity, "t": "{TOKEN}"}}'


@pytest.mark.parametrize(
    ("pointer", "reason"),
    [
        ("/missing/token", "there is no key /missing in the file"),
        ("/auth/nested/deeper", "there is no key /auth/nested in the file"),
        ("/accounts/2/token", "the list /accounts has 2 items, so there is no position 2"),
        ("/accounts/-", "/accounts is a list and '-' is not a position in it"),
        ("/accounts/01", "/accounts is a list and '01' is not a position in it"),
        ("/name/x", "the value at /name is not an object or a list"),
    ],
)
def test_json_unreachable_pointer_fails_and_leaves_the_file(tmp_path, pointer, reason):
    path = write(tmp_path / "config.json", JSON_DOC)
    err = failure(json_target(path, pointer))
    assert err.message == f"Could not update the key {pointer} in {path}: {reason}."
    assert read(path) == JSON_DOC


def test_invalid_json_names_the_line_not_the_content(tmp_path):
    doc = '{\n  "t": "old-secret",\n  "x": ,\n}\n'
    path = write(tmp_path / "config.json", doc)
    err = failure(json_target(path, "/t"))
    assert err.message == f"Could not update the key /t in {path}: the file is not valid JSON (line 3)."
    assert err.next_step == "Fix the file, then run 'oauth-setup export retry NAME'."
    assert "old-secret" not in str(err)
    assert read(path) == doc


@pytest.mark.parametrize("doc", ["", "   ", '{"t": "x"} trailing', "[1, 2,]"])
def test_json_other_invalid_documents(tmp_path, doc):
    path = write(tmp_path / "c.json", doc)
    failure(json_target(path, "/t"))
    assert read(path) == doc


def test_json_top_level_array(tmp_path):
    path = write(tmp_path / "c.json", '[ "a", "b" ]')
    write_target(json_target(path, "/1"), TOKEN)
    assert read(path) == f'[ "a", "{TOKEN}" ]'


# UTF-8 files hold no lone surrogates; targets are one line
_text = st.characters(codec="utf-8")
_keys = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\0"), max_size=6)
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(_text, max_size=8),
)
_documents = st.dictionaries(
    _keys,
    st.recursive(
        _scalars,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(_keys, children, max_size=3),
        max_leaves=12,
    ),
    min_size=1,
    max_size=5,
)


MARK = "\x00mark\x00"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    doc=_documents,
    indent=st.sampled_from([None, 0, 1, 2, 4, "\t"]),
    ascii_only=st.booleans(),
    nested=st.booleans(),
    pick=st.integers(min_value=0),
    value=st.text(min_size=1, max_size=20),
)
def test_json_random_documents_change_only_that_value(tmp_path, doc, indent, ascii_only, nested, pick, value):
    """Setting a key replaces exactly its old value's text; every other byte stays."""
    key = sorted(doc)[pick % len(doc)]
    escaped = key.replace("~", "~0").replace("/", "~1")

    def dump(inner):
        return json.dumps(
            {"list": [1, inner], "z": 0} if nested else inner, indent=indent, ensure_ascii=ascii_only
        )

    text = dump(doc)
    path = write(tmp_path / "random.json", text)
    write_target(json_target(path, f"/list/1/{escaped}" if nested else f"/{escaped}"), value)
    expected = dump({**doc, key: MARK}).replace(json.dumps(MARK, ensure_ascii=ascii_only), json.dumps(value))
    assert read(path) == expected
    assert json.loads(read(path)) == json.loads(dump({**doc, key: value}))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=_documents, indent=st.sampled_from([None, 0, 2, 4, "\t"]), value=st.text(min_size=1, max_size=20))
def test_json_random_documents_new_key_is_added_as_json_dumps_would(tmp_path, doc, indent, value):
    doc = {k: v for k, v in doc.items() if k != "added~/"} or {"a": 1}
    path = write(tmp_path / "random.json", json.dumps(doc, indent=indent))
    write_target(json_target(path, "/added~0~1"), value)
    assert read(path) == json.dumps({**doc, "added~/": value}, indent=indent)


# --- INI ---------------------------------------------------------------------------------------

INI_DOC = (
    "; integration settings\n"
    "[DEFAULT]\n"
    "timeout = 30\n"
    "\n"
    "[auth]\n"
    "# the refresh token, rotated by oauth-setup\n"
    "Refresh_Token = old-token ; not a comment for configparser\n"
    "client_id=abc\n"
    "scope: read write\n"
    "    admin\n"
    "\n"
    "[server.eu]\n"
    "refresh_token = other\n"
    "url = https://eu.example.com\n"
    "\n"
    "# next section\n"
    "[logging]\n"
    "level=INFO"
)


def ini_target(path: Path, selector: str) -> ExportTarget:
    return parse_target(f"ini:{path}#{selector}")


def configparser_reads(path: Path, section: str, key: str) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    return parser[section][key]


@pytest.mark.parametrize(
    ("selector", "old", "new"),
    [
        (
            "auth.refresh_token",
            "Refresh_Token = old-token ; not a comment for configparser\n",
            f"Refresh_Token = {TOKEN}\n",
        ),
        ("auth.CLIENT_ID", "client_id=abc\n", f"client_id={TOKEN}\n"),
        ("auth.scope", "scope: read write\n    admin\n", f"scope: {TOKEN}\n"),
        ("server.eu.refresh_token", "refresh_token = other\n", f"refresh_token = {TOKEN}\n"),
        ("logging.level", "level=INFO", f"level={TOKEN}"),
        ("DEFAULT.timeout", "timeout = 30\n", f"timeout = {TOKEN}\n"),
    ],
)
def test_ini_replaces_the_value_on_the_key_line(tmp_path, selector, old, new):
    path = write(tmp_path / "app.ini", INI_DOC)
    write_target(ini_target(path, selector), TOKEN)
    assert INI_DOC.count(old) == 1
    assert read(path) == INI_DOC.replace(old, new)
    section, key = selector.rsplit(".", 1)
    assert configparser_reads(path, section, key) == TOKEN


@pytest.mark.parametrize(
    ("selector", "old", "new"),
    [
        # after the section's last entry (a continuation line), before the blank line
        ("auth.access_token", "    admin\n\n", f"    admin\naccess_token = {TOKEN}\n\n"),
        # before the comment that introduces the next section
        ("server.eu.token", "eu.example.com\n\n# next", f"eu.example.com\ntoken = {TOKEN}\n\n# next"),
        # a last line without a newline gets one
        ("logging.token", "level=INFO", f"level=INFO\ntoken = {TOKEN}\n"),
    ],
)
def test_ini_missing_key_is_added_to_its_section(tmp_path, selector, old, new):
    path = write(tmp_path / "app.ini", INI_DOC)
    write_target(ini_target(path, selector), TOKEN)
    assert INI_DOC.count(old) == 1
    assert read(path) == INI_DOC.replace(old, new)
    section, key = selector.rsplit(".", 1)
    assert configparser_reads(path, section, key) == TOKEN


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (INI_DOC, f"{INI_DOC}\n\n[new.section]\ntoken = {TOKEN}\n"),
        ("[a]\nx = 1\n", f"[a]\nx = 1\n\n[new.section]\ntoken = {TOKEN}\n"),
        ("[a]\r\nx = 1\r\n", f"[a]\r\nx = 1\r\n\r\n[new.section]\r\ntoken = {TOKEN}\r\n"),
        ("", f"[new.section]\ntoken = {TOKEN}\n"),
    ],
)
def test_ini_missing_section_is_appended(tmp_path, doc, expected):
    path = write(tmp_path / "app.ini", doc)
    write_target(ini_target(path, "new.section.token"), TOKEN)
    assert read(path) == expected
    assert configparser_reads(path, "new.section", "token") == TOKEN


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("[s]\r\nk = old\r\nz = 1\r\n", f"[s]\r\nk = {TOKEN}\r\nz = 1\r\n"),
        ("[s]\nk =\n", f"[s]\nk = {TOKEN}\n"),
        ("[s]\nk=\n", f"[s]\nk={TOKEN}\n"),
        ("[s]\n  k  :  old  \n", f"[s]\n  k  :  {TOKEN}\n"),
        ("[s]\nk = old\n# k = older\nk = dup\n", f"[s]\nk = {TOKEN}\n# k = older\nk = {TOKEN}\n"),
        ("[s]\nk = a\n  b\n  ; kept\n\n  c\nz=1\n", f"[s]\nk = {TOKEN}\n  ; kept\n\nz=1\n"),
        ("[t]\nk = x\n[s]\nother = 1\n", f"[t]\nk = x\n[s]\nother = 1\nk = {TOKEN}\n"),
    ],
)
def test_ini_line_styles(tmp_path, doc, expected):
    path = write(tmp_path / "app.ini", doc)
    write_target(ini_target(path, "s.k"), TOKEN)
    assert read(path) == expected


def test_ini_refuses_a_value_with_a_line_break(tmp_path):
    path = write(tmp_path / "app.ini", INI_DOC)
    err = failure(ini_target(path, "auth.refresh_token"), "abc\ndef")
    assert "line break" in err.message
    assert read(path) == INI_DOC


# --- .env --------------------------------------------------------------------------------------

ENV_DOC = (
    "# app settings\n"
    "APP_URL=https://app.example.com\n"
    "export APP_TOKEN='old token'  # rotated by oauth-setup\n"
    "APP_TOKEN_OLD=keep\n"
    "# APP_TOKEN=commented-out\n"
    'MULTI="line one\n'
    'APP_TOKEN=inside another value"\n'
    "LAST=1"
)


def env_target(path: Path, name: str = "APP_TOKEN") -> ExportTarget:
    return parse_target(f"env:{path}#{name}")


def test_env_replaces_the_value(tmp_path):
    path = write(tmp_path / ".env", ENV_DOC)
    write_target(env_target(path), TOKEN)
    old = "export APP_TOKEN='old token'  #"
    assert read(path) == ENV_DOC.replace(old, f"export APP_TOKEN={TOKEN}  #")


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ("APP_TOKEN=old\n", f"APP_TOKEN={TOKEN}\n"),
        ("APP_TOKEN=old", f"APP_TOKEN={TOKEN}"),
        ("APP_TOKEN=\n", f"APP_TOKEN={TOKEN}\n"),
        ("APP_TOKEN= # note\n", f"APP_TOKEN={TOKEN} # note\n"),
        ("APP_TOKEN = old\n", f"APP_TOKEN = {TOKEN}\n"),
        ("  export   APP_TOKEN=old\r\nX=1\r\n", f"  export   APP_TOKEN={TOKEN}\r\nX=1\r\n"),
        ('APP_TOKEN="old \\" # still value" # note\n', f"APP_TOKEN={TOKEN} # note\n"),
        ('APP_TOKEN="multi\nline"\nX=1\n', f"APP_TOKEN={TOKEN}\nX=1\n"),
        ("APP_TOKEN=a\nAPP_TOKEN=b\n", f"APP_TOKEN={TOKEN}\nAPP_TOKEN={TOKEN}\n"),
        ("X=1\n", f"X=1\nAPP_TOKEN={TOKEN}\n"),
        ("X=1", f"X=1\nAPP_TOKEN={TOKEN}\n"),
        ("X=1\r\n", f"X=1\r\nAPP_TOKEN={TOKEN}\r\n"),
        ("", f"APP_TOKEN={TOKEN}\n"),
        ("# APP_TOKEN=x\n", f"# APP_TOKEN=x\nAPP_TOKEN={TOKEN}\n"),
    ],
)
def test_env_line_styles(tmp_path, doc, expected):
    path = write(tmp_path / ".env", doc)
    write_target(env_target(path), TOKEN)
    assert read(path) == expected


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("abc.DEF_~+/=-9", "abc.DEF_~+/=-9"),
        ("a b", '"a b"'),
        ('q"uo\\te', '"q\\"uo\\\\te"'),
        ("$HOME`id`", '"\\$HOME\\`id\\`"'),
        ("it's#1", '"it\'s#1"'),
    ],
)
def test_env_quotes_only_when_needed(tmp_path, value, written):
    path = write(tmp_path / ".env", "APP_TOKEN=old\n")
    write_target(env_target(path), value)
    assert read(path) == f"APP_TOKEN={written}\n"


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
@pytest.mark.parametrize("value", [TOKEN, "a b", 'q"uo\\te', "$HOME`id`$(id)", "it's #1 !*?"])
def test_env_file_sourced_by_a_shell_gives_the_value_back(tmp_path, value):
    path = write(
        tmp_path / ".env",
        ENV_DOC.replace("MULTI=", "# MULTI=").replace('APP_TOKEN=inside another value"', ""),
    )
    write_target(env_target(path), value)
    out = subprocess.run(
        ["sh", "-c", '. "$1" && printf %s "$APP_TOKEN"', "sh", str(path)],
        capture_output=True,
        check=True,
    )
    assert out.stdout.decode() == value


def test_env_refuses_a_value_with_a_line_break(tmp_path):
    path = write(tmp_path / ".env", ENV_DOC)
    failure(env_target(path), "abc\r\ndef")
    assert read(path) == ENV_DOC


# --- all file kinds ----------------------------------------------------------------------------

FILE_CASES = [
    ("json", "config.json", '{"t": "old"}\n', "/t"),
    ("ini", "app.ini", "[s]\nt = old\n", "s.t"),
    ("env", "app.env", "T=old\n", "T"),
]


def file_target(kind: str, path: Path, selector: str) -> ExportTarget:
    return parse_target(f"{kind}:{path}#{selector}")


@pytest.mark.parametrize(("kind", "name", "doc", "selector"), FILE_CASES)
def test_missing_file_is_not_created(tmp_path, kind, name, doc, selector):
    path = tmp_path / name
    err = failure(file_target(kind, path, selector))
    assert f"the file {path} does not exist" in err.message
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@posix_only
@pytest.mark.parametrize(("kind", "name", "doc", "selector"), FILE_CASES)
@pytest.mark.parametrize("mode", [0o600, 0o640, 0o444])
def test_file_is_replaced_atomically_keeping_its_mode(tmp_path, kind, name, doc, selector, mode):
    path = write(tmp_path / name, doc, mode)
    inode = path.stat().st_ino
    write_target(file_target(kind, path, selector), TOKEN)
    assert TOKEN in read(path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert path.stat().st_ino != inode  # a new file renamed into place, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temp file left behind


@posix_only
@pytest.mark.skipif(not ROOT, reason="changing a file's owner needs root")
def test_file_keeps_its_owner(tmp_path):
    path = write(tmp_path / "c.json", '{"t": "old"}', 0o640)
    os.chown(path, 4321, 4322)
    write_target(json_target(path, "/t"), TOKEN)
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_unchanged_value_leaves_the_file_alone(tmp_path):
    path = write(tmp_path / "c.json", f'{{"t": "{TOKEN}"}}')
    inode = path.stat().st_ino
    write_target(json_target(path, "/t"), TOKEN)
    assert path.stat().st_ino == inode


@posix_only
@pytest.mark.parametrize(("kind", "name", "doc", "selector"), FILE_CASES)
def test_symlink_is_followed_and_kept(tmp_path, kind, name, doc, selector):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = write(real_dir / name, doc, 0o640)
    link = tmp_path / f"link-{name}"
    link.symlink_to(Path("real") / name)  # relative, as admins usually make them
    write_target(file_target(kind, link, selector), TOKEN)
    assert link.is_symlink()
    assert os.readlink(link) == str(Path("real") / name)
    assert TOKEN in read(real)
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real_dir.iterdir()) == [name]


@posix_only
def test_dangling_symlink_is_a_missing_file(tmp_path):
    link = tmp_path / "c.json"
    link.symlink_to(tmp_path / "gone.json")
    err = failure(json_target(link, "/t"))
    assert "does not exist" in err.message
    assert not (tmp_path / "gone.json").exists()


WRITE_IN_CHILD = """
import sys
from gui_app.core.exports import ExportFailed, parse_target, write_target
try:
    write_target(parse_target(sys.argv[1]), sys.argv[2])
except ExportFailed as exc:
    print(exc.message)
"""


def write_without_root_powers(spec: str) -> str:
    """Root ignores permission bits; a child without CAP_DAC_OVERRIDE does not."""
    drop = ["--bounding-set", "-dac_override,-dac_read_search"]
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing")
    proc = subprocess.run(
        [setpriv, *drop, sys.executable, "-c", WRITE_IN_CHILD, spec, TOKEN],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parents[2],
        check=False,
    )
    if proc.returncode != 0 and "setpriv" in proc.stderr:
        pytest.skip(f"cannot drop root's powers here: {proc.stderr.strip()}")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@posix_only
def test_read_only_directory(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = write(folder / "c.json", '{"t": "old"}')
    folder.chmod(0o500)
    try:
        message = (
            write_without_root_powers(f"json:{path}#/t") if ROOT else failure(json_target(path, "/t")).message
        )
    finally:
        folder.chmod(0o700)
    assert message == (
        f"Could not update the key /t in {path}: "
        f"the file could not be written in {folder} (Permission denied)."
    )
    assert read(path) == '{"t": "old"}'
    assert [p.name for p in folder.iterdir()] == ["c.json"]


def test_directory_that_refuses_the_temporary_file(tmp_path):
    """Fails for root too: the temporary file's name (".NAME.xxxxxxxx.tmp") is longer than the
    file system allows, so creating it in the directory raises a real OSError."""
    max_name = os.pathconf(tmp_path, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    path = write(tmp_path / ("c" * (max_name - 5) + ".json"), '{"t": "old"}')
    err = failure(json_target(path, "/t"))
    assert err.message.startswith(f"Could not update the key /t in {path}: the file could not be written in")
    assert "name too long" in err.message.lower()
    assert read(path) == '{"t": "old"}'
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_directory_instead_of_a_file(tmp_path):
    (tmp_path / "c.json").mkdir()
    err = failure(json_target(tmp_path / "c.json", "/t"))
    assert "is not a regular file" in err.message


def test_path_below_a_file(tmp_path):
    parent = write(tmp_path / "plain", "x")
    err = failure(json_target(parent / "c.json", "/t"))
    assert str(parent / "c.json") in err.message


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "app.ini"
    path.write_bytes(b"[s]\nt = caf\xe9\n")
    err = failure(ini_target(path, "s.t"))
    assert "not UTF-8" in err.message
    assert path.read_bytes() == b"[s]\nt = caf\xe9\n"


def test_empty_value_is_refused(tmp_path):
    path = write(tmp_path / "c.json", '{"t": "old"}')
    err = failure(json_target(path, "/t"), value="")
    assert "there is no token to write" in err.message


@pytest.mark.parametrize("kind", ["ini", "env"])
def test_value_that_is_not_text_is_refused(tmp_path, kind):
    name, doc, selector = {"ini": ("a.ini", "[s]\nt = old\n", "s.t"), "env": ("a.env", "T=old\n", "T")}[kind]
    path = write(tmp_path / name, doc)
    err = failure(file_target(kind, path, selector), value="tok\ud800en")
    assert "the token is not valid text" in err.message
    assert read(path) == doc


# --- keyring -----------------------------------------------------------------------------------


def test_keyring_entry_is_set(memory_keyring):
    memory_keyring.entries[("acme", "svc")] = "old"
    write_target(parse_target("keyring:acme/svc"), TOKEN)
    assert memory_keyring.entries[("acme", "svc")] == TOKEN
    write_target(parse_target("keyring:acme/DOMAIN/user"), TOKEN)
    assert memory_keyring.entries[("acme", "DOMAIN/user")] == TOKEN


class RefusingKeyring(MemoryKeyring):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def set_password(self, service, username, password):
        raise self.error


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (keyring.errors.KeyringLocked("locked"), "the keyring is locked"),
        (keyring.errors.NoKeyringError("none"), "there is no keyring on this computer"),
        (keyring.errors.PasswordSetError(f"rejected {TOKEN}"), "the keyring refused it (PasswordSetError)"),
        (OSError(f"dbus said {TOKEN}"), "the keyring refused it (OSError)"),
    ],
)
def test_keyring_failure(memory_keyring, error, reason):
    keyring.set_keyring(RefusingKeyring(error))  # the fixture restores the previous backend
    err = failure(parse_target("keyring:acme/svc"))
    assert err.message == f"Could not update the keyring entry svc of service acme: {reason}."


# --- command -----------------------------------------------------------------------------------


def py_command(tmp_path: Path, code: str, *args: str) -> ExportTarget:
    """A real little program: ``python script.py ARGS``."""
    script = write(tmp_path / f"prog{len(list(tmp_path.glob('prog*')))}.py", code)
    return parse_target("command:" + shlex.join([sys.executable, str(script), *args]))


RECORD = """
import json, os, sys
data = sys.stdin.buffer.read()
print("echo", data.decode()); print("echo", data.decode(), file=sys.stderr)
with open(sys.argv[1], "w") as f:
    json.dump({"stdin": data.decode(), "argv": sys.argv, "env": dict(os.environ)}, f)
"""


def test_command_gets_the_token_on_stdin_only(tmp_path, capfd, caplog):
    out = tmp_path / "seen.json"
    write_target(py_command(tmp_path, RECORD, str(out)), TOKEN)
    seen = json.loads(out.read_text())
    assert seen["stdin"] == TOKEN  # exactly the token, no newline added
    assert TOKEN not in " ".join(seen["argv"])
    assert seen["env"] == dict(os.environ)
    assert all(TOKEN not in v for v in seen["env"].values())
    captured = capfd.readouterr()  # its output was discarded, not passed through or logged
    assert TOKEN not in captured.out + captured.err
    assert TOKEN not in caplog.text


def test_command_exit_code_is_reported(tmp_path):
    err = failure(py_command(tmp_path, "import sys; sys.stdin.read(); sys.exit(3)"))
    assert err.message.endswith(": it ended with exit code 3.")
    assert err.message.startswith(f"Could not hand the token to the command {sys.executable}")


def test_command_that_does_not_read_stdin_still_counts(tmp_path):
    write_target(py_command(tmp_path, "pass"), TOKEN * 10000)  # larger than a pipe's buffer


def test_command_timeout_stops_it_and_what_it_started(tmp_path):
    marker = tmp_path / "late"
    code = (
        "import subprocess, sys, time\n"
        "late = 'import time, pathlib, sys; time.sleep(1); pathlib.Path(sys.argv[1]).write_text(\"x\")'\n"
        "subprocess.Popen([sys.executable, '-c', late, sys.argv[1]])\n"
        "time.sleep(60)\n"
    )
    started = time.monotonic()
    err = failure(py_command(tmp_path, code, str(marker)), command_timeout=0.5)
    assert time.monotonic() - started < 10
    assert err.message.endswith(": it did not finish within 0.5 seconds.")
    if sys.platform != "win32":  # POSIX: the whole process group was killed
        time.sleep(1.5)
        assert not marker.exists()


@posix_only
def test_command_killed_by_a_signal(tmp_path):
    err = failure(py_command(tmp_path, "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"))
    assert err.message.endswith(": it was stopped by signal 15.")


def test_command_not_found(tmp_path):
    err = failure(parse_target(f"command:{tmp_path}/no-such-program --flag"))
    assert err.message.endswith(f": the program {tmp_path}/no-such-program was not found.")


@posix_only
def test_command_not_executable(tmp_path):
    script = write(tmp_path / "push.sh", "#!/bin/sh\ncat >/dev/null\n", 0o644)
    err = failure(parse_target(f"command:{script}"))
    assert "could not be started (Permission denied)" in err.message
