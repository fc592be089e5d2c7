"""Approve & Copy: exactly the text on the clipboard when approved; otherwise the reasons, and a
copy only through the explicit, recorded "copy with findings"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ozon_assistant.storage.history import History
from tests.ui.compose_helpers import settle, type_text


def test_approved_reply_is_copied_exactly_and_recorded(qtbot, window) -> None:
    tab = window.current_tab()
    QGuiApplication.clipboard().setText("something else")
    reply = "Здравствуйте, Анна! Спасибо за заказ 🙏.\nС уважением, магазин «Уют»."
    type_text(tab.editor, reply.replace("🙏", ""))
    settle(qtbot, tab)
    assert "Approved" in tab.header.state.text()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Ctrl+Enter copied, it did not type a newline (and the draft closed: History keeps it)
    assert QGuiApplication.clipboard().text() == reply.replace("🙏", "")
    [entry] = History().search()
    assert entry.action == "copy" and entry.text == reply.replace("🙏", "")
    assert entry.overridden == []
    assert entry.channel == "chat" and entry.language == "ru" and entry.score == 10


def test_unapproved_reply_explains_and_copies_only_after_explicit_confirmation(qtbot, window) -> None:
    tab = window.current_tab()
    QGuiApplication.clipboard().setText("before")
    reply = "Здравствуйте! Звоните +7 999 123-45-67, ответим 😊"
    type_text(tab.editor, reply)
    settle(qtbot, tab)
    assert "Not approved" in tab.header.state.text()
    window.approve_and_copy()
    dialog = window.window_actions.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert QGuiApplication.clipboard().text() == "before"  # nothing copied yet
    assert not dialog.copy_button.isEnabled()  # one click is not enough
    dialog.acknowledge.setChecked(True)
    assert dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == reply
    [entry] = History().search()
    assert entry.action == "copy_override"
    assert entry.text == reply
    [over] = entry.overridden
    assert over["rule"] == "all.contacts.phone" and over["text"] == "+7 999 123-45-67"
    assert over["span"] == [reply.index("+7"), reply.index("67") + 2]


def test_going_back_copies_nothing_and_jumps_to_the_error(qtbot, window) -> None:
    tab = window.current_tab()
    QGuiApplication.clipboard().setText("before")
    reply = "Здравствуйте! Пишите на shop@example.com, ответим."
    type_text(tab.editor, reply)
    settle(qtbot, tab)
    window.approve_and_copy()
    window.window_actions.override_dialog.fix_button.click()
    assert QGuiApplication.clipboard().text() == "before"
    assert History().search() == []
    assert tab.editor.textCursor().selectedText() == "shop@example.com"


def test_the_check_is_fresh_not_the_cached_underlines(qtbot, window) -> None:
    """Typing an error and copying at once (before any live result) must not slip through."""
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо.")
    settle(qtbot, tab)
    type_text(tab.editor, " Мой телефон +7 999 123-45-67")
    window.approve_and_copy()  # no waiting: the live checker has not seen this yet
    dialog = window.window_actions.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert History().search() == []
