"""The sidebar, the fill-in form and the extension on real widgets (stand-in main window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ozon_assistant.storage.history import History
from ozon_assistant.ui.snippets.extension import SnippetsExtension
from ozon_assistant.ui.snippets.form import SnippetForm
from ozon_assistant.ui.snippets.sidebar import SnippetSidebar
from tests.ui.snippet_standin import StandInWindow, fixture_service


@pytest.fixture
def ext(qtbot: QtBot, tmp_path: Path) -> SnippetsExtension:
    window = StandInWindow()
    qtbot.addWidget(window)
    extension = SnippetsExtension(window, fixture_service(tmp_path))
    extension.install()
    window.show()
    yield extension
    extension.service.close()


def titles(sidebar: SnippetSidebar) -> list[str]:
    return [r.data(0, Qt.ItemDataRole.UserRole) for r in sidebar.snippet_rows()]


def test_browse_shows_situations_and_every_snippet(ext: SnippetsExtension) -> None:
    sb = ext.sidebar
    assert ext.window.docks == [sb]
    tops = [sb.tree.topLevelItem(i).text(0) for i in range(sb.tree.topLevelItemCount())]
    assert any(t.startswith("Order status") for t in tops)
    assert sorted(titles(sb)) == sorted(ext.service.library.snippets)
    assert ext.window.menus["Snippets"].actions()[0].text() == "Find snippet…"


def test_search_as_you_type_with_inflection_and_preview(ext: SnippetsExtension, qtbot: QtBot) -> None:
    sb = ext.sidebar
    sb.search.insert("возвратом")  # QTest types Latin keys only
    qtbot.waitUntil(lambda: titles(sb)[:1] == ["return-howto-steps"])
    assert sb.current_id() == "return-howto-steps"
    html = sb.preview.toPlainText()
    assert "Оформите, пожалуйста, возврат" in html  # reply language ru
    assert "Chinese: 您好" in html and "[Buyer's name]" in html
    sb.search.setText("order")
    qtbot.waitUntil(lambda: len(titles(sb)) >= 3)
    rows = titles(sb)
    i = rows.index(sb.current_id())  # the selection is kept when it is still a result
    qtbot.keyClick(sb.search, Qt.Key.Key_Down if i + 1 < len(rows) else Qt.Key.Key_Up)
    assert sb.current_id() == rows[i + 1 if i + 1 < len(rows) else i - 1]


def test_enter_inserts_with_the_form_and_cursor_marker(ext: SnippetsExtension, qtbot: QtBot) -> None:
    ext.auto_accept_form = True
    sb = ext.sidebar
    sb.search.insert("заказ в пути")
    qtbot.waitUntil(lambda: sb.current_id() == "order-status-in-transit")
    ext.insert("order-status-in-transit")
    form = ext.form
    assert form is not None and list(form.editors) == ["buyer_name", "order_number", "shop_name"]
    text = ext.window.current_text()
    assert text.startswith("Здравствуйте! Заказ {order_number} в пути.")  # empty name dropped
    assert "команда магазина" in text  # shop_name fallback
    cursor = ext.window.editor.textCursor().position()
    assert text[cursor:].startswith("Статус виден")
    assert ext.window.messages[-1].endswith("{order_number}")
    assert ext.service.usage.counts() == {"order-status-in-transit": 1}


def test_form_values_are_literal_and_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    service = fixture_service(tmp_path)
    s = service.get("order-status-in-transit")
    form = SnippetForm(service.library, s, "ru", service.usage)
    qtbot.addWidget(form)
    form.editors["buyer_name"].setText("{order_number}")  # type: ignore[union-attr]
    form.editors["order_number"].setText("{0.__class__}")  # type: ignore[union-attr]
    form.editors["shop_name"].setText("магазин «Уют»")  # type: ignore[union-attr]
    assert form.rendered().text.startswith("Здравствуйте, {order_number}! Заказ {0.__class__} в пути.")
    assert "{order_number}" in form.preview.toPlainText()
    service.record_use(s.id, form.values())
    again = SnippetForm(service.library, s, "ru", service.usage)
    qtbot.addWidget(again)
    assert again.values()["shop_name"] == "магазин «Уют»"  # remembered, offered first
    assert again.values()["buyer_name"] == ""  # names are not remembered
    size = SnippetForm(service.library, service.get("return-size-exchange"), "en", service.usage)
    qtbot.addWidget(size)
    combo = size.editors["size"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["S", "M", "L"]  # type: ignore[union-attr]
    service.close()


def test_double_click_inserts(ext: SnippetsExtension, qtbot: QtBot) -> None:
    ext.auto_accept_form = True
    sb = ext.sidebar
    row = next(r for r in sb.snippet_rows() if r.data(0, Qt.ItemDataRole.UserRole) == "order-status-braces")
    with qtbot.waitSignal(sb.insert_requested) as sig:
        sb.tree.itemActivated.emit(row, 0)
    assert sig.args == ["order-status-braces"]
    assert ext.window.current_text() == \
        "Здравствуйте! Код {акции} не нужен, заказ {order_number} уже оформлен."


def test_favourites_and_recent_come_first(ext: SnippetsExtension, qtbot: QtBot) -> None:
    sb = ext.sidebar
    sb.select_snippet("return-size-exchange")
    qtbot.mouseClick(sb.favourite_button, Qt.MouseButton.LeftButton)
    assert sb.tree.topLevelItem(0).text(0) == "★ Favourites"
    assert titles(sb)[0] == "return-size-exchange"
    ext.auto_accept_form = True
    ext.insert("delivery-delay-apology")
    assert sb.tree.topLevelItem(1).text(0) == "Recent"
    assert titles(sb)[1] == "delivery-delay-apology"


def test_buyer_wrote_proposes_situations(ext: SnippetsExtension, qtbot: QtBot) -> None:
    sb = ext.sidebar
    sb.buyer.setPlainText("Здравствуйте, посылка опаздывает уже на неделю, где она?")
    qtbot.waitUntil(lambda: sb.tree.topLevelItemCount() > 0
                    and sb.tree.topLevelItem(0).text(0) == "Proposed for the buyer's message")
    group = sb.tree.topLevelItem(0)
    assert group.child(0).text(0) == "Delivery delay"
    assert sb.current_id() == "delivery-delay-apology"


def test_repetitive_reply_gets_a_notice(ext: SnippetsExtension) -> None:
    history = History()
    text = "Здравствуйте! Спасибо за заказ, он уже в пути и скоро будет у Вас."
    for _ in range(3):
        history.add(action="copy", channel="chat", language="ru", score=10, text=text)
    ext.window.editor.setPlainText(text.replace("Здравствуйте!", "Здравствуйте."))
    ext.last_inserted = "order-status-in-transit"
    message = ext.check_repetition()
    assert "3 recent replies" in message and "Order number" in message
    assert ext.sidebar.notice.isVisibleTo(ext.sidebar)
    ext.window.editor.setPlainText("Совсем другой ответ покупателю про возврат денег на карту.")
    ext._recent = (0.0, [])
    assert ext.check_repetition() == ""
    history.close()
