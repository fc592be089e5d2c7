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
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import product

from ozon_assistant.checker.lexicons import CueSet, Slot
from ozon_assistant.checker.morphology import abbreviations
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import PREFIX_LEN, Token, tokens, word_keys
from ozon_assistant.core.types import Span

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
_WORD_BEFORE = rx(r"([^\W\d_][\w-]*)$")


def sentences(text: str, clauses: bool = False) -> Iterator[Span]:
    """(start, end) of each sentence (or clause) of a paragraph."""
    start = 0
    for m in (_CLAUSE_END if clauses else _SENTENCE_END).finditer(text):
        if m.group() == ".":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if before and before.group(1).lower() in abbreviations():
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


def _breaks(text: str, starts: list[int]) -> list[bool]:
    """For each word (``starts``: where each begins), whether the text before it, from the word
    before, ends a sentence."""
    broken = [False] * len(starts)
    for m in _BREAK.finditer(text):
        j = bisect_left(starts, m.end())
        if 0 < j < len(starts):
            broken[j] = True
    return broken


#: one place a cue stands: its start and end in the paragraph and the words it is made of
#: (a phrase's gap words are not among them)
Cue = tuple[int, int, tuple[int, ...]]


def _pattern_cues(sources: tuple[str, ...], text: str, starts: list[int], lo: int = 0,
                  hi: int | None = None) -> list[Cue]:
    out: list[Cue] = []
    for source in sources:
        for m in _pattern(source).finditer(text, lo, len(text) if hi is None else hi):
            if m.end() > m.start():
                inside = range(bisect_left(starts, m.start()), bisect_left(starts, m.end()))
                out.append((m.start(), m.end(), tuple(inside)))
    return out


