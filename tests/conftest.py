"""Test tiers, auto-marked by folder (qutebrowser's way): unit (no Qt), gui (pytest-qt,
offscreen), e2e (real provider, real browser, real Secret Service)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests; QtWebEngine refuses to start as root without this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
# Tests read English unless they ask for another language (--lang, or LANGUAGE in a child's env):
# the app follows the system language, and a CI machine may have any.
os.environ["LANGUAGE"] = "en"

TESTS = Path(__file__).parent
# The real provider, the browser and the $BROWSER hand-off, defined once for the gui and e2e tiers.
pytest_plugins = ["tests.harness"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        tier = Path(str(item.fspath)).relative_to(TESTS).parts[0]
        if tier in ("unit", "gui", "e2e"):
            item.add_marker(getattr(pytest.mark, tier))
