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

from ozon_assistant.checker.morphology import lexicon
from ozon_assistant.core.regex import rx

#: number words, units, qualifiers and the patterns that find them: ``lexicons/periods.toml``
_LEXICON = lexicon("periods")
_P = _LEXICON["patterns"]

NUMBER_WORDS: dict[str, int] = {w: int(n) for n, forms in _LEXICON["numbers"].items()
                               for w in forms}
_TENS = frozenset(w for w, n in NUMBER_WORDS.items() if n in (20, 30, 40, 50, 60, 90))
_UNIT = rx(_P["unit"])
#: a unit with no number: «в течение месяца», «через неделю», "within a day" is one of it
_SINGLE_BEFORE = rx(_P["single_before"])
#: the words just before a unit, read backwards: a number, a range, "рабочих"
_TOKEN = rx(r"(?<!\d)\d{1,3}(?:[.,]5)?(?:-?(?:х|ти|ми|и|ух|ех|ёх))?(?!\d)|[^\W\d_]+|[-–—]")
_WORKING = frozenset(_LEXICON["qualifiers"]["working"])  # 7/5 calendar days each
_QUALIFIERS = _WORKING | frozenset(_LEXICON["qualifiers"]["calendar"])
_RANGE = frozenset(_LEXICON["range"]["words"])
_ADJ = rx(_P["adjective"])
_AT_DELIVERY = rx(_P["at_delivery"])
_UNIT_DAYS = tuple(zip(_LEXICON["units"]["order"], map(float, _LEXICON["units"]["days"]),
                      strict=True))
_ADJ_UNIT = tuple(zip(_LEXICON["adjective_units"]["order"],
                     map(float, _LEXICON["adjective_units"]["days"]), strict=True))
_ADJ_WORD: dict[str, int] = dict(_LEXICON["adjective_numbers"])


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
        working = toks[i].group().lower() in _WORKING
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
