"""``oauth-setup diagnostics``: a support report for a help desk, without any secret.

What goes in is chosen, not filtered: versions, platform, the keyring backend, each sign-in's
settings (no secret is among them), its state and last results, and the readiness check. Token
values are never read for it, except to say whether they are present.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime

from gui_app import __version__
from gui_app.core.errors import AuthError
from gui_app.core.i18n import translate
from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ClientProfile, ProfileRepository, ProviderPreset
from gui_app.core.status import profile_status
from gui_app.core.store import open_token_store


def report(paths: AppPaths, repo: ProfileRepository) -> str:
    """The report. Headings and labels are in the admin's language; values (states, settings,
    times, backend names) are as stored."""
    lines = [
        translate(
            "Diagnostics", "OAuth Setup Assistant support report (contains no tokens, codes or secrets)"
        ),
        translate("Diagnostics", "version: {version}").format(version=__version__),
        translate("Diagnostics", "python: {version} ({path})").format(
            version=platform.python_version(), path=sys.executable
        ),
        translate("Diagnostics", "platform: {platform}").format(platform=platform.platform()),
        translate("Diagnostics", "config dir: {path}").format(path=paths.config_dir),
        translate("Diagnostics", "data dir: {path}").format(path=paths.data_dir),
        translate("Diagnostics", "managed presets dir: {path}").format(path=paths.managed_dir),
    ]
    try:
        import keyring

        backend = keyring.get_keyring()
        lines.append(
            translate("Diagnostics", "keyring backend: {backend}").format(
                backend=f"{type(backend).__module__}.{type(backend).__qualname__}"
            )
        )
    except Exception as exc:  # the report must come out even when the keyring is broken
        lines.append(
            translate("Diagnostics", "keyring backend: unavailable ({error})").format(
                error=type(exc).__name__
            )
        )
    presets = repo.presets()
    managed = translate("Diagnostics", "{preset} (managed)")
    names = ", ".join(managed.format(preset=p.id) if p.managed else p.id for p in presets)
    lines.append(translate("Diagnostics", "presets: {presets}").format(presets=names))
    problem = translate("Diagnostics", "preset file problem: {problem}")
    lines.extend(problem.format(problem=e.message) for e in repo.preset_errors)
    try:
        profiles = repo.list()
    except AuthError as exc:
        lines.append(translate("Diagnostics", "profiles: unreadable ({error})").format(error=exc.message))
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
            lines.append(
                "  " + translate("Diagnostics", "state: unknown ({error})").format(error=exc.message)
            )
            continue
        lines.append(
            "  "
            + translate("Diagnostics", "state: {state} — {reason}").format(
                state=status.state, reason=status.reason
            )
        )
        lines.append(
            "  "
            + translate("Diagnostics", "access token present: {present}, expires at: {expires}").format(
                present=status.has_access_token, expires=_utc(status.access_expires_at)
            )
        )
        lines.append(
            "  "
            + translate(
                "Diagnostics", "refresh token present: {present}, expires at: {expires} ({source})"
            ).format(
                present=status.has_refresh_token,
                expires=_utc(status.refresh_expires_at),
                source=status.refresh_expiry_source,
            )
        )
        lines.append(
            "  "
            + translate("Diagnostics", "last renewal: {at} — {result}").format(
                at=_utc(status.last_refresh_at), result=status.last_refresh_result or "-"
            )
        )
        export_line = translate("Diagnostics", "export {target}: ok={ok} {message}")
        for export in status.exports:
            lines.append(
                "  " + export_line.format(target=export.stored, ok=export.ok, message=export.message)
            )
        lines.extend(_readiness(profile, paths, presets))
    return "\n".join(lines)


def _readiness(profile: ClientProfile, paths: AppPaths, presets: list[ProviderPreset]) -> list[str]:
    """The readiness check's results for one sign-in (it asks the provider, never signs in)."""
    from gui_app.core.doctor import run_doctor

    preset = next((p for p in presets if p.id == profile.preset), None)
    try:
        checks = run_doctor(profile, open_token_store(paths, profile), preset)
    except AuthError as exc:
        return [
            "  "
            + translate("Diagnostics", "readiness check: could not run ({error})").format(error=exc.message)
        ]
    lines = ["  " + translate("Diagnostics", "readiness check:")]
    lines.extend(f"    [{check.outcome}] {check.key}: {check.message}" for check in checks)
    return lines


def _utc(timestamp: float | None) -> str:
    """A time as ISO 8601 UTC, the same for a help desk in any time zone; '-' when unknown."""
    if timestamp is None:
        return "-"
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
