"""Debug logging, for support: ``OAUTH_SETUP_DEBUG=1`` sends every module's debug messages to
standard error and to ``<data dir>/logs/oauth-setup.log`` (mode 0600).

Nothing the app logs contains a token, code, verifier or secret (tests/e2e/test_secrets_hygiene.py
scans a whole run for them); httpx logs request lines, and token requests carry their secrets
in the body, never in the URL.
"""

from __future__ import annotations

import os

DEBUG_ENV = "OAUTH_SETUP_DEBUG"


def configure_from_environment() -> None:
    if os.environ.get(DEBUG_ENV, "") not in ("1", "true", "yes"):
        return
    import logging

    from gui_app.core.paths import app_paths

    log_dir = app_paths().data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / "oauth-setup.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    logging.basicConfig(
        level=logging.DEBUG,
        format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s",
        handlers=[logging.StreamHandler(), logging.FileHandler(path, encoding="utf-8")],
    )
    logging.getLogger(__name__).debug("debug logging on (pid %d)", os.getpid())


def debug(name: str, message: str, *args: object) -> None:
    """Log at debug level without importing ``logging`` on paths that must start fast (the
    ``token`` command): when debug logging is on, ``configure_from_environment`` has imported it."""
    import sys

    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger(name).debug(message, *args)
