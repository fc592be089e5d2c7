"""checker/checks/periods.py: periods of time as sellers write them, in calendar days."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.checks.periods import find_periods


def periods(text: str) -> list[tuple[str, float, float]]:
    low = text.lower()
    return [(text[p.start:p.end], p.low, p.high) for p in find_periods(low)]


@pytest.mark.parametrize("text, low, high", [
    ("Вернуть товар можно в течение 7 дней после получения.", 7, 7),
    ("Возврат средств займёт до 10 дней.", 10, 10),
    ("Refunds take 3-5 days to reach your card.", 3, 5),
    ("Деньги вернутся в течение месяца.", 30, 31),
])
def test_a_period_and_its_days(text: str, low: float, high: float) -> None:
    [(_words, got_low, got_high)] = periods(text)
    assert low <= got_low <= got_high <= high or (got_low, got_high) == (low, high)


def test_working_days_count_seven_fifths() -> None:
    [(_, low, high)] = periods("Посылка придёт через пять рабочих дней.")
    assert low == high == pytest.approx(7.0)


def test_number_words_and_their_cases() -> None:
    [(_, low, _high)] = periods("Оформить возврат можно в течение трёх дней.")
    assert low == 3
    [(_, low, _high)] = periods("Срок возврата — двадцать один день.")
    assert low == 21


def test_at_delivery_only_is_no_time_at_all() -> None:
    [(words, low, high)] = periods("Вернуть товар можно только при получении.")
    assert (low, high) == (0, 0) and "при получении" in words


def test_a_reply_without_a_period() -> None:
    assert periods("Здравствуйте! Спасибо за заказ, мы уже передали его в доставку.") == []
