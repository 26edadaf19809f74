"""A refresh storm: 8 processes calling `oauth-setup token` in a loop against a 1-second access
token, while more `token` processes are started and sent SIGTERM or SIGINT at random moments.

The peers measured on this machine (google-auth-oauthlib, MSAL + msal-extensions) lost calls to
`invalid_grant` and, in most trials, the whole grant. Here: no failed call, no `invalid_grant` at
the provider, and the final token is active. STORM_SECONDS (default 20; the issue's full run is 60)
sets the length.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time

import keyring

from tests.e2e.test_lifecycle import home, sign_in  # noqa: F401
from tests.harness import cli_command

STORM_SECONDS = float(os.environ.get("STORM_SECONDS", "20"))
WORKERS = 8


def test_refresh_storm_with_signals_loses_nothing(provider, browser, home, app_env):  # noqa: F811
    provider.set_ttl(access_token=1)
    app_env["OAUTH_SETUP_HOME"] = str(home.config_dir.parent)
    profile, _ = sign_in(provider, browser, home)
    provider.reset_stats()
    deadline = time.monotonic() + STORM_SECONDS
    results: list[tuple[int, str, str]] = []
    signalled: list[tuple[int, int]] = []
    lock = threading.Lock()

    def worker() -> None:
        while time.monotonic() < deadline:
            done = subprocess.run(
                cli_command("token", profile.name),
                env=app_env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            with lock:
                results.append((done.returncode, done.stdout, done.stderr))

    def killer() -> None:
        rng = random.Random(1234)  # noqa: S311 (timing jitter, not a secret)
        while time.monotonic() < deadline:
            proc = subprocess.Popen(
                cli_command("token", profile.name),
                env=app_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.0, 0.6))  # anywhere from start-up to mid-refresh
            sig = rng.choice([signal.SIGTERM, signal.SIGINT])
            proc.send_signal(sig)
            with lock:
                signalled.append((sig, proc.wait(timeout=120)))

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)] + [threading.Thread(target=killer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    failures = [(code, err) for code, _, err in results if code != 0]
    assert failures == []
    assert all(out.strip() and out.count("\n") == 1 for _, out, _ in results)
    stats = provider.stats()
    assert stats["refresh_invalid_grant"] == 0, provider.stderr_tail(10)
    assert stats["grants_revoked"] == 0
    assert stats["refresh_token"] >= STORM_SECONDS / 3  # the 1-s token had to be renewed all the time
    assert len(signalled) >= STORM_SECONDS  # and the signals really came
    final = json.loads(keyring.get_password("oauth-setup", f"{profile.name}/tokens"))
    assert provider.introspect(final["refresh_token"])["active"] is True
    # The grant survived: with normal lifetimes again, a renewal and a token both work. (A
    # 1-second token may expire between printing and introspection, so it is not checked.)
    provider.reset_ttl()
    renewed = subprocess.run(
        cli_command("refresh", profile.name), env=app_env, capture_output=True, text=True, check=False
    )
    assert renewed.returncode == 0, renewed.stderr
    last = subprocess.run(
        cli_command("token", profile.name), env=app_env, capture_output=True, text=True, check=False
    )
    assert last.returncode == 0 and provider.introspect(last.stdout.strip())["active"] is True
    print(
        f"\nstorm: {len(results)} token calls, {stats['refresh_token']} refreshes, "
        f"{len(signalled)} processes signalled, 0 failures, 0 invalid_grant"
    )
