"""Near-duplicate replies against real history (SQLite)."""

from __future__ import annotations

from ozon_assistant.snippets.repetition import RULE_ID, check_repetition
from ozon_assistant.storage.history import History

REPLY = ("Здравствуйте, Анна! Спасибо за заказ 123. Посылка уже в пути, дата доставки указана "
         "в личном кабинете.")


def _history(texts: list[str]) -> History:
    h = History()
    for t in texts:
        h.add(action="copy", channel="chat", language="ru", score=10, text=t)
    return h


def test_identical_and_nearly_identical_replies_are_noticed() -> None:
    h = _history([REPLY, REPLY.replace("Анна", "Олег").replace("123", "456"),
                  REPLY.replace("уже ", "")])
    notice = check_repetition(REPLY, h.recent_texts(), ["Buyer's name", "Order number"])
    assert notice is not None and notice.repeats == 3
    msg = notice.message("en")
    assert "3 recent replies" in msg and "Buyer's name, Order number" in msg
    assert "Ozon" in notice.message("ru") and "Ozon" in notice.message("zh")
    f = notice.finding(REPLY)
    assert f.rule == RULE_ID and f.severity.value == "suggestion" and f.end == len(REPLY)
    h.close()


def test_few_repeats_or_different_text_is_fine() -> None:
    h = _history([REPLY, REPLY])
    assert check_repetition(REPLY, h.recent_texts()) is None
    other = "Здравствуйте! Возврат денег занимает до 10 дней после того, как мы получим товар."
    assert check_repetition(other, [REPLY] * 5) is None
    assert check_repetition("Спасибо!", ["Спасибо!"] * 9) is None  # too short to matter
    h.close()


def test_generic_hint_without_placeholders() -> None:
    notice = check_repetition(REPLY, [REPLY] * 4)
    assert notice is not None and "the buyer's name" in notice.message("en")
