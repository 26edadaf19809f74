"""The readiness check and the support report against the real provider."""

from __future__ import annotations

import json
import socket
import uuid

import keyring

from tests.harness import complete_signin


def add(run_cli, env, provider, client, secret, *extra):
    name = f"doc-{uuid.uuid4().hex[:8]}"
    args = [
        "profile",
        "add",
        name,
        "--issuer",
        provider.issuer,
        "--client-id",
        client,
        "--scope",
        "openid",
        *extra,
    ]
    result = run_cli(*args, "--client-secret-stdin", env=env, input=secret)
    assert result.returncode == 0, result.stderr
    return name


def test_doctor_passes_for_a_correct_client(provider, app_env, run_cli):
    name = add(run_cli, app_env, provider, "conf-client", "confsecret123")
    result = run_cli("doctor", name, "--json", env=app_env)
    assert result.returncode == 0, result.stdout
    checks = {c["check"]: c for c in json.loads(result.stdout)["checks"]}
    assert {c["outcome"] for c in checks.values()} == {"pass"}
    assert "accepts client conf-client" in checks["Redirect address"]["message"]
    assert "SecretService" in checks["Keyring"]["message"]


def test_doctor_catches_an_unregistered_redirect_address(provider, app_env, run_cli):
    # wrongpath-client is registered for http://127.0.0.1/other only.
    name = add(run_cli, app_env, provider, "wrongpath-client", "wrongpath789")
    result = run_cli("doctor", name, env=app_env)
    assert result.returncode == 2
    assert "[FAIL] Redirect address: The provider does not accept the redirect address" in result.stdout
    assert "Register exactly http://127.0.0.1/callback" in result.stdout
    assert "developer portal" in result.stdout


def test_doctor_catches_an_unknown_client_and_a_busy_port(provider, app_env, run_cli):
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        name = add(run_cli, app_env, provider, "no-such-client", "x", "--redirect-port", str(port))
        result = run_cli("doctor", name, "--json", env=app_env)
    assert result.returncode == 2
    checks = {c["check"]: c for c in json.loads(result.stdout)["checks"]}
    assert checks["Redirect port"]["outcome"] == "fail" and str(port) in checks["Redirect port"]["message"]
    assert checks["Redirect address"]["outcome"] == "fail"


def test_doctor_stops_at_a_password_only_product(provider, app_env, run_cli):
    name = f"goto-{uuid.uuid4().hex[:6]}"
    result = run_cli(
        "profile",
        "add",
        name,
        "--preset",
        "goto",
        "--client-id",
        "c",
        "--client-secret-stdin",
        env=app_env,
        input="s",
    )
    assert result.returncode == 0
    result = run_cli("doctor", name, "--product", "GoTo Assist Corporate", env=app_env)
    assert result.returncode == 2
    assert "only allows password sign-in" in result.stdout


def test_diagnostics_report_has_no_secret(provider, browser, handoff, app_env, run_cli, start_cli):
    name = add(run_cli, app_env, provider, "conf-client", "confsecret123")
    login = start_cli("login", name, env=app_env)
    signin = complete_signin(browser, handoff.next_url())
    assert login.wait(timeout=60) == 0
    token = run_cli("token", name, env=app_env).stdout.strip()
    report = run_cli("diagnostics", env=app_env)
    assert report.returncode == 0
    assert f"[{name}]" in report.stdout and "state: ok" in report.stdout
    assert "keyring backend: keyring.backends.SecretService.Keyring" in report.stdout
    assert "readiness check:" in report.stdout and "[pass] Redirect address" in report.stdout
    stored = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))
    assert stored["access_token"] == token
    for secret in ("confsecret123", token, stored["refresh_token"], signin.params["code"]):
        assert secret not in report.stdout
