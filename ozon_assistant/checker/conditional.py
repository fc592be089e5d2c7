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
from itertools import pairwise, product

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
    #: read as the old "together" check: a word may be a cue of two groups (a gate word and a
    #: pattern over it); otherwise no word is a cue of two groups
    legacy: bool = False


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


def _phrase_words(toks: Sequence[Token], broken: Sequence[bool], i: int,
                  slots: tuple[Slot, ...]) -> tuple[int, ...] | None:
    """The indexes of the words ``slots`` match from ``toks[i]`` on (gaps not counted), or
    None. A phrase does not run over the end of a sentence (``broken[n]``: the text before word
    ``n`` ends one); a gap takes up to its number of words, as few as the next word allows."""
    words = [i]
    j = i
    k = 1
    last = len(toks) - 1
    while k < len(slots):
        slot = slots[k]
        if slot.gap:
            nxt = slots[k + 1]
            n = j
            for _skip in range(slot.gap + 1):
                n += 1
                if n > last or broken[n]:
                    return None
                if nxt.takes(toks[n].key):
                    break
            else:
                return None
            k += 2
        else:
            n = j + 1
            if n > last or broken[n] or not slot.takes(toks[n].key):
                return None
            k += 1
        words.append(n)
        j = n
    return tuple(words)


#: what ends a phrase between two words
_BREAK = rx(r"[.!?;\n]")


def _breaks(text: str, toks: Sequence[Token]) -> list[bool]:
    """For each word, whether the text before it (from the word before) ends a sentence."""
    search = _BREAK.search
    return [False] + [search(text, a.end, b.start) is not None for a, b in pairwise(toks)]


#: one place a cue stands: its start and end in the paragraph and the words it is made of
#: (a phrase's gap words are not among them)
Cue = tuple[int, int, tuple[int, ...]]


def occurrences(cues: CueSet, text: str, toks: Sequence[Token]) -> list[Cue]:
    """Every place in a paragraph where one of ``cues`` stands, in text order (one cue set on
    its own; the engine reads all of them at once through :class:`CueIndex`)."""
    index = CueIndex({0: cues})
    return Paragraph(text, index, index.present(text)).spans(0)


def _pattern_cues(sources: tuple[str, ...], text: str, starts: list[int]) -> list[Cue]:
    out: list[Cue] = []
    for source in sources:
        for m in _pattern(source).finditer(text):
            if m.end() > m.start():
                inside = range(bisect_left(starts, m.start()), bisect_left(starts, m.end()))
                out.append((m.start(), m.end(), tuple(inside)))
    return out


_Phrases = tuple[tuple[int, tuple[Slot, ...]], ...]
_Heads = dict[str, _Phrases]
#: a phrase's first word → (its second word → the phrases; the phrases whose second slot is a
#: gap or a stem): most phrases start with a common word ("you can", «мы сами»), and the next
#: word rules nearly all of them out with one look-up
_TwoLevel = dict[str, tuple[dict[str, _Phrases], _Phrases]]


class CueIndex:
    """The cue sets of one language's live rules, laid out for one pass over a paragraph's
    words: a form → the cue sets it is a word of, and the phrases it begins; a stem → the same.
    Which cue sets a paragraph may hold is then set look-ups only; patterns are tried only for
    the cue sets that have them, and only when a rule gets that far."""

    def __init__(self, cue_sets: dict[int, CueSet]) -> None:
        self.cue_sets = cue_sets
        words: dict[str, list[int]] = {}
        heads: dict[str, list[tuple[int, tuple[Slot, ...]]]] = {}
        stems: dict[str, list[int]] = {}
        stem_heads: dict[str, list[tuple[int, tuple[Slot, ...]]]] = {}
        for cid, cues in cue_sets.items():
            for form in cues.words:
                words.setdefault(form, []).append(cid)
            for stem in cues.stems:
                stems.setdefault(stem, []).append(cid)
            for slots in cues.phrases:
                for form in slots[0].forms:
                    heads.setdefault(form, []).append((cid, slots))
                for stem in slots[0].stems:
                    stem_heads.setdefault(stem, []).append((cid, slots))
        self.words = {k: tuple(v) for k, v in words.items()}
        self.heads: _TwoLevel = {}
        for form, phrases in heads.items():
            by_next: dict[str, list[tuple[int, tuple[Slot, ...]]]] = {}
            others = []
            for cid, slots in phrases:
                second = slots[1]
                if second.gap or second.stems:
                    others.append((cid, slots))
                else:
                    for f in second.forms:
                        by_next.setdefault(f, []).append((cid, slots))
            self.heads[form] = ({k: tuple(v) for k, v in by_next.items()}, tuple(others))
        self.stems = {k: tuple(v) for k, v in stems.items()}
        self.stem_heads: _Heads = {k: tuple(v) for k, v in stem_heads.items()}
        self.forms = frozenset(self.words) | frozenset(self.heads)
        #: a form or a stem → every cue set it may stand for (a word, or a phrase's first)
        self.ids: dict[str, frozenset[int]] = {}
        for form in self.forms:
            nexts, rest = self.heads.get(form, ({}, ()))
            self.ids[form] = frozenset((*self.words.get(form, ()),
                                        *(c for ps in nexts.values() for c, _s in ps),
                                        *(c for c, _s in rest)))
        for stem in set(self.stems) | set(self.stem_heads):
            self.ids[stem + "*"] = frozenset((*self.stems.get(stem, ()),
                                              *(c for c, _s in self.stem_heads.get(stem, ()))))
        all_stems = frozenset(self.stems) | frozenset(self.stem_heads)
        self.short_stems = frozenset(k for k in all_stems if len(k) <= PREFIX_LEN)
        self.long_stems = tuple(k for k in all_stems if len(k) > PREFIX_LEN)
        self.patterned = frozenset(cid for cid, c in cue_sets.items() if c.patterns)

    def present(self, text: str) -> set[int]:
        """The cue sets a word of ``text`` belongs to (a phrase counted by its first word;
        a cue set with patterns only is not in here)."""
        keys, heads = word_keys(text)
        found: set[int] = set()
        ids = self.ids
        for key in keys.intersection(self.forms):
            found |= ids[key]
        for stem in self._stems_in(keys, heads):
            found |= ids[stem + "*"]
        return found

    def _stems_in(self, keys: frozenset[str], heads: frozenset[str]) -> list[str]:
        out = list(heads.intersection(self.short_stems)) if self.short_stems else []
        out += [st for st in self.long_stems if any(k.startswith(st) for k in keys)]
        return out


