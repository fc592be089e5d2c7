"""Typing in the compose window against a plain QPlainTextEdit, measured in the same run.

For texts of 5,000 and 50,000 characters, each variant runs in its own process (so peak memory is
its own) and types a reply at the end of the text the way a seller does: bursts of keys ~60 ms
apart with pauses, so the live checker really runs in between. Figures:

- keystroke-to-idle: from delivering a key to the event loop having nothing left to do, p50/p95,
  and the ratio ours/plain (goal ≤ 1.2× at 5,000 characters);
- longest event-loop stall while typing: the largest lateness of a 5 ms timer (goal < 50 ms at
  50,000 characters);
- underline latency: from the last key of a bad word to its underline being drawn (goal
  ≤ 300 ms; the debounce alone is 250 ms);
- peak memory (max RSS) of each process.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_typing.py``.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import RU_REPLY, sized

TYPED = "Здравствуйте! Спасибо за заказ, посылка уже в пути. "
BAD_WORD = "ЗВОНИТЕ "
SIZES = (5_000, 50_000)
ROUNDS = 6


def _child(variant: str, size: int) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["OZON_ASSISTANT_HOME"] = tempfile.mkdtemp(prefix="ozon-bench-typing-")
    os.environ["OZON_ASSISTANT_NO_FIRST_RUN"] = "1"
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QTextCursor
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication([])  # noqa: F841 - must outlive the widgets
    text = sized(RU_REPLY, size)
    window = None
    if variant == "plain":
        editor = QPlainTextEdit()
        editor.resize(900, 620)
        editor.setPlainText(text)
        editor.show()
        live = None
    else:
        if variant == "core":  # the compose window without the sidebar and mail add-ons
            import ozon_assistant.ui.extensions as extensions

            extensions.EXTENSIONS = ()
        from ozon_assistant.ui.app import create_window

        window = create_window(None, no_first_run=True)
        window.current_editor().setPlainText(text)
        editor = window.current_editor()
        live = window.current_tab().live
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.setFocus()

    def idle() -> None:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()

    def wait(ms: float) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.001)

    def key(ch: str) -> float:
        t0 = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
        idle()
        return time.perf_counter() - t0

    # a 5 ms heartbeat: its lateness is how long the loop was blocked
    stalls: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        stalls.append((now - last[0]) / 1e6 - 5.0)
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.setTimerType(Qt.TimerType.PreciseTimer)
    heart.timeout.connect(beat)
    heart.start()
    # warm-up: the first checks of the whole text and the speller's dictionaries loading
    wait(1000)
    deadline = time.perf_counter() + 20
    while live is not None and live.busy and time.perf_counter() < deadline:
        wait(50)
    warmup_stall = max(stalls) if stalls else 0.0
    stalls.clear()

    keys: list[float] = []
    latencies: list[float] = []
    for _ in range(ROUNDS):
        for ch in TYPED:
            keys.append(key(ch))
            wait(60)
        if live is not None:  # a bad word, then the pause: how soon is it underlined?
            for ch in BAD_WORD:
                keys.append(key(ch))
                wait(60)
            t_last = time.perf_counter()
            target = editor.textCursor().position() - len(BAD_WORD)
            deadline = t_last + 3
            while time.perf_counter() < deadline:
                QCoreApplication.processEvents()
                if any(s == target for s, _e, _sev in live.underlines()):
                    latencies.append(time.perf_counter() - t_last)
                    break
                time.sleep(0.0005)
        wait(400)
    heart.stop()
    if window is not None:
        window.shutdown()
    keys_ms = sorted(k * 1000 for k in keys)
    return {
        "p50": statistics.median(keys_ms),
        "p95": keys_ms[int(len(keys_ms) * 0.95) - 1],
        "stall": max(stalls) if stalls else 0.0,
        "warmup_stall": warmup_stall,
        "latency": [x * 1000 for x in latencies],
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "keys": len(keys),
    }


def run(variant: str, size: int) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--child", variant, str(size)],
                         capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    print("typing at the end of a reply, keys ~60 ms apart with pauses; "
          "each variant in its own process")
    for size in SIZES:
        plain, ours, core = run("plain", size), run("ours", size), run("core", size)
        p50 = float(ours["p50"]) / float(plain["p50"])  # type: ignore[arg-type]
        p95 = float(ours["p95"]) / float(plain["p95"])  # type: ignore[arg-type]
        lat = list(ours["latency"])  # type: ignore[call-overload]
        print(f"\n{size:,} characters ({ours['keys']} keys):")
        print(f"  keystroke-to-idle p50: plain {plain['p50']:.2f} ms, ours {ours['p50']:.2f} ms "
              f"→ {p50:.2f}×;  p95: plain {plain['p95']:.2f} ms, ours {ours['p95']:.2f} ms "
              f"→ {p95:.2f}×" + ("  (goal ≤ 1.2×)" if size == 5_000 else ""))
        print(f"  longest event-loop stall while typing: plain {plain['stall']:.1f} ms, "
              f"ours {ours['stall']:.1f} ms" + ("  (goal < 50 ms)" if size == 50_000 else ""))
        print(f"  without the sidebar/mail add-ons: p50 {core['p50']:.2f} ms "
              f"({float(core['p50']) / float(plain['p50']):.2f}×), "  # type: ignore[arg-type]
              f"p95 {core['p95']:.2f} ms ({float(core['p95']) / float(plain['p95']):.2f}×), "  # type: ignore[arg-type]
              f"stall {core['stall']:.1f} ms")
        print(f"  start-up hitch (first checks, dictionaries loading; before typing): "
              f"longest stall {ours['warmup_stall']:.0f} ms")
        if lat:
            print(f"  underline after a pause: median {statistics.median(lat):.0f} ms, "
                  f"max {max(lat):.0f} ms over {len(lat)} pauses (goal ≤ 300 ms)")
        else:
            print("  underline after a pause: never appeared (FAIL)")
        print(f"  peak memory: plain {plain['rss_mb']:.0f} MB, ours {ours['rss_mb']:.0f} MB")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(_child(sys.argv[2], int(sys.argv[3]))))
    else:
        main()
