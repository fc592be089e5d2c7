"""The window's start-up after its first paint: one step at a time on the event loop.

The window appears with its drafts first. Then, a step per turn of the event loop (keys and
paints in between), while the status bar says what is still loading: the house rules (loading
on a thread since the first paint), the app icon, the add-ons (snippet library, e-mail), and
the speller/LanguageTool sources. ``complete()`` runs what is left at once (tests, the smoke
test, a window closed within its first moments).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from ozon_assistant.core import paths
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.window import layout as window_layout

if TYPE_CHECKING:
    from ozon_assistant.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# A step returns False for "not yet" (the checker is still loading): it is asked again later.
Step = Callable[[], "bool | None"]


class Startup:
    """What is left of one window's start-up, and whether it is done."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.steps: list[Step] = []
        self.finished = False
        self._scheduled = False
        self._message = ""

    def begin(self) -> None:
        """Queue the steps; they start once the compose pane is painted (or after 1 s)."""
        from ozon_assistant.ui.window.extensions import EXTENSIONS

        w = self.window
        # the add-ons wait for the checker's thread: both at once would share the interpreter
        # and make the add-ons' step (on the GUI thread) take twice as long
        service = w.checker_service
        self.steps = [service.start, set_app_icon, self._await_checker,
                      *(partial(self._install_extension, name) for name in EXTENSIONS),
                      self._extensions_installed, service.add_sources]
        self._message = QCoreApplication.translate(
            "MainWindow", "Loading snippets, e-mail and spelling…")
        w.statusBar().showMessage(self._message)
        w.current_tab().editor.first_painted.connect(self._schedule)
        QTimer.singleShot(1000, w, self._schedule)  # never painted (minimised): go on anyway

    def complete(self) -> None:
        """Run what is left now instead of on the event loop."""
        while self.steps:
            step = self.steps.pop(0)
            if step == self._await_checker:
                self.window.checker_service.checker  # noqa: B018 - waits for it
            step()
        self._done()

    # (the timers are the window's: a window destroyed during start-up takes its steps along)
    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self.window, self._step)

    def _step(self) -> None:
        """One step, then the next on a later turn of the event loop (keys and paints between)."""
        if self.window.is_shut_down or not self.steps:
            return
        if self.steps[0]() is False:  # not yet (the checker is still loading): later
            QTimer.singleShot(15, self.window, self._step)
            return
        self.steps.pop(0)
        if self.steps:
            QTimer.singleShot(0, self.window, self._step)
        else:
            self._done()

    def _done(self) -> None:
        # What start-up loaded (rules, dictionaries, widgets) lives as long as the window: out
        # of the collector's sight, a full collection no longer walks it while the seller types
        # (16–25 ms each time on a 2-core machine, down to well under 1 ms).
        gc.freeze()
        self.finished = True
        bar = self.window.statusBar()
        if self._message and bar.currentMessage() == self._message:
            bar.clearMessage()
        self._message = ""

    # -- the steps -----------------------------------------------------------------------------
    def _await_checker(self) -> bool:
        """The house rules, loaded on a thread since the first paint: False while loading."""
        service = self.window.checker_service
        if not service.ready:
            return False
        service.checker  # noqa: B018 - takes it over
        return True

    def _install_extension(self, name: str) -> None:
        from ozon_assistant.ui.window.extensions import install_extension

        try:
            install_extension(self.window, name)
        except Exception as exc:  # a broken add-on must not keep the seller from writing
            log.exception("installing a window extension failed")
            self.window.status_message(QCoreApplication.translate(
                "MainWindow", "An add-on failed to load: %1").replace("%1", error_text(exc)))

    def _extensions_installed(self) -> None:
        """Every extension is in: announce every editor to them."""
        w = self.window
        w.extensions_ready = True
        # the docks as the seller left them; else the right-hand side more than its minimum
        # when the window is wide enough, and the snippet preview more room than the findings
        window_layout.arrange(w)
        for tab in w.compose_tabs():
            w.editor_created.emit(tab.editor)
        w.retitle_tabs()  # now with the order numbers (looked for once the add-ons are in)


def set_app_icon() -> None:
    """The app's icon, after the first paint: an SVG icon loads the SVG plug-in (X11 renders
    the window icon as the window is shown), which the first paint need not wait for."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    icon = paths.icon_file()
    if isinstance(app, QApplication) and app.windowIcon().isNull() and icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

