"""oauth-setup next to google-auth-oauthlib (InstalledAppFlow) and MSAL + msal-extensions.

Run by bench/peers/run (installs the peers from requirements.txt into .venv, then runs this under
scripts/with-keyring: a throwaway Secret Service, where oauth-setup keeps its tokens).

The same local provider (tests/provider, oidc-provider on 127.0.0.1) and the same scripted
Chromium (tests/harness.py's ``complete_signin``) for all three. Every contender runs as whole
processes, opening "the system browser" through ``$BROWSER``, which hands the address to this
process's Playwright browser (tests/harness.py's ``Handoff``). All three use the provider's
``public-client`` (no secret, PKCE) and scopes ``openid profile email``.

Measured, contenders alternating (the order rotates every round), medians:
  login         process start -> the process exits with the tokens stored (wall time), and inside
                it "callback -> stored": the browser's answer reaching the loopback listener ->
                tokens written (ours: its own measurement, logged with OAUTH_SETUP_DEBUG=1 in an
                extra login per round, so the timed logins run without debug logging; peers: the
                stamps in google_shim.py / msal_shim.py, in the timed logins)
  fast path     "print a token" as a whole process, with a valid cached access token
  burst         2-s access tokens, a fresh sign-in, sleep past expiry, then 16 "print a token"
                processes started at once: refreshes and invalid_grant counted at the provider
                (/test/stats deltas), failed processes, and whether the grant ended revoked
                (grants_revoked delta, or the refresh token left in the contender's store
                introspecting as inactive); and how many of the 16 printed an access token that
                is still active at the provider afterwards (introspection)

PEERS_ROUNDS (default 5): login rounds, and fast-path rounds of 3 calls per contender.
PEERS_BURST_ROUNDS (default 3). Results also go to bench/peers/last-results.md.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

PEERS = Path(__file__).resolve().parent
REPO = PEERS.parents[1]
sys.path.insert(0, str(REPO))

from tests.harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    PROVIDER_DIR,
    PROVIDER_SERVER,
    Handoff,
    Provider,
    _read_ready_line,
    _stop_process,
    complete_signin,
)

PY = sys.executable
OURS_CLI = str(Path(sys.executable).parent / "oauth-setup")
ROUNDS = int(os.environ.get("PEERS_ROUNDS", "5"))
BURST_ROUNDS = int(os.environ.get("PEERS_BURST_ROUNDS", "3"))
FAST_PER_ROUND = 3
BURST = 16
ACCESS_TTL = 2  # seconds, for the burst's sign-in
CLIENT_ID = "public-client"
SCOPES = ["openid", "profile", "email"]
MSAL_SCOPES = ["email"]  # MSAL adds openid and profile itself (and offline_access, excluded in the shim)
PROFILE = "bench"
RESULTS = PEERS / "last-results.md"
OURS_STORED_RE = re.compile(r"tokens stored ([0-9.]+) ms after the answer arrived")


@dataclass
class Contender:
    name: str
    label: str
    env: dict[str, str]
    login_argv: list[str]
    token_argv: list[str]
    callback_to_stored: Callable[[str, str], float | None]
    stored_refresh_token: Callable[[], str | None]
    forget: Callable[[], None]
    # Set only for the logins that measure callback -> stored; when set, those are extra logins,
    # so the timed ones run as users run them (ours: OAUTH_SETUP_DEBUG=1, which logs it).
    callback_env: dict[str, str] = field(default_factory=dict)


def bench_line(out: str, _err: str) -> float | None:
    for line in reversed(out.splitlines()):
        if line.startswith("BENCH "):
            value = json.loads(line[6:])["callback_to_stored"]
            return None if value is None else float(value)
    return None


def ours_line(_out: str, err: str) -> float | None:
    found = OURS_STORED_RE.findall(err)
    return float(found[-1]) / 1000 if found else None


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def make_contenders(issuer: str, tmp: Path, base_env: dict[str, str]) -> list[Contender]:
    import keyring

    ours_env = dict(base_env, OAUTH_SETUP_HOME=str(tmp / "ours-home"))
    added = subprocess.run(
        [
            OURS_CLI,
            "profile",
            "add",
            PROFILE,
            "--issuer",
            issuer,
            "--client-id",
            CLIENT_ID,
            "--scope",
            " ".join(SCOPES),
        ],
        env=ours_env,
        capture_output=True,
        text=True,
        check=False,
    )
    if added.returncode != 0:
        raise SystemExit(f"oauth-setup profile add failed: {added.stderr}")

    def ours_refresh() -> str | None:
        raw = keyring.get_password("oauth-setup", f"{PROFILE}/tokens")
        return None if raw is None else json.loads(raw).get("refresh_token")

    google_file = tmp / "google" / "token.json"
    msal_file = tmp / "msal" / "token_cache.json"
    google_file.parent.mkdir()
    msal_file.parent.mkdir()

    def google_refresh() -> str | None:
        data = read_json(google_file)
        return data.get("refresh_token") if data else None

    def msal_refresh() -> str | None:
        data = read_json(msal_file)
        entries = list((data or {}).get("RefreshToken", {}).values())
        return entries[0]["secret"] if len(entries) == 1 else None

    def forget_google() -> None:
        google_file.unlink(missing_ok=True)

    def forget_msal() -> None:
        for path in (msal_file, Path(f"{msal_file}.lockfile")):
            path.unlink(missing_ok=True)

    return [
        Contender(
            "ours",
            "oauth-setup",
            ours_env,
            [OURS_CLI, "login", PROFILE, "--timeout", "60"],
            [OURS_CLI, "token", PROFILE],
            ours_line,
            ours_refresh,
            lambda: None,
            callback_env={"OAUTH_SETUP_DEBUG": "1"},
        ),
        Contender(
            "google",
            "google-auth-oauthlib",
            dict(base_env),
            [PY, str(PEERS / "google_login.py"), issuer, CLIENT_ID, str(google_file), *SCOPES],
            [PY, str(PEERS / "google_token.py"), str(google_file)],
            bench_line,
            google_refresh,
            forget_google,
        ),
        Contender(
            "msal",
            "MSAL + msal-extensions",
            dict(base_env),
            [PY, str(PEERS / "msal_login.py"), issuer, CLIENT_ID, str(msal_file), *MSAL_SCOPES],
            [PY, str(PEERS / "msal_token.py"), issuer, CLIENT_ID, str(msal_file), *MSAL_SCOPES],
            bench_line,
            msal_refresh,
            forget_msal,
        ),
    ]


def rotated(items: list[Contender], shift: int) -> list[Contender]:
    shift %= len(items)
    return items[shift:] + items[:shift]


class Bench:
    def __init__(self, provider: Provider, browser: Any, handoff: Handoff) -> None:
        self.provider = provider
        self.browser = browser
        self.handoff = handoff

    def login(self, c: Contender, callback_run: bool = False) -> tuple[float, float | None]:
        start = time.perf_counter()
        env = {**c.env, **c.callback_env} if callback_run else c.env
        proc = subprocess.Popen(
            c.login_argv,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            url = self.handoff.next_url(30)
            complete_signin(self.browser, url)
            out, err = proc.communicate(timeout=60)
        except BaseException:
            _stop_process(proc, grace=2)
            raise
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{c.name} login failed ({proc.returncode}):\n{err[-2000:]}")
        return wall, c.callback_to_stored(out, err)

    @staticmethod
    def token(c: Contender) -> float:
        start = time.perf_counter()
        done = subprocess.run(c.token_argv, env=c.env, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0 or not done.stdout.strip():
            raise SystemExit(f"{c.name} token failed ({done.returncode}):\n{done.stderr[-2000:]}")
        return elapsed

    def burst(self, c: Contender) -> dict[str, Any]:
        c.forget()
        self.provider.set_ttl(access_token=ACCESS_TTL)
        try:
            self.login(c)
        finally:
            self.provider.reset_ttl()
        time.sleep(ACCESS_TTL + 1.0)  # the access token has expired for everyone
        before = self.provider.stats()
        procs = [
            subprocess.Popen(
                c.token_argv,
                env=c.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(BURST)
        ]
        outputs = [(p, *p.communicate(timeout=120)) for p in procs]
        after = self.provider.stats()
        failed = [(p.returncode, err) for p, out, err in outputs if p.returncode != 0 or not out.strip()]
        counters = ("refresh_token", "refresh_invalid_grant", "grants_revoked")
        delta = {key: after[key] - before[key] for key in counters}
        printed = [out.strip() for _, out, _ in outputs if out.strip()]
        live = {token: self.provider.introspect(token).get("active") is True for token in set(printed)}
        stored = c.stored_refresh_token()
        active = bool(stored) and self.provider.introspect(stored).get("active") is True
        last_error = ""
        if failed:
            lines = [line for line in failed[0][1].strip().splitlines() if line.strip()]
            last_error = lines[-1][:160] if lines else f"exit {failed[0][0]}, no output"
        return {
            "refreshes": delta["refresh_token"],
            "invalid_grant": delta["refresh_invalid_grant"],
            "failed": len(failed),
            "distinct_tokens": len(live),
            "usable": sum(live[token] for token in printed),
            "grants_revoked": delta["grants_revoked"],
            "stored_refresh_active": active,
            "revoked": delta["grants_revoked"] > 0 or not active,
            "error": last_error,
        }


def start_provider(log: Path) -> Provider:
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        raise SystemExit("tests/provider/node_modules is missing: run scripts/bootstrap first")
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not on PATH (scripts/bootstrap installs it)")
    with log.open("wb") as stderr:
        proc = subprocess.Popen(
            [node, str(PROVIDER_SERVER), "--port", "0"],
            cwd=PROVIDER_DIR,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    line = _read_ready_line(proc, 20)
    if line is None or not line.startswith("READY http://127.0.0.1:"):
        _stop_process(proc)
        raise SystemExit(f"provider did not start: {line!r}\n{log.read_text(errors='replace')}")
    return Provider(line.split(" ", 1)[1], log, proc)


def ms(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value >= 0.0995 else f"{value * 1000:.1f} ms"


def ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def versions() -> str:
    names = ["google-auth-oauthlib", "google-auth", "msal", "msal-extensions", "oauth-setup-assistant"]
    found = []
    for name in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            found.append(f"{name} {metadata.version(name)}")
    return ", ".join(found)


def build_report(results: dict[str, Any], runtime: float) -> str:
    names = ("ours", "google", "msal")
    rows: list[list[str]] = []

    def timing_row(title: str, key: str) -> None:
        medians = {n: statistics.median(results[key][n]) if results[key][n] else None for n in names}
        rows.append(
            [
                title,
                *(ms(medians[n]) if medians[n] is not None else "n/a" for n in names),
                ratio(medians["ours"], medians["google"]),
                ratio(medians["ours"], medians["msal"]),
            ]
        )

    def count_row(title: str, key: str) -> None:
        cells = []
        for n in names:
            values = [trial[key] for trial in results["burst"][n]]
            cells.append(f"{statistics.median(values):g} ({', '.join(str(v) for v in values)})")
        rows.append([title, *cells, "—", "—"])

    timing_row(f"login wall time: process start → tokens stored (median of {ROUNDS})", "login_wall")
    timing_row(f"login: callback → tokens stored (median of {ROUNDS})", "callback_to_stored")
    timing_row(f"print a token, fast path, whole process (median of {ROUNDS * FAST_PER_ROUND})", "fast")
    count_row(f"burst of {BURST}: refreshes at the provider (median; per trial)", "refreshes")
    count_row(f"burst of {BURST}: failed processes (median; per trial)", "failed")
    count_row(f"burst of {BURST}: invalid_grant at the provider (median; per trial)", "invalid_grant")
    count_row(f"burst of {BURST}: processes left holding an active token (median; per trial)", "usable")
    revoked = [
        f"{sum(t['revoked'] for t in results['burst'][n])} of {len(results['burst'][n])} trials"
        for n in names
    ]
    rows.append(["burst: grant revoked afterwards", *revoked, "—", "—"])

    header = [
        "metric",
        "ours (oauth-setup)",
        "google-auth-oauthlib",
        "MSAL + msal-extensions",
        "ours ÷ google",
        "ours ÷ msal",
    ]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    errors = [
        f"- {n}, trial {i + 1}: {t['error']}"
        for n in names
        for i, t in enumerate(results["burst"][n])
        if t["error"]
    ]
    lines = [
        "# Peer comparison: last run",
        "",
        (
            f"{datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; {platform.python_implementation()} "
            f"{platform.python_version()}, {os.cpu_count()} CPUs; {versions()}."
        ),
        (
            f"Client `{CLIENT_ID}` (PKCE, no secret), scopes `{' '.join(SCOPES)}`; token stores: ours the "
            "Secret Service (gnome-keyring), google an authorized-user JSON file, MSAL msal-extensions "
            f"FilePersistence (plain JSON file + lock file). Runtime {runtime:.0f} s. Produced by "
            "`bench/peers/run` (see bench/peers/README.md)."
        ),
        "",
        *table,
        "",
        f"Baseline for the fast path: `python -c pass` took {ms(results['python_startup'])} (median).",
    ]
    lines += ["", "Samples (ms, in run order):"]
    for key, title in (
        ("login_wall", "login wall time"),
        ("callback_to_stored", "callback → stored"),
        ("fast", "fast path"),
    ):
        for n in names:
            samples = " ".join(f"{v * 1000:.0f}" for v in results[key][n])
            lines.append(f"- {title}, {n}: {samples}")
    if errors:
        lines += [
            "",
            "Failed processes in the bursts (last stderr line of each trial's first failure):",
            *errors,
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    results: dict[str, Any] = {
        key: {n: [] for n in ("ours", "google", "msal")}
        for key in ("login_wall", "callback_to_stored", "fast", "burst")
    }
    with tempfile.TemporaryDirectory(prefix="oauth-peers-") as tmp_name:
        tmp = Path(tmp_name)
        provider = start_provider(tmp / "provider.log")
        handoff = Handoff()
        try:
            base_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **handoff.env)
            # Bytecode caching on for every contender, as for installed software (a shell may have
            # PYTHONDONTWRITEBYTECODE=1, which would recompile the project's and the shims' sources
            # in every process); the caches go to a private prefix, warmed by the untimed runs.
            base_env.pop("PYTHONDONTWRITEBYTECODE", None)
            base_env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
            for key in ("NO_PROXY", "no_proxy"):
                base_env[key] = ",".join(filter(None, [base_env.get(key, ""), "127.0.0.1,localhost,::1"]))
            contenders = make_contenders(provider.issuer, tmp, base_env)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                bench = Bench(provider, browser, handoff)
                provider.reset_ttl()

                print(f"login: {ROUNDS} rounds", file=sys.stderr)
                for c in contenders:  # warm-up: page cache, and every contender has tokens
                    bench.login(c)
                for r in range(ROUNDS):
                    for c in rotated(contenders, r):
                        wall, cb = bench.login(c)
                        results["login_wall"][c.name].append(wall)
                        if c.callback_env:
                            _, cb = bench.login(c, callback_run=True)
                        if cb is not None:
                            results["callback_to_stored"][c.name].append(cb)

                print(f"fast path: {ROUNDS} rounds x {FAST_PER_ROUND}", file=sys.stderr)
                before = provider.stats()["refresh_token"]
                for c in contenders:
                    bench.token(c)
                startup = []
                for r in range(ROUNDS):
                    for c in rotated(contenders, r):
                        for _ in range(FAST_PER_ROUND):
                            results["fast"][c.name].append(bench.token(c))
                    t = time.perf_counter()
                    subprocess.run([PY, "-c", "pass"], check=True)
                    startup.append(time.perf_counter() - t)
                results["python_startup"] = statistics.median(startup)
                if provider.stats()["refresh_token"] != before:
                    raise SystemExit("a fast-path call refreshed: the cached access tokens were not valid")

                print(f"burst: {BURST_ROUNDS} rounds", file=sys.stderr)
                for r in range(BURST_ROUNDS):
                    for c in rotated(contenders, r):
                        trial = bench.burst(c)
                        results["burst"][c.name].append(trial)
                        print(f"  {c.name}: {json.dumps(trial)}", file=sys.stderr)
                browser.close()
        finally:
            handoff.close()
            provider.close()
            _stop_process(provider.process)
    report = build_report(results, time.monotonic() - started)
    RESULTS.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
