"""`oauth-setup token NAME` reads the real Secret Service without loading the keyring library
(see gui_app/core/fast_keyring.py), and gives exactly what keyring would."""

from __future__ import annotations

import json
import subprocess
import sys

import keyring

from tests.e2e.test_lifecycle import home, sign_in  # noqa: F401

PROBE = """
import io, json, sys
from gui_app.cli import main
out = io.StringIO(); real = sys.stdout; sys.stdout = out
code = main(["token", sys.argv[1]])
sys.stdout = real
heavy = ("keyring", "httpx", "PySide6", "argparse")
print(json.dumps([code, out.getvalue(), sorted(m for m in heavy if m in sys.modules)]))
"""


def probe(env, name):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, name], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_token_fast_path_skips_keyring_and_agrees_with_it(provider, browser, home, app_env):  # noqa: F811
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    profile, _ = sign_in(provider, browser, home)
    assert (home.data_dir / "keyring-backend").read_text() == "keyring.backends.SecretService.Keyring"
    stored = json.loads(keyring.get_password("oauth-setup", f"{profile.name}/tokens"))["access_token"]

    code, printed, loaded = probe(app_env, profile.name)
    assert (code, printed) == (0, stored + "\n")
    assert loaded == []  # neither keyring nor httpx, Qt or argparse

    # In German too: a command that prints only the token never loads the translations (Qt).
    code, printed, loaded = probe({**app_env, "LANGUAGE": "de"}, profile.name)
    assert (code, printed, loaded) == (0, stored + "\n", [])

    # keyring configured explicitly: the fast path steps aside and keyring answers the same.
    app_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    code, printed, loaded = probe(app_env, profile.name)
    assert (code, printed) == (0, stored + "\n")
    assert "keyring" in loaded


def test_prepared_writer_writes_over_the_session_it_opened(monkeypatch):
    """The Diffie-Hellman session and the cipher are set up before the write, not during it:
    create_item() must not open a second session (secretstorage's get_default_collection() does
    not pass the session on for an existing collection)."""
    import secretstorage.collection

    from gui_app.core.fast_keyring import SecretServiceWriter

    writer = SecretServiceWriter()

    def second_session(connection):
        raise AssertionError("a second session was opened during the write")

    monkeypatch.setattr(secretstorage.collection, "open_session", second_session)
    writer.set("oauth-setup-test", "prepared/tokens", "value")
    assert keyring.get_password("oauth-setup-test", "prepared/tokens") == "value"
    keyring.delete_password("oauth-setup-test", "prepared/tokens")
