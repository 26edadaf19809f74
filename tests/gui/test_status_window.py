"""The status window: one card per sign-in, what it shows and what its buttons do.

Display tests seed the token store (in-memory keyring) and inject a clock; the actions run
against the real oidc-provider with a profile signed in through the core's LoginSession.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from gui_app.core.login import LoginSession
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.store import Metadata, open_token_store
from gui_app.core.tokens import TokenSet
from gui_app.ui.export_dialog import ExportDialog
from gui_app.ui.profile_card import ProfileCard, countdown
from gui_app.ui.services import Services
from gui_app.ui.status_window import StatusWindow
from tests.harness import CONF_CLIENT_ID, CONF_CLIENT_SECRET, complete_signin

NOW = 1_900_000_000.0  # 2030-03-17, far from the real time: only the injected clock is used
DAY = 86400.0
INTERACTIVE = (
    "QPushButton",
    "QLineEdit",
    "QComboBox",
    "QRadioButton",
    "QCheckBox",
    "QToolButton",
    "QSpinBox",
)


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Answers:
    """The ``ask`` seam: records each question and answers with ``answer``."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent: object, title: str, question: str, yes: str) -> bool:
        self.asked.append((title, question, yes))
        return self.answer


@pytest.fixture
def clock():
    return FakeClock(NOW)


@pytest.fixture
def answers():
    return Answers()


def make_services(paths, answers, **changes) -> Services:
    options = {
        "paths": paths,
        "ask": answers,
        "open_system_browser": lambda _url: True,
        "embedded_unavailable_reason": lambda: "not in these tests",
        "demo_issuer": None,
    }
    options.update(changes)
    return Services(**options)


@pytest.fixture
def seeded(paths, memory_keyring, clock, answers):
    """Services on a fake clock, and ``seed(name, …)`` to store a sign-in without a provider."""
    services = make_services(paths, answers, clock=clock)

    def seed(
        name: str,
        *,
        access_in: float | None = 3540,
        refresh_in: float | None = 27 * DAY,
        hint: int | None = None,
        exports: tuple[str, ...] = (),
        issuer: str = "https://id.example.test",
        obtained_ago: float = 60,
        **meta_changes,
    ) -> ClientProfile:
        profile = ClientProfile(
            name=name,
            client_id="client",
            issuer=issuer,
            scopes=("openid", "offline_access", "api"),
            refresh_lifetime_hint=hint,
            exports=exports,
        )
        services.repo.save(profile)
        store = services.store_for(profile)
        tokens = TokenSet(
            access_token=f"seeded-access-{name}",
            refresh_token=f"seeded-refresh-{name}",
            expires_at=None if access_in is None else NOW + access_in,
            refresh_expires_at=None if refresh_in is None else NOW + refresh_in,
            scope=profile.scopes,
            obtained_at=NOW - obtained_ago,
        )
        meta = store.save(
            name, tokens, Metadata(account={"name": "Alice", "email": "alice@example.test"}), None
        )
        for key, value in meta_changes.items():
            setattr(meta, key, value)
        store.write_metadata(name, meta)
        return profile

    return services, seed


def open_window(qtbot, services: Services) -> StatusWindow:
    window = StatusWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(card.status is not None for card in window.cards.values()), timeout=5_000)
    return window


def wait_for_action(qtbot, card: ProfileCard, button, timeout: int = 15_000) -> tuple[str, bool]:
    with qtbot.waitSignal(card.action_finished, timeout=timeout) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    action, ok = finished.args
    qtbot.waitUntil(lambda: not card._loading and card.busy is None, timeout=5_000)
    return action, ok


def all_label_text(widget: QWidget) -> str:
    texts = [label.text() + " " + label.toolTip() for label in widget.findChildren(QLabel)]
    return "\n".join(texts)


# -- what a card shows ---------------------------------------------------------------------------


