"""Corrections for a misspelled word: search near words, keep real ones, rank by how likely.

1. rapidfuzz finds every vocabulary word within two edits (OSA: a swap is one edit) among the
   words of nearly the same length that start with the typo's first letter or one that sounds
   like it («зделать» → «с…», «отака» → «а…»): people rarely get a word's first letter wrong
   otherwise, and these words are a tenth of the vocabulary. Only when none of them is a common
   real word one edit away are the other first letters searched too («ельзя» → «нельзя»). On
   the development rows this finds as many right corrections as searching every word (a few
   more: fewer far-fetched rivals) in a fifth of the time (``benchmarks/bench_spelling.py``).
   A lexicon that can (Russian: :meth:`.russian.RussianLexicon.near_words`) adds the dictionary
   words one slip away that the frequency list lacks (rare forms, compounds), and a word with a
   syllable typed twice is offered once («покупупку» → «покупку», :func:`unstuttered`).
2. Only words the lexicon accepts stay (the frequency list also holds common misspellings).
3. Each is scored like a noisy channel: log-frequency of the word minus the weighted cost of the
   slips that turn it into what was typed (:mod:`.edits`). The best five are offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import fold
from ozon_assistant.spelling.edits import EditModel
from ozon_assistant.spelling.frequency import Vocabulary

MAX_SUGGESTIONS = 5


class Lexicon(Protocol):
    def is_correct(self, word: str) -> bool: ...


@dataclass
class Ranking:
    """General weights of the ranking (tuned on one half of the development rows, checked on
    the other): how much an edit costs against a factor of ten in frequency."""

    edit_weight: float = 2.8  # Russian; 2.2 before the dictionary's own neighbours came in
    max_edits: int = 2
    short_word: int = 4  # words this short only get one-edit candidates
    shortlist: int = 20  # candidates scored per word, best by plain distance and frequency
    length_window: int = 1  # search words this many letters shorter or longer (2: slower,
    # one row better on the development set)
    #: A real word this common (Zipf 2.5: three in a million words) one edit away, starting
    #: with a letter like the typo's, settles where to look: other first letters are searched
    #: only without one («ельзя» → «нельзя»: no common «е…» word is one edit away)
    settle_zipf: float = 2.5
    context_weight: float = 1.0  # weight of the neighbour bonus (:mod:`.context`), where any
    #: the frequency of a dictionary word the frequency list lacks (it starts at Zipf 1: once
    #: in a billion words), for ranking the lexicon's own neighbours (``near_words``)
    unlisted_zipf: float = 0.5


def search(vocab: Vocabulary, word: str, max_edits: int, window: int = 2,
           part: Callable[[str, bool], bool] | None = None) -> list[tuple[str, int, float]]:
    """(candidate, plain edit distance, zipf) for vocabulary words within ``max_edits`` in the
    sections ``part(first letter, common)`` accepts (every word when it is None)."""
    from rapidfuzz import process  # here: a clean reply never needs it
    from rapidfuzz.distance import Levenshtein

    out: list[tuple[str, int, float]] = []
    n = len(word)
    window = min(window, max_edits)
    for length in range(max(1, n - window), n + window + 1):
        for letter in vocab.letters(length):
            for common in (True, False):
                found = (vocab.section(length, letter, common)
                         if part is None or part(letter, common) else None)
                if not found:
                    continue
                bucket, zipfs = found
                for cand, dist, index in process.extract(word, bucket, limit=None,
                                                         scorer=Levenshtein.distance,
                                                         score_cutoff=max_edits):
                    if dist > 0:
                        out.append((cand, int(dist), float(zipfs[index])))
    return out


RUN_RE = rx(r"(\w)\1{2,}")
#: the cost of a syllable typed twice («покупупку», «отправилили»): one slip of the hand,
#: however many letters it repeats (as a swap costs)
STUTTER = 0.75


def unstuttered(word: str, lexicon: Lexicon) -> list[str]:
    """Dictionary words that are ``word`` with a repeated piece of two to four letters typed
    once: «покупупку» → «покупку», «отправилили» → «отправили»."""
    out = []
    n = len(word)
    for size in (2, 3, 4):
        for i in range(n - 2 * size + 1):
            if word[i:i + size] == word[i + size:i + 2 * size]:
                cand = word[:i + size] + word[i + 2 * size:]
                if len(cand) >= 3 and cand not in out and lexicon.is_correct(cand):
                    out.append(cand)
    return out


def unstretched(word: str, lexicon: Lexicon) -> list[str]:
    """«воооот» → «вот», «ооочень» → «очень»: letters held down for emphasis, not typos.
    Each run of three or more is tried as one and as two letters."""
    runs = list(RUN_RE.finditer(word))
    if not runs or len(runs) > 4:
        return []
    options = [""]
    last = 0
    for m in runs:
        piece = word[last:m.start()]
        options = [o + piece + m.group(1) * k for o in options for k in (1, 2)]
        last = m.end()
    options = [o + word[last:] for o in options]
    return [o for o in sorted(options, key=len) if lexicon.is_correct(o)]


def suggest(word: str, vocab: Vocabulary, lexicon: Lexicon, model: EditModel,
            ranking: Ranking | None = None, extra: tuple[str, ...] = (),
            context: Callable[[str], float] | None = None) -> list[str]:
    """Up to five corrections for ``word``, best first, in lower case (the caller restores case).

    ``extra`` are corrections known for sure (the dictionary's own link for a distorted word);
    they come first."""
    from rapidfuzz.distance import OSA

    r = ranking or Ranking()
    key = fold(word)
    max_edits = 1 if len(key) <= r.short_word else r.max_edits
    alike = model.alike(key[:1])

    def near(part: Callable[[str, bool], bool]) -> list[tuple[str, int, float]]:
        # Levenshtein finds them fast; the shortlist is by OSA distance (a swap is one slip)
        hits = search(vocab, key, max(2, max_edits), r.length_window, part)
        return [h for c, _d, z in hits if (h := (c, OSA.distance(key, c), z))[1] <= max_edits]

    found = near(lambda letter, common: common and letter in alike)
    settled = any(d <= 1 and z >= r.settle_zipf and lexicon.is_correct(c) for c, d, z in found)
    if not settled:
        found += near(lambda letter, common: not common or letter not in alike)
    neighbours = getattr(lexicon, "near_words", None)
    vouched: set[str] = set()  # the lexicon's own answers (compounds too): no second look-up
    if neighbours is not None:  # dictionary words the frequency list lacks, one slip away
        listed = {c for c, _d, _z in found}
        for cand in neighbours(key):
            folded = fold(cand)
            if settled and folded[:1] not in alike:
                continue  # as above: another first letter only when nothing common is near
            vouched.add(folded)
            if folded not in listed:
                listed.add(folded)
                found.append((folded, 1, vocab.zipf(folded) or r.unlisted_zipf))
    found.sort(key=lambda c: (c[1], -c[2]))
    scored: list[tuple[float, str]] = []
    for cand in unstuttered(key, lexicon):  # «покупупку»: a syllable typed twice
        scored.append(((vocab.zipf(cand) or r.unlisted_zipf) - r.edit_weight * STUTTER, cand))
    for cand, _dist, zipf in found:
        if len(scored) >= r.shortlist:
            break
        if cand not in vouched and not lexicon.is_correct(cand):
            continue
        score = zipf - r.edit_weight * model.distance(key, cand)
        if context is not None:
            score += r.context_weight * context(cand)
        scored.append((score, cand))
    scored.sort(key=lambda s: -s[0])
    out = [fold(e) for e in extra] + unstretched(key, lexicon) + [c for _s, c in scored]
    return list(dict.fromkeys(out))[:MAX_SUGGESTIONS]
