"""The Debian package, end to end: build it, install it, sign in through the installed binary,
remove it.

Needs root on Debian/Ubuntu amd64 (it runs dpkg -i / dpkg -r on this machine): skipped
elsewhere. packaging/build-deb reuses dist/ when nothing that goes into the package changed, so
only the first run in a checkout pays for PyInstaller (~30 s). The sign-in uses the same real
provider, browser and $BROWSER hand-off as tests/e2e, and the real Secret Service, so run it
under scripts/with-keyring (scripts/test does).

The tests run in file order: the last one removes the package.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, REPO_ROOT

pytestmark = pytest.mark.packaging

PACKAGE = "oauth-setup-assistant"
BUILD_DEB = REPO_ROOT / "packaging" / "build-deb"
INSTALL_DIR = Path("/opt/oauth-setup")
COMMAND = Path("/usr/bin/oauth-setup")
DESKTOP_FILE = Path("/usr/share/applications/oauth-setup.desktop")
ICON = Path("/usr/share/icons/hicolor/scalable/apps/oauth-setup.svg")
AUTOSTART = Path("/etc/xdg/autostart/oauth-setup-monitor.desktop")
SCOPES = "openid offline_access profile email"


def app_version() -> str:
    text = (REPO_ROOT / "gui_app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    assert match, "no __version__ in gui_app/__init__.py"
    return match.group(1)


def installed_version() -> str | None:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}\t${Version}", PACKAGE], capture_output=True, text=True, check=False
    )
    status, _, version = result.stdout.partition("\t")
    return version if result.returncode == 0 and status.endswith(" installed") else None


def _why_not_here() -> str | None:
    if shutil.which("dpkg") is None or not Path("/etc/debian_version").exists():
        return "not a Debian/Ubuntu machine (no dpkg): the .deb can only be built and installed there"
    if os.geteuid() != 0:
        return "needs root: the test installs and removes the .deb with dpkg on this machine"
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=False)
    if arch.stdout.strip() != "amd64":
        return f"the package is built for amd64; this machine is {arch.stdout.strip() or 'unknown'}"
    return None


def _run(argv: list[str], timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False, **kwargs)


@pytest.fixture(scope="module")
def deb() -> Path:
    """dist/oauth-setup-assistant_<version>_amd64.deb, built (or reused) by packaging/build-deb."""
    reason = _why_not_here()
    if reason:
        pytest.skip(reason)
    if installed_version() is not None:
        pytest.skip(
            f"{PACKAGE} is already installed on this machine and this test would replace and then "
            f"remove it; remove it first (dpkg -r {PACKAGE})"
        )
    started = time.monotonic()
    result = _run([str(BUILD_DEB)], timeout=900, cwd=REPO_ROOT, env={**os.environ, "PYTHON": sys.executable})
    elapsed = time.monotonic() - started
    print(f"\npackaging/build-deb: {elapsed:.1f} s\n{result.stdout}")
    assert result.returncode == 0, (
        f"packaging/build-deb failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    path = REPO_ROOT / "dist" / f"{PACKAGE}_{app_version()}_amd64.deb"
    assert path.is_file(), f"build-deb succeeded but {path} is missing"
    return path


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    result = _run(["dpkg", "-i", str(deb)])
    assert result.returncode == 0, f"dpkg -i failed:\n{result.stdout}\n{result.stderr}"
    try:
        yield deb
    finally:  # whatever happened above, leave the machine as it was
        if installed_version() is not None or AUTOSTART.exists():
            _run(["dpkg", "-P", PACKAGE])


@pytest.fixture
def installed_env(app_env: dict[str, str]) -> dict[str, str]:
    """app_env (private OAUTH_SETUP_HOME, $BROWSER hand-off, offscreen Qt) for the installed binary."""
    env = dict(app_env)
    # As root, QtWebEngine needs this to start at all (tests/conftest.py sets it for the suite).
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
    return env


@pytest.fixture
def secret_service() -> None:
    """The installed app must find the real Secret Service, as tests/e2e requires."""
    import keyring
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        pytest.fail(
            f"this test needs the Secret Service keyring, but keyring chose {backend!r}. Run it under "
            "scripts/with-keyring, e.g.: scripts/with-keyring .venv/bin/python -m pytest tests/packaging",
            pytrace=False,
        )


def elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def test_package_installs_its_files(installed: Path) -> None:
    assert installed_version() == app_version()
    assert COMMAND.is_symlink() and COMMAND.resolve() == INSTALL_DIR / "oauth-setup"
    assert os.access(INSTALL_DIR / "oauth-setup", os.X_OK)
    assert (INSTALL_DIR / "_internal" / "resources" / "providers" / "builtin.toml").is_file()
    assert (INSTALL_DIR / "_internal" / "PySide6" / "Qt" / "libexec" / "QtWebEngineProcess").is_file()
    desktop = DESKTOP_FILE.read_text(encoding="utf-8")
    assert "Exec=oauth-setup\n" in desktop and "Icon=oauth-setup\n" in desktop
    assert ICON.read_bytes() == (REPO_ROOT / "resources" / "icons" / "oauth-setup.svg").read_bytes()
    autostart = AUTOSTART.read_text(encoding="utf-8")
    assert "Exec=oauth-setup monitor\n" in autostart
    assert "Hidden=true\n" in autostart and "X-GNOME-Autostart-enabled=false\n" in autostart  # off by default


def test_translations_are_installed_and_used(installed: Path, installed_env: dict[str, str]) -> None:
    """Our catalogs and Qt's own (QWizard's buttons) are in the bundle, and the command line speaks
    the language asked for."""
    internal = INSTALL_DIR / "_internal"
    for lang in ("de", "fr"):
        assert (internal / "resources" / "translations" / f"oauth_setup_{lang}.qm").is_file()
        assert (internal / "resources" / f"help.{lang}.html").is_file()
        assert list(internal.glob(f"PySide6/**/translations/qtbase_{lang}.qm")), lang
    result = _run([str(COMMAND), "--lang", "de", "profile", "list"], env=installed_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Noch keine Anmeldungen."), result.stdout


def test_every_library_resolves_after_install(installed: Path) -> None:
    """Depends is complete: nothing the bundle links is missing on this machine."""
    problems = []
    files = elf_files(INSTALL_DIR)
    assert len(files) > 50
    for path in files:
        ldd = _run(["ldd", str(path)])
        problems += [f"{path}: {line.strip()}" for line in ldd.stdout.splitlines() if "not found" in line]
    assert not problems, "\n".join(problems)
    # Libraries from the build machine's system directories are not copied in: Depends covers them.
    internal = INSTALL_DIR / "_internal"
    copied = sorted(p.name for p in internal.glob("lib*") if p.is_file() and not p.is_symlink())
    assert all(name.startswith("libpython") for name in copied), copied


def test_version(installed: Path, installed_env: dict[str, str]) -> None:
    result = _run([str(COMMAND), "--version"], env=installed_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"oauth-setup {app_version()}\n"


def test_self_test_passes_offscreen(
    installed: Path, installed_env: dict[str, str], secret_service: None
) -> None:
    env = {k: v for k, v in installed_env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = _run([str(COMMAND), "--self-test"], env=env)
    assert result.returncode == 0, f"self-test failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    lines = result.stdout.splitlines()
    for title in (
        "Version",
        "Program parts",
        "Setup window",
        "Browser window inside the app",
        "Password storage (keyring)",
        "App files",
    ):
        assert any(line.startswith(f"{title}: ok") for line in lines), (title, result.stdout)
    assert "installed package" in result.stdout
    assert "SecretService" in result.stdout
    assert lines[-1] == "Result: all 6 checks passed."


def test_sign_in_through_the_installed_binary(
    installed: Path,
    installed_env: dict[str, str],
    secret_service: None,
    provider,
    browser,
    handoff,
    complete_signin,
) -> None:
    name = f"deb-{uuid.uuid4().hex[:8]}"
    add = _run(
        [
            str(COMMAND),
            "profile",
            "add",
            name,
            "--issuer",
            provider.issuer,
            "--client-id",
            CONF_CLIENT_ID,
            "--client-secret-stdin",
            "--scope",
            SCOPES,
        ],
        env=installed_env,
        input=CONF_CLIENT_SECRET,
    )
    assert add.returncode == 0, add.stderr

    login = subprocess.Popen(
        [str(COMMAND), "login", name],
        env=installed_env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = handoff.next_url()
        signin = complete_signin(browser, url)
        out, err = login.communicate(timeout=60)
    finally:
        if login.poll() is None:
            login.kill()
            login.communicate()
    assert login.returncode == 0, err
    assert "You are signed in" in signin.text
    assert f"Signed in '{name}' as Alice." in out

    token = _run([str(COMMAND), "token", name], env=installed_env)
    assert token.returncode == 0, token.stderr
    access = token.stdout.strip()
    assert token.stdout == access + "\n"
    info = provider.introspect(access)
    assert info["active"] is True and info["client_id"] == CONF_CLIENT_ID

    # The bundled keyring found the Secret Service: the tokens are there, not in a file.
    import keyring

    stored = keyring.get_password("oauth-setup", f"{name}/tokens")
    assert stored is not None and json.loads(stored)["access_token"] == access
    status = json.loads(_run([str(COMMAND), "status", name, "--json"], env=installed_env).stdout)
    assert status["state"] == "ok" and status["store"] == "keyring"
    keyring.delete_password("oauth-setup", f"{name}/tokens")
    keyring.delete_password("oauth-setup", f"{name}/client_secret")


def test_remove_leaves_nothing_behind(installed: Path) -> None:
    result = _run(["dpkg", "-r", PACKAGE])
    assert result.returncode == 0, result.stderr
    assert installed_version() is None
    assert not INSTALL_DIR.exists()
    assert not [p for p in Path("/usr/share/applications").glob("oauth-setup*")]
    assert not [p for p in Path("/usr/bin").glob("oauth-setup*")]
    assert not ICON.exists()
    # The autostart entry is a conffile: kept by "remove" (an admin may have enabled it), gone on purge.
    result = _run(["dpkg", "-P", PACKAGE])
    assert result.returncode == 0, result.stderr
    assert not AUTOSTART.exists()
