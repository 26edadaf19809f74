"""PySide6 6.12.0 on CPython 3.11 aborts with `Fatal Python error: bool_dealloc` after ~570
Python-side Signal.emit() calls (emit() returns True without a reference). 6.11.3 is pinned;
this keeps an upgrade from bringing the crash back silently."""

import subprocess
import sys

CODE = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Emitter(QObject):
    fired = Signal(int)

app = QCoreApplication([])
emitter = Emitter()
seen = []
emitter.fired.connect(seen.append)
for i in range(5000):
    emitter.fired.emit(i)
print(len(seen))
"""


def test_five_thousand_emits_do_not_abort_the_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "5000"


def test_pinned_version():
    import PySide6

    assert PySide6.__version__ == "6.11.3"
