"""The snippet extension inside the real main window (create_window, as the app starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ozon_assistant.ui.snippets.extension import SnippetsExtension
from ozon_assistant.ui.snippets.sidebar import SnippetSidebar


def test_sidebar_menu_and_completer_in_the_real_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ext = window.findChild(SnippetsExtension)
    assert ext is not None, "snippets_ext was not installed by ui/window/extensions.py"
    sidebar = window.findChild(SnippetSidebar)
    assert sidebar is ext.sidebar and sidebar.isVisibleTo(window)
    assert "Snippets" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert ext.service.library.snippets, "the bundled library did not load in the window"
    assert any(c.editor is window.current_editor() for c in ext.completers)

    # insert the first snippet through the real window: one undo step, no form for no fields
    ext.auto_accept_form = True
    sid = next(iter(ext.service.library.ordered())).id
    assert ext.insert(sid)
    text = window.current_text()
    assert text.strip() and "{|}" not in text
    window.current_editor().undo()
    assert window.current_text() == ""

    # a new tab's editor gets the phrase completer too
    window.new_draft()
    QApplication.processEvents()
    assert any(c.editor is window.current_editor() for c in ext.completers)


def test_escape_closes_the_phrase_list_in_the_window_and_it_stays_closed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The window has a shortcut on Esc (back to the compose pane); while the phrase list is
    open, Escape is the list's. Closed right after a letter, the list does not come back when
    that letter's update would have been due."""
    from PySide6.QtCore import Qt

    from ozon_assistant.snippets.model import Phrase
    from ozon_assistant.ui.snippets.extension import SnippetsExtension
    from ozon_assistant.ui.snippets.phrase_completer import OFFER_MS
    from tests.ui.compose_helpers import type_text

    ext = window.findChild(SnippetsExtension)
    editor = window.current_editor()
    completer = next(c for c in ext.completers if c.editor is editor)
    completer.phrases = lambda: [Phrase("thanks", "ru", "Спасибо за Ваш заказ!", ""),
                                 Phrase("thanks", "ru", "Спасибо за терпение!", "")]
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, "Добрый день! Сп")
    qtbot.waitUntil(completer.popup_visible)
    popup = completer.completer.popup()
    type_text(popup, "а")  # a letter, and Escape before the list caught up with it
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not completer.popup_visible()
    qtbot.wait(OFFER_MS * 3)
    assert not completer.popup_visible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Return is the pane's again: a new line
    assert editor.toPlainText() == "Добрый день! Спа\n"