_Phrases = tuple[tuple[int, tuple[Slot, ...]], ...]
#: of a phrase's first two words: the cue sets of its phrases that end there (or in a stem),
#: the last words of the others and, for each, their cue sets
_PairEnds = tuple[frozenset[int], tuple[tuple[frozenset[str], int], ...]]
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
        stems: dict[str, list[int]] = {}
        stem_heads: dict[str, list[tuple[int, tuple[Slot, ...]]]] = {}
        #: each cue set's words, and the forms its phrases begin with (with the phrases): a
        #: form's cue sets and phrases are found on first use (:meth:`read_of`,
        #: :meth:`probe_of`), a set look-up per cue set. Laying out every form's tables up front
        #: took 0.3 s of every ``check`` (the first-word × next-word tables of the English rules
        #: alone are 400 000 entries), and inverting every form 13-24 ms; a reply holds a few
        #: hundred of the forms
        word_sets: list[tuple[int, frozenset[str]]] = []
        head_sets: list[tuple[int, frozenset[str], tuple[tuple[Slot, ...], ...]]] = []
        for cid, cues in cue_sets.items():
            if cues.words:
                word_sets.append((cid, cues.words))
            for stem in cues.stems:
                stems.setdefault(stem, []).append(cid)
            if cues.phrases:
                firsts = frozenset().union(*(slots[0].forms for slots in cues.phrases))
                if firsts:
                    head_sets.append((cid, firsts, cues.phrases))
            for slots in cues.phrases:
                for stem in slots[0].stems:
                    stem_heads.setdefault(stem, []).append((cid, slots))
        self._word_sets = tuple(word_sets)
        self._head_sets = tuple(head_sets)
        self.stems = {k: tuple(v) for k, v in stems.items()}
        self.stem_heads: _Heads = {k: tuple(v) for k, v in stem_heads.items()}
        self.forms = frozenset().union(*(w for _c, w in word_sets),
                                       *(f for _c, f, _p in head_sets))
        self.has_phrases = bool(head_sets or stem_heads)
        #: a stem + "*" → the cue sets it stands for as a word or as the first word of a phrase
        self.ids: dict[str, frozenset[int]] = {}
        for stem in set(self.stems) | set(self.stem_heads):
            self.ids[stem + "*"] = frozenset((*self.stems.get(stem, ()),
                                              *(c for c, _s in self.stem_heads.get(stem, ()))))
        self._read: dict[str, tuple[tuple[int, ...], dict[str, _Phrases], _Phrases]] = {}
        self._probe: dict[str, tuple[frozenset[int],
                                     tuple[frozenset[str], dict[str, _PairEnds]] | None]] = {}
        #: every next word of the phrases of the forms in :attr:`_probe`
        self._seconds: set[str] = set()
        all_stems = frozenset(self.stems) | frozenset(self.stem_heads)
        self.short_stems = frozenset(k for k in all_stems if len(k) <= PREFIX_LEN)
        self.long_stems = tuple(k for k in all_stems if len(k) > PREFIX_LEN)
        self.patterned = frozenset(cid for cid, c in cue_sets.items() if c.patterns)

    def words_of(self, form: str) -> tuple[int, ...]:
        """The cue sets ``form`` is a word of, in their order."""
        return tuple(cid for cid, words in self._word_sets if form in words)

    def _head_phrases(self, form: str) -> list[tuple[int, tuple[Slot, ...]]]:
        """The phrases ``form`` may begin, with their cue sets, in their order."""
        return [(cid, slots) for cid, firsts, phrases in self._head_sets if form in firsts
                for slots in phrases if form in slots[0].forms]

    def read_of(self, form: str) -> tuple[tuple[int, ...], dict[str, _Phrases], _Phrases]:
        """One look-up per word (``form`` is one of :attr:`forms`): the cue sets it is a word
        of, and the phrases it may begin — by their second word, and those whose second slot
        is a gap or a stem."""
        hit = self._read.get(form)
        if hit is None:
            by_next: dict[str, list[tuple[int, tuple[Slot, ...]]]] = {}
            others = []
            for cid, slots in self._head_phrases(form):
                second = slots[1]
                if second.gap or second.stems:
                    others.append((cid, slots))
                else:
                    for f in second.forms:
                        by_next.setdefault(f, []).append((cid, slots))
            hit = self._read[form] = (self.words_of(form),
                                      {k: tuple(v) for k, v in by_next.items()}, tuple(others))
        return hit

    def probe_of(self, form: str) -> tuple[frozenset[int],
                                           tuple[frozenset[str], dict[str, _PairEnds]] | None]:
        """What ``form`` (one of :attr:`forms`) says about presence: the cue sets it stands for
        as a word (or as the first word of a phrase whose next word is a stem), and, for the
        phrases it begins, their next word (past a gap) → (the cue sets of the phrases that end
        there or in a stem; its last word's forms → the cue sets of the others): a phrase
        counts only when those words are all in the paragraph."""
        hit = self._probe.get(form)
        if hit is None:
            ids = set(self.words_of(form))
            pairs: dict[str, list[tuple[frozenset[str] | None, int]]] = {}
            for cid, slots in self._head_phrases(form):
                nxt = slots[2] if slots[1].gap else slots[1]
                if nxt.stems or nxt.number or not nxt.forms:
                    ids.add(cid)
                    continue
                end = slots[-1]
                last = end.forms if end is not nxt and not (end.stems or end.number) else None
                for f in nxt.forms:
                    pairs.setdefault(f, []).append((last, cid))
            table: dict[str, _PairEnds] = {}
            for next_form, entries in pairs.items():
                # the last word's forms stay the slot's own set, shared by every pair: a table
                # keyed by them too took 1.8 GB per language (first × next × last forms)
                always = frozenset(cid for ends, cid in entries if ends is None)
                table[next_form] = (always, tuple((ends, cid) for ends, cid in entries
                                                  if ends is not None))
            hit = (frozenset(ids), (frozenset(table), table) if pairs else None)
            self._seconds.update(table)  # before the entry is seen (:meth:`present` relies on it)
            self._probe[form] = hit
        return hit

    def present(self, text: str) -> set[int]:
        """The cue sets a word of ``text`` belongs to (a phrase counted when its first two
        words are there; a cue set with patterns only is not in here)."""
        keys, heads = word_keys(text)
        found: set[int] = set()
        probe = self.probe_of
        probes = [probe(key) for key in keys.intersection(self.forms)]
        # the paragraph's words that are the next word of some phrase probed so far (a superset
        # of those of the phrases above): each phrase's next words are then looked for among
        # these few rather than among all the paragraph's words
        nexts = keys.intersection(self._seconds)
        for cids, pairs in probes:
            found |= cids
            if pairs is None:
                continue
            seconds, table = pairs
            for second in nexts.intersection(seconds):  # C walks the smaller set
                always, enders = table[second]
                found |= always
                for lasts, cid in enders:
                    if cid not in found and not keys.isdisjoint(lasts):
                        found.add(cid)
        for stem in self._stems_in(keys, heads):
            found |= self.ids[stem + "*"]
        return found

    def _stems_in(self, keys: frozenset[str], heads: frozenset[str]) -> list[str]:
        out = list(heads.intersection(self.short_stems)) if self.short_stems else []
        out += [st for st in self.long_stems if any(k.startswith(st) for k in keys)]
        return out


