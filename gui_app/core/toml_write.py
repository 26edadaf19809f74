"""A small TOML writer for the flat tables this app stores (strings, ints, bools, string lists).

The standard library reads TOML (``tomllib``) but does not write it; our profiles are simple
enough that a few lines do, without another dependency.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
TomlValue = str | int | bool | Sequence[str]


def _key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string(key)


def _string(value: str) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes once non-ASCII is kept as
    # is (TOML has no surrogate-pair escapes).
    return json.dumps(value, ensure_ascii=False)


def _value(value: TomlValue) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    return "[" + ", ".join(_string(item) for item in value) + "]"


def dumps_tables(tables: Mapping[str, Mapping[str, TomlValue | None]], prefix: str) -> str:
    """Write ``{name: {key: value}}`` as ``[prefix.name]`` tables; ``None`` values are left out."""
    lines: list[str] = []
    for name, table in tables.items():
        lines.append(f"[{prefix}.{_key(name)}]")
        lines.extend(f"{_key(k)} = {_value(v)}" for k, v in table.items() if v is not None)
        lines.append("")
    return "\n".join(lines)
