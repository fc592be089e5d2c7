"""Periods of time as sellers write them: «3 дня», «трёх рабочих дней», «двадцати одного дня»,
"3-5 days", "a couple of days", "twenty-one days", «в течение месяца», «сутки», «трёхдневный»,
"30-day", «только при получении» (no time at all).

Found by their unit word, then read backwards a few words, so the text is scanned by a handful
of short patterns rather than one with every number word in it. Works on lower-cased text.
Working days count as 7/5 calendar days each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ozon_assistant.core.regex import rx

_STEMS = {  # number → forms (all cases) in Russian, then English
    1: "один одного одному одним одном одна одной одну одни одних одно one a an",
    2: "два две двух двум двумя двое пару пары пара two couple",
    3: "три трёх трех трём трем тремя трое three",
    4: "четыре четырёх четырех четырём четырем четырьмя четверо four",
    5: "пять пяти пятью пятеро five", 6: "шесть шести шестью шестеро six",
    7: "семь семи семью семеро seven", 8: "восемь восьми восемью eight",
    9: "девять девяти девятью nine", 10: "десять десяти десятью ten",
    11: "одиннадцать одиннадцати eleven", 12: "двенадцать двенадцати twelve",
    13: "тринадцать тринадцати thirteen", 14: "четырнадцать четырнадцати fourteen",
    15: "пятнадцать пятнадцати fifteen", 16: "шестнадцать шестнадцати sixteen",
    17: "семнадцать семнадцати seventeen", 18: "восемнадцать восемнадцати eighteen",
    19: "девятнадцать девятнадцати nineteen", 20: "двадцать двадцати двадцатью twenty",
    30: "тридцать тридцати тридцатью thirty", 40: "сорок сорока forty",
    45: "сорокапяти", 50: "пятьдесят пятидесяти fifty", 60: "шестьдесят шестидесяти sixty",
    90: "девяносто девяноста ninety", 100: "сто ста hundred",
}
NUMBER_WORDS: dict[str, int] = {w: n for n, forms in _STEMS.items() for w in forms.split()}
_TENS = frozenset(w for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 90))
_UNIT = rx(
    r"(?:дн(?:ей|я|ю|ям|ями|ях|\.)|день|сут(?:ок|ки|кам)|"
    r"недел(?:я|и|ю|е|ь|ям|ями|ях)|месяц(?:а|ев|ам|ами|ах|е)?|мес\.|час(?:а|ов|ам)?|год(?:а|у)?|"
    r"лет|полугода|полгода|полмесяца|days?|weeks?|months?|hours?|years?|fortnight)(?![^\W\d_])"
)
#: a unit with no number: «в течение месяца», «через неделю», "within a day" is one of it
_SINGLE_BEFORE = rx(
    r"(?:в\s+течение|в\s+пределах|за|через|до|не\s+позднее|не\s+позже|не\s+более|within|in|"
    r"after|up\s+to|for|over|more\s+than)\s+(?:одной\s+|одного\s+|одних\s+|полутора\s+)?$"
)
#: the words just before a unit, read backwards: a number, a range, "рабочих"
_TOKEN = rx(r"(?<!\d)\d{1,3}(?:[.,]5)?(?:-?(?:х|ти|ми|и|ух|ех|ёх))?(?!\d)|[^\W\d_]+|[-–—]")
_QUALIFIERS = frozenset({"рабочих", "календарных", "банковских", "полных", "business", "working",
                         "calendar", "banking", "full"})
_RANGE = frozenset({"-", "–", "—", "до", "to", "или", "or"})
_ADJ = rx(
    r"(?:(?P<w>одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|десяти|четырнадцати|"
    r"пятнадцати|тридцати)|(?P<d>\d{1,3})-?)(?P<unit>дневн\w*|недельн\w*|месячн\w*)"
)
_AT_DELIVERY = rx(
    r"(?:только|лишь)\s+(?:при|в\s+момент|в\s+день)\s+(?:получени|доставк|вручени)\w*|"
    r"only\s+(?:at|on|upon)\s+(?:delivery|receipt|pick-?up)"
)
_UNIT_DAYS = (("дн", 1.0), ("день", 1.0), ("сут", 1.0), ("недел", 7.0), ("week", 7.0),
              ("fortnight", 14.0), ("полмесяц", 15.0), ("полутор", 45.0), ("месяц", 30.0),
              ("мес", 30.0), ("month", 30.0), ("час", 1 / 24), ("hour", 1 / 24),
              ("полгод", 180.0), ("полугод", 180.0), ("год", 365.0), ("лет", 365.0),
              ("year", 365.0), ("day", 1.0))
_ADJ_UNIT = (("дневн", 1.0), ("недельн", 7.0), ("месячн", 30.0))
_ADJ_WORD = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
             "шести": 6, "семи": 7, "десяти": 10, "четырнадцати": 14, "пятнадцати": 15,
             "тридцати": 30}


def _unit_days(unit: str, table: tuple[tuple[str, float], ...]) -> float:
    unit = unit.lower()
    for stem, factor in table:
        if unit.startswith(stem):
            return factor
    return 1.0


@dataclass(frozen=True, slots=True)
class Period:
    start: int
    end: int
    low: float  # in calendar days
    high: float
    ranged: bool = False  # "3–5 дней": a range, not "от 3 дней"


def _token_value(tok: str) -> float | None:
    if tok[0].isdigit():
        m = re.match(r"\d{1,3}(?:[.,]5)?", tok)
        return float(m.group().replace(",", ".")) if m else None
    value = NUMBER_WORDS.get(tok.lower())
    return float(value) if value is not None else None


def _number_before(text: str, toks: list[re.Match[str]], i: int) -> tuple[float, int] | None:
    """The number whose last token is ``toks[i]``: (value, index of its first token)."""
    if i < 0:
        return None
    tok = toks[i].group()
    if tok.lower() == "of" and i > 0 and toks[i - 1].group().lower() == "couple":
        i -= 1  # "a couple of days"
        tok = toks[i].group()
    value = _token_value(tok)
    if value is None:
        return None
    first = i
    if 1 <= value <= 9 and not tok[0].isdigit():
        j = i - 1 if i > 0 and toks[i - 1].group() == "-" else i
        if j > 0 and toks[j - 1].group().lower() in _TENS and \
                not text[toks[j - 1].end() : toks[i].start()].strip(" -"):
            first = j - 1  # «двадцати одного», "twenty-one"
            value += NUMBER_WORDS[toks[j - 1].group().lower()]
    return value, first


def _period_at(text: str, unit: re.Match[str]) -> Period | None:
    """The period a unit word ends: «3 дня», «трёх рабочих дней», "3-5 days", "30-day"."""
    lo = max(0, unit.start() - 50)
    toks = list(_TOKEN.finditer(text, lo, unit.start()))
    i = len(toks) - 1

    def adjacent(k: int, end: int) -> bool:
        return k >= 0 and not text[toks[k].end() : end].strip()

    end = unit.start()
    if adjacent(i, end) and toks[i].group() in "-–—":
        end, i = toks[i].start(), i - 1
    working = False
    if adjacent(i, end) and toks[i].group().lower() in _QUALIFIERS:
        working = toks[i].group().lower() in ("рабочих", "банковских", "business", "working", "banking")
        end, i = toks[i].start(), i - 1
    if not adjacent(i, end):
        return None
    high = _number_before(text, toks, i)
    if high is None:
        return None
    value, first = high
    low_value, ranged = value, False
    k = first - 1
    if adjacent(k, toks[first].start()) and toks[k].group().lower() in _RANGE:
        low = _number_before(text, toks, k - 1) if adjacent(k - 1, toks[k].start()) else None
        if low is not None:
            low_value, first, ranged = low[0], low[1], True
    if not value and not low_value:
        return None
    factor = _unit_days(unit.group(), _UNIT_DAYS) * (7 / 5 if working else 1)
    return Period(toks[first].start(), unit.end(), min(low_value, value) * factor,
                  max(low_value, value) * factor, ranged)


def word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalpha()


def find_periods(low: str) -> list[Period]:
    """Every stated period in the lower-cased text, one reading per stretch of it."""
    out: list[Period] = []
    for m in _UNIT.finditer(low):
        if word_start(low, m.start()):
            p = _period_at(low, m)
            if p is None and _SINGLE_BEFORE.search(low, max(0, m.start() - 25), m.start()):
                before = low[max(0, m.start() - 10) : m.start()]
                days = _unit_days(m.group(), _UNIT_DAYS) * (1.5 if "полутора" in before else 1)
                p = Period(m.start(), m.end(), days, days)
            if p is not None:
                out.append(p)
    for m in _ADJ.finditer(low) if ("дневн" in low or "недельн" in low or "месячн" in low) else ():
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "-"):
            n = float(m.group("d")) if m.group("d") else _ADJ_WORD[m.group("w")]
            days = n * _unit_days(m.group("unit"), _ADJ_UNIT)
            out.append(Period(m.start(), m.end(), days, days))
    at_delivery = "только" in low or "лишь" in low or "only" in low
    for m in _AT_DELIVERY.finditer(low) if at_delivery else ():
        if word_start(low, m.start()):
            out.append(Period(m.start(), m.end(), 0.0, 0.0))
    out.sort(key=lambda p: (p.start, -p.end))
    kept: list[Period] = []
    for p in out:  # one reading per stretch of text
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept
