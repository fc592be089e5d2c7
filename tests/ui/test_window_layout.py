"""The window's room and layout (issue 17): a first start uses the screen, the snippet preview
gets the room a tall window has, and the layout comes back after a restart."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from ozon_assistant.core import paths
from ozon_assistant.ui.snippets.sidebar import SnippetSidebar
from ozon_assistant.ui.window import layout as window_layout


def _settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(20)


def _sidebar(window: Any) -> SnippetSidebar:
    [sidebar] = window.findChildren(SnippetSidebar)
    return sidebar


def test_a_first_start_takes_most_of_the_screen_centred(qtbot: Any, make_window: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_layout, "available", lambda _w: QRect(0, 0, 1600, 1000))
    window = make_window()
    assert window.size().toTuple() == (1360, 850)  # 85 %, not 1180 × 720
    assert window.geometry().center().x() in range(795, 806)
    assert window.geometry().center().y() in range(495, 506)
    assert not paths.window_state_file().exists()  # nothing kept before the window closes


def test_a_small_screen_gets_the_size_the_window_is_laid_out_for() -> None:
    assert window_layout.first_geometry(QRect(0, 0, 1280, 800)).size().toTuple() == (1180, 720)
    assert window_layout.first_geometry(QRect(0, 0, 1024, 700)).size().toTuple() == (1024, 700)
    wide = window_layout.first_geometry(QRect(0, 30, 1920, 1050))
    assert wide.size().toTuple() == (1632, 892) and wide.center().y() == 30 + 1050 // 2 - 1


def test_the_snippet_preview_gets_the_room_of_a_tall_window(qtbot: Any, window: Any) -> None:
    sidebar = _sidebar(window)
    window.resize(1180, 720)
    _settle(qtbot)
    small = sidebar.preview.height()
    window.resize(1600, 1000)  # maximised on a 1600 × 1000 screen
    _settle(qtbot)
    line = sidebar.preview.fontMetrics().lineSpacing()
    assert sidebar.preview.height() >= 14 * line, (sidebar.preview.height(), line)
    assert sidebar.preview.height() > sidebar.tree.height()
    assert sidebar.preview.height() - small >= 80  # it grows with the window
    assert window.panel.height() < sidebar.height()  # the short findings list gives way


def test_the_layout_is_kept_across_restarts(qtbot: Any, make_window: Any) -> None:
    first = make_window()
    first.resize(first.width(), 750)  # (the test screen is 800 × 800: Qt keeps a window on it)
    _settle(qtbot)
    first.resizeDocks([first.panel], [170], Qt.Orientation.Vertical)  # default: 240
    split = _sidebar(first).split
    _settle(qtbot)
    split.setSizes([sum(split.sizes()) - 100, 100])  # the list taller than the preview
    _settle(qtbot)
    kept = (first.height(), first.panel.height(), first.panel.width(), split.sizes())
    assert kept[0] == 750 and kept[1] < 230 and split.sizes()[0] > split.sizes()[1]
    first.close()  # the seller closes the window
    assert paths.window_state_file().exists()
    assert paths.window_state_file().parent == paths.config_dir()

    again = make_window()
    _settle(qtbot)
    assert (again.height(), again.panel.height(), again.panel.width(),
            _sidebar(again).split.sizes()) == kept
    again.showMaximized()
    _settle(qtbot)
    again.close()
    third = make_window()
    _settle(qtbot)
    assert third.isMaximized()


def test_a_damaged_layout_file_gives_a_first_start(qtbot: Any, make_window: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_layout, "available", lambda _w: QRect(0, 0, 1600, 1000))
    state = paths.window_state_file()
    state.parent.mkdir(parents=True, exist_ok=True)
    state.write_bytes(b"[General]\ngeometry=@ByteArray(\\x1\\x2junk)\nstate=nonsense\n\xff\xfe")
    window = make_window()
    assert window.size().toTuple() == (1360, 850)
    assert window.panel.isVisible() and _sidebar(window).isVisible()
