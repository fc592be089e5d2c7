"""Step 3, contract and law: stated return windows and refund delays against ЗоЗПП.

A return window shorter than the legal 7 days (or the configured platform period) and a refund
delay longer than 10 days are errors (brief §3). Periods may be written in digits or words
(«трёх дней», «двух недель», "five days", "48 hours", «сутки», «трёхдневный», "30-day").

Which period a number belongs to is decided by the nearest *cue* in its clause:

- money («деньги», «средства», «сумму», "refund") → a refund delay, checked against 10 days;
- returning the goods («возврат», «вернуть», «обмен», "return") → a return window, checked
  against ``ctx.min_return_days``;
- anything else nearer the number (delivery, warranty, storage at the pick-up point, repair)
  → neither: «доставка 3 дня», «гарантия 12 месяцев» are not return windows.

«Деньги вернём» makes «вернём» a money cue (the money word is next to it). Processing verbs
(«рассмотрим», «займёт», "takes", "will be processed") between a return cue and the number mean
a processing time, not a window — but next to money they are the refund delay itself. When the
clause has no cue the nearest cue in the earlier clauses of the sentence decides («Срок
возврата — 3 дня»). Working days count as 7/5 calendar days each. Past references («3 дня
назад», «прошло 10 дней») and lower bounds («не менее 7 дней») are never a stated window.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.checks.disguise import lower
from ozon_assistant.checker.context import CheckContext

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
_UNIT = re.compile(
    r"(?:дн(?:ей|я|ю|ям|ями|ях|\.)|день|сут(?:ок|ки|кам)|"
    r"недел(?:я|и|ю|е|ь|ям|ями|ях)|месяц(?:а|ев|ам|ами|ах|е)?|мес\.|час(?:а|ов|ам)?|год(?:а|у)?|"
    r"лет|days?|weeks?|months?|hours?|years?|fortnight)(?![^\W\d_])"
)
#: the words just before a unit, read backwards: a number, a range, "рабочих"
_TOKEN = re.compile(r"(?<!\d)\d{1,3}(?:[.,]5)?(?:-?(?:х|ти|ми|и|ух|ех|ёх))?(?!\d)|[^\W\d_]+|[-–—]")
_QUALIFIERS = frozenset({"рабочих", "календарных", "банковских", "полных", "business", "working",
                         "calendar", "banking", "full"})
_RANGE = frozenset({"-", "–", "—", "до", "to", "или", "or"})
_SINGLE = re.compile(
    r"(?:в\s+течение|в\s+пределах|за|через|до|не\s+позднее|не\s+позже|не\s+более|within|"
    r"in|after|up\s+to|for|over|more\s+than)\s+(?P<unit>недели|неделю|месяца|месяц|суток|сутки|"
    r"дня|день|часа|час|года|год|полугода|полгода|полмесяца|полутора\s+месяцев|week|month|day|"
    r"hour|year|fortnight)(?!\w)"
)
_ADJ = re.compile(
    r"(?:(?P<w>одно|двух|тр[её]х|четыр[её]х|пяти|шести|семи|десяти|четырнадцати|"
    r"пятнадцати|тридцати)|(?P<d>\d{1,3})-?)(?P<unit>дневн\w*|недельн\w*|месячн\w*)"
)
_AT_DELIVERY = re.compile(
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
    lo = max(0, unit.start() - 80)
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


def _word_start(text: str, i: int) -> bool:
    return i == 0 or not text[i - 1].isalpha()


def _periods(low: str) -> list[Period]:
    """Every stated period in the lower-cased text, one reading per stretch of it."""
    out: list[Period] = []
    for m in _UNIT.finditer(low):
        if _word_start(low, m.start()):
            p = _period_at(low, m)
            if p is not None:
                out.append(p)
    for m in _SINGLE.finditer(low):
        if _word_start(low, m.start()):
            days = _unit_days(m.group("unit"), _UNIT_DAYS)
            out.append(Period(m.start("unit"), m.end("unit"), days, days))
    for m in _ADJ.finditer(low) if ("дневн" in low or "недельн" in low or "месячн" in low) else ():
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "-"):
            n = float(m.group("d")) if m.group("d") else _ADJ_WORD[m.group("w")]
            days = n * _unit_days(m.group("unit"), _ADJ_UNIT)
            out.append(Period(m.start(), m.end(), days, days))
    for m in _AT_DELIVERY.finditer(low):
        if _word_start(low, m.start()):
            out.append(Period(m.start(), m.end(), 0.0, 0.0))
    out.sort(key=lambda p: (p.start, -p.end))
    kept: list[Period] = []
    for p in out:  # one reading per stretch of text
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept


# -- cues ----------------------------------------------------------------------------------------

# Cue words by kind: stems match any ending, the exact words only themselves. A table, not one
# big pattern: looking up each word of a sentence is several times faster than ``re`` scanning
# it for a hundred alternatives.
_CUE_STEMS = {
    "money": "деньг денег денежн стоимост refund reimburs компенсац возмещ",
    "neutral": "возвращенн вернувш доставк доставлен отправ deliver dispatch arriv гаранти warrant "
               "guarantee годност expir хран выдач курьер изготов производ пошив manufactur ремонт "
               "repair сервисн отвеча ответ respond answer привез",
    "process": "занима длит проход рассмотр обработ провер review process inspect поступ зачисл",
    "verb": "возвраща",
    "ret": "возврат обмен exchange",
}
_CUE_WORDS = {
    "money": "средства средств сумма сумму суммы сумме сумм оплата оплаты оплату оплате money "
             "payment payments",
    "neutral": "returned shipping ship ships shipped shelf пвз pickup courier transit получите "
               "получит reply приедет придет доставим доставят пути",
    "process": "займет пройдет take takes taking credited",
    "verb": "вернем вернут вернуть вернете верните вернется вернутся return returns returning",
    "ret": "отказаться отказ обратно",
}
_STEM_KIND = {w: k for k, words in _CUE_STEMS.items() for w in words.split()}
_WORD_KIND = {w: k for k, words in _CUE_WORDS.items() for w in words.split()}
_STEM_LENS = sorted({len(w) for w in _STEM_KIND}, reverse=True)
_CUE_WORD = re.compile(r"[^\W\d_]+")


def _cue_kind(word: str) -> str | None:
    word = word.replace("ё", "е")
    kind = _WORD_KIND.get(word)
    if kind:
        return kind
    for n in _STEM_LENS:
        if len(word) >= n:
            kind = _STEM_KIND.get(word[:n])
            if kind:
                return kind
    return None


_MONEY_NEAR = re.compile(r"деньг|денег|денежн|средства\b|средств\b|сумм|оплат|money|payment|refund")
_CLAUSE = re.compile(r"[,;:()—–]|\s(?:а|но|but|however)\s")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_PAST_AFTER = re.compile(r"\s*(?:назад|тому|ago)\b")
_PAST_BEFORE = re.compile(r"(?:прошл\w*|passed|elapsed|уже|already)\s*$")
_LOWER_BOUND = re.compile(r"(?:не\s+менее|не\s+меньше|минимум|как\s+минимум|at\s+least|от|from|"
                          r"more\s+than|over|больше|более)\s*(?:чем\s*)?$")


def _near_money(sentence: str, start: int, end: int) -> bool:
    """A money word within 25 characters of a cue, in the same clause («деньги вернём»)."""
    left = sentence[max(0, start - 25) : start]
    right = sentence[end : end + 25]
    left = _CLAUSE.split(left)[-1]
    right = _CLAUSE.split(right)[0]
    return _MONEY_NEAR.search(left) is not None or _MONEY_NEAR.search(right) is not None


def _cues(sentence: str) -> list[tuple[int, str]]:
    out = []
    prev = ""
    for m in _CUE_WORD.finditer(sentence):
        word = m.group()
        kind = _cue_kind(word)
        if word == "back" and prev in ("it", "them", "send", "ship", "mail", "item", "product"):
            kind = "ret"  # "send it back"
        prev = word
        if kind in ("verb", "ret"):
            if _near_money(sentence, m.start(), m.end()):
                kind = "money"
            elif kind == "verb":
                kind = "neutral" if word.endswith(("ся", "ются")) else "ret"
        if kind:
            out.append((m.start(), kind))
    return out


def _verdict(kinds: list[str], backwards: bool) -> str | None:
    """Read cues outward from a period: 'money', 'ret', None (something else is meant), or ''
    (no cue) / 'process' (only processing verbs) when the clause does not say."""
    process = False
    for kind in reversed(kinds) if backwards else kinds:
        if kind == "process":
            process = True
            continue
        if kind == "ret" and process:
            return None
        return kind if kind in ("money", "ret") else None
    return "process" if process else ""


_REACH = 160


class _Sentence:
    """A sentence's clauses and cues, with each clause's own verdict worked out once."""

    def __init__(self, sentence: str) -> None:
        self.cues = _cues(sentence)
        self.pos = [c[0] for c in self.cues]
        self.bounds = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence) + 1]
        self.whole: list[str | None] = []  # verdict of each clause read from its end
        for k in range(len(self.bounds) - 1):
            lo, hi = bisect_left(self.pos, self.bounds[k]), bisect_left(self.pos, self.bounds[k + 1])
            self.whole.append(_verdict([c[1] for c in self.cues[lo:hi]], backwards=True))

    def classify(self, at: int) -> str | None:
        k = bisect_right(self.bounds, at) - 1
        # cues farther than _REACH characters say nothing about this number (and keep a
        # pathological one-clause text linear)
        lo = bisect_left(self.pos, max(self.bounds[k], at - _REACH))
        mid = bisect_left(self.pos, at)
        hi = bisect_left(self.pos, min(self.bounds[k + 1], at + _REACH))
        verdict = _verdict([c[1] for c in self.cues[lo:mid]], backwards=True)
        if verdict in ("", "process"):  # nothing decisive before it: read on after it
            after = _verdict([c[1] for c in self.cues[mid:hi]], backwards=False)
            if after == "ret" and verdict == "process":
                verdict = None
            elif after in ("", "process"):
                verdict = "process" if "process" in (verdict, after) else ""
            else:
                verdict = after
        if verdict not in ("", "process"):
            return verdict
        had_process = verdict == "process"
        for j in range(k - 1, max(-1, k - 6), -1):  # no cue here: the earlier clauses decide
            prior = self.whole[j]
            if prior == "process":
                had_process = True
                continue
            if prior:
                return None if prior == "ret" and had_process else prior
            if prior is None:
                return None
        return None


@lru_cache(maxsize=256)
def stated_periods(text: str) -> tuple[tuple[Period, str], ...]:
    """Every period in ``text`` with what it is: 'money' (refund delay) or 'ret' (return window)."""
    text = lower(text)  # same length, same offsets
    if not _HINT.search(text):
        return ()
    periods = _periods(text)
    if not periods:
        return ()
    out = []
    i = 0
    for sm in _SENTENCE.finditer(text):
        if i >= len(periods):
            break
        offset, sentence = sm.start(), sm.group()
        mine = []
        while i < len(periods) and periods[i].start < sm.end():
            if periods[i].start >= offset:
                mine.append(periods[i])
            i += 1
        if not mine:
            continue
        parsed = _Sentence(sentence)
        for whole in mine:
            start, end = whole.start - offset, whole.end - offset
            before = max(0, start - 30)
            if _PAST_AFTER.match(sentence, end) or _PAST_BEFORE.search(sentence, before, start):
                continue
            kind = parsed.classify(start)
            if kind == "ret" and not whole.ranged and _LOWER_BOUND.search(sentence, before, start):
                continue  # «не менее 7 дней», "at least 3 days": no shorter window is stated
            if kind:
                out.append((whole, kind))
    return tuple(out)


_HINT = re.compile(r"дн|день|сут|недел|месяц|мес\.|час|год|лет|day|week|month|hour|year|"
                   r"fortnight|получени|доставк|delivery|receipt")


def _days_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} день"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} дня"
    return f"{n} дней"


@code_check("return_period")
def return_period(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A return window shorter than the legal minimum or the platform's period."""
    need = ctx.min_return_days
    fix = _days_ru(need) if ctx.language == "ru" else f"{need} days"
    for p, kind in stated_periods(text):
        if kind == "ret" and p.low < need:
            yield Hit(p.start, p.end, (fix,))


@code_check("refund_period")
def refund_period(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A refund promised later than 10 days after the buyer's demand (art. 22 ЗоЗПП)."""
    limit = float(params.get("max_days", 10))
    fix = _days_ru(int(limit)) if ctx.language == "ru" else f"{int(limit)} days"
    for p, kind in stated_periods(text):
        if kind == "money" and p.high > limit + 1e-9:
            yield Hit(p.start, p.end, (fix,))
