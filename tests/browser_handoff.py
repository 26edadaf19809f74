"""Stand-in for "the system browser" in end-to-end tests.

Run as ``$BROWSER URL``: sends URL to the Unix socket named by ``OAUTH_TEST_HANDOFF_SOCKET`` (served by the
``handoff`` fixture in conftest.py, which then drives a real headless Chromium to that URL) and exits 0
at once, as a browser launcher does. Standard library only; never opens anything itself.
"""

from __future__ import annotations

import os
import socket
import sys

ENV_VAR = "OAUTH_TEST_HANDOFF_SOCKET"


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1]:
        print("usage: browser_handoff.py URL", file=sys.stderr)
        return 2
    path = os.environ.get(ENV_VAR)
    if not path:
        print(f"browser_handoff.py: {ENV_VAR} is not set", file=sys.stderr)
        return 2
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(10)
            sock.connect(path)
            sock.sendall(argv[1].encode("utf-8"))
            sock.shutdown(socket.SHUT_WR)
            sock.recv(16)  # wait for the fixture's acknowledgement, so the URL is queued before we exit
    except OSError as exc:
        print(f"browser_handoff.py: cannot hand the URL to the test ({exc})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
