"""The ``conditional`` rule kind: cues of every group of meaning in one sentence (or clause),
unless something else is said — Vale's "conditional", proselint's co-occurrence checks.

"Leave five stars and get 300 ₽ cashback" has a thousand phrasings; what they share is a
request about the review and a reward in one sentence. A rule lists its groups as data, mostly
by naming shared lexicons (see :mod:`lexicons`)::

    kind = "conditional"
    groups = [["@review"], ["@change"], ["@reward", 're:\\d+\\s*₽']]
    context = ["@review"]      # optional: somewhere in the paragraph too (or [["@a"], ["@b"]]:
                               # a cue of each somewhere in it)
    unless = ["@ozon_points"]  # optional: nowhere in the paragraph
    except = ["@negation"]     # optional: not in the same sentence (clause)
    within = "sentence"        # or "clause": the groups must meet in one clause
    distance = 8               # optional: the stretch from the first cue to the last holds at
                               # most this many words
    gate = ["refund*"]         # optional: run only if one of these words is in the paragraph
                               # (words as written, "stem*"): spares a pattern group the regex

The finding covers the shortest stretch of the sentence that holds a cue of every group.

Matching is a set look-up per word: the packs hold every form of every cue (compiled once and
pickled), and one index per language says which cue sets a word belongs to, so a paragraph
without the idea costs one pass over its words for all conditional rules together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import product

from ozon_assistant.checker.lexicons import CueSet, Slot
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import PREFIX_LEN, Token, tokens, word_keys

Span = tuple[int, int]
WITHIN = ("sentence", "clause")


@dataclass(frozen=True)
class Conditional:
    """A conditional rule, compiled: indexes into the packs' list of cue sets."""

    groups: tuple[int, ...]
    context: tuple[int, ...] = ()
    unless: int | None = None
    exclude: int | None = None
    within: str = "sentence"
    distance: int = 0
    gate: int | None = None  # a word of it must be in the paragraph (set look-ups only)
    apart: bool = True  # no word may be a cue of two groups (the old "together" allowed it)


# -- sentences and clauses -------------------------------------------------------------------

#: a sentence ends at . ! ? … followed by a space, or at a line break
_SENTENCE_END = rx(r"[.!?…]+(?=\s|$)|\n")
#: a clause also ends at , ; : ( ) and dashes set apart
_CLAUSE_END = rx(r"[.!?…]+(?=\s|$)|\n|[,;:()]|\s[—–-]\s")
#: abbreviations a full stop does not end a sentence after («ул. Ленина, д. 5», "Mr. Green")
_ABBREVIATIONS = frozenset(
    "ул д пр пер корп стр г гор обл р-н им руб р коп шт см мм кг гр мл тел моб арт т е п с "
    "напр см др проф св оф кв эт пос мкр наб пл б-р ш mr mrs ms dr st no vs etc e g i ave rd".split())
_WORD_BEFORE = rx(r"([^\W\d_][\w-]*)$")


def sentences(text: str, clauses: bool = False) -> Iterator[Span]:
    """(start, end) of each sentence (or clause) of a paragraph."""
    start = 0
    for m in (_CLAUSE_END if clauses else _SENTENCE_END).finditer(text):
        if m.group() == ".":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before and before.group(1).lower() in _ABBREVIATIONS:
                continue  # «ул.», «д.», "Mr." end no sentence
        if text[start:m.end()].strip():
            yield start, m.end()
        start = m.end()
    if text[start:].strip():
        yield start, len(text)


# -- cue sets in a paragraph -----------------------------------------------------------------

#: compiled patterns by source, shared by every rule and checker (never cleared: patterns are
#: data that does not change within a process)
_PATTERNS: dict[str, re.Pattern[str]] = {}


def _pattern(source: str) -> re.Pattern[str]:
    hit = _PATTERNS.get(source)
    if hit is None:
        hit = _PATTERNS[source] = rx(source, re.IGNORECASE)
    return hit


def _phrase_words(toks: Sequence[Token], text: str, i: int,
                  slots: tuple[Slot, ...]) -> tuple[int, ...] | None:
    """The indexes of the words ``slots`` match from ``toks[i]`` on (gaps not counted), or
    None. A phrase does not run over the end of a sentence; a gap takes up to its number of
    words, as few as the next word allows."""
    if not slots[0].takes(toks[i].key):
        return None
    words = [i]
    j = i
    k = 1
    while k < len(slots):
        slot = slots[k]
        if slot.gap:
            nxt = slots[k + 1]
            for skip in range(slot.gap + 1):
                n = j + 1 + skip
                if n >= len(toks) or _broken(text, toks[n - 1].end, toks[n].start):
                    return None
                if nxt.takes(toks[n].key):
                    break
            else:
                return None
            k += 2
        else:
            n = j + 1
            if n >= len(toks) or _broken(text, toks[j].end, toks[n].start) or \
                    not slot.takes(toks[n].key):
                return None
            k += 1
        words.append(n)
        j = n
    return tuple(words)


