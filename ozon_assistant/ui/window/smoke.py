"""``ozon-assistant --quit-after-start``: build the whole window, paint it once, and exit.

Used by the bundle's smoke test and the start-up benchmark: it proves that Qt, its plugins, the
translations, the rule packs and the extensions all load from wherever the app was installed.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer


def start_and_quit(file: str | None) -> int:
    from ozon_assistant.ui.window.app import create_window, ensure_app

    started = time.perf_counter()
    app = ensure_app()
    window = create_window(file, no_first_run=True)
    window.repaint()
    painted = time.perf_counter()
    window.complete_startup()  # the add-ons and the speller, which the window loads after painting
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    window.shutdown()
    print(f"first paint after {(painted - started) * 1000:.0f} ms, everything loaded after "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")
    return int(code)
