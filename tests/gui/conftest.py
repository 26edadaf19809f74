"""GUI-tier fixtures (pytest-qt, offscreen).

The real provider, browser and hand-off come from tests/harness.py (loaded once for the suite);
from the unit tier:
    memory_keyring    an in-memory keyring backend, for tests that must not touch a real one
    paths             a private app home (OAUTH_SETUP_HOME) under tmp_path
The wizard's end-to-end tests store their tokens in the keyring the suite runs with (the real
Secret Service under scripts/test).

Qt WebEngine:
- it needs ``Qt.AA_ShareOpenGLContexts`` before the QApplication exists (pytest-qt's ``qapp``
  creates it in the first GUI test), so ``prepare_application()`` runs when this file is imported;
- every ``EmbeddedBrowserDialog`` refuses requests to hosts other than this computer (the test
  provider's pages ``@import`` a Google web font; nothing may leave the machine).
"""

from __future__ import annotations

import pytest

from gui_app.ui.embedded_browser import EmbeddedBrowserDialog, prepare_application
from tests.unit.conftest import memory_keyring, paths  # noqa: F401

prepare_application()


@pytest.fixture(autouse=True)
def _embedded_browser_loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(EmbeddedBrowserDialog, "default_loopback_only", True)