def test_badges_for_each_state(qtbot, seeded):
    services, seed = seeded
    seed("a-ok")
    seed("b-expiring", refresh_in=2 * DAY, obtained_ago=12 * DAY)
    seed("c-reauth", reauth_reason="The provider no longer accepts this sign-in.")
    seed(
        "d-unreachable",
        last_refresh_at=NOW - 300,
        last_refresh_result="The provider could not be reached.",
        last_refresh_error="ProviderUnavailable",
    )
    window = open_window(qtbot, services)
    cards = window.cards
    assert list(cards) == ["a-ok", "b-expiring", "c-reauth", "d-unreachable"]
    assert cards["a-ok"].badge.text() == "OK"
    assert cards["a-ok"].reason.text() == "Signed in."
    assert cards["b-expiring"].badge.text() == "Expiring soon"
    assert "expires soon" in cards["b-expiring"].reason.text()
    assert cards["b-expiring"].refresh_expiry.text() == "Refresh token expires in 2 days"
    assert cards["c-reauth"].badge.text() == "Sign-in needed"
    assert cards["c-reauth"].reason.text() == "The provider no longer accepts this sign-in."
    assert cards["d-unreachable"].badge.text() == "Provider unreachable"
    assert "could not reach the provider" in cards["d-unreachable"].reason.text()
    assert cards["d-unreachable"].last_renewal.text() == (
        "Last renewal: 5 minutes ago — failed: The provider could not be reached."
    )
    # colours differ per state, and the one that needs the admin offers Sign in again first
    colours = {name: card.badge.styleSheet() for name, card in cards.items()}
    assert len(set(colours.values())) == 4
    assert cards["c-reauth"].sign_in_button.isDefault()
    assert not cards["a-ok"].sign_in_button.isDefault()
    ok = cards["a-ok"]
    assert ok.who.text() == "Signed in as Alice (alice@example.test)"
    assert ok.scopes.text() == "Permissions (scopes): openid offline_access api"
    assert "not written anywhere else" in ok.exports_heading.text()


def test_countdown_follows_the_clock(qtbot, seeded, clock):
    services, seed = seeded
    seed("crm", access_in=3540)
    window = open_window(qtbot, services)
    card = window.cards["crm"]
    assert card.access.text() == "Access token expires in 59 min"
    clock.advance(60)
    card.tick()
    assert card.access.text() == "Access token expires in 58 min"
    # and by itself, once a second
    clock.advance(3540 - 60 - 75)
    qtbot.waitUntil(lambda: card.access.text() == "Access token expires in 75 s", timeout=3_000)
    clock.advance(80)
    qtbot.waitUntil(lambda: card.access.text().startswith("Access token expired 5 s ago"), timeout=3_000)
    assert "fetched automatically" in card.access.text()


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(45, "45 s"), (119, "119 s"), (120, "2 min"), (3599, "59 min"), (3600, "1 h"), (3900, "1 h 5 min")],
)
def test_countdown_words(seconds, text):
    assert countdown(seconds) == text


def test_refresh_expiry_texts_and_how_they_are_known(qtbot, seeded):
    services, seed = seeded
    seed("told", refresh_in=27 * DAY)
    seed("estimated", refresh_in=None, hint=30 * 86400)
    seed("unknown", refresh_in=None, last_refresh_at=NOW - 2 * 3600, last_refresh_result="ok")
    seed("fresh", refresh_in=None)
    window = open_window(qtbot, services)
    told, estimated, unknown = (window.cards[n].refresh_expiry for n in ("told", "estimated", "unknown"))
    assert told.text() == "Refresh token expires in 27 days"
    assert told.toolTip().startswith("The provider said when this refresh token runs out:")
    assert estimated.text() == "Refresh token expires in 30 days (estimated)"
    assert "usually last 30 days" in estimated.toolTip()
    assert "This one was issued 60 seconds ago" in estimated.toolTip()
    assert "Only a successful renewal proves it still works" in estimated.toolTip()
    assert unknown.text() == "Refresh token expires: not told by the provider"
    assert "Only a successful renewal proves the sign-in still works" in unknown.toolTip()
    assert unknown.toolTip().endswith("Last renewal: 2 hours ago — worked")
    assert window.cards["unknown"].last_renewal.text() == "Last renewal: 2 hours ago — worked"
    assert window.cards["fresh"].refresh_expiry.toolTip().endswith("Last renewal: none since signing in.")


