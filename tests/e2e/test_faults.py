"""Network and provider faults during a refresh, through a misbehaving loopback proxy: each gives
the documented exit code and sentence, is not retried blindly, and leaves the stored tokens as
they were."""

from __future__ import annotations

import json

import keyring
import pytest

from gui_app.core.store import open_token_store
from tests.e2e.test_lifecycle import home, sign_in  # noqa: F401
from tests.faultproxy import FaultProxy


@pytest.fixture
def routed(provider, browser, home, app_env):  # noqa: F811
    """A signed-in profile whose token endpoint goes through a fault proxy."""
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    app_env["OAUTH_SETUP_HTTP_TIMEOUT"] = "2"
    profile, store = sign_in(provider, browser, home)
    proxy = FaultProxy(provider.issuer)
    meta = store.metadata(profile.name)
    meta.token_endpoint = proxy.url("/token")
    store.write_metadata(profile.name, meta)
    yield profile, store, proxy
    proxy.close()


@pytest.mark.parametrize(
    ("mode", "sentence"),
    [
        ("down", "could not be reached"),
        ("reset", "could not be reached"),
        ("slow", "did not answer in time"),
        ("5xx", "had a problem answering (HTTP 503)"),
        ("html", "not a token response"),
        ("missing", "did not contain an access token"),
    ],
)
def test_refresh_fault_exits_4_and_keeps_the_stored_tokens(
    routed, provider, run_cli, app_env, mode, sentence
):
    profile, _store, proxy = routed
    before = keyring.get_password("oauth-setup", f"{profile.name}/tokens")
    if mode == "down":
        proxy.close()  # nothing listens there any more
    else:
        proxy.mode = mode
    provider.reset_stats()
    result = run_cli("refresh", profile.name, env=app_env)
    assert result.returncode == 4, result.stderr
    assert sentence in result.stderr
    assert "Your stored sign-in was not changed" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert keyring.get_password("oauth-setup", f"{profile.name}/tokens") == before
    if mode != "down":
        assert proxy.requests == 1  # never replayed: a lost answer may have rotated the token
    assert provider.stats()["refresh_token"] == (1 if mode == "reset" else 0)
    status = json.loads(run_cli("status", profile.name, "--json", env=app_env).stdout)
    assert status["state"] == "ok" and sentence in status["last_refresh"]["result"]
    # "reset" is the one unavoidable loss: the provider rotated, the answer never arrived, and
    # the token we still hold was consumed. OAuth has no idempotent refresh to repair that.


def test_after_the_fault_clears_the_next_refresh_works(routed, provider, run_cli, app_env):
    profile, store, proxy = routed
    proxy.mode = "5xx"
    assert run_cli("refresh", profile.name, env=app_env).returncode == 4
    proxy.mode = "pass"
    result = run_cli("refresh", profile.name, env=app_env)
    assert result.returncode == 0, result.stderr
    tokens = json.loads(keyring.get_password("oauth-setup", f"{profile.name}/tokens"))
    assert provider.introspect(tokens["refresh_token"])["active"] is True
    assert open_token_store(store.paths, profile).metadata(profile.name).last_refresh_error is None