class Paragraph:
    """One paragraph as the conditional rules read it: one pass over its words finds every cue
    of every cue set (on the first rule that needs them), patterns and sentences once."""

    def __init__(self, text: str, index: CueIndex, present: set[int]) -> None:
        self.text = text
        self.index = index
        self.present = present
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        self._words: dict[int, list[Cue]] | None = None
        self._found: dict[int, list[Cue]] = {}
        self._units: dict[bool, list[Span]] = {}

    def may_hold(self, cid: int) -> bool:
        return cid in self.present or cid in self.index.patterned

    def _read_words(self) -> dict[int, list[Cue]]:
        index, text, toks = self.index, self.text, self.toks
        found: dict[int, list[Cue]] = {}
        keys, heads = word_keys(text)
        broken = _breaks(text, toks) if index.heads or index.stem_heads else []
        stems = index._stems_in(keys, heads)
        lengths = sorted({len(st) for st in stems})
        stem_set = frozenset(stems)
        forms = index.forms
        last = len(toks) - 1
        for i, tok in enumerate(toks):
            key = tok.key
            if key in forms:
                for cid in index.words.get(key, ()):
                    found.setdefault(cid, []).append((tok.start, tok.end, (i,)))
                head = index.heads.get(key)
                if head is not None:
                    by_next, others = head
                    phrases = others
                    if i < last and not broken[i + 1]:
                        phrases = by_next.get(toks[i + 1].key, ()) + others
                    for cid, slots in phrases:
                        matched = _phrase_words(toks, broken, i, slots)
                        if matched is not None:
                            found.setdefault(cid, []).append((tok.start, toks[matched[-1]].end,
                                                              matched))
            for n in lengths:
                stem = key[:n]
                if len(key) < n or stem not in stem_set:
                    continue
                for cid in index.stems.get(stem, ()):
                    found.setdefault(cid, []).append((tok.start, tok.end, (i,)))
                for cid, slots in index.stem_heads.get(stem, ()):
                    matched = _phrase_words(toks, broken, i, slots)
                    if matched is not None:
                        found.setdefault(cid, []).append((tok.start, toks[matched[-1]].end,
                                                          matched))
        return found

    def spans(self, cid: int) -> list[Cue]:
        hit = self._found.get(cid)
        if hit is None:
            if self._words is None:
                self._words = self._read_words()
            hit = list(self._words.get(cid, ()))
            patterns = self.index.cue_sets[cid].patterns
            if patterns:
                hit += _pattern_cues(patterns, self.text, self.starts)
            hit.sort()
            self._found[cid] = hit
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
    found = []
    for g in rule.groups:
        cues = para.spans(g)
        if not cues:
            return
        found.append(cues)
    if not all(para.may_hold(c) and para.spans(c) for c in rule.context):
        return
    if rule.unless is not None and para.may_hold(rule.unless) and para.spans(rule.unless):
        return
    excluded = para.spans(rule.exclude) if rule.exclude is not None and \
        para.may_hold(rule.exclude) else []
    for lo, hi in para.units(rule.within == "clause"):
        inside = [[c for c in cues if lo <= c[0] and c[1] <= hi] for cues in found]
        if not all(inside):
            continue
        if any(lo <= c[0] and c[1] <= hi for c in excluded):
            continue
        taken: list[Span] = []
        for _round in range(_MAX_PER_UNIT):
            free = [[c for c in cues if not any(c[0] < b and a < c[1] for a, b in taken)]
                    for cues in inside]
            if not all(free):
                break
            best = _shortest(free, not rule.legacy)
            if best is None:
                break
            taken.append(best)
            if rule.distance and para.words_between(*best) > rule.distance:
                continue
            yield best


#: at most this many findings of one rule in one sentence (each on words the others left)
_MAX_PER_UNIT = 3
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
