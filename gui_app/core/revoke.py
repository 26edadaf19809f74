"""Signing out: tell the provider (RFC 7009), then forget the tokens here."""

from __future__ import annotations

from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.core.profiles import ClientProfile
from gui_app.core.store import TokenStore


def sign_out(profile: ClientProfile, store: TokenStore, force: bool = False) -> str:
    """Revoke the refresh token (which ends the grant, RFC 7009 §2.1) and the access token,
    then delete both locally. If the provider cannot be told, nothing is deleted unless
    ``force``: a token deleted here but alive at the provider is worse than one kept."""
    from gui_app.core.session import make_token_client

    tokens, meta = store.load(profile.name)
    if tokens is None:
        store.delete_tokens(profile.name)
        return translate("Revoke", "'{name}' was not signed in.").format(name=profile.name)
    note = translate(
        "Revoke", "Signed out of '{name}': the provider revoked its tokens and they were deleted here."
    ).format(name=profile.name)
    try:
        with make_token_client(profile, meta, store.client_secret(profile.name)) as client:
            if not client.revocation_endpoint:
                note = translate(
                    "Revoke",
                    "Deleted the tokens of '{name}' here. The provider offers no way to revoke "
                    "them: remove this app's access in your account settings at the provider.",
                ).format(name=profile.name)
            else:
                if tokens.refresh_token:
                    client.revoke(tokens.refresh_token, "refresh_token")
                if tokens.access_token:
                    client.revoke(tokens.access_token, "access_token")
    except AuthError as exc:
        if not force:
            exc.next_step = translate(
                "Revoke", "The tokens were kept. Try again later, or add --force to delete them here anyway."
            )
            raise
        note = translate(
            "Revoke",
            "Deleted the tokens of '{name}' here, but the provider could not be told "
            "({error}) Remove this app's access in your account settings at the provider.",
        ).format(name=profile.name, error=exc.message)
    store.delete_tokens(profile.name)
    return note
