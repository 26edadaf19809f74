from urllib.parse import parse_qs, urlsplit

import pytest

from gui_app.core.authorize import (
    build_authorization_request,
    code_challenge_s256,
    new_code_verifier,
    validate_authorization_response,
)
from gui_app.core.errors import AccessDenied, ClientNotAllowed, IssuerMismatch, ProviderError, StateMismatch

ISSUER = "https://id.example.test"


def test_pkce_s256_matches_rfc7636_appendix_b():
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge_s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_is_within_rfc7636_limits_and_unreserved():
    for _ in range(50):
        verifier = new_code_verifier()
        assert 43 <= len(verifier) <= 128
        assert set(verifier) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def request(scopes=("openid", "offline_access"), endpoint="https://id.example.test/authorize"):
    return build_authorization_request(endpoint, "my-client", "http://127.0.0.1:5000/callback", scopes)


def test_request_carries_s256_challenge_state_and_nonce_for_openid():
    req = request()
    query = parse_qs(urlsplit(req.url).query)
    assert query["response_type"] == ["code"]
    assert query["client_id"] == ["my-client"]
    assert query["redirect_uri"] == ["http://127.0.0.1:5000/callback"]
    assert query["code_challenge_method"] == ["S256"]
    assert query["code_challenge"] == [code_challenge_s256(req.code_verifier)]
    assert query["state"] == [req.state]
    assert query["nonce"] == [req.nonce]
    assert query["scope"] == ["openid offline_access"]
    assert "code_verifier" not in query


def test_no_nonce_without_openid_and_existing_query_kept():
    req = request(scopes=("api",), endpoint="https://id.example.test/authorize?tenant=x")
    query = parse_qs(urlsplit(req.url).query)
    assert req.nonce is None and "nonce" not in query
    assert query["tenant"] == ["x"]


def test_every_attempt_has_a_new_state_and_verifier():
    requests = [request() for _ in range(100)]
    assert len({r.state for r in requests}) == 100
    assert len({r.code_verifier for r in requests}) == 100


def test_repr_hides_state_verifier_and_nonce():
    req = request()
    text = repr(req)
    assert req.state not in text and req.code_verifier not in text and req.nonce not in text


def test_valid_response_returns_code():
    req = request()
    assert (
        validate_authorization_response({"code": "c1", "state": req.state, "iss": ISSUER}, req, ISSUER, True)
        == "c1"
    )


def test_iss_optional_when_provider_does_not_promise_it():
    req = request()
    assert validate_authorization_response({"code": "c1", "state": req.state}, req, ISSUER, False) == "c1"


@pytest.mark.parametrize(
    ("params", "issuer_required", "error"),
    [
        ({"code": "c", "state": "other"}, False, StateMismatch),
        ({"code": "c"}, False, StateMismatch),
        ({"code": "c", "state": "STATE", "iss": "https://evil.example.test"}, False, IssuerMismatch),
        ({"code": "c", "state": "STATE"}, True, IssuerMismatch),
        ({"error": "access_denied", "state": "STATE", "iss": ISSUER}, True, AccessDenied),
        ({"error": "unauthorized_client", "state": "STATE"}, False, ClientNotAllowed),
        ({"error": "server_error", "state": "STATE"}, False, ProviderError),
        ({"state": "STATE"}, False, ProviderError),
        # An error that does not carry our state is not believed: it is a mismatch.
        ({"error": "access_denied", "state": "forged"}, False, StateMismatch),
    ],
)
def test_invalid_responses_are_rejected(params, issuer_required, error):
    req = request()
    params = {k: (req.state if v == "STATE" else v) for k, v in params.items()}
    with pytest.raises(error) as info:
        validate_authorization_response(params, req, ISSUER, issuer_required)
    assert req.state not in str(info.value)


def test_access_denied_quotes_the_provider_description_briefly():
    req = request()
    with pytest.raises(AccessDenied) as info:
        validate_authorization_response(
            {"error": "access_denied", "error_description": "x" * 500, "state": req.state}, req, ISSUER, False
        )
    assert "x" * 200 in info.value.message and "x" * 201 not in info.value.message
