"""Talking to the token and revocation endpoints (RFC 6749 §4.1.3, §6; RFC 7009), over httpx.

Every failure becomes one AuthError subclass; nothing the provider sends back is put in a
message except its error code and description.
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import quote_plus

import httpx

from gui_app.core.endpoints import require_secure
from gui_app.core.errors import (
    AuthError,
    ClientNotAllowed,
    ConfigError,
    InvalidClient,
    ProviderError,
    ProviderUnavailable,
    ReauthRequired,
    SignInFailed,
    provider_said,
)
from gui_app.core.http import new_client
from gui_app.core.i18n import translate
from gui_app.core.tokens import TokenSet, parse_token_response

AuthMethod = Literal["client_secret_basic", "client_secret_post", "none"]
AUTH_METHODS: tuple[AuthMethod, ...] = ("client_secret_basic", "client_secret_post", "none")


def basic_authorization(client_id: str, client_secret: str) -> str:
    """RFC 6749 §2.3.1: id and secret are form-urlencoded (Appendix B) *before* base64."""
    raw = f"{quote_plus(client_id)}:{quote_plus(client_secret)}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


@dataclass
class TokenClient:
    """One client at one provider. ``http`` may be shared; it is closed by ``close()`` only if
    this object made it."""

    token_endpoint: str
    client_id: str
    client_secret: str | None = field(default=None, repr=False)
    auth_method: AuthMethod = "client_secret_basic"
    revocation_endpoint: str | None = None
    http: httpx.Client | None = None
    _owns_http: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        require_secure(self.token_endpoint, "token")
        if self.revocation_endpoint:
            require_secure(self.revocation_endpoint, "revocation")
        if self.auth_method != "none" and not self.client_secret:
            raise ConfigError(
                translate("TokenClient", "This client needs a secret, but none is stored."),
                translate(
                    "TokenClient",
                    "Enter the client secret again ('oauth-setup profile add NAME … --client-secret-stdin').",
                ),
            )
        if self.http is None:
            self.http = new_client()
            self._owns_http = True

    def close(self) -> None:
        if self._owns_http and self.http is not None:
            self.http.close()

    def __enter__(self) -> TokenClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- grants -------------------------------------------------------------------------

    def exchange_code(
        self, code: str, redirect_uri: str, code_verifier: str, requested_scope: tuple[str, ...] = ()
    ) -> TokenSet:
        """RFC 6749 §4.1.3 with the PKCE verifier (RFC 7636 §4.5)."""
        data = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
        }
        body = self._post_token(data, grant="authorization_code")
        return parse_token_response(body, time.time(), requested_scope=requested_scope)

    def refresh(self, previous: TokenSet) -> TokenSet:
        """RFC 6749 §6. The scope is not sent, so the grant's original scope is kept."""
        if not previous.refresh_token:
            raise ReauthRequired(translate("TokenClient", "There is no refresh token for this sign-in."))
        data = {"grant_type": "refresh_token", "refresh_token": previous.refresh_token}
        body = self._post_token(data, grant="refresh_token")
        return parse_token_response(body, time.time(), previous=previous)

    def revoke(self, token: str, token_type_hint: str) -> None:
        """RFC 7009 §2.1. §2.2: 200 means revoked or already invalid."""
        if not self.revocation_endpoint:
            raise ProviderError(
                translate("TokenClient", "This provider does not offer a way to revoke tokens."),
                translate("TokenClient", "Remove the app's access in your account settings at the provider."),
            )
        data = {"token": token, "token_type_hint": token_type_hint}
        response = self.post_form(self.revocation_endpoint, data)
        if response.status_code == 200:
            return
        raise self.error_for(response, grant="revocation")

    # -- plumbing -----------------------------------------------------------------------

    def _post_token(self, data: dict[str, str], grant: str) -> dict[str, Any]:
        response = self.post_form(self.token_endpoint, data)
        if response.status_code != 200:
            raise self.error_for(response, grant=grant)
        body = json_object(response)
        if body is None:
            raise ProviderUnavailable(
                translate(
                    "TokenClient",
                    "The provider answered the token request with something that is not a token response.",
                )
            )
        return body

    def post_form(self, url: str, data: dict[str, str]) -> httpx.Response:
        headers = {"Accept": "application/json"}
        form = dict(data)
        if self.auth_method == "client_secret_basic":
            assert self.client_secret is not None  # checked in __post_init__
            headers["Authorization"] = basic_authorization(self.client_id, self.client_secret)
        else:
            form["client_id"] = self.client_id
            if self.auth_method == "client_secret_post":
                assert self.client_secret is not None
                form["client_secret"] = self.client_secret
        assert self.http is not None
        try:
            return self.http.post(url, data=form, headers=headers)
        except httpx.TimeoutException as exc:
            raise ProviderUnavailable(
                translate("TokenClient", "The provider did not answer in time.")
            ) from exc
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(translate("TokenClient", "The provider could not be reached.")) from exc

    def error_for(self, response: httpx.Response, grant: str) -> AuthError:
        status = response.status_code
        body = json_object(response) if status < 500 else None
        error = body.get("error") if body else None
        description = body.get("error_description") if body else None
        if status >= 500 or status == 429:
            return ProviderUnavailable(
                translate("TokenClient", "The provider had a problem answering (HTTP {status}).").format(
                    status=status
                )
            )
        if error == "invalid_grant":
            if grant == "refresh_token":
                return ReauthRequired(
                    provider_said(
                        translate(
                            "TokenClient",
                            "The provider no longer accepts this sign-in (it expired or was revoked).",
                        ),
                        description,
                    )
                )
            return SignInFailed(
                provider_said(
                    translate(
                        "TokenClient",
                        "The provider did not accept the sign-in code (it expired or was already used).",
                    ),
                    description,
                )
            )
        if error == "invalid_client" or (status == 401 and error is None):
            return InvalidClient(
                provider_said(
                    translate("TokenClient", "The provider did not accept the client ID or secret."),
                    description,
                )
            )
        if error == "unauthorized_client":
            return ClientNotAllowed(
                provider_said(
                    translate(
                        "TokenClient", "The provider does not allow this client to use this kind of sign-in."
                    ),
                    description,
                )
            )
        if isinstance(error, str):
            return ProviderError(
                provider_said(
                    translate("TokenClient", "The provider refused the request ({error}).").format(
                        error=error[:60]
                    ),
                    description,
                )
            )
        return ProviderUnavailable(
            translate(
                "TokenClient",
                "The provider answered with an unexpected response (HTTP {status}) instead of a token "
                "response.",
            ).format(status=status)
        )


def json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None
