"""The one place HTTP clients are made: timeouts, no redirects, an honest User-Agent."""

from __future__ import annotations

import os

import httpx

from gui_app import __version__

TIMEOUT_ENV = "OAUTH_SETUP_HTTP_TIMEOUT"


def _timeout() -> httpx.Timeout:
    """15 s to answer, 10 s to connect: a token endpoint slower than that is not going to answer
    usefully. ``OAUTH_SETUP_HTTP_TIMEOUT`` (seconds) changes both, for very slow links."""
    try:
        seconds = float(os.environ.get(TIMEOUT_ENV, ""))
    except ValueError:
        return httpx.Timeout(15.0, connect=10.0)
    return (
        httpx.Timeout(seconds, connect=min(seconds, 10.0))
        if seconds > 0
        else httpx.Timeout(15.0, connect=10.0)
    )


def new_client(timeout: httpx.Timeout | None = None) -> httpx.Client:
    # Redirects are not followed: a token or metadata endpoint that redirects is misconfigured,
    # and following it could carry credentials elsewhere (RFC 9700 §4.11).
    return httpx.Client(
        timeout=timeout or _timeout(),
        follow_redirects=False,
        headers={"User-Agent": f"oauth-setup-assistant/{__version__}"},
    )
