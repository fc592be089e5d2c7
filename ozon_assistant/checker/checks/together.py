"""Conditional rules: cues from every group in one sentence (Vale's "conditional", proselint's
co-occurrence checks), so a rule states a situation rather than one wording.

"Leave five stars and get 300 ₽ cashback" has a thousand phrasings; what they share is a
request about the review and a reward in the same sentence. A rule lists its cue groups as data:

    params.groups = [["re:(?:оставьте|поставьте)\\s+(?:\\w+\\s+){0,3}?отзыв"], ["кешб*", "скидк*"]]
    params.context = ["отзыв*"]   # optional: somewhere in the paragraph too
    params.unless = ["балл*"]     # optional: nowhere in the paragraph
    params.except = ["never"]     # optional: not in the same sentence (a warning, a negation)

A cue is a word (``скидка``: that word, case and «ё» folded), a stem (``скидк*``: any word it
begins), several words (``в обмен``: in a row) or a regular expression (``re:…``, searched
case-insensitively). The finding covers the sentence from the first cue to the last.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import PREFIX_LEN, Token, fold, tokens, word_keys

#: a sentence ends at . ! ? … followed by a space, or at a line break
_SENTENCE_END = rx(r"[.!?…]+(?=\s|$)|\n")

Span = tuple[int, int]


class Cues:
    """One group of cues, compiled: whole words, stems, word sequences and patterns."""

    def __init__(self, specs: Sequence[str]) -> None:
        self.words: set[str] = set()
        self.stems: list[str] = []
        self.phrases: list[tuple[str, ...]] = []
        patterns: list[str] = []
        for spec in specs:
            if spec.startswith("re:"):
                patterns.append(f"(?:{spec[3:]})")
            elif " " in spec.strip():
                self.phrases.append(tuple(fold(w) for w in spec.split()))
            elif spec.endswith("*"):
                self.stems.append(fold(spec[:-1]))
            else:
                self.words.add(fold(spec))
        self.stems_tuple = tuple(self.stems)
        # a phrase may begin with a stem («служб* доставки»): presence is tested like a stem's
        head_stems = [p[0][:-1] for p in self.phrases if p[0].endswith("*")]
        self.short_stems = frozenset(st for st in self.stems + head_stems if len(st) <= PREFIX_LEN)
        self.long_stems = tuple(st for st in self.stems + head_stems if len(st) > PREFIX_LEN)
        self.heads = frozenset(p[0] for p in self.phrases if not p[0].endswith("*"))
        self.pattern = rx("|".join(patterns), re.IGNORECASE) if patterns else None

    def _word(self, key: str) -> bool:
        return key in self.words or (bool(self.stems_tuple) and key.startswith(self.stems_tuple))

    def among(self, keys: frozenset[str], prefixes: frozenset[str]) -> bool:
        """Whether one of the word cues may be among a paragraph's words (``keys``: its folded
        words, ``prefixes``: every beginning of them up to PREFIX_LEN letters) — set tests
        only. A phrase counts when its first word is there (``find`` checks the rest)."""
        if not self.words.isdisjoint(keys) or not self.heads.isdisjoint(keys):
            return True
        if self.short_stems and not prefixes.isdisjoint(self.short_stems):
            return True
        return bool(self.long_stems) and any(k.startswith(self.long_stems) for k in keys)

    def find(self, text: str, toks: Sequence[Token], lo: int, hi: int) -> Span | None:
        """The first cue of this group in ``text[lo:hi]`` (``toks``: the words there)."""
        best: Span | None = None
        for i, tok in enumerate(toks):
            if self._word(tok.key):
                best = (tok.start, tok.end)
                break
            for phrase in self.phrases:
                if len(toks) - i >= len(phrase) and all(
                        _cue_word(toks[i + k].key, w) for k, w in enumerate(phrase)):
                    best = (tok.start, toks[i + len(phrase) - 1].end)
                    break
            if best:
                break
        if self.pattern is not None:
            m = self.pattern.search(text, lo, hi)
            if m and (best is None or m.start() < best[0]):
                best = m.span()
        return best


def _cue_word(key: str, cue: str) -> bool:
    """A word of a phrase cue: the word itself, or any word a stem («служб*») begins."""
    return key == cue or (cue.endswith("*") and key.startswith(cue[:-1]))


@lru_cache(maxsize=256)
def _cues(specs: tuple[str, ...]) -> Cues:
    return Cues(specs)


def _group(spec: Any) -> Cues:
    return _cues(tuple(str(s) for s in spec or ()))


#: abbreviations a full stop does not end a sentence after («ул. Ленина, д. 5», "Mr. Green")
_ABBREVIATIONS = frozenset(
    "ул д пр пер корп стр г гор обл р-н им руб р коп шт см мм кг гр мл тел моб арт т е п с "
    "напр см др проф св оф кв эт пос мкр наб пл б-р ш mr mrs ms dr st no vs etc e g i ave rd".split())
_WORD_BEFORE = rx(r"([^\W\d_][\w-]*)$")


def sentences(text: str) -> Iterator[Span]:
    """(start, end) of each sentence of a paragraph."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() == ".":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before and before.group(1).lower() in _ABBREVIATIONS:
                continue  # «ул.», «д.», "Mr." end no sentence
        if text[start:m.end()].strip():
            yield start, m.end()
        start = m.end()
    if text[start:].strip():
        yield start, len(text)


class Situation:
    """A rule's params, compiled once: its groups (cheapest first), context, unless, except."""

    def __init__(self, params: dict[str, Any]) -> None:
        self.groups = [_group(g) for g in params.get("groups", [])]
        self.context = _group(params["context"]) if params.get("context") else None
        self.unless = _group(params["unless"]) if params.get("unless") else None
        self.excluded = _group(params["except"]) if params.get("except") else None


_SITUATIONS: dict[int, tuple[dict[str, Any], Situation]] = {}


def _situation(params: dict[str, Any]) -> Situation:
    hit = _SITUATIONS.get(id(params))
    if hit is None or hit[0] is not params:  # keyed by identity: params live as long as rules
        hit = _SITUATIONS[id(params)] = (params, Situation(params))
    return hit[1]


@code_check("together")
def together(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A sentence holding a cue of every group in ``groups`` and none of ``except`` (with
    ``context`` somewhere in the paragraph and ``unless`` nowhere in it)."""
    rule = _situation(params)
    if not rule.groups:
        return
    keys, prefixes = word_keys(text)
    patterns_to_try = []  # groups whose words are not there: their patterns decide, last
    for g in rule.groups:
        if not g.among(keys, prefixes):
            if g.pattern is None:
                return  # the cheap common case: a paragraph without the idea
            patterns_to_try.append(g.pattern)
    if any(p.search(text) is None for p in patterns_to_try):
        return
    all_toks = tokens(text)
    if rule.unless and rule.unless.find(text, all_toks, 0, len(text)):
        return
    if rule.context and not rule.context.find(text, all_toks, 0, len(text)):
        return
    starts = [t.start for t in all_toks]
    for lo, hi in sentences(text):
        toks = all_toks[bisect_left(starts, lo):bisect_left(starts, hi)]
        found = [g.find(text, toks, lo, hi) for g in rule.groups]
        if all(found) and not (rule.excluded and rule.excluded.find(text, toks, lo, hi)):
            spans = [s for s in found if s is not None]
            yield Hit(min(s[0] for s in spans), max(s[1] for s in spans))
