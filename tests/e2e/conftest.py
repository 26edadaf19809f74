"""The e2e tier stores real tokens in a real Secret Service: it runs under scripts/with-keyring
(a private D-Bus session with an unlocked gnome-keyring), e.g.

    scripts/with-keyring .venv/bin/pytest tests/e2e

The provider, browser and hand-off fixtures come from tests/harness.py.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _require_secret_service() -> None:
    """Anything but the Secret Service here is a setup error, not a test failure."""
    import keyring
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    if not isinstance(backend, SecretService.Keyring):
        pytest.fail(
            f"e2e tests need the Secret Service keyring backend, but keyring chose {backend!r}. "
            "The e2e tier must run under scripts/with-keyring (a private D-Bus session with an "
            "unlocked gnome-keyring), e.g.: scripts/with-keyring .venv/bin/pytest tests/e2e",
            pytrace=False,
        )
