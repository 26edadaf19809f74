"""``oauth-setup diagnostics``: a support report for a help desk, without any secret.

What goes in is chosen, not filtered: versions, platform, the keyring backend, each sign-in's
settings (no secret is among them), its state and last results. Token values are never read
for it, except to say whether they are present.
"""

from __future__ import annotations

import platform
import sys

from gui_app import __version__
from gui_app.core.errors import AuthError
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ProfileRepository
from gui_app.core.status import profile_status
from gui_app.core.store import open_token_store


def report(paths: AppPaths, repo: ProfileRepository) -> str:
    lines = [
        "OAuth Setup Assistant support report (contains no tokens, codes or secrets)",
        f"version: {__version__}",
        f"python: {platform.python_version()} ({sys.executable})",
        f"platform: {platform.platform()}",
        f"config dir: {paths.config_dir}",
        f"data dir: {paths.data_dir}",
        f"managed presets dir: {paths.managed_dir}",
    ]
    try:
        import keyring

        backend = keyring.get_keyring()
        lines.append(f"keyring backend: {type(backend).__module__}.{type(backend).__qualname__}")
    except Exception as exc:  # the report must come out even when the keyring is broken
        lines.append(f"keyring backend: unavailable ({type(exc).__name__})")
    presets = repo.presets()
    lines.append(f"presets: {', '.join(p.id + (' (managed)' if p.managed else '') for p in presets)}")
    lines.extend(f"preset file problem: {e.message}" for e in repo.preset_errors)
    try:
        profiles = repo.list()
    except AuthError as exc:
        lines.append(f"profiles: unreadable ({exc.message})")
        profiles = []
    for profile in profiles:
        lines.append("")
        lines.append(f"[{profile.name}]")
        for key, value in profile.to_table().items():
            if value not in (None, [], ""):
                lines.append(f"  {key}: {' '.join(value) if isinstance(value, list) else value}")
        try:
            status = profile_status(profile, open_token_store(paths, profile))
        except AuthError as exc:
            lines.append(f"  state: unknown ({exc.message})")
            continue
        lines.append(f"  state: {status.state} — {status.reason}")
        lines.append(
            f"  access token present: {status.has_access_token}, expires at: {status.access_expires_at}"
        )
        lines.append(
            f"  refresh token present: {status.has_refresh_token}, expires at: {status.refresh_expires_at} "
            f"({status.refresh_expiry_source})"
        )
        lines.append(f"  last renewal: {status.last_refresh_at} — {status.last_refresh_result}")
        for export in status.exports:
            lines.append(f"  export {export.stored}: ok={export.ok} {export.message}")
    return "\n".join(lines)
