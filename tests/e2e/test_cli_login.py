"""The command line against the real oidc-provider, a real Chromium and the real Secret Service.

The CLI runs as a subprocess; its own code path opens "the system browser" through $BROWSER,
which hands the address to the test's Playwright browser.
"""

from __future__ import annotations

import json
import socket
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest

SERVICE = "oauth-setup"
SCOPES = "openid offline_access profile email"


def unique(prefix: str) -> str:
    # Keyring entries are shared by every test in the session: one name per test.
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def add_profile(run_cli, env, provider, name, client="conf-client", secret="confsecret123", method=None):
    args = ["profile", "add", name, "--issuer", provider.issuer, "--client-id", client, "--scope", SCOPES]
    if secret:
        args.append("--client-secret-stdin")
    if method:
        args += ["--auth-method", method]
    result = run_cli(*args, env=env, input=secret)
    assert result.returncode == 0, result.stderr
    return result


def login(start_cli, handoff, browser, complete_signin, env, name, action="allow", extra=()):
    proc = start_cli("login", name, *extra, env=env)
    url = handoff.next_url()
    signin = complete_signin(browser, url, action=action)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err, signin, url


def stored(name, kind):
    """What the app keeps in the Secret Service: the client secret alone, the tokens as one entry."""
    if kind == "client_secret":
        return keyring.get_password(SERVICE, f"{name}/client_secret")
    raw = keyring.get_password(SERVICE, f"{name}/tokens")
    return None if raw is None else json.loads(raw)[kind]


def files_text(root: Path) -> str:
    return "\n".join(p.read_text(errors="replace") for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("client", "secret", "method"),
    [
        ("conf-client", "confsecret123", None),  # client_secret_basic (default with a secret)
        ("post-client", "postsecret456", "client_secret_post"),
        ("public-client", None, None),  # public client: PKCE only
    ],
)
def test_login_then_token_is_active_at_the_provider(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin, client, secret, method
):
    name = unique("crm")
    add = add_profile(run_cli, app_env, provider, name, client, secret, method)
    code, out, err, signin, url = login(start_cli, handoff, browser, complete_signin, app_env, name)
    assert code == 0, err
    assert "You are signed in" in signin.text
    assert f"Signed in '{name}' as Alice." in out
    assert f"oauth-setup token {name}" in out

    query = parse_qs(urlsplit(url).query)
    assert query["code_challenge_method"] == ["S256"] and "code_challenge" in query
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")

    token = run_cli("token", name, env=app_env)
    assert token.returncode == 0, token.stderr
    access = token.stdout.strip()
    assert token.stdout == access + "\n"
    assert access == stored(name, "access_token")
    info = provider.introspect(access)
    assert info["active"] is True and info["client_id"] == client

    status = json.loads(run_cli("status", name, "--json", env=app_env).stdout)
    assert status["state"] == "ok"
    assert 3500 < status["access_token"]["expires_in"] <= 3600
    assert status["refresh_token"]["present"] is True
    assert status["account"]["name"] == "Alice"

    # Nothing secret in any output or in any file the app wrote (secrets live in the keyring).
    secrets = [access, stored(name, "refresh_token"), signin.params["code"], *([secret] if secret else [])]
    home = Path(app_env["OAUTH_SETUP_HOME"])
    everything = "\n".join(
        [add.stdout, add.stderr, out, err, token.stderr, json.dumps(status), files_text(home)]
    )
    for value in secrets:
        assert value and value not in everything
    assert signin.params["code"] not in signin.text and signin.params["state"] not in signin.text
    assert provider.stats()["authorization_code"] == 1


def test_sixteen_processes_after_expiry_make_one_refresh(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin
):
    name = unique("burst")
    add_profile(run_cli, app_env, provider, name)
    provider.set_ttl(access_token=6)
    code, _, err, _, _ = login(start_cli, handoff, browser, complete_signin, app_env, name)
    assert code == 0, err
    provider.reset_ttl()
    old_refresh = stored(name, "refresh_token")
    status = json.loads(run_cli("status", name, "--json", env=app_env).stdout)
    time.sleep(max(0.0, status["access_token"]["expires_in"]) + 1.0)  # let the access token expire
    provider.reset_stats()

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(lambda _: run_cli("token", name, env=app_env, timeout=90), range(16)))

    assert [r.returncode for r in results] == [0] * 16, [r.stderr for r in results if r.returncode]
    tokens = {r.stdout for r in results}
    assert len(tokens) == 1
    stats = provider.stats()
    assert stats["refresh_token"] == 1 and stats["refresh_invalid_grant"] == 0
    new_access = tokens.pop().strip()
    assert provider.introspect(new_access)["active"] is True
    assert stored(name, "refresh_token") != old_refresh  # rotated, and the rotation was kept


