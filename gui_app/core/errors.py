"""Everything that can go wrong, named after what happened.

Each error carries a plain sentence for the admin (``message``) and what to do next
(``next_step``); the UI and the command line render both in one place. Messages never
contain tokens, codes, verifiers or secrets, only names, addresses and error codes.
"""

from __future__ import annotations

from typing import ClassVar

from gui_app.core.i18n import QT_TRANSLATE_NOOP, translate


class AuthError(Exception):
    """Base of every failure the admin may see.

    Attributes:
        message: What happened, in one plain sentence.
        next_step: What the admin can do about it.
        exit_code: The command line's exit code (design.md: 2 config, 3 re-auth,
            4 provider/network, 5 keyring, 6 denied/cancelled).
    """

    exit_code: ClassVar[int] = 4
    default_next_step: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Errors", "Try again. If it keeps happening, run 'oauth-setup diagnostics'."
    )

    def __init__(self, message: str, next_step: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.next_step = next_step if next_step is not None else translate("Errors", self.default_next_step)

    def __str__(self) -> str:
        return f"{self.message} {self.next_step}".strip()


class ConfigError(AuthError):
    """The profile or the command's arguments are not usable."""

    exit_code = 2
    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Check the settings of this sign-in ('oauth-setup profile show NAME')."
    )


class ProfileNotFound(ConfigError):
    """No profile has that name."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Run 'oauth-setup profile list' to see the names that exist."
    )


class InsecureEndpoint(ConfigError):
    """An endpoint that is not on this computer does not use https."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Use the provider's https:// address; only addresses on this computer may use http://.",
    )


class RedirectPortBusy(ConfigError):
    """The fixed redirect port registered for this client is taken by another program."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Close the program that uses this port, or register a different port with the provider.",
    )


class InvalidClient(ConfigError):
    """The provider does not accept the client ID or secret (RFC 6749 §5.2 invalid_client)."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Check the client ID and secret in the provider's developer portal, then enter them again.",
    )


class ClientNotAllowed(ConfigError):
    """The client may not use this grant or redirect address (unauthorized_client, invalid redirect)."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "In the provider's developer portal, allow the 'authorization code' grant and register the "
        "redirect address this app shows.",
    )


class DiscoveryFailed(AuthError):
    """The provider's metadata (RFC 8414 / OIDC Discovery) could not be read or is unusable."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Check the issuer address (it is usually shown in the provider's documentation)."
    )


class IssuerMismatch(AuthError):
    """The metadata or the authorization response names a different issuer (RFC 8414 §3.3, RFC 9207)."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Sign-in was stopped to protect you. Check the issuer address; if it is right, tell your "
        "provider's support.",
    )


class ProviderUnavailable(AuthError):
    """The provider could not be reached, timed out, failed, or answered with something unusable."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Check this computer's internet connection and try again in a few minutes. Your stored "
        "sign-in was not changed.",
    )


class ProviderError(AuthError):
    """The provider answered with an OAuth error this app has no more specific name for."""


class ReauthRequired(AuthError):
    """The refresh token is expired or revoked (invalid_grant on refresh): someone must sign in again."""

    exit_code = 3
    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Sign in again with 'oauth-setup login NAME' (or 'Sign in again' in the app)."
    )


class NotSignedIn(ReauthRequired):
    """The profile has no stored tokens yet."""

    default_next_step = QT_TRANSLATE_NOOP("Errors", "Sign in with 'oauth-setup login NAME'.")


class KeyringUnavailable(AuthError):
    """The operating system's keyring is missing, locked or failed."""

    exit_code = 5
    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Unlock your keyring (or log in to the desktop once) and try again. On a machine with no "
        "keyring, an administrator may choose '--store file' to keep tokens in a protected file.",
    )


class SignInFailed(AuthError):
    """The sign-in did not finish: denied, cancelled, timed out, or the answer was not genuine."""

    exit_code = 6
    default_next_step = QT_TRANSLATE_NOOP("Errors", "Start the sign-in again.")


class AccessDenied(SignInFailed):
    """The person signing in, or the provider, refused access (RFC 6749 §4.1.2.1 access_denied)."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Start the sign-in again and choose 'Allow' (or 'Continue') when the provider asks. If you "
        "were not asked, your account may not be allowed to use this client.",
    )


class SignInCancelled(SignInFailed):
    """The admin cancelled the sign-in in this app."""

    default_next_step = QT_TRANSLATE_NOOP("Errors", "Start the sign-in again when you are ready.")


class SignInTimedOut(SignInFailed):
    """Nobody finished signing in before the time ran out."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors", "Start the sign-in again and finish it in the browser within the time shown."
    )


class StateMismatch(SignInFailed):
    """The answer does not belong to the sign-in this app started (RFC 6749 §10.12)."""

    default_next_step = QT_TRANSLATE_NOOP(
        "Errors",
        "Close old sign-in tabs and start the sign-in again from this app; use only the newest link.",
    )


def provider_said(message: str, description: object) -> str:
    """``message``, then the provider's own ``error_description`` (shortened) when it gave one;
    it is shown as the provider's words, never translated."""
    if not isinstance(description, str) or not description:
        return message
    said = translate("Errors", 'The provider said: "{description}".').format(description=description[:200])
    return f"{message} {said}"
