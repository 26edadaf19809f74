"""Callback reaching the loopback port -> tokens stored, over real sign-ins.

Real provider (tests/provider), real Chromium (Playwright), real Secret Service (run under
scripts/with-keyring, as bench/run does). The baseline, measured in the same run, is the
irreducible work: one token-endpoint round trip plus two keyring writes.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import keyring

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
RUNS = int(os.environ.get("BENCH_RUNS", "10"))


def main() -> None:
    from playwright.sync_api import sync_playwright

    from gui_app.demo import start_demo_server
    from tests.harness import CHROMIUM, CHROMIUM_ARGS, complete_signin

    proc, issuer = start_demo_server(quiet=True)
    try:
        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
            os.environ["OAUTH_SETUP_HOME"] = str(Path(tmp) / "home")
            from gui_app.core.login import LoginSession
            from gui_app.core.paths import app_paths
            from gui_app.core.profiles import ClientProfile
            from gui_app.core.store import open_token_store

            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            paths = app_paths()
            profile = ClientProfile(
                name="bench", client_id="conf-client", issuer=issuer, scopes=("openid", "offline_access")
            )
            store = open_token_store(paths, profile)
            store.set_client_secret("bench", "confsecret123")
            ours, base = [], []
            token_url = f"{issuer}/token"
            with httpx.Client(trust_env=False) as http:
                for _ in range(RUNS):
                    with LoginSession(profile, store) as session, ThreadPoolExecutor(1) as pool:
                        url = session.begin()
                        # The app is already waiting when the browser comes back, as in real use.
                        result = pool.submit(session.finish, 30)
                        complete_signin(browser, url)
                        ours.append(result.result().callback_to_stored_seconds)
                    start = time.perf_counter()
                    http.post(
                        token_url,
                        data={
                            "grant_type": "authorization_code",
                            "code": "x",
                            "redirect_uri": "http://127.0.0.1/callback",
                            "code_verifier": "v" * 43,
                        },
                        auth=("conf-client", "confsecret123"),
                    )
                    keyring.set_password("oauth-setup", "bench-baseline/a", "x" * 40)
                    keyring.set_password("oauth-setup", "bench-baseline/b", "y" * 40)
                    base.append(time.perf_counter() - start)
            browser.close()
            store.delete_all("bench")
            for key in ("a", "b"):
                keyring.delete_password("oauth-setup", f"bench-baseline/{key}")
        o, b = statistics.median(ours), statistics.median(base)
        print(
            f"callback -> tokens stored: {o * 1000:.1f} ms; baseline (token round trip + 2 keyring writes) "
            f"{b * 1000:.1f} ms (medians of {RUNS}); ratio {o / b:.2f}"
        )
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
