"""Step 3, contract and law: stated return windows and refund delays against ЗоЗПП.

A return window shorter than the legal 7 days (or the configured platform period) and a refund
delay longer than 10 days are errors. Numbers may be digits or words («пяти», "three").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext

NUMBER_WORDS = {
    "один": 1, "одного": 1, "одну": 1, "одна": 1, "одни": 1, "одних": 1,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4,
    "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
    "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15,
    "тридцать": 30, "тридцати": 30,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "thirty": 30,
}
_NUM = r"(\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT_DAYS = {"дн": 1, "сут": 1, "day": 1, "недел": 7, "week": 7, "месяц": 30, "month": 30,
              "час": 1 / 24, "hour": 1 / 24}
_PERIOD = re.compile(
    _NUM + r"(?:-?х|-?ти|-?и)?\s+(?:рабочих\s+|календарных\s+|business\s+|working\s+)?"
    r"(дн\w*|день|сут\w*|недел\w*|месяц\w*|час\w*|days?|weeks?|months?|hours?)",
    re.IGNORECASE,
)
_SINGLE = re.compile(r"(?i)\b(?:в течение|within)\s+(недели|суток|часа|a week|a day|an hour)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _days(num: str, unit: str) -> float:
    n = int(num) if num.isdigit() else NUMBER_WORDS.get(num.lower().replace("ё", "е"), 0)
    unit = unit.lower()
    for stem, factor in _UNIT_DAYS.items():
        if unit.startswith(stem):
            return n * factor
    return float(n)


def _periods(sentence: str) -> Iterator[tuple[int, int, float]]:
    for m in _PERIOD.finditer(sentence):
        yield m.start(), m.end(), _days(m.group(1), m.group(2))
    for m in _SINGLE.finditer(sentence):
        word = m.group(1).lower()
        days = 7.0 if "нед" in word or "week" in word else (1.0 if "сут" in word or "day" in word else 1 / 24)
        yield m.start(1), m.end(1), days


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        yield m.start(), m.group()


@code_check("return_period")
def return_period(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A return window shorter than the legal minimum or the platform's period."""
    words = re.compile(params.get("context", r"(?i)возвра|вернуть|обмен|return|exchange"))
    money = re.compile(params.get("money", r"(?i)деньг|средств|сумм|refund|money"))
    for offset, sentence in _sentences(text):
        if not words.search(sentence) or money.search(sentence):
            continue
        for s, e, days in _periods(sentence):
            if days < ctx.min_return_days:
                yield Hit(offset + s, offset + e, ())


@code_check("refund_period")
def refund_period(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A refund promised later than 10 days after the buyer's demand (art. 22 ЗоЗПП)."""
    limit = float(params.get("max_days", 10))
    money = re.compile(params.get("money", r"(?i)деньг|средств|сумм|refund|money"))
    for offset, sentence in _sentences(text):
        if not money.search(sentence):
            continue
        for s, e, days in _periods(sentence):
            if days > limit:
                yield Hit(offset + s, offset + e, ("10 дней" if ctx.language == "ru" else "10 days",))
