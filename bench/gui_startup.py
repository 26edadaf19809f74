"""Wizard cold start (process start -> wizard shown) against a bare QApplication + empty QWizard,
and peak memory of the whole process tree with and without the embedded browser. Same run,
alternating, offscreen. Prints medians and ratios."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = int(os.environ.get("BENCH_RUNS", "10"))

BARE = """
from PySide6.QtWidgets import QApplication, QWizard
app = QApplication([])
w = QWizard(); w.show(); app.processEvents()
"""
OURS = """
from gui_app.ui.app import create_application
from gui_app.ui.services import Services
from gui_app.ui.wizard import SetupWizard
app = create_application()
w = SetupWizard(Services()); w.show(); app.processEvents()
"""
EMBEDDED = """
import sys
from PySide6.QtCore import QTimer
from gui_app.ui.app import create_application
from gui_app.ui.embedded_browser import EmbeddedBrowserDialog
app = create_application()
d = EmbeddedBrowserDialog(sys.argv[1], "http://127.0.0.1:1/callback")
d.show()
d._view.loadFinished.connect(lambda ok: QTimer.singleShot(500, app.quit))
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants (KiB)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def run(code: str, *args: str) -> tuple[float, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stderr=subprocess.DEVNULL)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    proc.wait()
    elapsed = time.perf_counter() - start
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed ({proc.returncode})")
    return elapsed, peak


def main() -> None:
    bare_t, ours_t, bare_m, ours_m = [], [], [], []
    run(BARE), run(OURS)  # warm the page cache
    for _ in range(RUNS):
        t, m = run(BARE)
        bare_t.append(t), bare_m.append(m)
        t, m = run(OURS)
        ours_t.append(t), ours_m.append(m)
    b, o = statistics.median(bare_t), statistics.median(ours_t)
    print(
        f"cold start to wizard shown: ours {o * 1000:.0f} ms, bare QApplication+QWizard {b * 1000:.0f} ms "
        f"(medians of {RUNS}); ratio {o / b:.2f}"
    )
    print(
        f"peak memory (process tree RSS): wizard {max(ours_m) / 1024:.0f} MiB, "
        f"bare {max(bare_m) / 1024:.0f} MiB; ratio {max(ours_m) / max(bare_m):.2f}"
    )
    from gui_app.demo import start_demo_server

    server, issuer = start_demo_server(quiet=True)
    try:
        from gui_app.core.authorize import build_authorization_request

        url = build_authorization_request(
            f"{issuer}/auth", "public-client", "http://127.0.0.1:1/callback", ("openid",)
        ).url
        _, embedded = run(EMBEDDED, url)
    finally:
        server.terminate()
        server.wait(10)
    print(
        f"peak memory with the embedded browser showing the provider's page: {embedded / 1024:.0f} MiB "
        f"(ratio {embedded / max(ours_m):.2f} against the wizard alone)"
    )


if __name__ == "__main__":
    main()
