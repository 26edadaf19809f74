"""A whole life cycle with debug logging on, then a search for every secret the run saw in every
output, log and file the app wrote: zero hits."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import keyring

from tests.harness import complete_signin

SECRET = "confsecret123"


def test_no_secret_reaches_any_output_log_or_file(
    provider, browser, handoff, app_env, run_cli, start_cli, tmp_path
):
    app_env["OAUTH_SETUP_DEBUG"] = "1"
    name = f"hygiene-{uuid.uuid4().hex[:8]}"
    env_file = tmp_path / "integration.env"
    env_file.write_text("OTHER=1\n")
    outputs: list[str] = []
    secrets: set[str] = {SECRET}

    def run(*args: str, input: str | None = None) -> str:
        result = run_cli(*args, env=app_env, input=input)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stderr)
        if args[0] != "token":  # `token` prints the token on stdout by contract
            outputs.append(result.stdout)
        return result.stdout

    def remember_tokens() -> None:
        stored = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))
        secrets.update(v for v in stored.values() if v)

    run(
        "profile",
        "add",
        name,
        "--issuer",
        provider.issuer,
        "--client-id",
        "conf-client",
        "--client-secret-stdin",
        "--scope",
        "openid offline_access profile email",
        input=SECRET,
    )
    login = start_cli("login", name, env=app_env)
    signin = complete_signin(browser, handoff.next_url())
    out, err = login.communicate(timeout=60)
    assert login.returncode == 0, err
    outputs += [out, err, signin.text]
    secrets.add(signin.params["code"])
    remember_tokens()
    secrets.add(run("token", name).strip())
    run("export", "add", name, "--to", f"env:{env_file}#TOKEN", "--token", "refresh")
    run("refresh", name)
    remember_tokens()
    run("status", name, "--json")
    run("status")
    run("export", "list", name)
    run("monitor", "--once")
    run("logout", name)

    home = Path(app_env["OAUTH_SETUP_HOME"])
    log = home / "data" / "logs" / "oauth-setup.log"
    assert log.exists() and "Renewing the access token of" in log.read_text()
    assert log.stat().st_mode & 0o777 == 0o600
    files = {str(p): p.read_text(errors="replace") for p in home.rglob("*") if p.is_file()}
    haystacks = {f"output {i}": text for i, text in enumerate(outputs)} | files
    hits = [
        (where, secret[:6] + "…") for where, text in haystacks.items() for secret in secrets if secret in text
    ]
    assert hits == []
    assert len(secrets) >= 6  # secret, code, access/refresh/id… tokens of two generations
    assert sum(len(t) for t in haystacks.values()) > 2000  # the search had something to search
