"""Device sign-in (RFC 8628) against the real provider; the test's browser plays the other device."""

from __future__ import annotations

import json
import re
import uuid

import keyring

from tests.harness import _loopback_only


def test_device_sign_in_with_the_code_entered_in_a_browser(provider, browser, app_env, run_cli, start_cli):
    name = f"device-{uuid.uuid4().hex[:6]}"
    added = run_cli(
        "profile",
        "add",
        name,
        "--issuer",
        provider.issuer,
        "--client-id",
        "conf-client",
        "--client-secret-stdin",
        "--scope",
        "openid offline_access profile",
        env=app_env,
        input="confsecret123",
    )
    assert added.returncode == 0, added.stderr
    proc = start_cli("login", name, "--device", env=app_env)
    assert proc.stderr is not None
    first = proc.stderr.readline()
    match = re.search(r"open (\S+) and enter the code (\S+)", first)
    assert match, first
    complete = re.search(r"\(or open (\S+),", proc.stderr.readline())
    assert complete, "the address with the code in it"

    context = browser.new_context()
    context.route("**/*", _loopback_only)
    page = context.new_page()
    page.goto(complete.group(1))
    page.click("button[autofocus]")  # "Continue" on the confirmation page showing the code
    page.fill("input[name=login]", "dora")
    page.fill("input[name=password]", "any-password")
    page.click("button[type=submit]")
    if page.locator("button:has-text('Continue')").count():
        page.click("button:has-text('Continue')")  # consent
    page.wait_for_load_state()
    context.close()

    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert f"Signed in '{name}' as Dora." in out
    tokens = json.loads(keyring.get_password("oauth-setup", f"{name}/tokens"))
    assert provider.introspect(tokens["access_token"])["active"] is True
    assert tokens["refresh_token"]
    assert provider.stats()["device_code"] == 1


def test_device_sign_in_refused_on_the_other_device(provider, browser, app_env, run_cli, start_cli):
    name = f"device-{uuid.uuid4().hex[:6]}"
    run_cli(
        "profile",
        "add",
        name,
        "--issuer",
        provider.issuer,
        "--client-id",
        "public-client",
        "--scope",
        "openid",
        env=app_env,
    )
    proc = start_cli("login", name, "--device", env=app_env)
    assert proc.stderr is not None
    proc.stderr.readline()
    complete = re.search(r"\(or open (\S+),", proc.stderr.readline())
    context = browser.new_context()
    context.route("**/*", _loopback_only)
    page = context.new_page()
    page.goto(complete.group(1))
    page.click("button[name=abort]")
    context.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 6
    assert "refused on the other device" in err
