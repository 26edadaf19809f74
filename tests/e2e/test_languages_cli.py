"""The command line in the admin's language: the system's (LANGUAGE/LANG) or --lang, with the
texts coming from the shipped catalogs (compared with the .ts files, not with copies here)."""

from __future__ import annotations

import pytest

from tests.catalog import catalog


def translation(lang: str, context: str, source: str) -> str:
    return catalog(lang)[(context, source)]


NO_SIGN_INS = "No sign-ins yet. Add one with 'oauth-setup profile add NAME …' or run 'oauth-setup'."
NOT_FOUND_NEXT = "Run 'oauth-setup profile list' to see the names that exist."


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_lang_option_and_system_language_choose_the_texts(lang, app_env, run_cli):
    expected = translation(lang, "Cli", NO_SIGN_INS)
    assert expected and expected != NO_SIGN_INS
    by_option = run_cli("--lang", lang, "profile", "list", env=app_env)
    assert (by_option.returncode, by_option.stdout.strip()) == (0, expected)
    by_system = run_cli("profile", "list", env={**app_env, "LANGUAGE": "", "LANG": f"{lang}_XX.UTF-8"})
    assert by_system.stdout.strip() == expected
    # --lang wins over the system's language; an unknown one is refused.
    english = run_cli("profile", "list", "--lang", "en", env={**app_env, "LANGUAGE": lang})
    assert english.stdout.strip() == NO_SIGN_INS
    unknown = run_cli("--lang", "tlh", "profile", "list", env=app_env)
    assert unknown.returncode == 2 and "en, de, fr" in unknown.stderr


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_errors_and_help_are_translated(lang, app_env, run_cli):
    missing = run_cli("--lang", lang, "token", "nothere", env=app_env)
    assert missing.returncode == 2
    assert translation(lang, "Errors", NOT_FOUND_NEXT) in missing.stderr
    assert NOT_FOUND_NEXT not in missing.stderr
    helped = run_cli("--lang", lang, "status", "--help", env=app_env)
    assert helped.returncode == 0
    assert helped.stdout.startswith(translation(lang, "argparse", "usage: "))
    assert (
        translation(lang, "CliParser", "show token expiry and state")
        in run_cli("--lang", lang, "--help", env=app_env).stdout
    )
