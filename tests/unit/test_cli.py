"""The command line's contract: exit codes, one-sentence errors, no secrets on stdout."""

import io
import json

import pytest

from gui_app.cli import main


@pytest.fixture
def cli(paths, memory_keyring, capsys, monkeypatch):
    def run(*args, stdin=None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def add_goto(cli, name="crm", secret="S3CR3T-VALUE\n"):
    return cli(
        "profile",
        "add",
        name,
        "--preset",
        "goto",
        "--client-id",
        "cid",
        "--client-secret-stdin",
        stdin=secret,
    )


def test_profile_add_keeps_secret_in_keyring_not_in_files(cli, paths, memory_keyring):
    code, out, err = add_goto(cli)
    assert code == 0, err
    assert "oauth-setup login crm" in out
    assert memory_keyring.entries[("oauth-setup", "crm/client_secret")] == "S3CR3T-VALUE"
    assert "S3CR3T-VALUE" not in paths.profiles_file.read_text()
    code, out, _ = cli("profile", "show", "crm")
    assert "token_url: https://authentication.logmeininc.com/oauth/token" in out
    assert "S3CR3T" not in out


def test_profile_list_and_remove_without_tokens(cli, memory_keyring):
    add_goto(cli)
    assert "crm\t" in cli("profile", "list")[1]
    code, out, _ = cli("profile", "remove", "crm")
    assert code == 0 and "removed" in out
    assert memory_keyring.entries == {}
    assert cli("profile", "show", "crm")[0] == 2


def test_confidential_client_needs_a_secret(cli):
    code, _, err = cli("profile", "add", "x", "--preset", "goto", "--client-id", "cid")
    assert code == 2 and "--client-secret-stdin" in err


def test_scopes_space_separated_and_repeatable(cli):
    code, _, err = cli(
        "profile",
        "add",
        "x",
        "--authorize-url",
        "https://a.example/auth",
        "--token-url",
        "https://a.example/token",
        "--client-id",
        "c",
        "--scope",
        "openid offline_access",
        "--scope",
        "api",
    )
    assert code == 0, err
    assert "scopes: openid offline_access api" in cli("profile", "show", "x")[1]
    assert "auth_method: none" in cli("profile", "show", "x")[1]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["token", "missing"], 2, "no sign-in called 'missing'"),
        (["status", "missing"], 2, "profile list"),
        (["login"], 2, "required"),
        (["frobnicate"], 2, "invalid choice"),
        (["profile", "add", "x", "--client-id", "c"], 2, "--issuer"),
        (["profile", "add", "x", "--issuer", "http://id.example.test", "--client-id", "c"], 2, "https"),
        (
            ["profile", "add", "../x", "--issuer", "https://id.example.test", "--client-id", "c"],
            2,
            "cannot be used as a name",
        ),
    ],
)
def test_errors_are_one_sentence_with_exit_code(cli, args, code, words):
    got, out, err = cli(*args)
    assert got == code
    assert words in err
    assert "Traceback" not in err and out == ""
    assert err.startswith("oauth-setup: ")


def test_status_json_for_profile_without_tokens(cli):
    add_goto(cli)
    code, out, _ = cli("status", "crm", "--json")
    assert code == 3
    data = json.loads(out)
    assert data["state"] == "reauth-required"
    assert data["access_token"] == {"present": False, "expires_at": None, "expires_in": None}
    code, out, _ = cli("status", "--json")
    assert code == 0 and json.loads(out)["profiles"][0]["name"] == "crm"


def test_token_without_sign_in_exits_3_with_next_step(cli):
    add_goto(cli)
    code, out, err = cli("token", "crm")
    assert code == 3 and out == ""
    assert "oauth-setup login crm" in err


def test_no_keyring_exits_5(cli, monkeypatch):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _, err = add_goto(cli)
    finally:
        keyring.set_keyring(previous)
    assert code == 5 and "keyring" in err


def test_file_store_warns_on_every_use(cli, paths):
    code, _, err = cli(
        "profile",
        "add",
        "f",
        "--preset",
        "goto",
        "--client-id",
        "c",
        "--client-secret-stdin",
        "--store",
        "file",
        stdin="S3CR3T-VALUE",
    )
    assert code == 0 and "plain file" in err
    assert "plain file" in cli("status", "f")[2]
    secrets_file = paths.secrets_file_dir / "f.json"
    assert secrets_file.stat().st_mode & 0o777 == 0o600


def test_version(cli, capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("oauth-setup 0.")


@pytest.mark.parametrize(("argv", "frozen"), [(["oauth-setup", "status"], True), (["oauth-setup"], False)])
def test_run_exits_with_mains_code_and_spares_the_shutdown_collection(monkeypatch, argv, frozen):
    """The program's entry point: main()'s exit code; after a command (not the window), the
    garbage collector is switched off and its objects frozen, so the exit skips a full collection."""
    import gc

    from gui_app import cli

    calls = []
    monkeypatch.setattr(cli, "main", lambda: 3)
    monkeypatch.setattr("sys.argv", argv)
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 3
    assert calls == (["disable", "freeze"] if frozen else [])
