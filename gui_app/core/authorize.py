"""The authorization request and the checks on its answer (RFC 6749 §4.1, RFC 7636, RFC 9207).

One attempt = one state + one PKCE verifier (+ one nonce for OpenID Connect), never reused.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

from gui_app.core.errors import (
    AccessDenied,
    AuthError,
    ClientNotAllowed,
    IssuerMismatch,
    ProviderError,
    StateMismatch,
    provider_said,
)
from gui_app.core.i18n import translate


def code_challenge_s256(verifier: str) -> str:
    """RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))), no padding."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    """RFC 6749 §10.12 / RFC 9700 §2.1: unguessable, bound to this attempt, used once."""
    return secrets.token_urlsafe(32)


def new_code_verifier() -> str:
    """RFC 7636 §4.1: 43-128 unreserved characters; 64 random bytes give 86 (§7.1 entropy)."""
    return secrets.token_urlsafe(64)


@dataclass(frozen=True)
class AuthorizationRequest:
    """One sign-in attempt. ``repr`` hides the values that must stay on this computer."""

    redirect_uri: str
    url: str = field(repr=False)  # carries the state and nonce
    state: str = field(repr=False)
    code_verifier: str = field(repr=False)
    nonce: str | None = field(default=None, repr=False)


def build_authorization_request(
    authorization_endpoint: str,
    client_id: str,
    redirect_uri: str,
    scopes: Sequence[str],
    *,
    extra_params: Mapping[str, str] | None = None,
    state: str | None = None,
) -> AuthorizationRequest:
    """A fresh state (unless the caller made it, e.g. for the listener), verifier and (when
    ``openid`` is asked for) nonce, and the URL to open."""
    state = state or new_state()
    verifier = new_code_verifier()
    params: dict[str, str] = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": code_challenge_s256(verifier),
        "code_challenge_method": "S256",  # RFC 9700 §2.1.1: never "plain"
    }
    if scopes:
        params["scope"] = " ".join(scopes)
    nonce = None
    if "openid" in scopes:
        nonce = secrets.token_urlsafe(32)
        params["nonce"] = nonce
    params.update(extra_params or {})
    split = urlsplit(authorization_endpoint)
    separator = "&" if split.query else "?"
    return AuthorizationRequest(
        redirect_uri=redirect_uri,
        url=f"{authorization_endpoint}{separator}{urlencode(params)}",
        state=state,
        code_verifier=verifier,
        nonce=nonce,
    )


def validate_authorization_response(
    params: Mapping[str, str],
    request: AuthorizationRequest,
    expected_issuer: str | None,
    issuer_required: bool,
) -> str:
    """Check an authorization response and return its code.

    Order matters: the state proves the answer belongs to our attempt (RFC 6749 §10.12), then
    the issuer proves it came from the provider we asked (RFC 9207 §2.4: mix-up defence), and
    only then is an ``error`` believed.
    """
    state = params.get("state", "")
    if not hmac.compare_digest(state.encode(), request.state.encode()):
        raise StateMismatch(
            translate("Authorize", "The sign-in answer does not belong to the sign-in this app started.")
        )
    iss = params.get("iss")
    if iss is not None:
        if expected_issuer is None or iss != expected_issuer:
            raise IssuerMismatch(
                translate(
                    "Authorize",
                    "The sign-in answer came from a different provider than the one this app asked.",
                )
            )
    elif issuer_required:
        raise IssuerMismatch(
            translate(
                "Authorize",
                "The provider promised to say who answered the sign-in, but this answer does not say.",
            )
        )
    error = params.get("error")
    if error is not None:
        raise error_from_authorization(error, params.get("error_description"))
    code = params.get("code")
    if not code:
        raise ProviderError(
            translate("Authorize", "The provider's sign-in answer had neither a code nor an error.")
        )
    return code


def error_from_authorization(error: str, description: str | None) -> AuthError:
    """RFC 6749 §4.1.2.1 error codes, in words. The provider's description is shown as its own."""
    if error == "access_denied":
        return AccessDenied(
            provider_said(
                translate("Authorize", "Access was not granted at the provider's sign-in page."), description
            )
        )
    if error in ("unauthorized_client", "invalid_client", "unsupported_response_type"):
        return ClientNotAllowed(
            provider_said(
                translate(
                    "Authorize", "The provider does not let this client sign in this way ({error})."
                ).format(error=error),
                description,
            )
        )
    if error in ("server_error", "temporarily_unavailable"):
        return ProviderError(
            provider_said(
                translate(
                    "Authorize", "The provider could not finish the sign-in right now ({error})."
                ).format(error=error),
                description,
            )
        )
    return ProviderError(
        provider_said(
            translate("Authorize", "The provider refused the sign-in request ({error}).").format(error=error),
            description,
        )
    )
