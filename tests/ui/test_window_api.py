"""The public API the snippet sidebar and mail parts use (see ui/window/main_window.py docstring)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QPlainTextEdit

from ozon_assistant.storage.history import History
from tests.ui.compose_helpers import type_text


def test_insert_text_is_one_undo_step_and_places_the_cursor(qtbot, window) -> None:
    editor = window.current_editor()
    type_text(editor, "Здравствуйте! ")
    before = window.current_text()
    snippet = "Спасибо 🙏 за заказ, {name}!"
    window.insert_text(snippet, cursor_offset=snippet.index("{name}"))
    assert window.current_text() == before + snippet
    # the cursor is on "{" even though an emoji (two UTF-16 units) comes before it
    cursor = editor.textCursor()
    cursor.setPosition(cursor.position() + 6, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "{name}"
    editor.undo()
    assert window.current_text() == before
    window.insert_text("X")
    assert editor.textCursor().position() == len(before) + 1  # default: after the text


def test_insert_replaces_a_selection(qtbot, window) -> None:
    editor = window.current_editor()
    type_text(editor, "Добрый день")
    editor.selectAll()
    window.insert_text("Здравствуйте")
    assert window.current_text() == "Здравствуйте"


def test_menus_docks_and_editor_signal(qtbot, window) -> None:
    seen: list[QPlainTextEdit] = []
    window.editor_created.connect(seen.append)
    action = QAction("Send by e-mail…")
    window.add_action("Mail", action)
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Mail" in titles and titles[-1] == "&Help"  # Help stays last
    assert action in window.menu("Mail").actions()
    window.add_action("Reply", QAction("Insert snippet"))
    assert "Insert snippet" in [a.text() for a in window.menu("Reply").actions()]
    dock = QDockWidget("Snippets")
    dock.setWidget(QLabel("library"))
    window.add_dock(dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    tab = window.new_draft()
    assert seen == [tab.editor]


def test_editor_created_reaches_extensions_for_the_first_editor(qtbot, make_window, monkeypatch) -> None:
    """An extension installed at start-up hears about the editors that already exist."""
    import types

    import ozon_assistant.ui.window.extensions as ext

    seen = []
    module = types.ModuleType("fake_ext")
    module.install = lambda w: w.editor_created.connect(seen.append)
    monkeypatch.setitem(sys.modules, "fake_ext", module)
    monkeypatch.setattr(ext, "EXTENSIONS", ("fake_ext",))
    window = make_window()
    assert seen == [window.current_editor()]


def test_reading_state_checking_and_recording(qtbot, window) -> None:
    changed = []
    window.settings_changed.connect(lambda: changed.append(True))
    type_text(window.current_editor(), "Hello! Thank you for your order!!!")
    assert window.current_language() == "en" and window.current_channel() == "chat"
    result = window.check_now()
    assert result.text == window.current_text()
    assert any(f.rule == "all.punctuation.runs" for f in result.findings)
    window.record_history("send", result, [], recipient="anna@example.com", subject="Order")
    [entry] = History().search("anna@")
    assert entry.action == "send" and entry.subject == "Order"
    window.status_message("Sent.")
    assert window.statusBar().currentMessage() == "Sent."
    window.apply_settings(window.settings)
    assert changed == [True]
    assert window.checker is not None and window.settings is not None
    QApplication.processEvents()
