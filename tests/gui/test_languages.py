"""The window in German and French: every text translated, nothing clipped.

A tour drives the real wizard (welcome, migrate, client page for each provider kind, how to sign
in, waiting, timed out, device code, signed in against the real provider and Chromium) and the
status window with its cards and the export dialog, first in English, then in each shipped
language. At every stop it collects what a person can read (texts, titles, tooltips, accessible
names, list items) and checks two things:

- untranslated: a text shown in English although the catalog has a translation for it (a text
  translated too early, before the language was chosen, or not routed through translate()), or
  a text that reads as English and is identical in the English tour (never wrapped at all);
- clipped: a label, button or check box narrower or shorter than its text needs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
)

from gui_app import translations
from gui_app.core import i18n
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import Metadata
from gui_app.core.tokens import TokenSet
from gui_app.ui.embedded_browser import NOT_INSTALLED
from gui_app.ui.export_dialog import ExportDialog
from gui_app.ui.services import Services
from gui_app.ui.status_window import StatusWindow
from gui_app.ui.wizard import PageId, SetupWizard
from tests.catalog import catalog
from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, complete_signin
from tests.layout_check import clipped, norm, readable

SHIPPED = ("de", "fr")
# Words that make a text read as English (a text with two of them, identical in the English tour,
# was never translated).
ENGLISH = re.compile(
    r"\b(the|your|this|that|to|and|with|for|is|are|was|not|you|of|in|on|sign|signed|token|tokens|"
    r"when|what|how|will|can|cannot|here|there|from)\b",
    re.IGNORECASE,
)


@dataclass
class Stop:
    name: str
    texts: set[str] = field(default_factory=set)
    clipped: list[str] = field(default_factory=list)


@pytest.fixture
def language(qapp):
    def switch(lang: str) -> None:
        translations.set_override(lang)
        translations.install_for_application(qapp)

    yield switch
    translations.set_override(None)
    translations.install_for_application(qapp)  # English again (the tests run with LANGUAGE=en)
    assert i18n.language() == "en"


@pytest.fixture
def integration_file(tmp_path, provider):
    path = tmp_path / "crm-sync.json"
    path.write_text(json.dumps({"username": "alice", "password": "old-password", "client_id": "x"}))
    return path


def tour(qtbot, provider, browser, tmp_path, integration_file) -> list[Stop]:
    stops: list[Stop] = []
    home = tmp_path / f"home-{i18n.language()}"

    from gui_app.core.paths import AppPaths

    paths = AppPaths(home / "config", home / "data", home / "managed")
    urls: list[str] = []
    services = Services(
        paths=paths,
        demo_issuer=provider.issuer,
        open_system_browser=lambda url: urls.append(url) or True,
        embedded_unavailable_reason=lambda: NOT_INSTALLED,
        login_timeout=2.0,
    )

    def visit(name: str, root: QWidget) -> None:
        for _ in range(5):
            QApplication.processEvents()
        stops.append(Stop(name, readable(root), clipped(root)))

    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    visit("welcome", wizard)
    wizard.currentPage().migrate.setChecked(True)
    wizard.next()
    migrate = wizard.currentPage()
    migrate.path.setText(str(integration_file))
    migrate._read()
    migrate.system_account.setChecked(True)
    visit("migrate, system account", wizard)
    wizard.back()
    wizard.currentPage().new_sign_in.setChecked(True)
    wizard.next()
    client = wizard.currentPage()
    for index in range(client.provider.count()):
        client.provider.setCurrentIndex(index)
        visit(f"client page, provider {index}", wizard)
    for index in range(client.provider.count()):
        if client.choice.kind == "demo":
            break
        client.provider.setCurrentIndex(index)
    qtbot.waitUntil(client.isComplete, timeout=10_000)
    client.name.setText(f"tour-{i18n.language()}")
    visit("client page, demo found", wizard)
    wizard.next()
    visit("how to sign in", wizard)
    wizard.next()
    signin = wizard.currentPage()
    qtbot.waitUntil(lambda: signin.state == "waiting", timeout=10_000)
    visit("waiting", wizard)
    qtbot.waitUntil(lambda: signin.state == "failed", timeout=20_000)  # 2-s timeout
    visit("timed out", wizard)
    urls.clear()
    signin.retry.click()
    qtbot.waitUntil(lambda: bool(urls), timeout=10_000)
    complete_signin(browser, urls[-1])
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=30_000)
    visit("signed in", wizard)
    wizard.accept()

    profile = ClientProfile(
        name="crm",
        client_id=CONF_CLIENT_ID,
        issuer=provider.issuer,
        exports=("refresh env:/nonexistent/x.env#T",),
    )
    services.repo.save(profile)
    store = services.store_for(profile)
    store.set_client_secret("crm", CONF_CLIENT_SECRET)
    import time

    store.save(
        "crm",
        TokenSet(
            access_token="a",
            refresh_token="r",
            expires_at=time.time() + 3000,
            refresh_expires_at=time.time() + 2 * 86400,
            obtained_at=time.time() - 20 * 86400,
        ),
        Metadata(account={"name": "Alice"}),
        None,
    )
    window = StatusWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(c.status is not None for c in window.cards.values()), timeout=5_000)
    visit("status window", window)
    dialog = ExportDialog(services, profile, window)
    qtbot.addWidget(dialog)
    dialog.show()
    visit("export dialog", dialog)
    dialog.close()
    window.close()
    return stops


def translate_reason() -> str:
    return i18n.translate(
        "EmbeddedBrowser", "The browser component is not installed with this copy of the app."
    )


def test_each_qm_file_answers_every_text_of_its_catalog(qapp):
    for lang in SHIPPED:
        translator = QTranslator()
        assert translator.load(str(translations.qm_file(lang)))
        entries = catalog(lang)
        assert len(entries) > 300
        wrong = [(c, s) for (c, s), t in entries.items() if translator.translate(c, s) != t]
        assert wrong == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_window_is_translated_and_nothing_is_clipped(
    lang, language, qtbot, provider, browser, tmp_path, integration_file
):
    english_tour = tour(qtbot, provider, browser, tmp_path, integration_file)
    english_texts = set().union(*(s.texts for s in english_tour))
    language(lang)
    assert QCoreApplication.translate("Cli", "written") != "written"
    # Qt's own catalog too: the wizard's Back/Next/Cancel buttons come from it.
    probe = SetupWizard(Services(demo_issuer=None))
    qtbot.addWidget(probe)
    shown = {
        probe.buttonText(b) for b in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton)
    }
    assert shown.isdisjoint({"&Next >", "Cancel"}), shown
    stops = tour(qtbot, provider, browser, tmp_path, integration_file)
    assert len(stops) == len(english_tour)
    sources = {norm(s): norm(t) for (_, s), t in catalog(lang).items() if norm(s) != norm(t)}
    untranslated = []
    for stop in stops:
        for text in sorted(stop.texts):
            if text in sources:
                untranslated.append(f"{stop.name}: {text[:80]!r} is shown in English")
            elif text in english_texts and len(ENGLISH.findall(text)) >= 2:
                untranslated.append(f"{stop.name}: {text[:80]!r} reads as English")
    assert untranslated == []
    clipped_texts = [f"{stop.name}: {problem}" for stop in stops for problem in stop.clipped]
    assert clipped_texts == []


def test_the_english_window_has_nothing_clipped(qtbot, provider, browser, tmp_path, integration_file):
    stops = tour(qtbot, provider, browser, tmp_path, integration_file)
    assert [f"{stop.name}: {problem}" for stop in stops for problem in stop.clipped] == []


def test_the_clipping_check_sees_clipped_text(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A button whose text is far too long for it", root)
    label = QLabel("A wrapped label with several lines of text that cannot fit in one line", root)
    label.setWordWrap(True)
    button.setGeometry(0, 0, 60, 30)
    label.setGeometry(0, 40, 80, 16)
    root.resize(200, 100)
    root.show()
    found = clipped(root)
    assert len(found) == 2 and "px wide" in found[0] and "px high" in found[1]
