"""``scripts/run``: the app on the built-in demo sign-in server.

Starts the repository's local OAuth server (``tests/provider``, the certified ``oidc-provider``)
on 127.0.0.1, keeps the demo's settings in ``.demo-home/`` so a real setup is never touched, and
opens the wizard with "Demo sign-in server" among the providers. Without a screen it adds a
"demo" sign-in and signs in on the command line instead. Any user name and password work.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from gui_app.core.i18n import translate

REPO = Path(__file__).resolve().parents[1]
SERVER = REPO / "tests" / "provider" / "server.mjs"
DEMO_CLIENT_ID = "conf-client"
DEMO_CLIENT_SECRET = "confsecret123"  # the demo server's fixed test client, not a real secret


def start_demo_server(quiet: bool = False) -> tuple[subprocess.Popen[str], str]:
    """Start the sign-in server on a free loopback port; returns the process and its issuer.
    (Benchmarks and the screenshot script use it too, with ``quiet``.)"""
    process = subprocess.Popen(
        [shutil.which("node") or "node", str(SERVER), *(() if quiet else ("--demo",)), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL if quiet else None,
        text=True,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("READY "):
            return process, line.split()[1]
    process.wait()
    raise SystemExit(translate("Demo", "The demo sign-in server did not start (see the messages above)."))


def add_demo_profile(issuer: str) -> None:
    """The demo server's port changes on every run, so the profile is written afresh."""
    from gui_app.core.paths import app_paths
    from gui_app.core.profiles import ClientProfile, ProfileRepository
    from gui_app.core.store import open_token_store

    paths = app_paths()
    profile = ClientProfile(
        name="demo",
        client_id=DEMO_CLIENT_ID,
        issuer=issuer,
        scopes=("openid", "offline_access", "profile", "email"),
    )
    open_token_store(paths, profile).set_client_secret(profile.name, DEMO_CLIENT_SECRET)
    ProfileRepository(paths).save(profile)


def main() -> int:
    from gui_app import translations

    os.environ.setdefault("OAUTH_SETUP_HOME", str(REPO / ".demo-home"))
    translations.install_for_command_line()  # the system's language, for the messages below
    server, issuer = start_demo_server()
    try:
        from gui_app.cli import main as cli
        from gui_app.ui.services import DEMO_ISSUER_ENV

        print(
            translate(
                "Demo", "Demo sign-in server running at {issuer} (any user name and password work)."
            ).format(issuer=issuer),
            file=sys.stderr,
        )
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform != "linux":
            os.environ[DEMO_ISSUER_ENV] = issuer
            return cli([])
        print(translate("Demo", "No screen found: signing in on the command line instead."), file=sys.stderr)
        add_demo_profile(issuer)
        code = cli(["login", "demo"])
        if code == 0:
            cli(["status", "demo"])
        return code
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    raise SystemExit(main())
