"""Legal periods (ЗоЗПП art. 26.1, 22): return windows under 7 days or under the platform's
period, refund delays over 10 days. Which period a number is (a return window, a refund delay,
or neither) is decided by the words around it: the sentences that pin that down are the rules'
own examples in resources/rules/legal.toml (each bad one marks the period and its fix; they run
in test_rule_examples.py). Here: the platform's period, the fix, numbers of every size, period
words, long texts."""

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
