import httpx
import pytest

from gui_app.core.discovery import discover, metadata_urls
from gui_app.core.errors import DiscoveryFailed, InsecureEndpoint, IssuerMismatch, ProviderUnavailable

ISSUER = "https://id.example.test/tenant1"


def metadata(**overrides):
    doc = {
        "issuer": ISSUER,
        "authorization_endpoint": f"{ISSUER}/authorize",
        "token_endpoint": f"{ISSUER}/token",
        "revocation_endpoint": f"{ISSUER}/revoke",
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": True,
        "scopes_supported": ["openid", "offline_access"],
    }
    doc.update(overrides)
    return doc


def http_serving(routes):
    def handler(request):
        if str(request.url) in routes:
            status, body = routes[str(request.url)]
            return (
                httpx.Response(status, json=body)
                if isinstance(body, dict)
                else httpx.Response(status, text=body)
            )
        return httpx.Response(404)

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_metadata_urls_oidc_then_rfc8414():
    assert metadata_urls(ISSUER) == [
        f"{ISSUER}/.well-known/openid-configuration",
        "https://id.example.test/.well-known/oauth-authorization-server/tenant1",
    ]


def test_oidc_discovery():
    http = http_serving({f"{ISSUER}/.well-known/openid-configuration": (200, metadata())})
    endpoints = discover(ISSUER, http)
    assert endpoints.token_endpoint == f"{ISSUER}/token"
    assert endpoints.iss_parameter_supported
    assert endpoints.scopes_supported == ("openid", "offline_access")


def test_rfc8414_fallback():
    http = http_serving(
        {"https://id.example.test/.well-known/oauth-authorization-server/tenant1": (200, metadata())}
    )
    assert discover(ISSUER, http).authorization_endpoint == f"{ISSUER}/authorize"


@pytest.mark.parametrize(
    ("routes", "error"),
    [
        (
            {
                f"{ISSUER}/.well-known/openid-configuration": (
                    200,
                    metadata(issuer="https://evil.example.test"),
                )
            },
            IssuerMismatch,
        ),
        (
            {
                f"{ISSUER}/.well-known/openid-configuration": (
                    200,
                    metadata(token_endpoint="http://id.example.test/t"),
                )
            },
            InsecureEndpoint,
        ),
        (
            {
                f"{ISSUER}/.well-known/openid-configuration": (
                    200,
                    metadata(code_challenge_methods_supported=["plain"]),
                )
            },
            DiscoveryFailed,
        ),
        (
            {f"{ISSUER}/.well-known/openid-configuration": (200, metadata(token_endpoint=None))},
            DiscoveryFailed,
        ),
        ({f"{ISSUER}/.well-known/openid-configuration": (200, "<html>login</html>")}, DiscoveryFailed),
        ({f"{ISSUER}/.well-known/openid-configuration": (502, "bad gateway")}, ProviderUnavailable),
        ({}, DiscoveryFailed),
    ],
)
def test_unusable_metadata(routes, error):
    with pytest.raises(error):
        discover(ISSUER, http_serving(routes))


def test_unreachable_provider():
    def handler(request):
        raise httpx.ConnectError("refused")

    with pytest.raises(ProviderUnavailable):
        discover(ISSUER, httpx.Client(transport=httpx.MockTransport(handler)))


def test_plain_http_issuer_only_on_loopback():
    with pytest.raises(InsecureEndpoint):
        discover("http://id.example.test")
