"""A vocabulary a rule lists in its ``params``, matched as a reader would match it.

A team lead writes words the way a dictionary does — «покупатель», «добавить», "customer" — and
every form counts: a Russian word by its lemma (pymorphy3's dictionary through
:mod:`ozon_assistant.checker.morphology`, so «покупателя», «добавьте» match), an English one with
its plural and possessive ("customers", "customer's"). ``"stem*"`` matches any word it begins
(slang the dictionary lacks: «вотсап*» for «вотсапе», «вотсапчик»), and several words in a row
are a phrase («пишите сюда», "add me"), each word matched the same way.

Python keeps no word of its own here: the checks that use a vocabulary know shapes (brackets,
digits, handles), the packs know the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import PREFIX_LEN, fold, word_keys

_CYRILLIC = rx(r"[а-яё]")


def _lemmas(word: str) -> frozenset[str]:
    """The dictionary forms a Russian word may be a form of (itself when unknown)."""
    from ozon_assistant.checker.morphology import readings  # a few ms, the first time only

    return frozenset({word, *(fold(r.lemma) for r in readings(word))})


def _probe(word: str) -> str:
    """The beginning every form of a Russian noun shares: the word less a final vowel or soft
    sign («телег» for «телеге», «телегу»), else the whole word («логин» for «логина»)."""
    return word[:-1] if word[-1] in "аяоеёиыуюьй" and len(word) > 3 else word


def _english_bases(word: str) -> tuple[str, ...]:
    """"customers" → "customer", "customer's" → "customer", "deliveries" → "delivery"."""
    if word.endswith(("'s", "s'")):
        return (word[:-2],)
    if word.endswith("ies") and len(word) > 4:
        return (word[:-3] + "y",)
    if word.endswith("es") and len(word) > 4:
        return (word[:-1], word[:-2])
    if word.endswith("s") and len(word) > 3:
        return (word[:-1],)
    return ()


class Vocab:
    """Words, stems and phrases of one ``params`` list, compiled once (see :func:`vocab`)."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.stems: list[str] = []
        self.phrases: list[tuple[str, ...]] = []
        for entry in entries:
            parts = fold(entry).split()
            if len(parts) > 1:
                self.phrases.append(tuple(parts))
            elif parts and parts[0].endswith("*"):
                self.stems.append(parts[0][:-1])
            elif parts:
                self.words.add(parts[0])
        self._stems = tuple(self.stems)
        self.has = lru_cache(maxsize=4096)(self._has)
        #: phrases by their first word (a stem-headed one, «пиш* сюда», is tried on every word)
        self._by_head: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            self._by_head.setdefault("*" if phrase[0].endswith("*") else phrase[0], []).append(phrase)
        #: word beginnings one of which every form of every entry starts with (a Russian word's
        #: forms share its first letters: «телег» for «телеге», «телегу»)
        firsts = [*self.words, *(p[0] for p in self.phrases if not p[0].endswith("*"))]
        #: whole words to look for: an English word with its plural and possessive, a short
        #: Russian one («тг», «вк»), which begins too many others to be a beginning
        self.exact = frozenset(f for w in firsts if not _CYRILLIC.search(w) or len(w) <= 3
                               for f in (w, w + "s", w + "'s"))
        heads = [*(_probe(w) for w in firsts if _CYRILLIC.search(w) and len(w) > 3),
                 *self.stems, *(p[0][:-1] for p in self.phrases if p[0].endswith("*"))]
        self.probes = frozenset(h[:PREFIX_LEN] for h in heads if h)

    def maybe_in(self, text: str) -> bool:
        """Whether an entry may be in ``text``: two set tests on the paragraph's words and word
        beginnings (:func:`word_keys`, shared with the engine), before any word is looked at."""
        keys, heads = word_keys(text)
        return not keys.isdisjoint(self.exact) or not heads.isdisjoint(self.probes)

    def _has(self, key: str) -> bool:
        """Is ``key`` (a folded word) one of the words, a form of one, or begun by a stem?"""
        return (key in self.words or (bool(self._stems) and key.startswith(self._stems))
                or not self.words.isdisjoint(_bases(key)))

    def match_at(self, keys: Sequence[str], i: int) -> int:
        """How many words from ``keys[i]`` on are one entry (a phrase counts whole), or 0."""
        best = 1 if self.has(keys[i]) else 0
        if not self._by_head:
            return best
        heads = [p for base in _bases(keys[i]) for p in self._by_head.get(base, ())]
        for phrase in heads + self._by_head.get("*", []):
            n = len(phrase)
            if n > best and i + n <= len(keys) and all(
                    _phrase_word(keys[i + k], w) for k, w in enumerate(phrase)):
                best = n
        return best

    def find(self, keys: Sequence[str]) -> int | None:
        """The index of the first word of ``keys`` that begins an entry, or None."""
        return next((i for i in range(len(keys)) if self.match_at(keys, i)), None)


def _phrase_word(key: str, word: str) -> bool:
    return key.startswith(word[:-1]) if word.endswith("*") else word in _bases(key)


@lru_cache(maxsize=8192)
def _bases(key: str) -> frozenset[str]:
    """``key`` and the dictionary words it may be a form of: a Russian word's lemmas, an English
    word without its plural or possessive ending."""
    if _CYRILLIC.search(key):
        return _lemmas(key)
    return frozenset({key, *_english_bases(key)})


_COMPILED: dict[tuple[int, str], tuple[dict[str, Any], Vocab]] = {}


def vocab(params: dict[str, Any], name: str) -> Vocab:
    """The vocabulary ``params[name]`` (a list of strings), compiled on first use. Kept by the
    identity of ``params``: a rule's params live as long as the rule, and the paragraph loop
    asks for them on every paragraph."""
    key = (id(params), name)
    hit = _COMPILED.get(key)
    if hit is None or hit[0] is not params:
        value = params.get(name) or ()
        entries = (value,) if isinstance(value, str) else tuple(str(v) for v in value)
        hit = _COMPILED[key] = (params, Vocab(entries))
    return hit[1]
