"""Tokens as values (RFC 6749 §5.1), and reading a token response into one."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from gui_app.core.errors import ProviderUnavailable
from gui_app.core.i18n import translate

DEFAULT_LEEWAY = 60.0


@dataclass(frozen=True)
class TokenSet:
    """What the provider gave us. Secret fields are left out of ``repr``.

    Times are seconds since the epoch; ``None`` means the provider did not say.
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    id_token: str | None = field(default=None, repr=False)
    token_type: str = "Bearer"
    expires_at: float | None = None
    refresh_expires_at: float | None = None
    scope: tuple[str, ...] = ()
    obtained_at: float = 0.0

    def is_expired(self, leeway: float = DEFAULT_LEEWAY, now: float | None = None) -> bool:
        """True when the access token expires within ``leeway`` seconds (or already has)."""
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) >= self.expires_at - leeway

    def with_refresh_token(self, refresh_token: str | None) -> TokenSet:
        return replace(self, refresh_token=refresh_token)


def parse_token_response(
    data: Mapping[str, Any],
    now: float,
    previous: TokenSet | None = None,
    requested_scope: tuple[str, ...] = (),
) -> TokenSet:
    """Turn a successful token response into a TokenSet.

    A refresh response without ``refresh_token`` keeps the one we had (RFC 6749 §6: the server
    *may* issue a new one; GoTo usually does not). A missing ``scope`` means the scope asked for
    (§5.1).
    """
    access = data.get("access_token")
    if not isinstance(access, str) or not access:
        raise ProviderUnavailable(
            translate("Tokens", "The provider's answer did not contain an access token.")
        )
    token_type = data.get("token_type")
    if not isinstance(token_type, str) or not token_type:
        token_type = "Bearer"
    refresh = data.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        refresh = previous.refresh_token if previous else None
        refresh_expires_at = previous.refresh_expires_at if previous else None
    else:
        refresh_expires_at = _refresh_expiry(data, refresh, now)
    scope_value = data.get("scope")
    if isinstance(scope_value, str):
        scope = tuple(scope_value.split())
    elif previous is not None:
        scope = previous.scope
    else:
        scope = requested_scope
    id_token = data.get("id_token")
    return TokenSet(
        access_token=access,
        refresh_token=refresh,
        id_token=id_token if isinstance(id_token, str) else (previous.id_token if previous else None),
        token_type=token_type,
        expires_at=_expiry(data.get("expires_in"), now),
        refresh_expires_at=refresh_expires_at,
        scope=scope,
        obtained_at=now,
    )


def _expiry(expires_in: object, now: float) -> float | None:
    if isinstance(expires_in, bool):
        return None
    if isinstance(expires_in, int | float) and expires_in > 0:
        return now + float(expires_in)
    if isinstance(expires_in, str) and expires_in.isdigit():
        return now + float(expires_in)
    return None


def _refresh_expiry(data: Mapping[str, Any], refresh_token: str, now: float) -> float | None:
    """Refresh-token expiry, if anyone says: the response's own field (several providers use one
    of these two names), else the ``exp`` claim when the token is a JWT (read, not verified)."""
    for key in ("refresh_token_expires_in", "refresh_expires_in"):
        expiry = _expiry(data.get(key), now)
        if expiry is not None:
            return expiry
    claims = unverified_jwt_claims(refresh_token)
    exp = claims.get("exp") if claims else None
    if isinstance(exp, int | float) and not isinstance(exp, bool):
        return float(exp)
    return None


def unverified_jwt_claims(token: str) -> dict[str, Any] | None:
    """The payload of a JWT, without checking its signature: only for display and expiry hints,
    never for a security decision."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, UnicodeError):
        return None
    return claims if isinstance(claims, dict) else None
