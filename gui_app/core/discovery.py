"""Provider metadata: OIDC Discovery 1.0 §4 and RFC 8414 §3, with the issuer check."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from gui_app.core.endpoints import Endpoints, require_secure
from gui_app.core.errors import DiscoveryFailed, IssuerMismatch, ProviderUnavailable
from gui_app.core.http import new_client
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate


def metadata_urls(issuer: str) -> list[str]:
    """OIDC appends the well-known path; RFC 8414 §3.1 inserts it between host and path."""
    parts = urlsplit(issuer.rstrip("/"))
    oidc = f"{issuer.rstrip('/')}/.well-known/openid-configuration"
    rfc8414 = urlunsplit(
        (parts.scheme, parts.netloc, f"/.well-known/oauth-authorization-server{parts.path}", "", "")
    )
    return [oidc] if oidc == rfc8414 else [oidc, rfc8414]


def discover(issuer: str, client: httpx.Client | None = None) -> Endpoints:
    """Fetch and check the provider's metadata.

    RFC 8414 §3.3 / OIDC Discovery §4.3: the ``issuer`` in the document must be identical to
    the one asked for, or the document is not used (it could send tokens elsewhere).
    """
    require_secure(issuer, "issuer")
    owns_client = client is None
    http = client or new_client()
    try:
        document = _fetch_first(http, metadata_urls(issuer), issuer)
    finally:
        if owns_client:
            http.close()
    if document.get("issuer") != issuer:
        raise IssuerMismatch(
            translate(
                "Discovery",
                "The provider at '{issuer}' says it is '{claimed}', so its settings were not used.",
            ).format(issuer=issuer, claimed=str(document.get("issuer"))[:200])
        )
    try:
        endpoints = Endpoints(
            issuer=issuer,
            authorization_endpoint=_required(document, "authorization_endpoint", issuer),
            token_endpoint=_required(document, "token_endpoint", issuer),
            revocation_endpoint=_optional(document, "revocation_endpoint"),
            userinfo_endpoint=_optional(document, "userinfo_endpoint"),
            device_authorization_endpoint=_optional(document, "device_authorization_endpoint"),
            iss_parameter_supported=document.get("authorization_response_iss_parameter_supported") is True,
            scopes_supported=tuple(s for s in document.get("scopes_supported") or () if isinstance(s, str)),
        )
    except TypeError as exc:
        raise DiscoveryFailed(
            translate(
                "Discovery", "The provider at '{issuer}' published settings this app cannot read."
            ).format(issuer=issuer)
        ) from exc
    methods = document.get("code_challenge_methods_supported")
    if isinstance(methods, list) and methods and "S256" not in methods:
        raise DiscoveryFailed(
            translate(
                "Discovery",
                "The provider at '{issuer}' does not support PKCE with S256, which this app requires.",
            ).format(issuer=issuer)
        )
    return endpoints.checked()


def _fetch_first(http: httpx.Client, urls: list[str], issuer: str) -> dict[str, Any]:
    last_status: int | None = None
    for url in urls:
        try:
            response = http.get(url, headers={"Accept": "application/json"})
        except httpx.HTTPError as exc:
            raise ProviderUnavailable(
                translate("Discovery", "The provider at '{issuer}' could not be reached.").format(
                    issuer=issuer
                )
            ) from exc
        if response.status_code >= 500:
            raise ProviderUnavailable(
                translate("Discovery", "The provider at '{issuer}' had a problem (HTTP {status}).").format(
                    issuer=issuer, status=response.status_code
                )
            )
        if response.status_code != 200:
            last_status = response.status_code
            continue
        try:
            document = response.json()
        except ValueError:
            document = None
        if isinstance(document, dict):
            return document
        raise DiscoveryFailed(
            translate("Discovery", "The provider at '{issuer}' did not publish readable settings.").format(
                issuer=issuer
            )
        )
    raise DiscoveryFailed(
        translate(
            "Discovery",
            "No sign-in settings were found at '{issuer}' (HTTP {status}): "
            "it may not be an OAuth issuer address.",
        ).format(issuer=issuer, status=last_status)
    )


# One whole sentence per setting the app cannot do without (RFC 8414 §2: both are REQUIRED here).
_MISSING = {
    "authorization_endpoint": QT_TRANSLATE_NOOP(
        "Discovery", "The provider at '{issuer}' did not publish its sign-in (authorization) address."
    ),
    "token_endpoint": QT_TRANSLATE_NOOP(
        "Discovery", "The provider at '{issuer}' did not publish its token address."
    ),
}


def _required(document: dict[str, Any], key: str, issuer: str) -> str:
    value = document.get(key)
    if not isinstance(value, str) or not value:
        template = _MISSING.get(key)
        raise DiscoveryFailed(
            translate("Discovery", template).format(issuer=issuer)
            if template
            else translate("Discovery", "The provider at '{issuer}' did not publish its {setting}.").format(
                issuer=issuer, setting=key
            )
        )
    return value


def _optional(document: dict[str, Any], key: str) -> str | None:
    value = document.get(key)
    return value if isinstance(value, str) and value else None
