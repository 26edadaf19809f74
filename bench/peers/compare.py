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
                tokens written, in the same timed logins for all three. The start is seen from
                outside, the same way for every contender: the kernel's timestamp of the callback
                request's first segment on lo (capture.py); the end is each login script's
                time.time_ns() when its token store's write returned (ours_login.py,
                google_login.py, msal_shim.py). Each contender's own in-process stamps are kept
                for comparison.
  fast path     "print a token" as a whole process, with a valid cached access token
  burst         2-s access tokens, a fresh sign-in, sleep past expiry, then 16 "print a token"
                processes started at once: refreshes and invalid_grant counted at the provider
                (/test/stats deltas), failed processes, and whether the grant ended revoked
                (grants_revoked delta, or the refresh token left in the contender's store
                introspecting as inactive); and how many of the 16 printed an access token that
                is still active at the provider afterwards (introspection)

PEERS_LOGIN_ROUNDS (default 20): login rounds. PEERS_ROUNDS (default 5): fast-path rounds of 3
calls per contender. PEERS_BURST_ROUNDS (default 3). Results also go to bench/peers/last-results.md.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

PEERS = Path(__file__).resolve().parent
REPO = PEERS.parents[1]
sys.path.insert(0, str(REPO))

from capture import CallbackCapture  # noqa: E402

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
LOGIN_ROUNDS = int(os.environ.get("PEERS_LOGIN_ROUNDS", "20"))
BURST_ROUNDS = int(os.environ.get("PEERS_BURST_ROUNDS", "3"))
FAST_PER_ROUND = 3
BURST = 16
ACCESS_TTL = 2  # seconds, for the burst's sign-in
CLIENT_ID = "public-client"
SCOPES = ["openid", "profile", "email"]
MSAL_SCOPES = ["email"]  # MSAL adds openid and profile itself (and offline_access, excluded in the shim)
PROFILE = "bench"
RESULTS = PEERS / "last-results.md"


@dataclass
class Contender:
    name: str
    label: str
    env: dict[str, str]
    login_argv: list[str]
    token_argv: list[str]
    stored_refresh_token: Callable[[], str | None]
    forget: Callable[[], None]


def bench_line(out: str) -> dict[str, Any]:
    """The login script's last ``BENCH {...}`` line: ``stored_ns`` (time.time_ns() when the token
    store's write returned) and ``in_process`` (the contender's own callback -> stored)."""
    for line in reversed(out.splitlines()):
        if line.startswith("BENCH "):
            found: dict[str, Any] = json.loads(line[6:])
            return found
    return {}


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
            # the `oauth-setup` console script itself, run by ours_login.py, which adds the
            # store-write stamp (TokenStore.save wrapped when it is imported)
            [PY, str(PEERS / "ours_login.py"), "login", PROFILE, "--timeout", "60"],
            [OURS_CLI, "token", PROFILE],
            ours_refresh,
            lambda: None,
        ),
        Contender(
            "google",
            "google-auth-oauthlib",
            dict(base_env),
            [PY, str(PEERS / "google_login.py"), issuer, CLIENT_ID, str(google_file), *SCOPES],
            [PY, str(PEERS / "google_token.py"), str(google_file)],
            google_refresh,
            forget_google,
        ),
        Contender(
            "msal",
            "MSAL + msal-extensions",
            dict(base_env),
            [PY, str(PEERS / "msal_login.py"), issuer, CLIENT_ID, str(msal_file), *MSAL_SCOPES],
            [PY, str(PEERS / "msal_token.py"), issuer, CLIENT_ID, str(msal_file), *MSAL_SCOPES],
            msal_refresh,
            forget_msal,
        ),
    ]


def _watch_exit(proc: subprocess.Popen[str]) -> tuple[threading.Thread, list[float]]:
    """A thread that stamps (time.perf_counter) the moment ``proc`` exits. A pidfd turns readable
    then, whoever reaps the process; a waitid(WNOWAIT) beside Popen's own waitpid could lose that
    race and find no child. Without pidfds (Linux < 5.3) the thread reaps it through Popen.wait,
    which communicate() tolerates."""
    exited: list[float] = []

    def by_pidfd(pidfd: int) -> None:
        try:
            poller = select.poll()
            poller.register(pidfd, select.POLLIN)
            poller.poll()
            exited.append(time.perf_counter())
        finally:
            os.close(pidfd)

    def by_wait() -> None:
        proc.wait()
        exited.append(time.perf_counter())

    try:
        thread = threading.Thread(target=by_pidfd, args=(os.pidfd_open(proc.pid),), daemon=True)
    except (AttributeError, OSError):
        thread = threading.Thread(target=by_wait, daemon=True)
    thread.start()
    return thread, exited


