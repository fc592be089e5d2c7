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

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from ozon_assistant.checker.checks.base import Hit, WordKinds, code_check
from ozon_assistant.checker.checks.disguise import lower
from ozon_assistant.checker.checks.periods import Period, find_periods
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.morphology import lexicon
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import LETTERS_RE

# -- cues ----------------------------------------------------------------------------------------

# Cue words by kind, and the word patterns, from ``lexicons/periods.toml`` ("word*": a stem, any
# ending; a plain word only itself): a team lead adds a synonym there. A table of cue words, not
# one big pattern: looking up each word of a sentence is several times faster than ``re``
# scanning it for a hundred alternatives.
_LEXICON = lexicon("periods")
#: the word patterns by name (what each means is said beside it in the lexicon): the transit of
#: a return parcel, the buyer's demand for money, a lower bound, a seller's step…
_RX = SimpleNamespace(**{name: rx(source) for name, source in _LEXICON["patterns"].items()})
_CUES = WordKinds(
    {w: kind for kind, cues in _LEXICON["cues"].items() for w in cues if not w.endswith("*")},
    {w[:-1]: kind for kind, cues in _LEXICON["cues"].items() for w in cues if w.endswith("*")})


def _cue_kind(word: str) -> str | None:
    return _CUES.kind(word.replace("ё", "е"))


_CLAUSE = rx(r"[,;:()—–]|\s(?:а|но|but|however)\s")
_SENTENCE = rx(r"[^.!?\n]+[.!?]*")


def _in_transit(sentence: str, lo: int, hi: int, oblige_lo: int) -> bool:
    if _RX.oblige.search(sentence, oblige_lo, hi):
        return False
    for m in _RX.transit.finditer(sentence, lo, hi):
        if not _RX.anchor_before.search(sentence, max(lo, m.start() - 40), m.start()):
            return True
    return False


def _money_window(sentence: str, lo: int, start: int, end: int) -> bool:
    if _RX.demand_before.search(sentence, max(lo, start - 60), start):
        return True
    return _RX.may.search(sentence, lo, start) is not None and \
        _RX.from_delivery.match(sentence, end) is not None




def _near_money(sentence: str, start: int, end: int) -> bool:
    """A money word within 25 characters of a cue, in the same clause («деньги вернём»)."""
    left = sentence[max(0, start - 25) : start]
    right = sentence[end : end + 25]
    left = _CLAUSE.split(left)[-1]
    right = _CLAUSE.split(right)[0]
    return _RX.money_near.search(left) is not None or _RX.money_near.search(right) is not None


def _cues(sentence: str) -> list[tuple[int, str]]:
    out = []
    prev = ""
    for m in LETTERS_RE.finditer(sentence):
        word = m.group()
        kind = _cue_kind(word)
        if word == "back" and prev in ("it", "them", "send", "ship", "mail", "item", "product"):
            kind = "ret"  # "send it back"
        prev = word
        if kind == "neutral" and _RX.obliged_before.search(sentence, max(0, m.start() - 25),
                                                            m.start()):
            kind = None  # "the return must arrive within 3 days": the verb hides no window
        if kind in ("verb", "ret", "ours"):
            if _near_money(sentence, m.start(), m.end()):
                kind = "money"
            elif kind == "ours" or _RX.logistics_before.search(sentence, max(0, m.start() - 30),
                                                            m.start()):
                # «вернём товар после ремонта», «курьер заберёт возврат», "pick up the return":
                # the seller's own step, not the buyer's window
                kind = "neutral"
            elif kind == "verb":
                # «вернётся», "returned": the goods come back, nobody states a window
                kind = "neutral" if word.endswith(("ся", "ются", "ed")) else "ret"
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
        self.text = sentence
        self.cues = _cues(sentence)
        self.pos = [c[0] for c in self.cues]
        self.bounds = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence) + 1]
        self.whole: list[str | None] = []  # verdict of each clause read from its end
        for k in range(len(self.bounds) - 1):
            lo, hi = bisect_left(self.pos, self.bounds[k]), bisect_left(self.pos, self.bounds[k + 1])
            self.whole.append(_verdict([c[1] for c in self.cues[lo:hi]], backwards=True))

    def clause(self, at: int) -> tuple[int, int]:
        k = bisect_right(self.bounds, at) - 1
        return self.bounds[k], self.bounds[k + 1]

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


