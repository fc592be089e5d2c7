"""Start-up of the compose window against a bare PySide6 window, measured in the same run.

Each start is a fresh process that builds its window, shows it and exits at the first idle moment
of the event loop; the figure is the wall time of the whole process (interpreter start included,
the same for both) and the process's peak memory. Goal: ours ≤ 1.5× the bare window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

BARE = """
import resource
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication([])
w = QMainWindow()
w.setCentralWidget(QPlainTextEdit())
w.resize(1180, 720)
w.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

OURS = """
import resource
from PySide6.QtCore import QTimer
from ozon_assistant.ui.app import create_window, ensure_app
app = ensure_app()
w = create_window(None, no_first_run=True)
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def start(code: str, env: dict[str, str]) -> tuple[float, float]:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True)
    wall = time.perf_counter() - t0
    rss_mb = int(out.stdout.strip().splitlines()[-1]) / 1024
    return wall, rss_mb


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               OZON_ASSISTANT_HOME=tempfile.mkdtemp(prefix="ozon-bench-startup-"),
               OZON_ASSISTANT_NO_FIRST_RUN="1")
    start(OURS, env)  # first start compiles the rule packs into the cache, as after installing
    bare = [start(BARE, env) for _ in range(RUNS)]
    ours = [start(OURS, env) for _ in range(RUNS)]
    t_bare = statistics.median(w for w, _ in bare)
    t_ours = statistics.median(w for w, _ in ours)
    print(f"start-up to first idle (median of {RUNS} fresh processes, interpreter included):")
    print(f"  bare PySide6 window: {t_bare * 1000:.0f} ms, "
          f"peak memory {max(m for _, m in bare):.0f} MB")
    print(f"  compose window:      {t_ours * 1000:.0f} ms, "
          f"peak memory {max(m for _, m in ours):.0f} MB")
    print(f"  ratio ours/bare: {t_ours / t_bare:.2f}× (goal ≤ 1.5×)")


if __name__ == "__main__":
    main()
