"""Opening the system browser without Qt (RFC 8252 §4: the user's own browser, not a web view).

``$BROWSER`` wins when set (a list of commands separated by the path separator, ``%s`` marks
where the address goes); otherwise the operating system's default browser.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import threading


def browser_commands(url: str, env_value: str) -> list[list[str]]:
    commands = []
    for entry in env_value.split(os.pathsep):
        argv = shlex.split(entry)
        if not argv:
            continue
        if any("%s" in arg for arg in argv):
            argv = [arg.replace("%s", url) for arg in argv]
        else:
            argv.append(url)
        commands.append(argv)
    return commands


def open_in_system_browser(url: str) -> bool:
    """Start the browser and return at once; False when nothing could be started."""
    env_value = os.environ.get("BROWSER", "")
    if env_value.strip():
        for argv in browser_commands(url, env_value):
            try:
                process = subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
            except OSError:
                continue
            # Reap it in the background so it never lingers as a zombie.
            threading.Thread(target=process.wait, daemon=True).start()
            return True
        return False
    import webbrowser

    return webbrowser.open(url)