class Paragraph:
    """One paragraph as the conditional rules read it: one pass over its words finds every cue
    of every cue set (on the first rule that needs them), patterns and sentences once."""

    def __init__(self, text: str, index: CueIndex, present: set[int],
                 wanted: frozenset[int] | None = None) -> None:
        self.text = text
        self.index = index
        self.present = present
        #: the cue sets the rules still in play read (None: all); phrases of others are not tried
        self.wanted = wanted
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        self._words: dict[int, list[Cue]] | None = None
        self._found: dict[tuple[int, tuple[Span, ...] | None], list[Cue]] = {}
        self._units: dict[bool, list[Span]] = {}

    def may_hold(self, cid: int) -> bool:
        return cid in self.present or cid in self.index.patterned

    def _read_words(self) -> dict[int, list[Cue]]:
        """Every cue set's words and phrases in the paragraph: only the words that are a form
        or begin with a stem of some cue set are looked at (set intersections pick them)."""
        index, text, toks = self.index, self.text, self.toks
        found: defaultdict[int, list[Cue]] = defaultdict(list)
        keys, heads = word_keys(text)
        hits = keys.intersection(index.forms)
        stems = index._stems_in(keys, heads)
        if not hits and not stems:
            return found
        broken = _breaks(text, self.starts) if index.has_phrases else []
        last = len(toks) - 1
        # the stems each word begins with, shortest first, found once per distinct word: the
        # pass below then skips every other word with two set look-ups
        lengths = sorted({len(st) for st in stems})
        stem_set = frozenset(stems)
        begun: dict[str, list[str]] = {}
        if stems:
            firsts = tuple(stems)
            for key in keys:
                if key.startswith(firsts):
                    begun[key] = [key[:n] for n in lengths if len(key) >= n and key[:n] in stem_set]
        read = index.read_of
        wanted = self.wanted
        for i, tok in enumerate(toks):
            key = tok.key
            if key not in hits and key not in begun:
                continue
            if key in hits:
                cids, by_next, others = read(key)
                for cid in cids:
                    found[cid].append((tok.start, tok.end, (i,)))
                if by_next or others:
                    phrases = others
                    if i < last and not broken[i + 1]:
                        phrases = by_next.get(toks[i + 1].key, ()) + others
                    for cid, slots in phrases:
                        if wanted is not None and cid not in wanted:
                            continue
                        matched = _phrase_words(toks, broken, i, slots)
                        if matched is not None:
                            found[cid].append((tok.start, toks[matched[-1]].end, matched))
            for stem in begun.get(key, ()):
                for cid in index.stems.get(stem, ()):
                    found[cid].append((tok.start, tok.end, (i,)))
                for cid, slots in index.stem_heads.get(stem, ()):
                    if wanted is not None and cid not in wanted:
                        continue
                    matched = _phrase_words(toks, broken, i, slots)
                    if matched is not None:
                        found[cid].append((tok.start, toks[matched[-1]].end, matched))
        return found

    def word_spans(self, cid: int) -> list[Cue]:
        """The cues of ``cid`` that are words or phrases (its patterns aside)."""
        if self.wanted is not None and cid not in self.wanted:
            raise KeyError(f"cue set {cid} was not asked for")
        if self._words is None:
            self._words = self._read_words()
        return self._words.get(cid, [])

    def spans(self, cid: int, within: tuple[Span, ...] | None = None) -> list[Cue]:
        """Every cue of ``cid`` in the paragraph, or in the stretches ``within`` only (its
        patterns are then searched there alone: a slow pattern runs on the sentences the rule's
        other groups already hold, not on the whole paragraph)."""
        key = (cid, within)
        hit = self._found.get(key)
        if hit is None:
            hit = list(self.word_spans(cid))
            patterns = self.index.cue_sets[cid].patterns
            if patterns and within is None:
                hit += _pattern_cues(patterns, self.text, self.starts)
            elif patterns and within:
                hit = [c for c in hit if any(lo <= c[0] and c[1] <= hi for lo, hi in within)]
                for lo, hi in within:
                    hit += _pattern_cues(patterns, self.text, self.starts, lo, hi)
            hit.sort()
            self._found[key] = hit
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
    patterned = para.index.patterned
    plain = [g for g in rule.groups if g not in patterned]
    for g in plain:  # set look-ups before regexes
        if not para.spans(g):
            return
    units = para.units(rule.within == "clause")
    within: tuple[Span, ...] | None = None
    if plain and len(plain) < len(rule.groups):
        # the sentences the groups without patterns meet in: the patterns need look no further
        within = tuple(u for u in units if all(any(u[0] <= c[0] and c[1] <= u[1]
                                                   for c in para.spans(g)) for g in plain))
        if not within:
            return
    found = [para.spans(g, within if g in patterned else None) for g in rule.groups]
    if not all(found):
        return
    if not all(para.may_hold(c) and para.spans(c) for c in rule.context):
        return
    if rule.unless is not None and para.may_hold(rule.unless) and para.spans(rule.unless):
        return
    excluded = para.spans(rule.exclude) if rule.exclude is not None and \
        para.may_hold(rule.exclude) else []
    for lo, hi in within or units:
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
