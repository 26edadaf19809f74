"""Architecture rules that a refactor could silently break."""

import json
import subprocess
import sys
from pathlib import Path

import gui_app

CORE = Path(gui_app.__file__).parent / "core"


def run_python(code, env=None):
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_core_never_imports_qt():
    modules = sorted(f"gui_app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    assert len(modules) > 10
    out = run_python(
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "qt = ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6')\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in qt)))"
    )
    assert json.loads(out) == []


def test_token_fast_path_loads_neither_qt_nor_httpx(tmp_path):
    """`oauth-setup token NAME` with a valid stored token: a file-backed store keeps this test
    independent of the keyring; what matters is which modules get imported."""
    home = tmp_path / "home"
    code = f"""
import io, json, os, sys, time
os.environ["OAUTH_SETUP_HOME"] = {str(home)!r}
from gui_app.core.paths import app_paths
from gui_app.core.profiles import ClientProfile, ProfileRepository
from gui_app.core.store import Metadata, open_token_store
from gui_app.core.tokens import TokenSet
paths = app_paths()
profile = ClientProfile(name="fast", client_id="c", authorize_url="https://a.example/auth",
                        token_url="https://a.example/token", store="file")
ProfileRepository(paths).save(profile)
tokens = TokenSet("ACCESS-1", refresh_token="R", expires_at=time.time() + 3600)
open_token_store(paths, profile).save("fast", tokens, Metadata(), previous_refresh=None)
for m in [k for k in sys.modules if k.startswith(("gui_app", "httpx", "filelock"))]:
    del sys.modules[m]
from gui_app.cli import main
out = io.StringIO(); real = sys.stdout; sys.stdout = out
code = main(["token", "fast"])
sys.stdout = real
heavy = sorted(k for k in sys.modules if k.split(".")[0] in ("httpx", "PySide6", "shiboken6", "filelock"))
print(json.dumps([code, out.getvalue(), heavy]))
"""
    code_, printed, heavy = json.loads(run_python(code).splitlines()[-1])
    assert (code_, printed) == (0, "ACCESS-1\n")
    assert heavy == []
