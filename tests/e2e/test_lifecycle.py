"""Keeping integrations signed in, against the real provider, browser and Secret Service:
redistribution of rotated tokens to every export kind, the background monitor's refreshes, and
its one notification when a grant dies."""

from __future__ import annotations

import json
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import keyring
import pytest

from gui_app.core.login import LoginSession
from gui_app.core.monitor import Monitor
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.store import open_token_store
from tests.harness import complete_signin

SERVICE = "oauth-setup"


@pytest.fixture
def home(tmp_path, monkeypatch):
    root = tmp_path / "home"
    monkeypatch.setenv("OAUTH_SETUP_HOME", str(root))
    return AppPaths(root / "config", root / "data", root / "managed")


def sign_in(provider, browser, paths, **changes):
    """A saved, signed-in profile for conf-client (login through the real browser)."""
    profile = ClientProfile(
        name=f"life-{uuid.uuid4().hex[:8]}",
        client_id="conf-client",
        issuer=provider.issuer,
        scopes=("openid", "offline_access"),
        **changes,
    )
    store = open_token_store(paths, profile)
    store.set_client_secret(profile.name, "confsecret123")
    ProfileRepository(paths).save(profile)
    with LoginSession(profile, store) as session, ThreadPoolExecutor(1) as pool:
        url = session.begin()
        result = pool.submit(session.finish, 30)
        complete_signin(browser, url)
        result.result()
    return profile, store


def stored_refresh(name):
    return json.loads(keyring.get_password(SERVICE, f"{name}/tokens"))["refresh_token"]


JSON_TEXT = (
    '{\n  "server": "crm.example",\n'
    '  "auth": {"refresh_token": "old", "user": "svc"},\n  "retries": 3.50\n}\n'
)
INI_TEXT = (
    "; integration settings\n[server]\nhost = crm.example\n\n"
    "[oauth]\n# set by OAuth Setup Assistant\nrefresh_token = old\nclient = svc\n"
)
ENV_TEXT = "# crm sync\nCRM_HOST=crm.example\nexport CRM_REFRESH_TOKEN=old\nCRM_USER=svc\n"


def test_every_export_kind_is_rewritten_on_rotation_and_nothing_else_changes(
    provider, browser, home, tmp_path, run_cli, app_env
):
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    files = {"json": tmp_path / "config.json", "ini": tmp_path / "app.ini", "env": tmp_path / "app.env"}
    files["json"].write_text(JSON_TEXT)
    files["ini"].write_text(INI_TEXT)
    files["env"].write_text(ENV_TEXT)
    files["env"].chmod(0o640)
    received = tmp_path / "from-command.txt"
    script = tmp_path / "receive.py"
    script.write_text(f"import sys; open({str(received)!r}, 'w').write(sys.stdin.read())\n")
    keyring_user = f"crm-{uuid.uuid4().hex[:6]}"
    profile, _ = sign_in(provider, browser, home)
    targets = [
        ("refresh", f"json:{files['json']}#/auth/refresh_token"),
        ("refresh", f"ini:{files['ini']}#oauth.refresh_token"),
        ("refresh", f"env:{files['env']}#CRM_REFRESH_TOKEN"),
        ("refresh", f"keyring:crm-integration/{keyring_user}"),
        ("access", f"command:{sys.executable} {script}"),
    ]
    for token, target in targets:
        added = run_cli("export", "add", profile.name, "--to", target, "--token", token, env=app_env)
        assert added.returncode == 0, added.stderr
        assert "Written now" in added.stdout

    refreshed = run_cli("refresh", profile.name, env=app_env)
    assert refreshed.returncode == 0, refreshed.stderr
    refresh = stored_refresh(profile.name)
    access = json.loads(keyring.get_password(SERVICE, f"{profile.name}/tokens"))["access_token"]

    assert files["json"].read_text() == JSON_TEXT.replace('"old"', json.dumps(refresh))
    assert files["ini"].read_text() == INI_TEXT.replace("refresh_token = old", f"refresh_token = {refresh}")
    assert files["env"].read_text() == ENV_TEXT.replace(
        "CRM_REFRESH_TOKEN=old", f"CRM_REFRESH_TOKEN={refresh}"
    )
    assert files["env"].stat().st_mode & 0o777 == 0o640  # the file keeps its mode
    assert keyring.get_password("crm-integration", keyring_user) == refresh
    assert received.read_text() == access
    assert provider.introspect(refresh)["active"] is True

    listing = run_cli("export", "list", profile.name, env=app_env)
    assert listing.stdout.count("\twritten") == 5
    for text in (listing.stdout, listing.stderr, refreshed.stdout, refreshed.stderr):
        assert refresh not in text and access not in text
    keyring.delete_password("crm-integration", keyring_user)


