"""Token endpoint error mapping, with httpx's MockTransport standing in for the network
(the real provider is exercised in tests/e2e)."""

import base64
from urllib.parse import parse_qs, unquote_plus

import httpx
import pytest

from gui_app.core.errors import (
    ClientNotAllowed,
    ConfigError,
    InsecureEndpoint,
    InvalidClient,
    ProviderError,
    ProviderUnavailable,
    ReauthRequired,
    SignInFailed,
)
from gui_app.core.token_client import TokenClient, basic_authorization
from gui_app.core.tokens import TokenSet

TOKEN_URL = "https://id.example.test/token"


def client_with(handler, **kwargs):
    options = {"client_id": "cid", "client_secret": "S3CR3T-VALUE", "auth_method": "client_secret_basic"}
    options.update(kwargs)
    return TokenClient(TOKEN_URL, http=httpx.Client(transport=httpx.MockTransport(handler)), **options)


def test_basic_auth_form_encodes_before_base64():
    header = basic_authorization("id with space", "s:e/c%ret")
    decoded = base64.b64decode(header.removeprefix("Basic ")).decode()
    user, password = decoded.split(":")
    assert (unquote_plus(user), unquote_plus(password)) == ("id with space", "s:e/c%ret")
    assert decoded.count(":") == 1


@pytest.mark.parametrize("method", ["client_secret_basic", "client_secret_post", "none"])
def test_exchange_sends_code_verifier_and_client_auth(method):
    seen = {}

    def handler(request):
        seen["form"] = parse_qs(request.content.decode())
        seen["auth"] = request.headers.get("authorization")
        return httpx.Response(200, json={"access_token": "A", "refresh_token": "R", "expires_in": 60})

    secret = None if method == "none" else "S3CR3T-VALUE"
    tokens = client_with(handler, auth_method=method, client_secret=secret).exchange_code(
        "CODE", "http://127.0.0.1:1/callback", "VERIFIER"
    )
    assert tokens.refresh_token == "R"
    form = seen["form"]
    assert form["grant_type"] == ["authorization_code"]
    assert form["code_verifier"] == ["VERIFIER"]
    assert form["redirect_uri"] == ["http://127.0.0.1:1/callback"]
    if method == "client_secret_basic":
        assert seen["auth"].startswith("Basic ") and "client_secret" not in form
    else:
        assert seen["auth"] is None and form["client_id"] == ["cid"]
        assert form.get("client_secret") == (["S3CR3T-VALUE"] if method == "client_secret_post" else None)


@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (400, {"error": "invalid_grant"}, ReauthRequired),
        (401, {"error": "invalid_client"}, InvalidClient),
        (401, None, InvalidClient),
        (400, {"error": "unauthorized_client"}, ClientNotAllowed),
        (400, {"error": "invalid_scope"}, ProviderError),
        (500, {"error": "server_error"}, ProviderUnavailable),
        (503, None, ProviderUnavailable),
        (429, None, ProviderUnavailable),
        (200, None, ProviderUnavailable),  # HTML instead of JSON
        (200, {"token_type": "Bearer"}, ProviderUnavailable),  # no access_token
        (302, None, ProviderUnavailable),
    ],
)
def test_refresh_failures_map_to_named_errors(status, body, error):
    def handler(request):
        if body is None:
            return httpx.Response(status, text="<html>Bad gateway</html>")
        return httpx.Response(status, json=body)

    with pytest.raises(error) as info:
        client_with(handler).refresh(TokenSet("OLD-ACCESS", refresh_token="OLD-REFRESH"))
    assert "OLD-REFRESH" not in str(info.value) and "S3CR3T-VALUE" not in str(info.value)


def test_invalid_grant_on_code_exchange_is_a_sign_in_failure_not_reauth():
    def handler(request):
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": "code expired"})

    with pytest.raises(SignInFailed) as info:
        client_with(handler).exchange_code("C", "http://127.0.0.1:1/callback", "V")
    assert not isinstance(info.value, ReauthRequired)
    assert "code expired" in info.value.message


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset")]
)
def test_transport_failures_are_provider_unavailable(exc):
    def handler(request):
        raise exc

    with pytest.raises(ProviderUnavailable):
        client_with(handler).refresh(TokenSet("A", refresh_token="R"))


def test_refresh_keeps_refresh_token_when_response_omits_it():
    def handler(request):
        return httpx.Response(200, json={"access_token": "A2", "expires_in": 3600})

    tokens = client_with(handler).refresh(TokenSet("A1", refresh_token="R1"))
    assert (tokens.access_token, tokens.refresh_token) == ("A2", "R1")


def test_revoke_posts_token_and_hint():
    seen = []

    def handler(request):
        seen.append((str(request.url), parse_qs(request.content.decode())))
        return httpx.Response(200)

    client = client_with(handler, revocation_endpoint="https://id.example.test/revoke")
    client.revoke("R1", "refresh_token")
    assert seen == [
        ("https://id.example.test/revoke", {"token": ["R1"], "token_type_hint": ["refresh_token"]})
    ]


def test_plain_http_to_a_remote_host_is_refused():
    with pytest.raises(InsecureEndpoint):
        TokenClient("http://id.example.test/token", client_id="c", client_secret="s")


def test_confidential_client_without_secret_is_a_config_error():
    with pytest.raises(ConfigError):
        TokenClient(TOKEN_URL, client_id="c", client_secret=None, auth_method="client_secret_post")
