"""OAuth Setup Assistant: from password sign-in to authorization code + PKCE, and tokens kept alive."""

__version__ = "0.1.0"