def test_every_interactive_control_has_an_accessible_name(qtbot, seeded, tmp_path):
    services, seed = seeded
    settings = tmp_path / "app.json"
    settings.write_text("{}")
    seed("crm", exports=(f"refresh json:{settings}#/refresh_token",))
    seed("other", reauth_reason="Signed out at the provider.")
    window = open_window(qtbot, services)
    card = window.cards["crm"]
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = card.export_dialog
    assert isinstance(dialog, ExportDialog)
    missing = []
    for top in (window, dialog):
        for kind in ("json", "keyring", "command"):  # the fields change with the kind
            if top is dialog:
                dialog.select_kind(kind)
            for widget in top.findChildren(QWidget):
                name = widget.metaObject().className()
                if (
                    name in INTERACTIVE
                    and widget.isVisibleTo(top)
                    and not widget.objectName().startswith("qt_")
                    and not widget.accessibleName()
                ):
                    missing.append(f"{name} {widget.objectName()} {getattr(widget, 'text', lambda: '')()}")
    assert not missing
    dialog.reject()


# -- actions against the real provider -----------------------------------------------------------


@pytest.fixture
def signed_in(provider, browser, paths, memory_keyring):
    """``sign_in(name, access_ttl=None)``: a saved profile signed in at the real provider."""

    def sign_in(name: str = "crm", access_ttl: int | None = None) -> ClientProfile:
        if access_ttl is not None:
            provider.set_ttl(access_token=access_ttl)
        profile = ClientProfile(
            name=name,
            client_id=CONF_CLIENT_ID,
            issuer=provider.issuer,
            scopes=("openid", "offline_access", "profile", "email"),
        )
        store = open_token_store(paths, profile)
        store.set_client_secret(name, CONF_CLIENT_SECRET)
        with LoginSession(profile, store) as session, ThreadPoolExecutor(1) as pool:
            url = session.begin()
            finished = pool.submit(session.finish, 60)
            complete_signin(browser, url)
            finished.result(60)
        ProfileRepository(paths).save(profile)
        provider.reset_ttl()
        return profile

    return sign_in


@pytest.fixture
def real_services(paths, memory_keyring, answers):
    return make_services(paths, answers, clipboard_clear_after=0.2)


def test_refresh_now_renews_at_the_provider(qtbot, signed_in, provider, real_services):
    signed_in("crm", access_ttl=100)
    window = open_window(qtbot, real_services)
    card = window.cards["crm"]
    before = card.status.access_expires_at
    assert card.access.text().startswith("Access token expires in 9")  # 99 s or so
    action, ok = wait_for_action(qtbot, card, card.refresh_button)
    assert (action, ok) == ("refresh", True)
    assert provider.stats()["refresh_token"] == 1
    qtbot.waitUntil(lambda: card.status.last_refresh_result == "ok", timeout=5_000)
    assert card.status.access_expires_at > before + 3000
    assert card.badge.text() == "OK"
    assert card.access.text() in ("Access token expires in 59 min", "Access token expires in 1 h")
    assert card.message.text().startswith("✔ Renewed just now.")
    assert card.last_renewal.text().startswith("Last renewal: ")
    assert card.last_renewal.text().endswith(" — worked")


def test_copy_access_token_puts_it_on_the_clipboard_briefly(qtbot, signed_in, real_services, paths):
    profile = signed_in("crm")
    access, _ = open_token_store(paths, profile).secret_tokens("crm")
    window = open_window(qtbot, real_services)
    card = window.cards["crm"]
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    action, ok = wait_for_action(qtbot, card, card.copy_button)
    assert (action, ok) == ("copy", True)
    assert clipboard.text() == access
    assert card.message.text() == "Copied — the clipboard is cleared in 0.2 seconds"
    assert access not in all_label_text(window)  # shown nowhere, only on the clipboard
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)

    # Something else copied meanwhile is left alone.
    wait_for_action(qtbot, card, card.copy_button)
    assert clipboard.text() == access
    clipboard.setText("the admin's own text")
    qtbot.wait(400)
    assert clipboard.text() == "the admin's own text"


