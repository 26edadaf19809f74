"""The texts of the built-in presets (resources/providers/builtin.toml), marked for translation.

lupdate cannot read TOML, so each title, description and portal hint of a built-in preset is
repeated here; tests/unit/test_preset_texts.py fails when the file and this list drift apart.
Managed presets are written by the organisation's IT in its own language and shown as written.
"""

from __future__ import annotations

from collections.abc import Mapping

from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Presets"
BUILTIN_TEXTS = (
    QT_TRANSLATE_NOOP("Presets", "GoTo (GoTo Connect, GoTo Resolve, GoToMeeting …)"),
    QT_TRANSLATE_NOOP(
        "Presets", "GoTo's sign-in service. GoTo has no discovery document, so its addresses are built in."
    ),
    QT_TRANSLATE_NOOP("Presets", "GoTo Developer Center → OAuth Clients → your client → Redirect URIs"),
    QT_TRANSLATE_NOOP("Presets", "Another provider (by its issuer address)"),
    QT_TRANSLATE_NOOP(
        "Presets",
        "Okta, Microsoft Entra ID, Keycloak, Salesforce and most others publish their settings at an "
        "issuer address.",
    ),
    QT_TRANSLATE_NOOP(
        "Presets",
        "your provider's admin or developer portal, in the client's list of redirect (callback) addresses",
    ),
)


def builtin_text(text: str) -> str:
    """A built-in preset's text in the admin's language."""
    return translate(CONTEXT, text) if text in BUILTIN_TEXTS else text


def builtin_texts_of(values: Mapping[str, object]) -> dict[str, str]:
    """The human texts of one built-in preset's table, in the admin's language."""
    keys = ("title", "description", "portal_hint")
    return {key: builtin_text(value) for key in keys if isinstance(value := values.get(key), str)}