class _Reading:
    """The periods of one text, each classified only when a check asks about it: a reply that
    states «7 дней» and «10 дней» — the usual, lawful case — never has its sentences parsed."""

    def __init__(self, text: str) -> None:
        self.text = lower(text)  # same length, same offsets
        self.periods = find_periods(self.text) if _RX.hint.search(self.text) else []
        #: the sentences and where each starts: found when a period is first classified (most
        #: paragraphs' periods never are: «7 дней» is no shorter than the law's window)
        self.sentences: list[tuple[int, int]] = []
        self.starts: list[int] | None = None
        self.parsed: dict[int, _Sentence] = {}
        self.kinds: dict[int, str | None] = {}

    def kind(self, index: int) -> str | None:
        if index not in self.kinds:
            self.kinds[index] = self._classify(self.periods[index])
        return self.kinds[index]

    def _classify(self, whole: Period) -> str | None:
        if self.starts is None:
            self.sentences = [m.span() for m in _SENTENCE.finditer(self.text)]
            self.starts = [s for s, _ in self.sentences]
        k = bisect_right(self.starts, whole.start) - 1
        if k < 0:
            return None
        offset, stop = self.sentences[k]
        if whole.start >= stop:
            return None
        if k not in self.parsed:
            self.parsed[k] = _Sentence(self.text[offset:stop])
        parsed = self.parsed[k]
        sentence = parsed.text
        start, end = whole.start - offset, whole.end - offset
        before = max(0, start - 30)
        if _RX.past_after.match(sentence, end) or _RX.past_before.search(sentence, before, start) or \
                _RX.span_before.search(sentence, before, start):
            return None
        if _RX.purpose_after.match(sentence, end):
            return None  # «2 дня на проверку», "3 days for inspection": how long a step takes
        kind = parsed.classify(start)
        lo, hi = parsed.clause(start)
        lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
        if kind == "money" and _money_window(sentence, lo, start, end):
            kind = "ret"  # the buyer must ask within it: a return window, not a refund delay
        if kind == "ret":
            # a condition on the clause before it carries that clause's obligation («возврат
            # принимаем, если посылка дойдёт за 3 дня»)
            cond = _RX.condition.match(sentence, lo)
            if _in_transit(sentence, lo, hi, max(0, start - _REACH) if cond else lo):
                return None  # «возврат доходит до нас за 5 дней»: the parcel's journey
            if _RX.request.search(sentence, lo, hi) and _RX.reply.search(sentence, lo, hi):
                return None  # «ответим на заявку о возврате в течение суток»
            if not whole.ranged and _RX.lower_bound.search(sentence, before, start):
                return None  # «не менее 7 дней», "at least 3 days": no shorter window is stated
        return kind


@lru_cache(maxsize=256)
def _reading(text: str) -> _Reading:
    return _Reading(text)


def stated_periods(text: str) -> tuple[tuple[Period, str], ...]:
    """Every period in ``text`` with what it is: 'money' (refund delay) or 'ret' (return window)."""
    reading = _reading(text)
    out = []
    for i, p in enumerate(reading.periods):
        kind = reading.kind(i)
        if kind:
            out.append((p, kind))
    return tuple(out)




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
    reading = _reading(text)
    for i, p in enumerate(reading.periods):
        if p.low < need and reading.kind(i) == "ret":
            yield Hit(p.start, p.end, (fix,))


@code_check("refund_period")
def refund_period(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A refund promised later than 10 days after the buyer's demand (art. 22 ЗоЗПП)."""
    limit = float(params.get("max_days", 10))
    fix = _days_ru(int(limit)) if ctx.language == "ru" else f"{int(limit)} days"
    reading = _reading(text)
    for i, p in enumerate(reading.periods):
        if p.high > limit + 1e-9 and reading.kind(i) == "money":
            yield Hit(p.start, p.end, (fix,))