def test_remove_sign_in_asks_then_revokes_and_deletes(
    qtbot, signed_in, provider, real_services, answers, paths
):
    profile = signed_in("crm")
    store = open_token_store(paths, profile)
    _, refresh = store.secret_tokens("crm")
    assert provider.introspect(refresh)["active"] is True
    window = open_window(qtbot, real_services)
    card = window.cards["crm"]

    answers.answer = False
    qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    title, question, yes = answers.asked[-1]
    assert (title, yes) == ("Remove sign-in", "Remove sign-in")
    assert "cancel its tokens" in question and "deletes them" in question and "'crm'" in question
    assert card.busy is None
    assert provider.stats()["revocations"] == 0
    assert [p.name for p in real_services.repo.list()] == ["crm"]
    assert store.secret_tokens("crm")[1] == refresh

    answers.answer = True
    with qtbot.waitSignal(card.removed, timeout=15_000):
        qtbot.mouseClick(card.remove_button, Qt.MouseButton.LeftButton)
    assert provider.introspect(refresh)["active"] is False
    assert real_services.repo.list() == []
    assert store.secret_tokens("crm") == (None, None)
    assert store.metadata("crm") is None
    assert store.client_secret("crm") is None
    assert window.cards == {}
    assert window.empty.isVisibleTo(window)
    assert "The sign-in 'crm' was removed." in window.message.text()


def test_remove_sign_in_keeps_everything_when_the_provider_cannot_be_told(qtbot, seeded):
    services, seed = seeded
    dead = "http://127.0.0.1:9"  # the discard port: nothing listens
    seed("crm", issuer=dead, token_endpoint=f"{dead}/token", revocation_endpoint=f"{dead}/revoke")
    window = open_window(qtbot, services)
    card = window.cards["crm"]
    action, ok = wait_for_action(qtbot, card, card.remove_button)
    assert (action, ok) == ("remove", False)
    text = card.message.text()
    assert text.startswith("The sign-in was not removed.")
    assert "Nothing was deleted" in text and "--force" not in text
    assert [p.name for p in services.repo.list()] == ["crm"]
    assert services.store_for(services.repo.get("crm")).secret_tokens("crm")[1] == "seeded-refresh-crm"
    assert "crm" in window.cards


# -- export targets ------------------------------------------------------------------------------


def add_target(qtbot, card: ProfileCard, kind: str, location: str, key: str) -> ExportDialog:
    qtbot.mouseClick(card.export_button, Qt.MouseButton.LeftButton)
    dialog = card.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    dialog.select_kind(kind)
    dialog.location.clear()
    qtbot.keyClicks(dialog.location, location)
    dialog.key.clear()
    qtbot.keyClicks(dialog.key, key)
    return dialog


