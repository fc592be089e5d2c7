"""A seller typing into the real window (offscreen Qt), run as a process of its own so a test
can ``kill -9`` it: ``python -m tests.faults.typist TEXT INTERVAL_MS [LAST PAUSE_MS]``.

It opens the window as ``ozon-assistant`` does, waits until start-up is done, then types TEXT
one key every INTERVAL_MS into the compose pane through key events (as an input method delivers
them); with LAST and PAUSE_MS, it stops for PAUSE_MS before the last LAST keys (so that the
autosave is idle when that burst begins). For every key it prints ``key N T`` (N characters
typed, T its ``time.monotonic()``, the clock the test shares), then ``done`` after the last
one, and keeps running until killed."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.ui.compose_helpers import type_text

    text, interval = sys.argv[1], int(sys.argv[2])
    last, pause = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (0, 0)
    from ozon_assistant.ui.window.app import create_window

    window = create_window(None, no_first_run=True)
    app = QApplication.instance()
    assert app is not None
    typed = 0
    timer = QTimer()
    timer.setInterval(interval)

    def key() -> None:
        nonlocal typed
        type_text(window.current_editor(), text[typed])
        typed += 1
        print(f"key {typed} {time.monotonic():.6f}", flush=True)
        if typed == len(text):
            timer.stop()
            print("done", flush=True)
        elif last and typed == len(text) - last:
            timer.stop()
            QTimer.singleShot(pause, timer.start)

    def start() -> None:
        if not window.startup_complete:
            QTimer.singleShot(20, start)
            return
        print("ready", flush=True)
        timer.timeout.connect(key)
        timer.start()

    QTimer.singleShot(0, start)
    app.exec()


if __name__ == "__main__":
    main()
