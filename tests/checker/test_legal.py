"""Legal periods (ЗоЗПП art. 26.1, 22): return windows under 7 days or under the platform's
period, refund delays over 10 days. Which period a number is (a return window, a refund delay,
or neither) is decided by the words around it; these sentences pin that down."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.checks.legal import stated_periods
from tests.checker.helpers import check

RETURN = "all.legal.return-period"
REFUND = "all.legal.refund-period"


def _spans(text: str, rule: str, **ctx: object) -> list[str]:
    result = check(text, **ctx)  # type: ignore[arg-type]
    return [text[f.start : f.end] for f in result.findings if f.rule == rule]


SHORT_RETURN = [  # (reply, the period underlined)
    ("Возврат возможен в течение 3 дней.", "3 дней"),
    ("Вернуть товар можно в течение двух дней после получения.", "двух дней"),
    ("Вернуть товар можно в течение трёх дней.", "трёх дней"),
    ("Вернуть товар можно в течение 3-х дней с момента получения.", "3-х дней"),
    ("Срок возврата — 3 дня.", "3 дня"),
    ("Срок возврата: 48 часов.", "48 часов"),
    ("Обменять товар можно только в течение суток.", "суток"),
    ("Возврат принимается в течение трёх рабочих дней.", "трёх рабочих дней"),
    ("Оформить возврат можно не позднее 5 дней после получения.", "5 дней"),
    ("Отказаться от товара можно только при получении.", "только при получении"),
    ("У нас трёхдневный срок возврата.", "трёхдневный"),
    ("Если размер не подошёл, отправьте товар обратно в течение 3 дней.", "3 дней"),
    ("Returns are accepted within 5 days.", "5 days"),
    ("You can return the item within three days of delivery.", "three days"),
    ("We have a 3-day return window.", "3-day"),
    ("Returns within 48 hours only.", "48 hours"),
    ("Please send it back within 2 days.", "2 days"),
    ("Exchange is possible within a couple of days.", "couple of days"),
    ("Возврат товара возможен, если прошло не более 3 дней.", "3 дней"),
    ("Гарантия 12 месяцев, а вернуть товар можно в течение 3 дней.", "3 дней"),
]
FINE_RETURN = [
    "Вернуть товар надлежащего качества можно в течение 7 дней после получения.",
    "Срок возврата — 30 дней.",
    "Returns are accepted within 30 days.",
    "Доставка 3 дня.",
    "Доставка займёт 3 дня, срок возврата — 30 дней.",
    "Гарантия 12 месяцев.",
    "Заявку на возврат рассмотрим в течение 2 дней.",
    "Рассмотрим в течение 3 дней Вашу заявку на возврат.",
    "Возврат товара обычно занимает 3 дня.",
    "Заказ был доставлен 2 дня назад, вернуть его можно в течение 7 дней.",
    "Прошло уже 3 дня, но вернуть товар ещё можно.",
    "Товар хранится в пункте выдачи 5 дней.",
    "Заберите заказ в течение 3 дней, иначе он вернётся к продавцу.",
    "Мы отвечаем в течение 24 часов, возврат в течение 14 дней.",
    "Вернуть товар можно в течение 7 дней, деньги придут в течение 10 дней.",
    "Ремонт по гарантии займёт до 5 дней.",
    "We will reply within 2 days.",
    "We will get back to you within 2 days.",
    "The parcel will arrive in 3 days; returns are accepted within 14 days.",
    "Возврат возможен в течение не менее 7 дней.",
    "Деньги за возврат поступят в течение 3 дней.",
    "Товар был в пути 5 дней.",
    "Возврат принимается в течение пяти рабочих дней.",  # 5 working days are a calendar week
]


@pytest.mark.parametrize("text,period", SHORT_RETURN)
def test_short_return_window_is_an_error(text: str, period: str) -> None:
    assert _spans(text, RETURN) == [period]
    assert not check(text).approved


@pytest.mark.parametrize("text", FINE_RETURN)
def test_not_a_short_return_window(text: str) -> None:
    assert not _spans(text, RETURN)


LONG_REFUND = [
    ("Деньги вернём в течение 30 дней.", "30 дней"),
    ("Деньги вернём в течение месяца.", "месяца"),
    ("Деньги придут через 3 недели.", "3 недели"),
    ("Возврат средств — через три недели.", "три недели"),
    ("Возврат денег занимает до 14 дней.", "14 дней"),
    ("Мы вернём Вам деньги в течение двух недель.", "двух недель"),
    ("Деньги поступят от 3 до 14 дней.", "3 до 14 дней"),
    ("Деньги вернутся в течение 10 рабочих дней.", "10 рабочих дней"),
    ("Вернуть товар можно в течение 14 дней, деньги придут в течение 30 дней.", "30 дней"),
    ("Возврат денег — процедура, которая занимает 14 дней.", "14 дней"),
    ("The refund takes up to 3 weeks.", "3 weeks"),
    ("We will refund you within 30 days.", "30 days"),
    ("Refund in 4-6 weeks.", "4-6 weeks"),
    ("Your money will be returned within a month.", "a month"),
    ("Компенсацию переведём в течение 15 дней.", "15 дней"),
]
FINE_REFUND = [
    "Деньги вернутся в течение 10 дней.",
    "Вернём деньги в течение 10 дней.",
    "Возврат средств занимает до 10 дней.",
    "Деньги поступят через 3-5 рабочих дней.",
    "The refund takes up to 10 days.",
    "Refunds are processed within 5 business days.",
    "Вернуть товар можно в течение 30 дней, деньги придут в течение 5 дней.",
    "You can return it within 30 days for a full refund.",
    "Гарантия 12 месяцев, деньги за брак вернём сразу.",
    "Оплата прошла 20 дней назад.",
]


@pytest.mark.parametrize("text,period", LONG_REFUND)
def test_long_refund_delay_is_an_error(text: str, period: str) -> None:
    assert _spans(text, REFUND) == [period]


@pytest.mark.parametrize("text", FINE_REFUND)
def test_not_a_long_refund_delay(text: str) -> None:
    assert not _spans(text, REFUND)


@pytest.mark.parametrize("platform", [7, 14, 15, 30])
@pytest.mark.parametrize("days", [3, 7, 10, 14, 15, 21, 30, 60])
def test_return_window_against_the_configured_platform_period(platform: int, days: int) -> None:
    text = f"Вернуть товар можно в течение {days} дней после получения."
    flagged = bool(_spans(text, RETURN, platform_return_days=platform))
    assert flagged == (days < max(7, platform))


def test_the_fix_names_the_platform_period_and_cures() -> None:
    text = "Возврат возможен в течение 3 дней."
    [f] = [f for f in check(text, platform_return_days=14).findings if f.rule == RETURN]
    assert f.replacements == ("14 дней",)
    fixed = text[: f.start] + f.replacements[0] + text[f.end :]
    assert not _spans(fixed, RETURN, platform_return_days=14)
    [en] = [f for f in check("Returns within 5 days.", platform_return_days=15).findings
            if f.rule == RETURN]
    assert en.replacements == ("15 days",)


@settings(max_examples=150, deadline=None)
@given(n=st.integers(1, 90), unit=st.sampled_from([("дней", 1), ("недель", 7), ("days", 1),
                                                  ("weeks", 7)]))
def test_numbers_in_digits_against_both_limits(n: int, unit: tuple[str, int]) -> None:
    word, factor = unit
    if word.isascii():
        ret, money = f"Returns are accepted within {n} {word}.", f"The refund takes {n} {word}."
    else:
        ret, money = f"Вернуть товар можно в течение {n} {word}.", f"Деньги вернём через {n} {word}."
    assert bool(_spans(ret, RETURN)) == (n * factor < 7)
    assert bool(_spans(money, REFUND)) == (n * factor > 10)


@pytest.mark.parametrize("words,days", [
    ("одного дня", 1), ("двух дней", 2), ("трёх дней", 3), ("трех дней", 3), ("пяти дней", 5),
    ("семи дней", 7), ("десяти дней", 10), ("четырнадцати дней", 14), ("двадцати одного дня", 21),
    ("тридцати дней", 30), ("одной недели", 7), ("двух недель", 14), ("месяца", 30),
    ("суток", 1), ("двое суток", 2), ("48 часов", 2), ("полугода", 180),
    ("five days", 5), ("twenty-one days", 21), ("two weeks", 14), ("a month", 30),
    ("72 hours", 3), ("a fortnight", 14),
])
def test_period_words_are_read(words: str, days: float) -> None:
    text = f"Деньги вернём в течение {words}."
    [(period, kind)] = stated_periods(text)
    assert kind == "money" and abs(period.high - days) < 0.01


@pytest.mark.parametrize("junk", ["7 дней " * 1_500, "в течение недели, " * 600, "день " * 2_000])
def test_long_texts_finish(junk: str) -> None:
    for period, _ in stated_periods(junk):
        assert 0 <= period.start < period.end <= len(junk)


MONEY_WINDOW = [  # the buyer must ask for the money within the period: a return window
    ("Деньги вернём, только если обратитесь в течение 3 дней.", "3 дней"),
    ("Вернуть деньги можно, если напишете нам не позднее 2 дней после получения.", "2 дней"),
    ("Возврат денег возможен только в течение 5 дней с момента доставки.", "5 дней"),
    ("Компенсацию выплатим, если сообщите о проблеме в течение суток.", "суток"),
    ("Money back only within 3 days.", "3 days"),
    ("Refunds are only given if you contact us within 2 days of delivery.", "2 days"),
    ("You can get your money back within 5 days of delivery, after that no.", "5 days"),
    ("We refund only if you ask within 24 hours.", "24 hours"),
]


@pytest.mark.parametrize("text,period", MONEY_WINDOW)
def test_a_short_money_back_window_is_a_return_window(text: str, period: str) -> None:
    assert _spans(text, RETURN) == [period]
    assert _spans(text, REFUND) == []


@pytest.mark.parametrize("text", [
    "Если обратитесь к нам в течение 7 дней, мы вернём деньги.",
    "If you contact us within 7 days, we will refund you.",
    "You can get your money back within 30 days of delivery.",  # a window, not a refund delay
    "We will contact you within 2 days about the refund.",
    "Мы свяжемся с Вами в течение 2 дней по поводу возврата денег.",
    "You can get a refund within 10 days of your request.",
    "Деньги за отменённый заказ вернутся на карту в течение 3 рабочих дней.",
])
def test_seller_steps_and_long_money_windows_are_fine(text: str) -> None:
    assert _spans(text, RETURN) == []
    assert _spans(text, REFUND) == []


TRANSIT = [  # how long the return parcel travels to the seller: no window at all
    "Ozon usually delivers returns to us within 5 days.",
    "Возврат доходит до нас за 5 дней.",
    "Посылка с возвратом идёт к нам обычно 4–5 дней, после этого мы сразу вернём деньги.",
    "The return parcel usually takes 4–5 days to reach us, then we refund you right away.",
    "The courier will bring the return back to us within 3 days.",
    "We will send the replacement within 2 days after we receive the return.",
    "Within 3 days of receiving the return, we will refund the money.",
]


@pytest.mark.parametrize("text", TRANSIT)
def test_a_return_parcels_journey_is_not_a_window(text: str) -> None:
    assert _spans(text, RETURN) == []


@pytest.mark.parametrize("text,period", [
    ("Returns must reach us within 3 days.", "3 days"),
    ("Возврат должен прийти к нам в течение 3 дней.", "3 дней"),
    ("The return has to arrive within 5 days of delivery.", "5 days"),
    ("Возврат принимаем, если посылка дойдёт до нас за 3 дня.", "3 дня"),
    ("Return the item within 5 days after the parcel arrives.", "5 days"),
    ("Returns are accepted within 5 days; the parcel travels to us for 3 days.", "5 days"),
])
def test_a_journey_the_buyer_must_meet_is_a_window(text: str, period: str) -> None:
    assert _spans(text, RETURN) == [period]


def test_a_span_of_purchases_is_no_refund_delay() -> None:
    text = "Пошлина не взимается, если стоимость покупок за месяц не превышает лимит."
    assert _spans(text, REFUND) == []
