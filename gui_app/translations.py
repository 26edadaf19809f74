"""Choosing the admin's language and loading its Qt translation files.

The language is ``--lang`` when given, else the system's: on Linux and other Unix systems the
``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG`` variables (read without loading Qt, so the
``token`` fast path stays fast), on Windows and macOS Qt's ``QLocale.system()``. Shipped
translations are ``resources/translations/oauth_setup_<lang>.qm``, built from the ``.ts``
sources by ``scripts/translations``; English is the source language and needs no file.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gui_app.core import i18n
from gui_app.core.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

SOURCE_LANGUAGE = "en"
SHIPPED_LANGUAGES = ("en", "de", "fr")
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français"}
CATALOG = "oauth_setup"


_override: str | None = None


def set_override(lang: str | None) -> None:
    """Remember ``--lang`` for the window (``create_application``) and the command line."""
    global _override  # noqa: PLW0603 (one process, one language)
    _override = normalize(lang) if lang else None


def override() -> str | None:
    return _override


class UnknownLanguage(ValueError):
    """``--lang`` named a language this app has no translation for."""


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_file(lang: str) -> Path:
    return translations_dir() / f"{CATALOG}_{lang}.qm"


def _base(code: str) -> str:
    """'de_DE.UTF-8', 'fr-CA', 'de' → 'de'; 'C' and 'POSIX' → 'en'."""
    base = re.split(r"[._@-]", code, maxsplit=1)[0].lower()
    return SOURCE_LANGUAGE if base in ("c", "posix", "") else base


def normalize(requested: str) -> str:
    """The shipped language ``--lang`` asks for, or :class:`UnknownLanguage`."""
    lang = _base(requested.strip())
    if lang not in SHIPPED_LANGUAGES:
        raise UnknownLanguage(
            i18n.translate("Language", "There is no '{lang}' translation. Choose one of: {choices}.").format(
                lang=requested[:20], choices=", ".join(SHIPPED_LANGUAGES)
            )
        )
    return lang


def _from_environment() -> str | None:
    """The first shipped language in the POSIX locale variables (gettext's order), or None
    when they name none at all."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if not value:
            continue
        for code in value.split(":") if name == "LANGUAGE" else [value]:
            if _base(code) in SHIPPED_LANGUAGES:
                return _base(code)
        if name != "LANGUAGE":
            return SOURCE_LANGUAGE  # an explicit locale we have no translation for
    return None


def system_language() -> str:
    if sys.platform not in ("win32", "darwin"):
        return _from_environment() or SOURCE_LANGUAGE
    from PySide6.QtCore import QLocale

    for code in QLocale.system().uiLanguages():
        if _base(code) in SHIPPED_LANGUAGES:
            return _base(code)
    return SOURCE_LANGUAGE


def load_translator(lang: str) -> QTranslator | None:
    """Our catalog for ``lang`` as a loaded QTranslator; None for English or a missing file."""
    if lang == SOURCE_LANGUAGE or not qm_file(lang).is_file():
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(qm_file(lang))) else None


def install_for_command_line() -> None:
    """Translate command-line output; the .qm is loaded only when the first text is needed."""

    def load() -> tuple[i18n.Lookup | None, str]:
        lang = _override or system_language()
        translator = load_translator(lang)
        if translator is None:
            return None, lang

        def lookup(context: str, text: str) -> str:
            return translator.translate(context, text) or text

        return lookup, lang

    i18n.install_lazily(load)


def install_for_application(app: QCoreApplication) -> str:
    """Install our catalog and Qt's own (for QWizard's Back/Next/Cancel and the standard
    dialogs) on ``app``, and route core texts through ``QCoreApplication.translate``.
    Returns the language chosen."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    lang = _override or system_language()
    QLocale.setDefault(QLocale(lang))
    keep: list[QTranslator] = []
    ours = load_translator(lang)
    if ours is not None:
        keep.append(ours)
    if lang != SOURCE_LANGUAGE:
        import PySide6

        qt_own = QTranslator()
        # Qt's own directory, else the wheel's (a PyInstaller bundle keeps PySide6/Qt/translations).
        candidates = (
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
        )
        if any(qt_own.load(QLocale(lang), "qtbase", "_", folder) for folder in candidates):
            keep.append(qt_own)
    for old in getattr(app, "_oauth_setup_translators", []):
        QCoreApplication.removeTranslator(old)
    for translator in keep:
        QCoreApplication.installTranslator(translator)
    app._oauth_setup_translators = keep  # type: ignore[attr-defined]  # keeps them alive
    i18n.install(QCoreApplication.translate if ours is not None else None, lang)
    return lang


def help_file(lang: str) -> Path:
    """The offline guide in ``lang``, English when it has not been translated."""
    translated = resources_dir() / f"help.{lang}.html"
    return translated if translated.is_file() else resources_dir() / "help.html"
