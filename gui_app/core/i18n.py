"""Translatable text, without Qt.

Every sentence the admin reads is written as ``translate("Context", "English text")`` so that
``pyside6-lupdate`` finds it (scripts/translations) and Qt's translation system answers it: the
entry point installs a lookup backed by ``QTranslator`` (command line) or
``QCoreApplication.translate`` (window), see gui_app/translations.py. Core code stays Qt-free
and, until someone installs a lookup, English.

Rules that keep translations correct:
- values are filled in after translating, with ``str.format`` and named fields:
  ``translate("Discovery", "Cannot reach '{issuer}'.").format(issuer=issuer)``;
- a constant marked with ``QT_TRANSLATE_NOOP`` is translated where it is shown;
- plurals pick one of two translated texts with ``plural(n, one, many)``, because lupdate's
  Python parser has no numerus support.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Lookup = Callable[[str, str], str]
Loader = Callable[[], tuple[Lookup | None, str]]

_lookup: Lookup | None = None
_loader: Loader | None = None
_language = "en"


_load_lock = threading.RLock()  # the loopback receiver's thread may say the first text
_loading = False


def _load_pending() -> None:
    """Run the pending loader once; other threads wait for it, and a text the loader itself
    needs (its own error message) comes out in English instead of recursing."""
    global _lookup, _loader, _language, _loading  # noqa: PLW0603 (module state, one per process)
    if _loader is None and not _loading:
        return
    with _load_lock:
        if _loader is None:
            return
        loader, _loader, _loading = _loader, None, True
        try:
            _lookup, _language = loader()  # first use: load the .qm only when something is said
        finally:
            _loading = False


def translate(context: str, text: str) -> str:
    """``text`` in the admin's language, or unchanged when no translation exists."""
    _load_pending()
    return _lookup(context, text) if _lookup is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation where it is defined; ``translate`` it where it is shown."""
    del context
    return text


def plural(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` by the plural rule of the current language (French counts 0 as one)."""
    singular = n in (0, 1) if language() == "fr" else n == 1
    return one if singular else many


def language() -> str:
    """The language texts are shown in ('en', 'de', 'fr')."""
    _load_pending()
    return _language


def install(lookup: Lookup | None, lang: str = "en") -> None:
    """Use ``lookup`` for every text from now on (None: English)."""
    global _lookup, _loader, _language
    _lookup, _loader, _language = lookup, None, lang


def install_lazily(loader: Loader) -> None:
    """Load translations on the first ``translate`` call, so that a command that says nothing
    (``oauth-setup token NAME`` with a valid token) never pays for loading them."""
    global _lookup, _loader, _language
    _lookup, _loader, _language = None, loader, "en"
