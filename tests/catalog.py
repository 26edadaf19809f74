"""The shipped translation catalogs as the tests read them: through scripts/translations.py, the
one place that parses a .ts file (scripts/ is not a package, so it is loaded by path)."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


@functools.cache
def translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", REPO / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> the committed translation, for one shipped language."""
    script = translations_script()
    return {(m.context, m.source): m.translation for m in script.messages(script.ts_file(lang))}
