"""Migrating a password-grant integration: read its file, sign in, write the refresh token where
the password was, and only then, when told, remove the password (keeping a private backup)."""

from __future__ import annotations

import json
import uuid

import keyring

from tests.harness import complete_signin

PASSWORD = "Sup3r-s3cret-pw"
CONFIG = (
    """{
  "crm": {
    "url": "https://crm.example",
    "grant_type": "password",
    "username": "svc-crm",
    "password": "PASSWORD",
    "client_id": "conf-client",
    "client_secret": "confsecret123"
  },
  "retries": 3
}
"""
).replace("PASSWORD", PASSWORD)


def test_migrate_a_json_integration(provider, browser, handoff, app_env, start_cli, tmp_path):
    config = tmp_path / "crm-sync.json"
    config.write_text(CONFIG)
    config.chmod(0o640)
    name = f"crm-{uuid.uuid4().hex[:6]}"
    proc = start_cli(
        "migrate", "--from", str(config), "--name", name, "--issuer", provider.issuer, "--yes", env=app_env
    )
    signin = complete_signin(browser, handoff.next_url())
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "password: found (15 characters, not shown)" in out
    assert "signs in with a stored password (the password grant)" in out
    assert PASSWORD not in out + err and "confsecret123" not in out + err

    refresh = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))["refresh_token"]
    with_token = CONFIG.replace(
        '"client_secret": "confsecret123"\n',
        f'"client_secret": "confsecret123",\n    "refresh_token": {json.dumps(refresh)}\n',
    )
    assert with_token != CONFIG
    assert config.read_text() == with_token.replace(f'"password": "{PASSWORD}",', '"password": "",')
    assert config.stat().st_mode & 0o777 == 0o640
    backup = tmp_path / "crm-sync.json.before-oauth-setup"
    assert backup.read_text() == with_token  # the file as it was just before the password went
    assert backup.stat().st_mode & 0o777 == 0o600
    assert provider.introspect(refresh)["active"] is True
    assert signin.params["code"] not in out


def test_migrate_without_yes_keeps_the_password(provider, browser, handoff, app_env, start_cli, tmp_path):
    config = tmp_path / "app.env"
    original = f"# app\nAPP_USER=svc\nAPP_PASSWORD={PASSWORD}\nAPP_CLIENT_ID=public-client\n"
    config.write_text(original)
    name = f"app-{uuid.uuid4().hex[:6]}"
    proc = start_cli(
        "migrate", "--from", str(config), "--name", name, "--issuer", provider.issuer, env=app_env, stdin=None
    )
    complete_signin(browser, handoff.next_url())
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "The password was left in" in out
    refresh = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))["refresh_token"]
    assert config.read_text() == original + f"APP_REFRESH_TOKEN={refresh}\n"


def test_system_account_gets_the_providers_stance(app_env, run_cli, tmp_path):
    config = tmp_path / "goto.ini"
    config.write_text(
        f"[goto]\nuser = svc\npassword = {PASSWORD}\nclient_id = abc\n"
        "token_url = https://authentication.logmeininc.com/oauth/token\n"
    )
    result = run_cli("migrate", "--from", str(config), "--system-account", env=app_env)
    assert result.returncode == 0
    assert "password sign-in keeps working for existing clients" in result.stdout
    assert PASSWORD not in result.stdout
    assert config.read_text().count(PASSWORD) == 1  # untouched
