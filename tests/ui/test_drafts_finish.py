"""Drafts do not pile up: a reply copied with Approve & Copy (or with findings) or sent by e-mail
closes its tab by itself — History keeps it — and each tab says whom and what: the buyer's name
or the order number found in the reply, the channel and the time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ozon_assistant.storage.drafts import DraftStore
from ozon_assistant.storage.history import History
from ozon_assistant.ui.compose.draft_title import addressee, when
from tests.mail.fixtures import REPLY, Certs, add_account, certs, mail_env, smtp_server
from tests.ui.compose_helpers import settle, type_text

__all__ = ["certs", "mail_env", "smtp_server"]


@pytest.mark.parametrize("text,name", [
    ("Здравствуйте, Анна! Ваш заказ в пути.", "Анна"),
    ("Добрый день, Анна Петровна!\nЗаказ собран.", "Анна Петровна"),
    ("Анна, здравствуйте! Заказ собран.", "Анна"),
    ("Уважаемая Мария, спасибо за отзыв.", "Мария"),
    ("Hello Mary, your order has shipped.", "Mary"),
    ("Dear John Smith,\nthank you.", "John Smith"),
    ("Здравсвуйте, Анна! Спасибо за заказ.", "Анна"),  # a greeting misspelt
    ("Спасибо, Мария! Заказ уже в пути.", "Мария"),
    ("Здравствуйте, анна петровна!", ""),
    ("Извините, Заказ задерживается.", ""),
    ("Здравствуйте! Спасибо за заказ.", ""),
    ("Здравствуйте, уважаемый покупатель!", ""),
    ("Dear customer, thank you.", ""),
    ("Заказ 35142875-0153-1 передан в доставку.", ""),
])
def test_the_buyer_is_the_one_the_greeting_names(text: str, name: str) -> None:
    assert addressee(text) == name


def _titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_first_words_are_cut_between_words() -> None:
    from ozon_assistant.ui.compose.draft_title import first_words

    assert first_words("Привет!!! Спасибо за заказ 😊 ВАШ товар") == "Привет!!! Спасибо за заказ"
    assert first_words("Добрый день, уважаемая покупательница") == "Добрый день, уважаемая…"
    assert first_words("Вышлем-завтра-курьерской-службой-до-двери") == "Вышлем-завтра-курьерской-сл…"


def test_the_time_is_the_hour_today_and_the_date_before() -> None:
    now = time.mktime((2026, 5, 12, 14, 30, 0, 0, 0, -1))
    assert when(now - 25 * 60, now) == "14:05"
    assert when(now - 24 * 3600 - 50 * 60, now) == "11.05 13:40"


def test_tab_titles_say_whom_what_channel_and_time(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    first = window.current_tab()
    now = time.strftime("%H:%M", time.localtime(first.started))
    assert abs(first.started - time.time()) < 60
    assert _titles(window) == ["New reply"]
    type_text(first.editor, "Здравствуйте, Анна! Ваш заказ уже в пути.")
    first.save()
    assert _titles(window) == [f"Анна · Chat · {now}"]
    second = window.new_draft(channel="review")
    type_text(second.editor, "Спасибо за отзыв о заказе 35142875-0153-1!")
    second.save()
    third = window.new_draft()
    type_text(third.editor, "You should of read the description")
    third.save()
    at = [when(t.started) for t in (first, second, third)]  # (a minute may turn meanwhile)
    assert _titles(window) == [f"Анна · Chat · {at[0]}", f"№ 35142875-0153-1 · Review reply · {at[1]}",
                               f"You should of read · Chat · {at[2]}"]
    assert "Ваш заказ уже в пути" in window.tabs.tabToolTip(0)
    first.header.set_channel("email")
    first.save()
    assert window.tabs.tabText(0) == f"Анна · E-mail · {now}"


def test_approve_and_copy_closes_the_draft_and_history_keeps_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    keep = window.current_tab()
    type_text(keep.editor, "Здравствуйте, Мария! Заказ собран.")
    tab = window.new_draft()
    reply = "Здравствуйте, Анна! Спасибо за заказ. Посылка уже в пути."
    type_text(tab.editor, reply)
    settle(qtbot, tab)
    draft_id = tab.draft.id
    window.approve_and_copy()
    QApplication.processEvents()
    assert QGuiApplication.clipboard().text() == reply
    assert window.tabs.count() == 1 and window.current_tab() is keep  # the copied one is gone
    assert DraftStore().get(draft_id) is None  # and does not come back after a restart
    assert [e.text for e in History().search()] == [reply]
    assert "History" in window.statusBar().currentMessage()
    # the last draft copied: an empty one takes its place
    settle(qtbot, keep)
    window.approve_and_copy()
    QApplication.processEvents()
    assert window.tabs.count() == 1 and window.current_text() == ""
    assert _titles(window) == ["New reply"]


def test_copy_with_findings_closes_the_draft_too(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tab = window.current_tab()
    reply = "Здравствуйте! Звоните +7 999 123-45-67, ответим."
    type_text(tab.editor, reply)
    settle(qtbot, tab)
    window.approve_and_copy()
    dialog = window.window_actions.override_dialog
    dialog.acknowledge.setChecked(True)
    dialog.copy_button.click()
    QApplication.processEvents()
    assert window.current_text() == "" and window.tabs.count() == 1
    assert History().search()[0].action == "copy_override"


@pytest.mark.usefixtures("mail_env")
def test_a_sent_reply_closes_its_draft_unless_changed_since(qtbot, make_window, smtp_server,  # type: ignore[no-untyped-def]
                                                            certs: Certs, tmp_path: Path) -> None:
    from ozon_assistant.ui.mail.extension import MailExtension

    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    window = make_window()
    [ext] = window.findChildren(MailExtension)
    other = window.current_tab()
    type_text(other.editor, "Здравствуйте, Мария!")
    tab = window.new_draft(channel="email")
    type_text(tab.editor, REPLY)
    dialog = ext.open_send()
    dialog.to.setText("anna@example.com")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.sent, dialog.status.text()
    QApplication.processEvents()
    assert window.compose_tabs() == [other]  # the sent reply's draft closed
    assert window.statusBar().currentMessage() == "Sent to anna@example.com."
    assert [e.action for e in History().search()] == ["send"]
    dialog.close()
    # edited while the dialog was open: what was sent is not what is there, the draft stays
    window.tabs.setCurrentWidget(other)
    dialog = ext.open_send()
    dialog.to.setText("maria@example.com")
    type_text(other.editor, " Ещё одно слово.")
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    QApplication.processEvents()
    assert other in window.compose_tabs()
