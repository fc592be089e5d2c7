"""The window's size and layout: a first start that uses the screen, and the layout kept across
restarts.

On the first start the window takes about 85 % of the screen's available area, centred (never
less than the 1180 × 720 it is laid out for, as far as the screen allows). Closing it keeps its
geometry (with maximised), the docks' places and sizes (``QMainWindow.saveState``) and every named
splitter's sizes (the snippet list against its preview) in ``window.ini`` in the settings folder
(:func:`ozon_assistant.core.paths.window_state_file`); the next start puts them back. Without a
saved layout the right-hand side gets the room it needs and the snippet preview more than the
findings, which are short.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QSplitter

from ozon_assistant.core import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)

#: The share of the screen's available area a first start takes
SCREEN_SHARE = 0.85
#: The size the window is laid out for: a first start is not smaller when the screen allows it
COMFORTABLE = (1180, 720)
#: Bumped when the docks change so that an old saved layout is no longer put back
STATE_VERSION = 1
#: Without a saved layout: the findings' share of the right-hand side's height (the snippets,
#: with their preview, get the rest) and its width's share of the window
FINDINGS_SHARE = 0.32
SIDE_SHARE = 0.27


def _store() -> QSettings:
    return QSettings(str(paths.window_state_file()), QSettings.Format.IniFormat)


def _saved(store: QSettings, key: str) -> QByteArray | None:
    """A saved layout's bytes; None when absent or not bytes (the file was edited, damaged)."""
    value = store.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def available(window: QMainWindow) -> QRect:
    """The available area of the screen the window is on (the primary one before it shows)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, *COMFORTABLE)


def first_geometry(area: QRect) -> QRect:
    """About 85 % of ``area``, centred in it; the comfortable size when the screen has room."""
    width = max(round(area.width() * SCREEN_SHARE), min(COMFORTABLE[0], area.width()))
    height = max(round(area.height() * SCREEN_SHARE), min(COMFORTABLE[1], area.height()))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(area.center())
    return rect


def place(window: QMainWindow) -> bool:
    """The window's size and place: as it was left, else a first start's. True when restored."""
    geometry = _saved(_store(), "geometry")
    if geometry is not None and window.restoreGeometry(geometry):
        return True
    rect = first_geometry(available(window))
    window.resize(rect.size())
    window.move(rect.topLeft())
    return False


def arrange(window: QMainWindow) -> bool:
    """The docks and splitters as they were left (every dock is in by now), else the defaults.
    True when a saved layout was put back."""
    store = _store()
    state = _saved(store, "state")
    restored = state is not None and window.restoreState(state, STATE_VERSION)
    if restored:
        for splitter in _splitters(window):
            sizes = _saved(store, f"splitters/{splitter.objectName()}")
            if sizes is not None:
                splitter.restoreState(sizes)
        return True
    default_sizes(window)
    # the docks just added settle on the next turn of the event loop (their size hints): sized
    # now only, the findings kept ~40 % of the height instead of the share asked for
    QTimer.singleShot(0, window, lambda: default_sizes(window))
    return False


def default_sizes(window: QMainWindow) -> None:
    """The findings' share of the right-hand side's height and that side's share of the width."""
    panel = window.findChild(QDockWidget, "findings")
    if panel is not None:
        window.resizeDocks([panel], [int(window.height() * FINDINGS_SHARE)],
                           Qt.Orientation.Vertical)
        window.resizeDocks([panel], [max(280, min(380, int(window.width() * SIDE_SHARE)))],
                           Qt.Orientation.Horizontal)


def save(window: QMainWindow) -> None:
    """Keep the geometry, the docks and the splitters for the next start (never fails)."""
    try:
        store = _store()
        store.setValue("geometry", window.saveGeometry())
        store.setValue("state", window.saveState(STATE_VERSION))
        for splitter in _splitters(window):
            store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        store.sync()
        if store.status() != QSettings.Status.NoError:
            log.warning("the window's layout was not saved in %s", paths.window_state_file())
    except (OSError, RuntimeError):  # a layout is not worth an error at closing time
        log.exception("saving the window's layout failed")


def _splitters(window: QMainWindow) -> list[QSplitter]:
    return [s for s in window.findChildren(QSplitter) if s.objectName()]