def test_add_a_json_export_target(qtbot, seeded, tmp_path):
    services, seed = seeded
    seed("crm")
    settings = tmp_path / "app.json"
    settings.write_text('{\n  "name": "crm",\n  "auth": {"refresh_token": "old"}\n}\n')
    window = open_window(qtbot, services)
    card = window.cards["crm"]
    dialog = add_target(qtbot, card, "json", str(settings), "auth.refresh_token")
    assert dialog.key.placeholderText() == "Example: /auth/refresh_token"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    # parse_target's own message, inline; nothing saved
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "JSON pointer such as /auth/refresh_token" in dialog.error.text()
    assert services.repo.get("crm").exports == ()

    dialog.key.clear()
    qtbot.keyClicks(dialog.key, "/auth/refresh_token")
    assert not dialog.error.isVisible()
    with qtbot.waitSignal(card.action_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["export", True]
    assert card.export_dialog is None  # closed (and deleted)
    assert services.repo.get("crm").exports == (f"refresh json:{settings}#/auth/refresh_token",)
    assert json.loads(settings.read_text()) == {
        "name": "crm",
        "auth": {"refresh_token": "seeded-refresh-crm"},
    }
    qtbot.waitUntil(lambda: len(card.export_rows()) == 1, timeout=5_000)
    row = card.export_rows()[0]
    assert row.target.text() == f"The refresh token goes to the key /auth/refresh_token in {settings}"
    assert row.result.text() == "✔ written just now"
    assert card.message.text().startswith("✔ The token was written to the key /auth/refresh_token")


def test_a_target_that_cannot_be_written_shows_why_and_can_be_removed(qtbot, seeded, tmp_path, answers):
    services, seed = seeded
    seed("crm")
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("I am a file, not a folder")
    target = not_a_folder / "app.env"
    window = open_window(qtbot, services)
    card = window.cards["crm"]
    dialog = add_target(qtbot, card, "env", str(target), "CRM_REFRESH_TOKEN")
    with qtbot.waitSignal(card.action_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["export", False]
    qtbot.waitUntil(lambda: len(card.export_rows()) == 1, timeout=5_000)
    row = card.export_rows()[0]
    assert row.result.text().startswith("✘ failed: Could not update the variable CRM_REFRESH_TOKEN in ")
    assert "Not a directory" in row.result.text()
    assert "NAME" not in row.result.text()
    assert card.message.text().startswith("✘ Writing to the variable CRM_REFRESH_TOKEN")

    answers.answer = True
    qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    assert answers.asked[-1][0] == "Stop sending the token"
    assert services.repo.get("crm").exports == ()
    qtbot.waitUntil(lambda: card.export_rows() == [], timeout=5_000)
    assert "not written anywhere else" in card.exports_heading.text()


def test_the_window_lists_sign_ins_added_elsewhere(qtbot, seeded):
    services, seed = seeded
    window = open_window(qtbot, services)
    assert window.empty.isVisibleTo(window) and window.cards == {}
    seed("crm")
    window.reload_profiles()
    qtbot.waitUntil(lambda: "crm" in window.cards and window.cards["crm"].status is not None, timeout=5_000)
    assert not window.empty.isVisibleTo(window)


def test_add_a_sign_in_opens_the_wizard_and_reloads_after(qtbot, seeded):
    from gui_app.ui.wizard import PageId

    services, seed = seeded
    window = open_window(qtbot, services)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard is not None and wizard.currentId() == PageId.WELCOME
    seed("crm")  # as if the wizard saved it
    wizard.reject()
    qtbot.waitUntil(lambda: "crm" in window.cards, timeout=5_000)
    assert window.wizard is None


# The offscreen platform cannot pass a shown dialog's new size hints on (xcb and others can).
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_support_report_from_the_window(qtbot, paths, answers, provider, browser, tmp_path):
    """The support report opens from the status window, made in the background with the real
    readiness check against the provider, and holds no secret; it can be copied and saved privately."""
    services = make_services(paths, answers)
    profile = ClientProfile(
        name="report-me",
        client_id=CONF_CLIENT_ID,
        issuer=provider.issuer,
        scopes=("openid", "offline_access", "profile", "email"),
    )
    services.repo.save(profile)
    store = services.store_for(profile)
    store.set_client_secret(profile.name, CONF_CLIENT_SECRET)
    with LoginSession(profile, store) as session, ThreadPoolExecutor(1) as pool:
        url = session.begin()
        finished = pool.submit(session.finish, 60)
        signin = complete_signin(browser, url)
        finished.result(60)
    tokens = json.loads(store.secrets.get(f"{profile.name}/tokens"))
    window = open_window(qtbot, services)
    qtbot.mouseClick(window.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.save.isEnabled, timeout=20_000)
    text = dialog.text.toPlainText()
    assert "[report-me]" in text and "readiness check:" in text and "[pass] Redirect address" in text
    for secret in (
        CONF_CLIENT_SECRET,
        tokens["access_token"],
        tokens["refresh_token"],
        signin.params["code"],
    ):
        assert secret not in text
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    saved = tmp_path / "report.txt"
    dialog.save_to(saved)
    assert saved.read_text() == text + "\n" and (saved.stat().st_mode & 0o777) == 0o600
