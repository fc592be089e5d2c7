"""Item 12: what the seller types leaves exactly as typed. Qt's ``toPlainText`` turns a
non-breaking space (U+00A0) into a plain space and a line separator (U+2028) into a line break;
the reply read from the editor for Approve & Copy, the saved draft, the send dialog and the
checks must be the characters typed."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ozon_assistant.storage.drafts import DraftStore
from ozon_assistant.storage.history import History
from tests.ui.compose_helpers import settle, type_text

# «500 ₽» and «№ 12» with non-breaking spaces, a narrow one in «10 000», a line separator
REPLY = ("Здравствуйте, Анна! Возврат\u00a0500\u00a0₽ по заказу №\u00a012 оформлен.\n"
         "Сумма\u202f10\u202f000 поступит в течение трёх дней.\u2028Хорошего дня!")


def test_approve_and_copy_and_the_draft_keep_every_character_typed(qtbot, make_window) -> None:
    window = make_window()
    tab = window.current_tab()
    type_text(tab.editor, REPLY)
    assert tab.text() == REPLY
    tab.save()
    assert window.draft_writer.flush(10)
    store = DraftStore()
    try:
        assert store.get(tab.draft.id).text == REPLY  # the saved draft
    finally:
        store.close()
    settle(qtbot, tab)
    assert tab.fresh_result().text == REPLY  # what is checked is what is typed
    QGuiApplication.clipboard().setText("before")
    window.approve_and_copy()
    assert "Approved" in window.statusBar().currentMessage(), window.statusBar().currentMessage()
    assert QGuiApplication.clipboard().text() == REPLY
    [entry] = History().search()
    assert entry.text == REPLY


def test_a_draft_with_non_breaking_spaces_comes_back_with_them(qtbot, make_window) -> None:
    w = make_window()
    tab = w.current_tab()
    type_text(tab.editor, REPLY)
    w.shutdown()  # a clean exit saves every draft
    w2 = make_window()
    assert w2.current_tab().text() == REPLY
