"""Every human text of a built-in preset is marked for translation (lupdate cannot read TOML)."""

from __future__ import annotations

import tomllib

from gui_app.core.paths import resources_dir
from gui_app.core.preset_texts import BUILTIN_TEXTS, builtin_text


def test_every_builtin_preset_text_is_in_the_translation_list():
    data = tomllib.loads((resources_dir() / "providers" / "builtin.toml").read_text(encoding="utf-8"))
    texts = {p[key] for p in data["preset"] for key in ("title", "description", "portal_hint") if key in p}
    assert texts, "no preset texts read"
    assert texts - set(BUILTIN_TEXTS) == set()
    assert set(BUILTIN_TEXTS) - texts == set(), "a listed text is no longer in builtin.toml"


def test_a_managed_preset_text_is_shown_as_written():
    assert builtin_text("CRM sync (managed by IT)") == "CRM sync (managed by IT)"
