"""The translated offline guides (resources/help.<lang>.html) match the English one in structure.

Same tags in the same order, the same links and anchors, and the human text really translated
(an English paragraph left behind is reported by its text).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
LANGUAGES = ["de", "fr"]
# Text in these elements is a literal (a command, an address) that stays as it is.
LITERAL_TAGS = {"code", "kbd", "samp", "pre", "tt"}
MIN_WORDS = 3
MIN_TRANSLATED_SHARE = 1.0  # no paragraph of the guide is meant to stay in English


class _Outline(HTMLParser):
    """Collects the tag sequence, the href/id values, the <html lang> and the text nodes of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str | None] = []
        self.ids: list[str | None] = []
        self.html_lang: list[str | None] = []
        self.texts: list[str] = []
        self.literals: list[str] = []
        self._open: list[str] = []

    def _start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "href":
                self.hrefs.append(value)
            elif name == "id":
                self.ids.append(value)
            elif name == "lang" and tag == "html":
                self.html_lang.append(value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)
        self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(f"/{tag}")
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not text:
            return
        if LITERAL_TAGS.intersection(self._open):
            self.literals.append(text)
        else:
            self.texts.append(text)


def outline(name: str) -> _Outline:
    parser = _Outline()
    parser.feed((RESOURCES / name).read_text(encoding="utf-8"))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def english() -> _Outline:
    return outline("help.html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_tags_in_same_order(english: _Outline, lang: str) -> None:
    assert outline(f"help.{lang}.html").tags == english.tags


@pytest.mark.parametrize("lang", LANGUAGES)
def test_same_hrefs_and_ids(english: _Outline, lang: str) -> None:
    translated = outline(f"help.{lang}.html")
    assert translated.hrefs == english.hrefs
    assert translated.ids == english.ids


@pytest.mark.parametrize("lang", LANGUAGES)
def test_literals_kept(english: _Outline, lang: str) -> None:
    """Commands and addresses in <code> stay exactly as in English."""
    assert outline(f"help.{lang}.html").literals == english.literals


@pytest.mark.parametrize("lang", LANGUAGES)
def test_html_lang_attribute(english: _Outline, lang: str) -> None:
    translated = outline(f"help.{lang}.html")
    if "html" in english.tags:
        assert translated.html_lang == [lang]
    else:
        assert translated.html_lang == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_text_is_translated(english: _Outline, lang: str) -> None:
    translated = outline(f"help.{lang}.html")
    source_texts = set(english.texts)
    sentences = [text for text in translated.texts if len(text.split()) >= MIN_WORDS]
    assert sentences, f"help.{lang}.html has no text of {MIN_WORDS} or more words"
    untranslated = [text for text in sentences if text in source_texts]
    share = 1 - len(untranslated) / len(sentences)
    assert share >= MIN_TRANSLATED_SHARE, (
        f"help.{lang}.html: only {share:.0%} of {len(sentences)} text nodes translated; "
        "still English:\n" + "\n".join(f"  {text!r}" for text in untranslated)
    )
