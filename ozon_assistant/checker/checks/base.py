"""The registry of named code checks: what data can't express, kept small and tested."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.context import CheckContext


@dataclass(frozen=True, slots=True)
class Hit:
    """A code check's raw result; the engine turns it into a Finding with the rule's header."""

    start: int
    end: int
    replacements: tuple[str, ...] = ()
    matched: str | None = None  # what %s shows in the message (default: the covered text)
    #: named values the message shows as {name} («после предлога {prep}»); a value the rule's
    #: ``params.names`` lists is shown in the seller's language (case names)
    facts: dict[str, str] | None = None


CodeCheck = Callable[[str, CheckContext, dict[str, Any]], Iterable[Hit]]


@lru_cache(maxsize=64)
def word_set(words: tuple[str, ...], upper: bool = False) -> frozenset[str]:
    """A rule's word list (``params``) as a set, in lower or upper case: built once, not on
    every paragraph."""
    return frozenset(w.upper() if upper else w.lower() for w in words)


_PARAM_WORDS: dict[tuple[int, str, bool], tuple[dict[str, Any], frozenset[str]]] = {}


_PARAM_SETS: dict[tuple[int, str], tuple[dict[str, Any], frozenset[Any]]] = {}


def param_set(params: dict[str, Any], name: str) -> frozenset[Any]:
    """``frozenset(params.get(name, ()))``, kept by the identity of ``params`` (built once, not
    on every paragraph)."""
    key = (id(params), name)
    hit = _PARAM_SETS.get(key)
    if hit is None or hit[0] is not params:
        hit = _PARAM_SETS[key] = (params, frozenset(params.get(name, ())))
    return hit[1]


def param_words(params: dict[str, Any], name: str, upper: bool = False) -> frozenset[str]:
    """:func:`word_set` of ``params[name]``, kept by the identity of ``params`` (a rule's
    params live as long as the rule): the paragraph loop asks on every paragraph, and making
    a tuple of a long list and hashing it each time cost more than the check's own work."""
    key = (id(params), name, upper)
    hit = _PARAM_WORDS.get(key)
    if hit is None or hit[0] is not params:
        hit = _PARAM_WORDS[key] = (params, word_set(tuple(params.get(name, ())), upper))
    return hit[1]
CODE_CHECKS: dict[str, CodeCheck] = {}


def code_check(name: str) -> Callable[[CodeCheck], CodeCheck]:
    def register(fn: CodeCheck) -> CodeCheck:
        CODE_CHECKS[name] = fn
        return fn

    return register


class WordKinds:
    """Sort a word into a kind by a table of whole words, then by the longest listed stem it
    starts with — the context look-up the policy checks share («тел» → phone, «возвра» → return).
    Words are given lower-case; results are cached."""

    def __init__(self, words: dict[str, str], stems: dict[str, str]) -> None:
        self._words = words
        self._stems = stems
        self._lengths = sorted({len(w) for w in stems}, reverse=True)
        self.kind = lru_cache(maxsize=4096)(self._kind)

    def _kind(self, word: str) -> str | None:
        kind = self._words.get(word)
        if kind:
            return kind
        for n in self._lengths:
            if len(word) >= n:
                kind = self._stems.get(word[:n])
                if kind:
                    return kind
        return None
