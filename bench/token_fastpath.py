"""`oauth-setup token NAME` with a valid cached token vs. a bare keyring read, same run.

Both are whole processes, as an integration runs them; runs alternate so machine noise hits both
alike. Prints medians and the ratio (goal for issue 2: <= 1.3).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def seed(home: Path) -> None:
    os.environ["OAUTH_SETUP_HOME"] = str(home)
    from gui_app.core.paths import app_paths
    from gui_app.core.profiles import ClientProfile, ProfileRepository
    from gui_app.core.store import Metadata, open_token_store
    from gui_app.core.tokens import TokenSet

    paths = app_paths()
    profile = ClientProfile(
        name="bench",
        client_id="c",
        authorize_url="https://a.example/auth",
        token_url="https://a.example/token",
    )
    ProfileRepository(paths).save(profile)
    tokens = TokenSet("bench-access-token-" + "x" * 600, refresh_token="r", expires_at=time.time() + 86400)
    open_token_store(paths, profile).save("bench", tokens, Metadata(), previous_refresh=None)


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0 or not result.stdout.startswith(
        (b"bench-access-token-", b'{"access_token": "bench-access-token-')
    ):
        raise SystemExit(f"{argv[0]} failed: {result.stderr.decode()[-500:]}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seed(Path(tmp) / "home")
        env = dict(os.environ)
        ours = [str(VENV_BIN / "oauth-setup"), "token", "bench"]
        bare = [
            sys.executable,
            "-c",
            "import keyring; print(keyring.get_password('oauth-setup', 'bench/tokens'))",
        ]
        timed(ours, env), timed(bare, env)  # warm the page cache
        ours_t, bare_t = [], []
        for _ in range(RUNS):
            ours_t.append(timed(ours, env))
            bare_t.append(timed(bare, env))
        o, b = statistics.median(ours_t), statistics.median(bare_t)
        print(
            f"token fast path: oauth-setup token {o * 1000:.1f} ms, bare keyring read {b * 1000:.1f} ms "
            f"(medians of {RUNS}); ratio {o / b:.2f} (issue 2 goal <= 1.3, issue 6 goal <= 0.6)"
        )


if __name__ == "__main__":
    main()
