"""Provider metadata from the last sign-in is reused for a day, for the same issuer only."""

import time

import httpx
import pytest

from gui_app.core.endpoints import Endpoints
from gui_app.core.errors import ProviderUnavailable
from gui_app.core.login import endpoints_for_cache, resolve_endpoints
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import Metadata

ISSUER = "https://id.example.test"
PROFILE = ClientProfile(name="p", client_id="c", issuer=ISSUER)
ENDPOINTS = Endpoints(f"{ISSUER}/authorize", f"{ISSUER}/token", issuer=ISSUER, iss_parameter_supported=True)


def unreachable():
    def handler(request):
        raise httpx.ConnectError("no network in this test")

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_recent_metadata_for_the_same_issuer_is_used_without_a_request():
    meta = Metadata(provider_metadata=endpoints_for_cache(ENDPOINTS))
    assert resolve_endpoints(PROFILE, unreachable(), meta) == ENDPOINTS


@pytest.mark.parametrize(
    "cache",
    [
        endpoints_for_cache(ENDPOINTS) | {"at": time.time() - 2 * 86400},  # too old
        endpoints_for_cache(ENDPOINTS) | {"issuer": "https://other.example.test"},  # another issuer
        endpoints_for_cache(ENDPOINTS) | {"token_endpoint": "http://id.example.test/token"},  # not https
        {},
    ],
)
def test_otherwise_discovery_runs_again(cache):
    with pytest.raises(ProviderUnavailable):  # i.e. it tried the network
        resolve_endpoints(PROFILE, unreachable(), Metadata(provider_metadata=cache))
