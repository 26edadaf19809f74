"""TokenManager rules with a stand-in token client (the real provider runs in tests/e2e)."""

import threading

import pytest

from gui_app.core.errors import NotSignedIn, ProviderUnavailable, ReauthRequired
from gui_app.core.profiles import ClientProfile
from gui_app.core.secret_store import KeyringSecretStore
from gui_app.core.session import TokenManager
from gui_app.core.store import Metadata, TokenStore
from gui_app.core.tokens import TokenSet

PROFILE = ClientProfile(
    name="p", client_id="c", authorize_url="https://a.example/auth", token_url="https://a.example/token"
)


class StubClient:
    def __init__(self, outcome, calls, store=None, barrier=None):
        self.outcome, self.calls, self.store = outcome, calls, store

    def refresh(self, previous):
        self.calls.append(previous.refresh_token)
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome(previous)

    def close(self):
        pass


def manager(paths, outcome, calls, clock=lambda: 1000.0):
    store = TokenStore(paths, KeyringSecretStore())
    return TokenManager(
        paths, store, clock=clock, client_factory=lambda p, m, s: StubClient(outcome, calls)
    ), store


def seed(store, access="A1", refresh="R1", expires_at=2000.0):
    store.save(
        "p",
        TokenSet(access, refresh_token=refresh, expires_at=expires_at, obtained_at=900.0),
        Metadata(token_endpoint="https://a.example/token"),
        previous_refresh=None,
    )


def rotate(previous):
    n = int(previous.refresh_token[1:]) + 1
    return TokenSet(f"A{n}", refresh_token=f"R{n}", expires_at=5000.0, obtained_at=1000.0)


def test_valid_token_is_returned_without_refresh(memory_keyring, paths):
    calls = []
    tm, store = manager(paths, rotate, calls)
    seed(store, expires_at=1061.0)
    assert tm.access_token(PROFILE) == "A1"
    assert calls == []


def test_token_expiring_within_leeway_is_refreshed_and_rotation_persisted_first(memory_keyring, paths):
    calls = []
    tm, store = manager(paths, rotate, calls)
    seed(store, expires_at=1059.0)
    memory_keyring.writes.clear()
    assert tm.access_token(PROFILE) == "A2"
    assert calls == ["R1"]
    assert memory_keyring.writes == ["p/tokens"]  # both tokens in one write, before A2 is returned
    tokens, meta = store.load("p")
    assert tokens.refresh_token == "R2" and meta.last_refresh_result == "ok"


def test_failed_refresh_keeps_the_stored_refresh_token(memory_keyring, paths):
    tm, store = manager(paths, ReauthRequired("The provider no longer accepts this sign-in."), [])
    seed(store, expires_at=0.0)
    with pytest.raises(ReauthRequired):
        tm.access_token(PROFILE)
    tokens, meta = store.load("p")
    assert tokens.refresh_token == "R1" and tokens.access_token == "A1"
    assert meta.reauth_reason and meta.last_refresh_result


def test_network_failure_keeps_tokens_and_is_not_reauth(memory_keyring, paths):
    tm, store = manager(paths, ProviderUnavailable("down"), [])
    seed(store, expires_at=0.0)
    with pytest.raises(ProviderUnavailable):
        tm.refresh(PROFILE)
    tokens, meta = store.load("p")
    assert tokens.refresh_token == "R1" and meta.reauth_reason is None


def test_not_signed_in(memory_keyring, paths):
    tm, _ = manager(paths, rotate, [])
    with pytest.raises(NotSignedIn):
        tm.access_token(PROFILE)


def test_expired_without_refresh_token_needs_reauth(memory_keyring, paths):
    tm, store = manager(paths, rotate, [])
    seed(store, refresh=None, expires_at=0.0)
    with pytest.raises(ReauthRequired):
        tm.access_token(PROFILE)


def test_threads_share_one_refresh(memory_keyring, paths):
    calls = []
    tm, store = manager(paths, rotate, calls)
    seed(store, expires_at=0.0)
    results, start = [], threading.Barrier(8)

    def worker():
        start.wait()
        results.append(tm.access_token(PROFILE))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == ["R1"]
    assert results == ["A2"] * 8


def test_forced_refresh_refreshes_even_when_valid(memory_keyring, paths):
    calls = []
    tm, store = manager(paths, rotate, calls)
    seed(store, expires_at=99999.0)
    assert tm.refresh(PROFILE).access_token == "A2"
    assert calls == ["R1"]
