"""Keeps resources/translations/ in step with the code (issue 7).

    scripts/translations           extract new texts into the .ts files, then build the .qm files
    scripts/translations --check   exit 1 when a text is missing from a .ts file, left untranslated,
                                   loses a {placeholder} or HTML tag, or a .qm file is out of date

Extraction is Qt's own: pyside6-lupdate finds every ``translate("Context", "text")`` and
``QT_TRANSLATE_NOOP`` in gui_app/, pyside6-lrelease compiles the .qm files QTranslator loads.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")  # shipped besides English, the source language
CATALOG = "oauth_setup"
BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def ts_file(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"{CATALOG}_{lang}.ts"


def qm_file(lang: str, directory: Path = TS_DIR) -> Path:
    return directory / f"{CATALOG}_{lang}.qm"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui_app").rglob("*.py"))


def lupdate(ts: Path, lang: str) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-silent",
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        cwd=ROOT,
        check=True,
    )


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 (our own files)
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    translation.text or "",
                    translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return found


_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%\d|%\([a-z_]+\)[rs]|%[sr]")
# Commands quoted in a sentence are typed by the admin: a translation keeps them as they are.
_COMMAND = re.compile(r"'oauth-setup[^']*'")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def problems(message: Message) -> list[str]:
    """What is wrong with one translation (empty list: nothing)."""
    where = f"[{message.context}] {message.source[:70]!r}"
    if message.unfinished or not message.translation.strip():
        return [f"{where}: not translated"]
    found = []
    if sorted(_PLACEHOLDER.findall(message.source)) != sorted(_PLACEHOLDER.findall(message.translation)):
        found.append(f"{where}: the placeholders differ in {message.translation[:70]!r}")
    if sorted(_COMMAND.findall(message.source)) != sorted(_COMMAND.findall(message.translation)):
        found.append(f"{where}: a quoted command differs in {message.translation[:70]!r}")
    if sorted(_TAG.findall(message.source)) != sorted(_TAG.findall(message.translation)):
        found.append(f"{where}: the HTML tags differ in {message.translation[:70]!r}")
    return found


def check() -> list[str]:
    """Every reason the committed translations do not match the code."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            committed = ts_file(lang)
            if not committed.is_file():
                found.append(f"{committed.name}: missing (run scripts/translations)")
                continue
            fresh = ts_file(lang, Path(tmp))
            shutil.copyfile(committed, fresh)
            lupdate(fresh, lang)
            have = {(m.context, m.source) for m in messages(committed)}
            for m in messages(fresh):
                if (m.context, m.source) not in have:
                    found.append(f"{committed.name}: [{m.context}] {m.source[:70]!r} is not in the file")
                else:
                    found.extend(f"{committed.name}: {p}" for p in problems(m))
            stale = {(m.context, m.source) for m in messages(fresh)}
            for context, source in sorted(have - stale):
                found.append(f"{committed.name}: [{context}] {source[:70]!r} is no longer used")
            built = qm_file(lang, Path(tmp))
            lrelease(committed, built)
            if not qm_file(lang).is_file() or qm_file(lang).read_bytes() != built.read_bytes():
                found.append(f"{qm_file(lang).name}: out of date (run scripts/translations)")
    return found


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_file(lang), lang)
        lrelease(ts_file(lang), qm_file(lang))
        left = sum(1 for m in messages(ts_file(lang)) if problems(m))
        print(f"{ts_file(lang).relative_to(ROOT)}: {len(messages(ts_file(lang)))} texts, {left} need work")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only report problems, change nothing")
    if parser.parse_args().check:
        found = check()
        print("\n".join(found) or "translations: up to date and complete")
        return 1 if found else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
