"""packaging/managed-presets.example.toml is what IT copies: it must load as managed presets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gui_app.core.paths import AppPaths
from gui_app.core.profiles import ProfileRepository, ProviderPreset, profile_from_preset
from tests.harness import REPO_ROOT

pytestmark = pytest.mark.packaging

EXAMPLE = REPO_ROOT / "packaging" / "managed-presets.example.toml"


def test_example_loads_as_managed_presets_before_the_builtin_ones(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "managed")
    paths.managed_dir.mkdir()
    shutil.copy(EXAMPLE, paths.managed_dir / "company.toml")
    presets = ProfileRepository(paths).presets()
    managed = [p for p in presets if p.managed]
    assert [p.id for p in managed] == ["company-sso", "crm-vendor", "partner-issuer"]
    assert presets[: len(managed)] == managed
    sso = managed[0]
    assert sso.auth_method == "none" and sso.refresh_lifetime_hint == 90 * 86400
    # The keys the example documents "(from version 0.1)".
    assert sso.monitor_autostart is True and sso.embedded_browser is False
    assert sso.exports == ("refresh json:/srv/integration/config.json#/auth/refresh_token",)
    profile = profile_from_preset(managed[1], "crm", client_id="abc")
    assert profile.token_url == "https://auth.crm.example.net/oauth/token"


def test_example_uses_every_preset_setting_an_admin_can_write() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    settable = set(ProviderPreset.__dataclass_fields__) - {"managed", "source", "refresh_lifetime_hint"}
    missing = sorted(key for key in settable if f"\n{key} = " not in text)
    assert not missing, f"document these preset settings in {EXAMPLE.name}: {missing}"
