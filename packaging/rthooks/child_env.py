"""PyInstaller run-time hook: programs this app starts must not inherit the bundle's library paths.

The bootloader points LD_LIBRARY_PATH at the bundle and PyInstaller's PySide6 hook sets
QT_PLUGIN_PATH and QML2_IMPORT_PATH to the bundle's Qt. Every program the app starts inherits
them: the user's web browser ($BROWSER, xdg-open), export commands. A Qt-based browser or
desktop helper would then load this bundle's Qt 6.11 libraries and plugins and crash.

The app itself no longer needs them once it runs: Qt finds its plugins through the qt.conf
PySide6 embeds, and QtWebEngineProcess finds its libraries through its RPATH. So they are put
back the way the user had them just before the app's first import (custom run-time hooks run
before PyInstaller's own, which set QT_PLUGIN_PATH, hence the deferral to ``import gui_app``).
Windows' PATH is left alone: Qt may still load DLLs from the bundle through it.
"""

import os
import sys


def _restore_environment():
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return
    bundle = os.path.normcase(os.path.abspath(bundle))

    def inside_bundle(value):
        parts = [p for p in value.split(os.pathsep) if p]
        return bool(parts) and all(
            os.path.normcase(os.path.abspath(p)).startswith(bundle) for p in parts
        )

    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        if inside_bundle(os.environ.get(name, "")):
            del os.environ[name]
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is not None:
            os.environ["LD_LIBRARY_PATH"] = original
        elif inside_bundle(os.environ.get("LD_LIBRARY_PATH", "")):
            del os.environ["LD_LIBRARY_PATH"]


class _RestoreOnFirstAppImport:
    """A meta path entry that fires once, when the entry script first imports ``gui_app``."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == "gui_app" or name.startswith("gui_app."):
            sys.meta_path.remove(cls)
            _restore_environment()
        return None  # never finds anything itself


sys.meta_path.insert(0, _RestoreOnFirstAppImport)
