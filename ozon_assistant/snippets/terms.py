"""Words → search terms: folded forms, Russian lemmas, light English stems, CJK bigrams, typos.

Shared by search and "buyer wrote" suggestions so both agree on what a word is. Russian lemmas
come from pymorphy3 (cached per word: a library has a few thousand distinct words); typo
tolerance is a deletion index (SymSpell-style, one edit) checked with Damerau–Levenshtein.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from ozon_assistant.core.text import damerau, fold

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CYR_RE = re.compile(r"[а-яё]")

#: English words that say nothing about a situation (question words are kept: "where", "when").
EN_STOP = frozenset(
    "a an the i me my we our you your it its is are was were be been am do does did to of in on at "
    "for with and or but so this that these those he she they them his her their have has had "
    "will would can could should please hi hello dear thanks thank".split()
)
#: Russian lemmas of greetings, politeness and auxiliary verbs: in every buyer message, so they
#: say nothing about which situation it is.
RU_STOP = frozenset(
    "здравствуйте здравствовать добрый день вечер утро привет спасибо пожалуйста подсказать "
    "сказать скажите уточнить мочь хотеть быть являться делать сделать знать очень весь это "
    "ещё еще уже вообще просто".split()
)
#: pymorphy3 parts of speech that carry no topic (prepositions, conjunctions, particles, pronouns).
RU_STOP_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ"})


def is_cjk(word: str) -> bool:
    return bool(CJK_RE.search(word))


def split_words(text: str) -> list[str]:
    """Folded words; a run of Chinese characters becomes its characters' bigrams (or the one char)."""
    folded = fold(text)
    if not CJK_RE.search(folded):
        return WORD_RE.findall(folded)
    out: list[str] = []
    for word in WORD_RE.findall(folded):
        if is_cjk(word):
            chars = [c for c in word if is_cjk(c)]
            out.extend(a + b for a, b in pairwise(chars)) if len(chars) > 1 else out.extend(chars)
            out.extend(CJK_RE.sub(" ", word).split())
        else:
            out.append(word)
    return out


@lru_cache(maxsize=200_000)
def _ru_parse(word: str) -> tuple[tuple[str, ...], bool]:
    from ozon_assistant.checker.morph import analyzer

    parses = analyzer().parse(word)[:3]
    lemmas = tuple(dict.fromkeys(fold(p.normal_form) for p in parses if p.score >= 0.1))
    stop = bool(parses) and (parses[0].tag.POS in RU_STOP_POS or "Apro" in parses[0].tag
                             or fold(parses[0].normal_form) in RU_STOP or word in RU_STOP)
    return lemmas, stop


def en_stem(word: str) -> str:
    """A light English stem: enough that "returns", "returned", "returning" meet "return"."""
    for suffix, keep in (("'s", 2), ("ies", 2), ("sses", 2), ("ches", 2), ("shes", 2), ("xes", 1),
                         ("ing", 3), ("ed", 3), ("ly", 3), ("s", 3)):
        if not word.endswith(suffix) or len(word) - len(suffix) < keep:
            continue
        if suffix == "ies":
            return word[:-3] + "y"
        if suffix in ("sses", "ches", "shes", "xes"):
            return word[:-2]
        if suffix == "s" and word.endswith(("ss", "us", "is")):
            return word
        return word[: -len(suffix)]
    return word


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """The folded word and its normal forms (lemmas for Russian, a stem for English)."""
    if is_cjk(word):
        return (word,)
    if CYR_RE.search(word):
        lemmas, _ = _ru_parse(word)
        return tuple(dict.fromkeys((word, *lemmas)))
    stem = en_stem(word)
    return (word, stem) if stem != word else (word,)


@lru_cache(maxsize=200_000)
def is_stopword(word: str) -> bool:
    if is_cjk(word):
        return False
    if CYR_RE.search(word):
        return _ru_parse(word)[1] or len(word) < 2
    return word in EN_STOP or len(word) < 2


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Vocabulary:
    """Known terms, for prefix completion and one-typo look-ups (two for long words)."""

    MIN_FUZZY = 4

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = sorted({t for t in terms if t and not is_cjk(t)})
        self._known = set(self.terms)
        self._deletes: dict[str, list[str]] = {}
        for term in self.terms:
            if len(term) >= self.MIN_FUZZY:
                for d in _deletes(term) | {term}:
                    self._deletes.setdefault(d, []).append(term)
        self._fuzzy_cache: dict[str, tuple[str, ...]] = {}

    def __contains__(self, term: str) -> bool:
        return term in self._known

    def prefixed(self, prefix: str, limit: int = 60) -> list[str]:
        i = bisect.bisect_left(self.terms, prefix)
        out: list[str] = []
        while i < len(self.terms) and self.terms[i].startswith(prefix) and len(out) < limit:
            out.append(self.terms[i])
            i += 1
        return out

    def near(self, word: str) -> tuple[str, ...]:
        """Known terms one edit away (two for words of 8+ letters), nearest first."""
        if len(word) < self.MIN_FUZZY or is_cjk(word):
            return ()
        hit = self._fuzzy_cache.get(word)
        if hit is not None:
            return hit
        limit = 2 if len(word) >= 8 else 1
        cands: set[str] = set()
        keys = _deletes(word) | {word}
        if limit == 2:
            keys |= {d2 for d in _deletes(word) for d2 in _deletes(d)}
        for key in keys:
            cands.update(self._deletes.get(key, ()))
        scored = sorted((damerau(word, c, limit), c) for c in cands if c != word)
        found = tuple(c for d, c in scored if d <= limit)
        if len(self._fuzzy_cache) > 20_000:
            self._fuzzy_cache.clear()
        self._fuzzy_cache[word] = found
        return found


@lru_cache(maxsize=20_000)
def _forms(lemma: str) -> list[str]:
    """Every inflected form of a Russian lemma (its first dictionary parse), folded."""
    from ozon_assistant.checker.morph import analyzer

    parses = analyzer().parse(lemma)
    if not parses or not parses[0].is_known:
        return []
    return list(dict.fromkeys(fold(f.word) for f in parses[0].lexeme))
