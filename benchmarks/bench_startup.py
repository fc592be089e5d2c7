"""Start-up of the compose window against a bare PySide6 window, measured in the same run.

Each start is a fresh process. The figures, as medians of ``RUNS`` starts:

- first paint: from launching the process to the first paint of the text pane (the window is on
  screen and takes keys), interpreter start included, the same for both. Goal: ours ≤ 1.5× the
  bare window (a QMainWindow with a QPlainTextEdit).
- ready: until the rest of start-up is done (snippet library, e-mail, speller and LanguageTool
  sources, loaded after the first paint while the window already takes keys);
- ``ozon-assistant --quit-after-start``: the whole command, start to exit;
- peak memory (max RSS) of each process.

Python's bytecode cache is on (in a temporary folder) and filled by a first start, as after an
install; without it every start would compile the app's modules again.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

# Both children time the first paint of their text pane the same way (an event filter on its
# viewport) against the launch time the parent passes in OZON_BENCH_T0.
COMMON = """
import json, os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
T0 = float(os.environ["OZON_BENCH_T0"])
out = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in out:
            out["paint"] = time.time() - T0
            QTimer.singleShot(0, done)
        return False
def finish():
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)
"""

BARE = COMMON + """
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
def done():
    finish()
app = QApplication([])
w = QMainWindow()
editor = QPlainTextEdit()
w.setCentralWidget(editor)
w.resize(1180, 720)
watch = FirstPaint()
editor.viewport().installEventFilter(watch)
w.show()
app.exec()
"""

OURS = COMMON + """
from ozon_assistant.ui.window.app import create_window, ensure_app
def done():
    def check():
        if w.startup_complete:
            out["ready"] = time.time() - T0
            finish()
        QTimer.singleShot(5, check)
    check()
app = ensure_app()
watch = FirstPaint()
w = create_window(None, no_first_run=True)
w.current_editor().viewport().installEventFilter(watch)
app.exec()
"""


def start(code: str, env: dict[str, str]) -> dict[str, float]:
    env = dict(env, OZON_BENCH_T0=repr(time.time()))
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def quit_after_start(env: dict[str, str]) -> float:
    exe = Path(sys.executable).parent / "ozon-assistant"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "--no-first-run", "--quit-after-start"], env=env, cwd=ROOT,
                   capture_output=True, check=True)
    return time.perf_counter() - t0


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               OZON_ASSISTANT_HOME=tempfile.mkdtemp(prefix="ozon-bench-startup-"),
               OZON_ASSISTANT_NO_FIRST_RUN="1",
               PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="ozon-bench-pyc-"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start(OURS, env)  # compiles the rule packs and the bytecode into their caches, as an install
    start(BARE, env)
    bare, ours, smoke = [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment of the machine hits both alike
        bare.append(start(BARE, env))
        ours.append(start(OURS, env))
        smoke.append(quit_after_start(env))
    b_paint = statistics.median(r["paint"] for r in bare)
    o_paint = statistics.median(r["paint"] for r in ours)
    o_ready = statistics.median(r["ready"] for r in ours)
    print(f"start-up, median of {RUNS} fresh processes (interpreter start included):")
    print(f"  bare PySide6 window: first paint {b_paint * 1000:.0f} ms, "
          f"peak memory {max(r['rss_mb'] for r in bare):.0f} MB")
    print(f"  compose window:      first paint {o_paint * 1000:.0f} ms, everything loaded "
          f"{o_ready * 1000:.0f} ms, peak memory {max(r['rss_mb'] for r in ours):.0f} MB")
    print(f"  ratio ours/bare (first paint): {o_paint / b_paint:.2f}× (goal ≤ 1.5×); "
          f"everything loaded: {o_ready / b_paint:.2f}×")
    print(f"  ozon-assistant --quit-after-start: {statistics.median(smoke) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
