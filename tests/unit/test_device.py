"""RFC 8628 polling rules, with httpx's MockTransport as the provider (the real one runs in
tests/e2e/test_device.py)."""

import httpx
import pytest

from gui_app.core.device import DeviceAuthorization, poll
from gui_app.core.errors import AccessDenied, SignInTimedOut
from gui_app.core.token_client import TokenClient

AUTH = DeviceAuthorization("ABCD-EFGH", "https://id.example.test/device", None, 600, 5, device_code="DC")


def client_answering(*answers):
    queue = list(answers)

    def handler(request):
        status, body = queue.pop(0)
        return httpx.Response(status, json=body)

    return TokenClient(
        "https://id.example.test/token",
        client_id="c",
        auth_method="none",
        http=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def test_pending_then_slow_down_then_tokens():
    sleeps = []
    client = client_answering(
        (400, {"error": "authorization_pending"}),
        (400, {"error": "slow_down"}),
        (400, {"error": "authorization_pending"}),
        (200, {"access_token": "A", "refresh_token": "R", "expires_in": 60}),
    )
    tokens = poll(client, AUTH, sleep=sleeps.append)
    assert tokens.refresh_token == "R"
    assert sleeps == [5, 5, 10, 10]  # slow_down adds 5 seconds for good (RFC 8628 §3.5)


@pytest.mark.parametrize(
    ("error", "kind"), [("access_denied", AccessDenied), ("expired_token", SignInTimedOut)]
)
def test_refusal_and_expiry(error, kind):
    with pytest.raises(kind):
        poll(client_answering((400, {"error": error})), AUTH, sleep=lambda s: None)


def test_gives_up_when_the_code_expires():
    now = [0.0]
    client = client_answering(*[(400, {"error": "authorization_pending"})] * 200)

    def sleep(seconds):
        now[0] += seconds

    with pytest.raises(SignInTimedOut):
        poll(client, AUTH, sleep=sleep, clock=lambda: now[0])
    assert now[0] <= 610
