"""TokenManager rules with a stand-in token client (the real provider runs in tests/e2e)."""

import threading

import pytest

from gui_app.core.errors import KeyringUnavailable, NotSignedIn, ProviderUnavailable, ReauthRequired
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


def test_ctrl_c_during_a_refresh_waits_until_the_rotated_token_is_stored(memory_keyring, paths):
    import os
    import signal

    def rotate_then_interrupt(previous):
        os.kill(os.getpid(), signal.SIGINT)  # arrives while the provider has answered
        return rotate(previous)

    tm, store = manager(paths, rotate_then_interrupt, [])
    seed(store, expires_at=0.0)
    with pytest.raises(KeyboardInterrupt):
        tm.access_token(PROFILE)
    tokens, _ = store.load("p")
    assert tokens.refresh_token == "R2"  # stored before the interrupt was let through


def test_keyring_failing_during_rotation_is_retried_then_explained(memory_keyring, paths, monkeypatch):
    import keyring.errors

    import gui_app.core.session as session

    monkeypatch.setattr(session, "PERSIST_RETRY_DELAYS", (0.0, 0.0))
    tm, store = manager(paths, rotate, [])
    seed(store, expires_at=0.0)
    attempts = []

    def locked(service, username, password):
        attempts.append(username)
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    with pytest.raises(KeyringUnavailable) as info:
        tm.access_token(PROFILE)
    assert len(attempts) == 3
    assert "new refresh token" in info.value.message and "no longer valid" in info.value.message
    assert "oauth-setup login NAME" in info.value.next_step
    assert "R2" not in str(info.value) and "A2" not in str(info.value)
    _, meta = store.load("p")
    assert meta.reauth_reason and meta.last_refresh_error == "KeyringUnavailable"


def test_keyring_recovering_on_retry_keeps_the_grant(memory_keyring, paths, monkeypatch):
    import keyring.errors

    import gui_app.core.session as session

    monkeypatch.setattr(session, "PERSIST_RETRY_DELAYS", (0.0, 0.0))
    tm, store = manager(paths, rotate, [])
    seed(store, expires_at=0.0)
    real_set = memory_keyring.set_password
    failures = [1]

    def flaky(service, username, password):
        if failures:
            failures.pop()
            raise keyring.errors.PasswordSetError("busy")
        real_set(service, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", flaky)
    assert tm.access_token(PROFILE) == "A2"
    assert store.load("p")[0].refresh_token == "R2"
