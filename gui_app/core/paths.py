"""Where the app keeps its files (design.md "Storage locations").

``OAUTH_SETUP_HOME`` relocates all three directories, which the tests use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "oauth-setup"
HOME_ENV = "OAUTH_SETUP_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The user config dir (profiles), the user data dir (token metadata, locks) and the
    read-only managed-preset dir written by the installer or IT."""

    config_dir: Path
    data_dir: Path
    managed_dir: Path

    @property
    def profiles_file(self) -> Path:
        return self.config_dir / "profiles.toml"

    @property
    def metadata_dir(self) -> Path:
        return self.data_dir / "tokens"

    @property
    def locks_dir(self) -> Path:
        return self.data_dir / "locks"

    @property
    def secrets_file_dir(self) -> Path:
        """Only used when the admin chose ``--store file``."""
        return self.data_dir / "secrets"


def app_paths() -> AppPaths:
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppPaths(root / "config", root / "data", root / "managed")
    import platformdirs

    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)),
    )


def resources_dir() -> Path:
    """``resources/`` beside the package (source checkout) or inside a PyInstaller bundle."""
    import sys

    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:  # only a frozen app has it; "" would mean the current directory
        return Path(meipass) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
