"""Translations: the Qt-free text lookup, the language choice, and the committed catalogs."""

from __future__ import annotations

import sys

import pytest

from gui_app import translations
from gui_app.core import i18n
from tests.catalog import translations_script


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.install(None)
    translations.set_override(None)


def test_without_a_lookup_the_english_text_comes_back():
    i18n.install(None)
    assert i18n.translate("Cli", "written") == "written"
    assert i18n.language() == "en"


def test_lookup_is_loaded_once_and_only_when_a_text_is_needed():
    calls = []

    def loader():
        calls.append(1)
        return (lambda context, text: f"<{context}:{text}>"), "de"

    i18n.install_lazily(loader)
    assert calls == []  # a command that says nothing loads nothing
    assert i18n.translate("Cli", "written") == "<Cli:written>"
    assert i18n.translate("Cli", "FAILED") == "<Cli:FAILED>"
    assert calls == [1]
    assert i18n.language() == "de"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 0, "many"),
        ("en", 1, "one"),
        ("en", 2, "many"),
        ("de", 0, "many"),
        ("de", 1, "one"),
        ("fr", 0, "one"),
        ("fr", 1, "one"),
        ("fr", 2, "many"),
    ],
)
def test_plural_follows_the_language_rule(lang, n, expected):
    i18n.install(None, lang)
    assert i18n.plural(n, "one", "many") == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "de"}, "de"),
        ({"LANGUAGE": "es:fr:de"}, "fr"),  # the first shipped one in the list
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "de_AT.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),  # LC_ALL wins over LANG
        ({"LC_MESSAGES": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}, "de"),
        ({"LANG": "es_ES.UTF-8"}, "en"),  # no Spanish translation: English
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_system_language_from_the_locale_variables(monkeypatch, env, expected):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", "linux")
    assert translations.system_language() == expected


@pytest.mark.parametrize(
    ("given", "expected"), [("de", "de"), ("fr_FR", "fr"), ("de-CH", "de"), ("EN", "en")]
)
def test_lang_override_accepts_locale_names(given, expected):
    assert translations.normalize(given) == expected


def test_unknown_lang_is_refused_with_the_choices():
    with pytest.raises(translations.UnknownLanguage, match=r"'es'.*en, de, fr"):
        translations.normalize("es")


def test_cli_refuses_an_unknown_lang_with_exit_2(capsys):
    from gui_app.cli import main

    assert main(["--lang", "xx", "status"]) == 2
    assert "There is no 'xx' translation. Choose one of: en, de, fr." in capsys.readouterr().err


def test_committed_translations_match_the_code_and_are_complete():
    """lupdate over today's code adds nothing to the .ts files, every text is translated with the
    same {placeholders} and HTML tags, and the .qm files are built from the .ts files as committed.
    A new or changed text fails here until it is translated (scripts/translations)."""
    problems = translations_script().check()
    assert problems == [], "\n".join(problems[:40]) + (
        f"\n… {len(problems)} in all" if len(problems) > 40 else ""
    )


def test_the_check_catches_a_missing_translation_and_a_lost_placeholder():
    script = translations_script()
    untranslated = script.Message("Cli", "Renewed '{name}'.", "", unfinished=True)
    lost = script.Message("Cli", "Renewed '{name}'.", "Erneuert.", unfinished=False)
    tag = script.Message("Cli", "<b>Yes</b>", "Ja", unfinished=False)
    fine = script.Message("Cli", "Renewed '{name}'.", "'{name}' erneuert.", unfinished=False)
    assert "not translated" in script.problems(untranslated)[0]
    assert "placeholders differ" in script.problems(lost)[0]
    assert "HTML tags differ" in script.problems(tag)[0]
    assert script.problems(fine) == []
