"""The snippet extension inside the real main window (create_window, as the app starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ozon_assistant.ui.snippet_sidebar import SnippetSidebar
from ozon_assistant.ui.snippets_ext import SnippetsExtension


def test_sidebar_menu_and_completer_in_the_real_window(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ext = window.findChild(SnippetsExtension)
    assert ext is not None, "snippets_ext was not installed by ui/extensions.py"
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
