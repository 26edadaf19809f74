import base64
import json

import pytest

from gui_app.core.errors import ProviderUnavailable
from gui_app.core.tokens import TokenSet, parse_token_response, unverified_jwt_claims

NOW = 1_800_000_000.0


def jwt(claims):
    def part(obj):
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part(claims)}.sig"


def test_full_response():
    tokens = parse_token_response(
        {
            "access_token": "A",
            "refresh_token": "R",
            "expires_in": 3600,
            "scope": "openid api",
            "token_type": "bearer",
        },
        NOW,
    )
    assert (tokens.access_token, tokens.refresh_token) == ("A", "R")
    assert tokens.expires_at == NOW + 3600
    assert tokens.scope == ("openid", "api")
    assert tokens.token_type == "bearer"
    assert tokens.obtained_at == NOW


def test_refresh_without_refresh_token_keeps_the_stored_one():
    previous = TokenSet("A0", refresh_token="R0", refresh_expires_at=NOW + 99, scope=("api",))
    tokens = parse_token_response({"access_token": "A1", "expires_in": 60}, NOW, previous=previous)
    assert tokens.refresh_token == "R0"
    assert tokens.refresh_expires_at == NOW + 99
    assert tokens.scope == ("api",)


def test_rotated_refresh_token_replaces_the_old_one():
    previous = TokenSet("A0", refresh_token="R0")
    tokens = parse_token_response({"access_token": "A1", "refresh_token": "R1"}, NOW, previous=previous)
    assert tokens.refresh_token == "R1"


@pytest.mark.parametrize("key", ["refresh_token_expires_in", "refresh_expires_in"])
def test_refresh_expiry_from_response(key):
    tokens = parse_token_response({"access_token": "A", "refresh_token": "R", key: 86400}, NOW)
    assert tokens.refresh_expires_at == NOW + 86400


def test_refresh_expiry_from_jwt_exp_claim():
    tokens = parse_token_response({"access_token": "A", "refresh_token": jwt({"exp": 1_900_000_000})}, NOW)
    assert tokens.refresh_expires_at == 1_900_000_000


def test_refresh_expiry_unknown():
    tokens = parse_token_response({"access_token": "A", "refresh_token": "opaque"}, NOW)
    assert tokens.refresh_expires_at is None


@pytest.mark.parametrize("expires_in", [None, "abc", -5, True, 0])
def test_unusable_expires_in_means_unknown(expires_in):
    tokens = parse_token_response({"access_token": "A", "expires_in": expires_in}, NOW)
    assert tokens.expires_at is None


def test_missing_scope_means_requested_scope():
    tokens = parse_token_response({"access_token": "A"}, NOW, requested_scope=("openid",))
    assert tokens.scope == ("openid",)


@pytest.mark.parametrize("body", [{}, {"access_token": ""}, {"access_token": 5}])
def test_missing_access_token_is_a_provider_failure(body):
    with pytest.raises(ProviderUnavailable):
        parse_token_response(body, NOW)


def test_is_expired_uses_leeway_and_injected_clock():
    tokens = TokenSet("A", expires_at=NOW + 100)
    assert not tokens.is_expired(leeway=60, now=NOW)
    assert tokens.is_expired(leeway=60, now=NOW + 41)
    assert tokens.is_expired(leeway=0, now=NOW + 100)
    assert not TokenSet("A").is_expired(now=NOW)


def test_repr_hides_tokens():
    text = repr(TokenSet("ACCESS-SECRET", refresh_token="REFRESH-SECRET", id_token="ID-SECRET"))
    assert "SECRET" not in text


@pytest.mark.parametrize("token", ["a.b", "a.!!!.c", "a." + base64.urlsafe_b64encode(b"[1]").decode() + ".c"])
def test_unverified_claims_of_non_jwt(token):
    assert unverified_jwt_claims(token) is None