def test_old_refresh_token_is_rejected_after_rotation(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin
):
    name = unique("rotate")
    add_profile(run_cli, app_env, provider, name)
    assert login(start_cli, handoff, browser, complete_signin, app_env, name)[0] == 0
    old_refresh = stored(name, "refresh_token")
    refreshed = run_cli("refresh", name, env=app_env)
    assert refreshed.returncode == 0, refreshed.stderr
    assert "Renewed" in refreshed.stdout
    assert stored(name, "refresh_token") != old_refresh
    reuse = provider.token_request({"grant_type": "refresh_token", "refresh_token": old_refresh})
    assert reuse.status_code == 400 and reuse.json()["error"] == "invalid_grant"


def test_expired_refresh_token_needs_reauth_and_keeps_the_stored_token(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin
):
    name = unique("expired")
    add_profile(run_cli, app_env, provider, name)
    provider.set_ttl(access_token=2, refresh_token=3)
    assert login(start_cli, handoff, browser, complete_signin, app_env, name)[0] == 0
    provider.reset_ttl()
    refresh_before = stored(name, "refresh_token")
    time.sleep(4.0)  # past both lifetimes

    token = run_cli("token", name, env=app_env)
    assert token.returncode == 3
    assert token.stdout == ""
    assert "no longer accepts this sign-in" in token.stderr
    assert f"oauth-setup login {name}" in token.stderr
    assert "Traceback" not in token.stderr
    assert stored(name, "refresh_token") == refresh_before
    status = run_cli("status", name, "--json", env=app_env)
    assert status.returncode == 3
    assert json.loads(status.stdout)["state"] == "reauth-required"


@pytest.mark.parametrize("action", ["deny", "deny_consent"])
def test_denied_consent_exits_6_with_a_plain_sentence(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin, action
):
    name = unique("denied")
    add_profile(run_cli, app_env, provider, name)
    code, out, err, signin, _ = login(
        start_cli, handoff, browser, complete_signin, app_env, name, action=action
    )
    assert code == 6
    assert "Access was not granted" in err and "Start the sign-in again" in err
    assert "Sign-in did not finish" in signin.text
    assert out == ""
    assert stored(name, "access_token") is None


def raw_request(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(request)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_hostile_requests_during_login_do_not_break_it(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin
):
    name = unique("hostile")
    add_profile(run_cli, app_env, provider, name)
    proc = start_cli("login", name, env=app_env)
    url = handoff.next_url()
    port = urlsplit(parse_qs(urlsplit(url).query)["redirect_uri"][0]).port
    host = f"127.0.0.1:{port}".encode()
    attacks = [
        b"GET /callback?code=forged&state=guess HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
        b"GET /callback?code=forged HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
        b"GET /other HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
        b"GET /callback?code=x&state=y HTTP/1.1\r\nHost: evil.example:80\r\n\r\n",
        b"POST /callback HTTP/1.1\r\nHost: " + host + b"\r\nContent-Length: 3\r\n\r\nabc",
        b"GET /callback?x=" + b"A" * 20000 + b" HTTP/1.1\r\nHost: " + host + b"\r\n\r\n",
        b"\x16\x03\x01\x00\xa5garbage\r\n\r\n",
    ]
    for attack in attacks:
        answer = raw_request(port, attack)
        assert answer.startswith(b"HTTP/1.") and answer.split()[1][:1] == b"4", answer[:100]
        assert b"forged" not in answer and b"<script" not in answer
    assert proc.poll() is None  # still waiting for the real answer
    signin = complete_signin(browser, url)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "You are signed in" in signin.text
    # One-shot: the listener is gone once the sign-in finished.
    with pytest.raises(OSError):
        raw_request(port, b"GET /callback HTTP/1.1\r\nHost: " + host + b"\r\n\r\n")


def test_logout_revokes_at_the_provider_and_deletes_locally(
    provider, browser, handoff, app_env, run_cli, start_cli, complete_signin
):
    name = unique("logout")
    add_profile(run_cli, app_env, provider, name)
    assert login(start_cli, handoff, browser, complete_signin, app_env, name)[0] == 0
    access, refresh = stored(name, "access_token"), stored(name, "refresh_token")
    result = run_cli("logout", name, env=app_env)
    assert result.returncode == 0, result.stderr
    assert "revoked" in result.stdout
    assert provider.introspect(access)["active"] is False
    assert provider.introspect(refresh)["active"] is False
    assert stored(name, "access_token") is None and stored(name, "refresh_token") is None
    assert stored(name, "client_secret") == "confsecret123"  # the profile stays; only tokens go
    assert run_cli("token", name, env=app_env).returncode == 3


def test_browser_none_prints_the_address_and_waits(
    provider, browser, app_env, run_cli, start_cli, complete_signin
):
    name = unique("nobrowser")
    add_profile(run_cli, app_env, provider, name)
    proc = start_cli("login", name, "--browser", "none", env=app_env)
    assert proc.stderr is not None
    url = None
    for line in proc.stderr:
        if line.strip().startswith("http://127.0.0.1"):
            url = line.strip()
            break
    assert url and url.startswith(provider.issuer)
    complete_signin(browser, url)
    proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert provider.introspect(stored(name, "access_token"))["active"] is True
