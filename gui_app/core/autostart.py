"""Starting ``oauth-setup monitor`` at desktop log-in: an XDG autostart entry on Linux.
(Windows and macOS get theirs from the installer.)"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from gui_app.core.i18n import translate

ENTRY_NAME = "oauth-setup-monitor.desktop"


def autostart_path() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def monitor_command() -> list[str]:
    installed = shutil.which("oauth-setup")
    return [installed, "monitor"] if installed else [sys.executable, "-m", "gui_app", "monitor"]


def install_autostart() -> Path:
    path = autostart_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    exec_line = " ".join(shlex.quote(part) for part in monitor_command())
    # The entry's name and comment are shown in the desktop's list of start-up programs. A
    # desktop entry value is one line: a translation's line breaks become spaces.
    name = " ".join(translate("Autostart", "OAuth Setup Assistant monitor").split())
    comment = " ".join(
        translate(
            "Autostart", "Keeps integrations signed in and tells you when someone must sign in again"
        ).split()
    )
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={name}\n"
        f"Comment={comment}\n"
        f"Exec={exec_line}\n"
        "Icon=oauth-setup\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
    return path


def remove_autostart() -> bool:
    path = autostart_path()
    if path.exists():
        path.unlink()
        return True
    return False
