"""The one place HTTP clients are made: timeouts, no redirects, an honest User-Agent."""

from __future__ import annotations

import httpx

from gui_app import __version__

# Connect fast or report the provider as unreachable; a token endpoint that takes longer than
# this is not going to answer usefully.
TIMEOUT = httpx.Timeout(15.0, connect=10.0)


def new_client(timeout: httpx.Timeout | None = None) -> httpx.Client:
    # Redirects are not followed: a token or metadata endpoint that redirects is misconfigured,
    # and following it could carry credentials elsewhere (RFC 9700 §4.11).
    return httpx.Client(
        timeout=timeout or TIMEOUT,
        follow_redirects=False,
        headers={"User-Agent": f"oauth-setup-assistant/{__version__}"},
    )
