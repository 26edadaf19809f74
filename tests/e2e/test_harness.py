"""The e2e harness itself: provider, browser, $BROWSER hand-off and keyring, without the app."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
import shlex
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlencode, urlsplit

import pytest

if TYPE_CHECKING:  # at run time everything comes in through fixtures
    from playwright.sync_api import Browser

    from tests.harness import Handoff, Provider, SigninResult

    SignIn = Callable[..., SigninResult]

SCOPE = "openid offline_access profile email api"


class CallbackListener:
    """Throwaway loopback redirect target: answers 200 to every request and records the paths."""

    BODY = b"<!doctype html><title>done</title><h1>Harness listener got the callback</h1>"

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(8)
        self._sock.settimeout(0.1)
        self.port: int = self._sock.getsockname()[1]
        self.paths: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="callback-listener", daemon=True)
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/callback"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn, contextlib.suppress(OSError):
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data and len(data) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                if not data:  # a speculative pre-connect that never sent a request
                    continue
                self.paths.append(data.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[1])
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + f"Content-Length: {len(self.BODY)}\r\nConnection: close\r\n\r\n".encode()
                    + self.BODY
                )

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()


@pytest.fixture
def listener() -> Iterator[CallbackListener]:
    instance = CallbackListener()
    try:
        yield instance
    finally:
        instance.close()


def _pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)  # 64 chars, RFC 7636 §4.1
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def _authorize_url(
    provider: Provider, redirect_uri: str, *, client_id: str = "conf-client"
) -> tuple[str, str, str]:
    """(url, state, code_verifier) for an authorization code + PKCE request."""
    verifier, challenge = _pkce_pair()
    state = secrets.token_urlsafe(16)
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "scope": SCOPE,
            "state": state,
            "nonce": secrets.token_urlsafe(16),
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{provider.endpoint('authorization')}?{query}", state, verifier


def _jwt_claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


def _sign_in(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener
) -> dict[str, Any]:
    """Browser sign-in + code exchange; returns the token response."""
    url, state, verifier = _authorize_url(provider, listener.redirect_uri)
    result = complete_signin(browser, url)
    assert result.final_url.startswith(listener.redirect_uri + "?"), result.final_url
    assert result.params["state"] == state
    assert result.params["iss"] == provider.issuer
    response = provider.token_request(
        {
            "grant_type": "authorization_code",
            "code": result.params["code"],
            "redirect_uri": listener.redirect_uri,
            "code_verifier": verifier,
        }
    )
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


def _refresh(provider: Provider, refresh_token: str) -> Any:
    return provider.token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})


def test_discovery_advertises_pkce_s256_and_iss(provider: Provider) -> None:
    metadata = provider.discovery
    assert metadata["issuer"] == provider.issuer
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    assert metadata["authorization_response_iss_parameter_supported"] is True
    for name in ("authorization", "token", "introspection", "revocation", "device_authorization"):
        assert provider.endpoint(name).startswith(provider.issuer + "/")


def test_code_flow_with_pkce_through_a_real_browser(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener
) -> None:
    url, state, verifier = _authorize_url(provider, listener.redirect_uri)
    started = time.monotonic()
    result = complete_signin(browser, url, login="alice")
    signin_seconds = time.monotonic() - started
    print(f"provider start {provider.startup_seconds:.2f} s; browser sign-in {signin_seconds:.2f} s")

    assert "Harness listener got the callback" in result.text
    assert listener.paths and listener.paths[0].startswith("/callback?")
    assert result.params["state"] == state
    assert result.params["iss"] == provider.issuer

    response = provider.token_request(
        {
            "grant_type": "authorization_code",
            "code": result.params["code"],
            "redirect_uri": listener.redirect_uri,
            "code_verifier": verifier,
        }
    )
    assert response.status_code == 200, response.text
    tokens = response.json()
    assert tokens["token_type"].lower() == "bearer"
    assert tokens["expires_in"] == 3600
    assert tokens["access_token"] and tokens["refresh_token"]
    # offline_access is dropped without prompt=consent (OIDC Core §11); a refresh token comes anyway.
    assert set(tokens["scope"].split()) == set(SCOPE.split()) - {"offline_access"}
    claims = _jwt_claims(tokens["id_token"])
    assert (claims["sub"], claims["name"], claims["email"]) == ("alice", "Alice", "alice@example.test")

    info = provider.introspect(tokens["access_token"])
    assert info["active"] is True
    assert info["client_id"] == "conf-client"
    assert info["sub"] == "alice"
    assert provider.stats()["authorization_code"] == 1

    # The code is single-use.
    again = provider.token_request(
        {
            "grant_type": "authorization_code",
            "code": result.params["code"],
            "redirect_uri": listener.redirect_uri,
            "code_verifier": verifier,
        }
    )
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_code_exchange_needs_the_right_verifier(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener
) -> None:
    url, _state, _verifier = _authorize_url(provider, listener.redirect_uri)
    result = complete_signin(browser, url)
    response = provider.token_request(
        {
            "grant_type": "authorization_code",
            "code": result.params["code"],
            "redirect_uri": listener.redirect_uri,
            "code_verifier": _pkce_pair()[0],
        }
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


def test_refresh_rotates_and_reuse_revokes_the_grant(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener
) -> None:
    tokens = _sign_in(provider, browser, complete_signin, listener)
    old_refresh = tokens["refresh_token"]

    response = _refresh(provider, old_refresh)
    assert response.status_code == 200, response.text
    refreshed = response.json()
    new_refresh = refreshed["refresh_token"]
    assert new_refresh != old_refresh
    assert provider.introspect(refreshed["access_token"])["active"] is True
    assert provider.introspect(new_refresh)["active"] is True
    assert provider.stats()["refresh_token"] == 1

    # Reusing the consumed token: rejected, and the whole grant dies with it (RFC 9700 §4.14.2).
    reuse = _refresh(provider, old_refresh)
    assert reuse.status_code == 400
    assert reuse.json()["error"] == "invalid_grant"
    assert provider.introspect(new_refresh)["active"] is False
    assert provider.introspect(refreshed["access_token"])["active"] is False
    assert _refresh(provider, new_refresh).json()["error"] == "invalid_grant"

    stats = provider.stats()
    assert stats["refresh_token"] == 1
    assert stats["refresh_invalid_grant"] == 2
    assert stats["grants_revoked"] == 1


@pytest.mark.parametrize("action", ["deny", "deny_consent"])
def test_cancel_gives_access_denied_with_state_and_iss(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener, action: str
) -> None:
    url, state, _verifier = _authorize_url(provider, listener.redirect_uri)
    result = complete_signin(browser, url, action=action)
    assert result.final_url.startswith(listener.redirect_uri + "?")
    assert result.params["error"] == "access_denied"
    assert result.params["state"] == state
    assert result.params["iss"] == provider.issuer
    assert "code" not in result.params


def test_short_access_token_ttl(
    provider: Provider, browser: Browser, complete_signin: SignIn, listener: CallbackListener
) -> None:
    provider.set_ttl(access_token=2)
    tokens = _sign_in(provider, browser, complete_signin, listener)
    assert tokens["expires_in"] == 2
    refreshed = _refresh(provider, tokens["refresh_token"]).json()
    assert refreshed["expires_in"] == 2
    provider.reset_ttl()
    assert _refresh(provider, refreshed["refresh_token"]).json()["expires_in"] == 3600


def test_wrong_client_secret_is_counted(provider: Provider) -> None:
    response = provider.token_request(
        {"grant_type": "refresh_token", "refresh_token": "nope"}, client_secret="wrongsecret"
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert provider.stats()["invalid_client"] == 1


def test_handoff_round_trip(handoff: Handoff) -> None:
    url = "http://127.0.0.1:9/auth?client_id=x&state=a%20b&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb"

    # As a launcher that runs $BROWSER itself.
    done = subprocess.run(
        [*shlex.split(handoff.env["BROWSER"]), url], env=handoff.env, timeout=30, check=False
    )
    assert done.returncode == 0
    assert handoff.next_url(timeout=10) == url

    # As Python's webbrowser module does it (one-word $BROWSER only, see conftest.Handoff).
    code = "import sys, webbrowser; sys.exit(0 if webbrowser.open(sys.argv[1]) else 1)"
    done = subprocess.run([sys.executable, "-c", code, url], env=handoff.env, timeout=30, check=False)
    assert done.returncode == 0
    assert handoff.next_url(timeout=10) == url

    with pytest.raises(AssertionError, match="no URL"):
        handoff.next_url(timeout=0.2)


def test_keyring_round_trip_through_secret_service() -> None:
    import keyring
    from keyring.backends import SecretService

    # Straight to the Secret Service, bypassing keyring's choice (the class is untyped).
    direct: Any = cast(Any, SecretService).Keyring()
    service, user = "oauth-setup-e2e-harness", f"probe-{secrets.token_hex(4)}"
    value = secrets.token_urlsafe(32)
    keyring.set_password(service, user, value)
    try:
        assert keyring.get_password(service, user) == value
        assert direct.get_password(service, user) == value  # it really landed in gnome-keyring
    finally:
        keyring.delete_password(service, user)
    assert keyring.get_password(service, user) is None
    assert direct.get_password(service, user) is None


def test_complete_signin_reports_a_dead_redirect_target(
    provider: Provider, browser: Browser, complete_signin: SignIn
) -> None:
    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url, _state, _verifier = _authorize_url(provider, f"http://127.0.0.1:{port}/callback")
    with pytest.raises(AssertionError, match=rf"127\.0\.0\.1:{port}/callback\?code="):
        complete_signin(browser, url)
    assert urlsplit(provider.issuer).port != port
