"""Fixtures for window tests: a real MainWindow on the offscreen platform, and real typing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def make_window(qapp: QApplication, qtbot) -> Iterator:
    """create_window(...) as the app does, then the event loop until the rest of start-up
    (extensions, sources: after the first paint) is done; every window is shut down cleanly
    afterwards."""
    from ozon_assistant.ui.shared.workers import wait_for_workers
    from ozon_assistant.ui.window.app import create_window

    made = []

    def make(file: str | None = None, no_first_run: bool = True):
        w = create_window(file, no_first_run=no_first_run)
        made.append(w)
        qtbot.waitUntil(lambda: w.startup_complete, timeout=10000)
        return w

    yield make
    for w in made:
        w.shutdown()
        w.close()
        w.deleteLater()
    wait_for_workers()
    from ozon_assistant.ui.window.app import install_translations

    install_translations(qapp, "en")  # a test's language never leaks into the next
    QApplication.processEvents()
    # a window's start-up freezes what it loaded (gc.freeze: out of the collector's sight for
    # the app's one window); a test session opens dozens, each let go here
    import gc

    gc.unfreeze()
    gc.collect()


@pytest.fixture
def window(make_window):
    return make_window()