def rotated(items: list[Contender], shift: int) -> list[Contender]:
    shift %= len(items)
    return items[shift:] + items[:shift]


@dataclass
class Login:
    wall: float  # process start -> exit, seconds
    # callback's first bytes on the loopback interface -> the store's write returned; None when the
    # capture is not available (then the report uses in_process and says so)
    callback_to_stored: float | None
    in_process: float | None  # the contender's own stamps, for comparison


class _ContextClosedLater:
    """A browser context whose ``close()`` (complete_signin's, once the result page has loaded)
    only queues it; ``KeepTabsOpen.close_pending`` closes it for real."""

    def __init__(self, context: Any, pending: list[Any]) -> None:
        self._context = context
        self._pending = pending

    def __getattr__(self, name: str) -> Any:
        return getattr(self._context, name)

    def close(self) -> None:
        self._pending.append(self._context)


class KeepTabsOpen:
    """The browser as complete_signin sees it: the contexts it closes stay open until the login
    process has exited, as a person's tab stays open on the result page. Tearing a context down
    costs Chromium tens of ms of CPU on this 2-CPU machine, and that would land on whichever
    contender is still working then (google and MSAL answer the browser before their token
    exchange, ours after storing)."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser
        self._pending: list[Any] = []

    def new_context(self, *args: Any, **kwargs: Any) -> _ContextClosedLater:
        return _ContextClosedLater(self._browser.new_context(*args, **kwargs), self._pending)

    def close_pending(self) -> None:
        while self._pending:
            self._pending.pop().close()


class Bench:
    def __init__(
        self, provider: Provider, browser: Any, handoff: Handoff, capture: CallbackCapture | None
    ) -> None:
        self.provider = provider
        self.browser = KeepTabsOpen(browser)
        self.handoff = handoff
        self.capture = capture

    def login(self, c: Contender) -> Login:
        since_ns = time.time_ns()
        start = time.perf_counter()
        proc = subprocess.Popen(
            c.login_argv,
            env=c.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The wall time ends when the process exits, not when this thread gets back to it: the
        # browser is driven from here, and its last page load can end after the process did
        # (google answers the browser before its token exchange, ours after storing).
        waiter, exited = _watch_exit(proc)
        try:
            url = self.handoff.next_url(30)
            complete_signin(self.browser, url)
            out, err = proc.communicate(timeout=60)
        except BaseException:
            _stop_process(proc, grace=2)
            raise
        finally:
            self.browser.close_pending()
        waiter.join(5)
        if not exited:
            raise SystemExit(f"{c.name}: the login process's exit was not seen")
        wall = exited[0] - start
        if proc.returncode != 0:
            raise SystemExit(f"{c.name} login failed ({proc.returncode}):\n{err[-2000:]}")
        stamps = bench_line(out)
        stored_ns, in_process = stamps.get("stored_ns"), stamps.get("in_process")
        segment = None
        if self.capture is not None:
            port = urlsplit(parse_qs(urlsplit(url).query).get("redirect_uri", [""])[0]).port
            segment = self.capture.callback_after(since_ns, port)
        callback_to_stored = None
        if segment is not None and stored_ns is not None:
            callback_to_stored = (int(stored_ns) - segment.at_ns) / 1e9
        return Login(wall, callback_to_stored, None if in_process is None else float(in_process))

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
    return ", ".join(found) + product_revision()


def product_revision() -> str:
    """Which oauth-setup was measured: the commit, and whether gui_app/ or pyproject.toml had
    uncommitted changes (the bench runs the working tree)."""
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--", "gui_app", "pyproject.toml"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
    return f" (commit {commit}{', with uncommitted changes in gui_app/ or pyproject.toml' if dirty else ''})"


def paired_wins(results: dict[str, Any], key: str, rival: str) -> str:
    """Rounds in which ours was faster than ``rival``: the two ran in the same round, a few
    seconds apart, so slow phases of the machine hit both."""
    ours, theirs = results[key]["ours"], results[key][rival]
    if not ours or len(ours) != len(theirs):
        return "—"
    return f"{sum(a < b for a, b in zip(ours, theirs, strict=True))} of {len(ours)}"


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

    cb_key = "callback_to_stored" if results["capture"] else "in_process"
    timing_row(f"login wall time: process start → tokens stored (median of {LOGIN_ROUNDS})", "login_wall")
    if results["capture"]:
        timing_row(
            f"login: callback → tokens stored (median of {LOGIN_ROUNDS}; arrival seen on lo)",
            "callback_to_stored",
        )
    else:
        timing_row(
            f"login: callback → tokens stored (median of {LOGIN_ROUNDS}; contenders' own stamps, "
            "no packet capture)",
            "in_process",
        )
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
        (
            "Rounds in which ours was the faster, paired by round (against google / msal): login wall "
            f"time {paired_wins(results, 'login_wall', 'google')} / "
            f"{paired_wins(results, 'login_wall', 'msal')}; callback → stored "
            f"{paired_wins(results, cb_key, 'google')} / {paired_wins(results, cb_key, 'msal')}."
        ),
    ]
    if results["capture"]:
        lines.append(
            "Callback → stored: from the callback request's first bytes reaching the listener's port "
            "(kernel timestamp on lo, bench/peers/capture.py) to the contender's token write returning, "
            "for all three in the timed logins. The contenders' own in-process stamps (which start "
            "only once their HTTP server has read the request) are listed below for comparison."
        )
    else:
        lines.append(
            "No packet capture here (needs root or CAP_NET_RAW): callback → stored uses each "
            "contender's own in-process stamps, which start at different points (README.md)."
        )
    lines += ["", "Samples (ms, in run order; quartiles in brackets):"]
    for key, title in (
        ("login_wall", "login wall time"),
        ("callback_to_stored", "callback → stored (arrival on lo)"),
        ("in_process", "callback → stored (own stamps)"),
        ("fast", "fast path"),
    ):
        for n in names:
            values = results[key][n]
            if not values:
                continue
            samples = " ".join(f"{v * 1000:.0f}" for v in values)
            quartiles = ""
            if len(values) >= 4:
                q1, _, q3 = statistics.quantiles(values, n=4)
                quartiles = f" [{q1 * 1000:.0f}-{q3 * 1000:.0f}]"
            lines.append(f"- {title}, {n}: {samples}{quartiles}")
    if errors:
        lines += [
            "",
            "Failed processes in the bursts (last stderr line of each trial's first failure):",
            *errors,
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    from playwright.sync_api import sync_playwright

    # The exit waiter (Bench.login) must not wait long for the GIL while Playwright runs.
    sys.setswitchinterval(0.0005)
    started = time.monotonic()
    results: dict[str, Any] = {
        key: {n: [] for n in ("ours", "google", "msal")}
        for key in ("login_wall", "callback_to_stored", "in_process", "fast", "burst")
    }
    with tempfile.TemporaryDirectory(prefix="oauth-peers-") as tmp_name:
        tmp = Path(tmp_name)
        provider = start_provider(tmp / "provider.log")
        handoff = Handoff()
        capture: CallbackCapture | None = None
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
            capture = CallbackCapture.open(int(urlsplit(provider.issuer).port or 80))
            results["capture"] = capture is not None
            if capture is None:
                print("no packet capture (needs root or CAP_NET_RAW): own stamps only", file=sys.stderr)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                bench = Bench(provider, browser, handoff, capture)
                provider.reset_ttl()

                print(f"login: {LOGIN_ROUNDS} rounds", file=sys.stderr)
                for c in contenders:  # warm-up: page cache, and every contender has tokens
                    bench.login(c)
                for r in range(LOGIN_ROUNDS):
                    for c in rotated(contenders, r):
                        done = bench.login(c)
                        results["login_wall"][c.name].append(done.wall)
                        if done.callback_to_stored is not None:
                            results["callback_to_stored"][c.name].append(done.callback_to_stored)
                        elif capture is not None:
                            raise SystemExit(f"{c.name}: no callback seen on lo, or no store stamp")
                        if done.in_process is not None:
                            results["in_process"][c.name].append(done.in_process)

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
            if capture is not None:
                capture.close()
            provider.close()
            _stop_process(provider.process)
    report = build_report(results, time.monotonic() - started)
    RESULTS.write_text(report)
    print(report)


if __name__ == "__main__":
    main()
