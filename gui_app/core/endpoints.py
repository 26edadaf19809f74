"""Provider endpoints: where they are and whether they may be used.

RFC 6749 §3.1/§3.2 and RFC 9700 §2.6: endpoints must use TLS. Plain http is allowed only for an
address on this computer (the demo and test servers), which never crosses a network.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from gui_app.core.errors import InsecureEndpoint
from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate

# One whole sentence per kind of address (``what``), so that translators need not glue words.
_NOT_SECURE = {
    "issuer": QT_TRANSLATE_NOOP("Endpoints", "The issuer address '{url}' is not a secure https:// address."),
    "sign-in": QT_TRANSLATE_NOOP(
        "Endpoints", "The sign-in address '{url}' is not a secure https:// address."
    ),
    "token": QT_TRANSLATE_NOOP("Endpoints", "The token address '{url}' is not a secure https:// address."),
    "revocation": QT_TRANSLATE_NOOP(
        "Endpoints", "The revocation address '{url}' is not a secure https:// address."
    ),
    "user information": QT_TRANSLATE_NOOP(
        "Endpoints", "The user information address '{url}' is not a secure https:// address."
    ),
    "device sign-in": QT_TRANSLATE_NOOP(
        "Endpoints", "The device sign-in address '{url}' is not a secure https:// address."
    ),
}


_SETTING_NAMES = {"authorize url": "sign-in", "token url": "token", "revocation url": "revocation"}


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure(url: str, what: str) -> str:
    """Return ``url`` if it is https, or http on a loopback address; raise InsecureEndpoint otherwise.

    ``what`` names the address in English ("issuer", "token", …; see ``_NOT_SECURE``); the
    message is a whole translated sentence for each."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme == "https" and host:
        return url
    if parts.scheme == "http" and is_loopback_host(host):
        return url
    # preset files name the setting: "authorize_url" -> "authorize url" means the sign-in address
    template = _NOT_SECURE.get(_SETTING_NAMES.get(what, what))
    if template is not None:
        raise InsecureEndpoint(translate("Endpoints", template).format(url=url[:200]))
    raise InsecureEndpoint(
        translate("Endpoints", "The {what} address '{url}' is not a secure https:// address.").format(
            what=what, url=url[:200]
        )
    )


@dataclass(frozen=True)
class Endpoints:
    """What a sign-in needs to know about the provider, from discovery or typed in."""

    authorization_endpoint: str
    token_endpoint: str
    issuer: str | None = None
    revocation_endpoint: str | None = None
    userinfo_endpoint: str | None = None
    device_authorization_endpoint: str | None = None
    # RFC 9207 §3: when true, a response without ``iss`` must be rejected.
    iss_parameter_supported: bool = False
    scopes_supported: tuple[str, ...] = ()

    def checked(self) -> Endpoints:
        require_secure(self.authorization_endpoint, "sign-in")
        require_secure(self.token_endpoint, "token")
        for url, what in (
            (self.revocation_endpoint, "revocation"),
            (self.userinfo_endpoint, "user information"),
            (self.device_authorization_endpoint, "device sign-in"),
        ):
            if url:
                require_secure(url, what)
        return self