def _broken(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return any(c in gap for c in ".!?;\n")


#: one place a cue stands: its start and end in the paragraph and the words it is made of
#: (a phrase's gap words are not among them)
Cue = tuple[int, int, tuple[int, ...]]


def occurrences(cues: CueSet, text: str, toks: Sequence[Token]) -> list[Cue]:
    """Every place in a paragraph where one of ``cues`` stands, in text order."""
    out: list[Cue] = []
    words, stems, phrases = cues.words, cues.stems, cues.phrases
    for i, tok in enumerate(toks):
        key = tok.key
        if key in words or (stems and key.startswith(stems)):
            out.append((tok.start, tok.end, (i,)))
        for slots in phrases:
            matched = _phrase_words(toks, text, i, slots)
            if matched is not None:
                out.append((tok.start, toks[matched[-1]].end, matched))
    if cues.patterns:
        starts = [t.start for t in toks]
        for source in cues.patterns:
            for m in _pattern(source).finditer(text):
                if m.end() > m.start():
                    inside = range(bisect_left(starts, m.start()), bisect_left(starts, m.end()))
                    out.append((m.start(), m.end(), tuple(inside)))
    out.sort()
    return out


class CueIndex:
    """Which cue sets a paragraph may hold, answered by set look-ups on its words: a form (or a
    phrase's first word) → the cue sets it is in; a stem → the same; patterns are tried only
    for cue sets that need them."""

    def __init__(self, cue_sets: dict[int, CueSet]) -> None:
        words: dict[str, set[int]] = {}
        stems: dict[str, set[int]] = {}
        for cid, cues in cue_sets.items():
            for form in cues.words | cues.heads:
                words.setdefault(form, set()).add(cid)
            for stem in (*cues.stems, *cues.head_stems):
                stems.setdefault(stem, set()).add(cid)
        self.words = {k: frozenset(v) for k, v in words.items()}
        self.short_stems = {k: frozenset(v) for k, v in stems.items() if len(k) <= PREFIX_LEN}
        self.long_stems = tuple((k, frozenset(v)) for k, v in stems.items() if len(k) > PREFIX_LEN)
        self.patterned = frozenset(cid for cid, c in cue_sets.items() if c.patterns)

    def present(self, text: str) -> set[int]:
        """The cue sets a word of ``text`` belongs to (a phrase counted by its first word;
        a cue set with patterns is not in here unless a word says so)."""
        keys, heads = word_keys(text)
        found: set[int] = set()
        index = self.words
        for key in keys:
            ids = index.get(key)
            if ids:
                found |= ids
        if self.short_stems:
            for stem in heads.intersection(self.short_stems):
                found |= self.short_stems[stem]
        for stem, ids in self.long_stems:
            if any(k.startswith(stem) for k in keys):
                found |= ids
        return found


class Paragraph:
    """One paragraph as the conditional rules read it: cue occurrences worked out once per cue
    set, sentences and clauses once."""

    def __init__(self, text: str, cue_sets: dict[int, CueSet], present: set[int]) -> None:
        self.text = text
        self.cue_sets = cue_sets
        self.present = present
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        self._found: dict[int, list[Cue]] = {}
        self._units: dict[bool, list[Span]] = {}

    def may_hold(self, cid: int) -> bool:
        return cid in self.present or bool(self.cue_sets[cid].patterns)

    def spans(self, cid: int) -> list[Cue]:
        hit = self._found.get(cid)
        if hit is None:
            cues = self.cue_sets[cid]
            if cid not in self.present:  # only its patterns can be here
                cues = CueSet(frozenset(), (), (), cues.patterns)
            hit = self._found[cid] = occurrences(cues, self.text, self.toks)
        return hit

    def units(self, clauses: bool) -> list[Span]:
        hit = self._units.get(clauses)
        if hit is None:
            hit = self._units[clauses] = list(sentences(self.text, clauses))
        return hit

    def words_between(self, start: int, end: int) -> int:
        return bisect_left(self.starts, end) - bisect_left(self.starts, start)


def find(rule: Conditional, para: Paragraph) -> Iterator[Span]:
    """Where ``rule`` holds in the paragraph: per sentence (clause), the shortest stretch with a
    cue of every group."""
    if rule.gate is not None and rule.gate not in para.present:
        return
    if not all(para.may_hold(g) for g in rule.groups):
        return
    if not all(para.may_hold(c) and para.spans(c) for c in rule.context):
        return
    if rule.unless is not None and para.may_hold(rule.unless) and para.spans(rule.unless):
        return
    found = [para.spans(g) for g in rule.groups]
    if not all(found):
        return
    excluded = para.spans(rule.exclude) if rule.exclude is not None and \
        para.may_hold(rule.exclude) else []
    for lo, hi in para.units(rule.within == "clause"):
        inside = [[c for c in cues if lo <= c[0] and c[1] <= hi] for cues in found]
        if not all(inside):
            continue
        if any(lo <= c[0] and c[1] <= hi for c in excluded):
            continue
        best = _shortest(inside, rule.apart)
        if best is None:
            continue
        if rule.distance and para.words_between(*best) > rule.distance:
            continue
        yield best


#: at most this many cues of one group in one sentence are weighed against each other (a
#: sentence that repeats a cue more often is read by its first ones: the search stays small)
_MAX_PER_GROUP = 6


def _shortest(groups: list[list[Cue]], apart: bool = True) -> Span | None:
    """The shortest stretch holding one cue of every group. With ``apart``, no word is a cue of
    two groups ("email" is not both the contact and the channel; a phrase's gap words are
    free)."""
    best: Span | None = None
    for combo in product(*(cues[:_MAX_PER_GROUP] for cues in groups)):
        if apart and len(combo) > 1:
            words = [w for c in combo for w in c[2]]
            if len(set(words)) < len(words):
                continue
        start = min(c[0] for c in combo)
        end = max(c[1] for c in combo)
        if best is None or end - start < best[1] - best[0]:
            best = (start, end)
    return best