def test_failed_target_is_reported_retried_and_the_token_stays_safe(
    provider, browser, home, tmp_path, run_cli, app_env
):
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory should be")
    profile, _ = sign_in(provider, browser, home)
    target = f"env:{blocker}/app.env#TOKEN"
    added = run_cli("export", "add", profile.name, "--to", target, env=app_env)
    assert added.returncode == 4
    assert str(blocker) in added.stderr

    refreshed = run_cli("refresh", profile.name, env=app_env)
    assert refreshed.returncode == 0, refreshed.stderr  # the refresh itself succeeded
    refresh = stored_refresh(profile.name)
    assert provider.introspect(refresh)["active"] is True  # and its new token is safe in our keyring
    status = json.loads(run_cli("status", profile.name, "--json", env=app_env).stdout)
    assert status["exports"][0]["ok"] is False
    assert str(blocker) in status["exports"][0]["message"]
    assert "FAILED" in run_cli("status", profile.name, env=app_env).stdout

    blocker.unlink()
    blocker.mkdir()
    (blocker / "app.env").write_text("OTHER=1\n")
    retried = run_cli("export", "retry", profile.name, env=app_env)
    assert retried.returncode == 0, retried.stdout + retried.stderr
    assert (blocker / "app.env").read_text() == f"OTHER=1\nTOKEN={refresh}\n"


def test_monitor_keeps_a_sliding_refresh_token_alive(provider, browser, home):
    # The profile's lifetime hint (6 s) is what the monitor knows; the provider really gives 8 s
    # (counted in whole seconds, so 7 to 8). The monitor renews after 3/4 of the hint, 4.5 s.
    provider.set_ttl(access_token=60, refresh_token=8)
    profile, store = sign_in(provider, browser, home, refresh_lifetime_hint=6)
    first_refresh = stored_refresh(profile.name)
    monitor = Monitor(home)
    deadline = time.monotonic() + 16  # over 2.5 lifetimes of the refresh token
    notes = []
    while time.monotonic() < deadline:
        found, next_check = monitor.check()
        notes.extend(found)
        time.sleep(min(0.2, max(0.02, next_check - time.time())))
    stats = provider.stats()
    assert stats["refresh_token"] >= 3, provider.stderr_tail(5)
    assert stats["refresh_invalid_grant"] == 0
    current = stored_refresh(profile.name)
    assert current != first_refresh
    assert provider.introspect(first_refresh)["active"] is False  # long dead on its own
    assert provider.introspect(current)["active"] is True  # but the grant lives on
    assert store.metadata(profile.name).last_refresh_result == "ok"
    assert notes == []  # renewed before the last quarter of its life: nothing to warn about


def test_dead_grant_gives_one_reauth_notification(provider, browser, home, tmp_path):
    provider.set_ttl(access_token=4)
    env_file = tmp_path / "app.env"
    env_file.write_text("TOKEN=\n")
    profile, store = sign_in(provider, browser, home, exports=(f"access env:{env_file}#TOKEN",))
    refresh = stored_refresh(profile.name)
    provider.revoke(refresh)  # e.g. an administrator ended the grant at the provider
    assert provider.introspect(refresh)["active"] is False

    monitor = Monitor(home)
    notes = []
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline:
        found, _ = monitor.check()
        notes.extend(found)
        time.sleep(0.3)
    assert [n.kind for n in notes] == ["reauth-required"]
    assert notes[0].title == f"{profile.name} needs you to sign in again"
    meta = store.metadata(profile.name)
    assert meta.notified_state == "reauth-required"
    assert stored_refresh(profile.name) == refresh  # a failed refresh never deletes the token
    # A monitor started later (e.g. after a reboot) does not repeat the notification.
    assert Monitor(home).check()[0] == []
