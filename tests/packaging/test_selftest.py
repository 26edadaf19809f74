"""``gui_app.selftest.main()`` from the source tree (the installed copy is covered by test_deb.py).

Runs in a subprocess: the self-test makes its own QApplication and QtWebEngine, which must not
meet pytest-qt's. Needs no root and no display.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness import REPO_ROOT

pytestmark = pytest.mark.packaging

TITLES = (
    "Version",
    "Program parts",
    "Setup window",
    "Browser window inside the app",
    "Password storage (keyring)",
    "App files",
)


def run_selftest(tmp_path: Path, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["OAUTH_SETUP_HOME"] = str(tmp_path / "home")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-c", "from gui_app.selftest import main; raise SystemExit(main())"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def outcome(stdout: str, title: str) -> str:
    for line in stdout.splitlines():
        if line.startswith(f"{title}: "):
            return line[len(title) + 2 :]
    raise AssertionError(f"no '{title}' line in:\n{stdout}")


def test_one_line_per_check_and_exit_status_follows_failures(tmp_path: Path) -> None:
    result = run_selftest(tmp_path, QT_QPA_PLATFORM=None)  # it must pick offscreen by itself
    lines = result.stdout.splitlines()
    assert lines[0] == "OAuth Setup Assistant self-test"
    for title in TITLES:
        assert outcome(result.stdout, title).startswith(("ok", "warning: ", "FAILED: ")), result.stdout
    assert outcome(result.stdout, "Setup window") == "ok (opened on the 'offscreen' display)"
    assert outcome(result.stdout, "App files").startswith("ok (2 built-in providers")
    assert "Traceback" not in result.stdout + result.stderr
    failed = [line for line in lines if ": FAILED: " in line]
    if failed:
        assert result.returncode == 1
        assert lines[-1].startswith(f"Result: {len(failed)} of 6 checks FAILED.")
    else:
        assert result.returncode == 0
        assert lines[-1] == "Result: all 6 checks passed."


def test_under_the_secret_service_every_check_passes(tmp_path: Path) -> None:
    import keyring
    from keyring.backends import SecretService

    if not isinstance(keyring.get_keyring(), SecretService.Keyring):
        pytest.skip("no Secret Service here: run under scripts/with-keyring (scripts/test does)")
    result = run_selftest(tmp_path, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu")
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert outcome(result.stdout, "Browser window inside the app").startswith(
        "ok (its helper program started and showed a blank page"
    )
    assert "SecretService" in outcome(result.stdout, "Password storage (keyring)")


def test_no_keyring_is_a_plain_failure(tmp_path: Path) -> None:
    result = run_selftest(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 1
    line = outcome(result.stdout, "Password storage (keyring)")
    assert line.startswith("FAILED: This computer has no system keyring this app can use.")
    assert result.stdout.splitlines()[-1] == (
        "Result: 1 of 6 checks FAILED. Please send this whole output to your IT support contact."
    )


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="the sandbox warning is about root")
def test_root_without_no_sandbox_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    result = run_selftest(
        tmp_path,
        QTWEBENGINE_CHROMIUM_FLAGS=None,
        QTWEBENGINE_DISABLE_SANDBOX=None,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    line = outcome(result.stdout, "Browser window inside the app")
    assert line.startswith("warning: not available here. The browser window inside this app cannot run")
    assert result.stdout.splitlines()[-1].startswith("Result: 1 of 6 checks FAILED.")  # only the keyring
