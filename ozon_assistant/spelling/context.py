"""Word pairs for ranking English corrections by their neighbours («on the gound» → «ground»,
not «found»). The counts are the Google Books unigrams and bigrams that the symspellpy package
ships (MIT licence); there is no such list for Russian on PyPI, so Russian ranks without context.

The bonus of a candidate is its pointwise mutual information with the word before and the word
after, in log10 units: added to the candidate's log-frequency, that makes the score the
conditional log-probability of the candidate given its neighbours. A pair missing from the
(pruned) list adds nothing rather than a penalty.

Parsing symspellpy's two text files takes 0.4 s, and a correction needs the pairs of two words
(its neighbours) and the counts of a few dozen candidates. So they are cached once in a sharded
file (:mod:`.packed`): unigram counts by word, pairs by their first word and again by their
second, and a look-up reads the few hundred lines of one shard.
"""

from __future__ import annotations

import math
import threading
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.spelling.packed import (
    Pack,
    open_or_build,
    package_dir,
    shard_of,
    sharded,
    source_stamp,
)

CACHE_FORMAT = 2
SHARDS = 512
UNIGRAMS = "frequency_dictionary_en_82_765.txt"
BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"


def _counts(path: Any) -> list[tuple[str, int]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            key, _, count = line.rstrip("\n").rpartition(" ")
            if key and count.isdigit():
                out.append((key, int(count)))
    return out


def _keyed(lines: list[tuple[str, str]], prefix: str) -> dict[str, bytes]:
    """Shards whose lines start with their key, sorted by key, so one key's lines sit together
    and are found by a substring search instead of parsing the whole shard. The sort is stable:
    a key listed twice keeps the file's order, and the later count wins as in a dict."""
    return sharded(sorted(lines, key=lambda kl: kl[0]), SHARDS, prefix)


def _build() -> tuple[dict[str, bytes], dict[str, Any]]:
    base = package_dir("symspellpy")
    unigrams = _counts(base / UNIGRAMS)
    pairs = [(pair.split(" "), n) for pair, n in _counts(base / BIGRAMS) if pair.count(" ") == 1]
    sections = _keyed([(w, f"{w} {n}") for w, n in unigrams], "u")
    sections.update(_keyed([(a, f"{a} {b} {n}") for (a, b), n in pairs], "a"))
    sections.update(_keyed([(b, f"{b} {a} {n}") for (a, b), n in pairs], "b"))
    return sections, {"total": float(sum(n for _w, n in unigrams))}


def bigram_pack() -> Pack:
    base = package_dir("symspellpy")
    key = {"format": CACHE_FORMAT, "shards": SHARDS,
           "source": source_stamp(base / UNIGRAMS, base / BIGRAMS)}
    return open_or_build(paths.speller_cache_file("en", "bigrams", CACHE_FORMAT), key, _build,
                         ("speller-en-bigrams-*.pack",))


class Bigrams:
    """Counts read by shard on first use; thread-safe."""

    MAX_CACHED = 4096  # words whose counts or neighbours are kept (the window runs for hours)

    def __init__(self, pack: Pack | None = None) -> None:
        self._pack = pack or bigram_pack()
        self.total = float(self._pack.info["total"])
        self._shards: dict[str, str] = {}
        self._unigrams: dict[str, int] = {}
        self._next: dict[str, dict[str, int]] = {}  # word → words after it → count
        self._prev: dict[str, dict[str, int]] = {}  # word → words before it → count
        self._lock = threading.Lock()

    def _lines(self, prefix: str, key: str) -> list[str]:
        """The lines of ``key`` in its shard (each line starts with its key, lines sorted)."""
        name = f"{prefix}{shard_of(key, SHARDS)}"
        with self._lock:
            text = self._shards.get(name)
        if text is None:
            text = "\n" + self._pack.text(name) + "\n"
            with self._lock:
                if len(self._shards) > self.MAX_CACHED:
                    self._shards.clear()
                self._shards[name] = text
        head = f"\n{key} "
        start = text.find(head)
        if start < 0:
            return []
        out = []
        while start >= 0:
            end = text.index("\n", start + 1)
            out.append(text[start + 1:end])
            start = end if text.startswith(head, end) else -1
        return out

    def unigram(self, word: str) -> int:
        with self._lock:
            hit = self._unigrams.get(word)
        if hit is None:
            hit = 0
            for line in self._lines("u", word):  # the last of duplicates, as a dict would keep
                hit = int(line.rpartition(" ")[2])
            with self._lock:
                if len(self._unigrams) > self.MAX_CACHED:
                    self._unigrams.clear()
                self._unigrams[word] = hit
        return hit

    def _neighbours(self, word: str, after: bool) -> dict[str, int]:
        cache = self._next if after else self._prev
        with self._lock:
            hit = cache.get(word)
        if hit is None:
            hit = {}
            for line in self._lines("a" if after else "b", word):
                _key, other, count = line.split(" ")
                hit[other] = int(count)
            with self._lock:
                if len(cache) > self.MAX_CACHED:
                    cache.clear()
                cache[word] = hit
        return hit

    def pair(self, first: str, second: str) -> int:
        return self._neighbours(first, after=True).get(second, 0)

    def _pmi(self, both: int, first: str, second: str) -> float:
        if not both:
            return 0.0
        a, b = self.unigram(first), self.unigram(second)
        if not a or not b:
            return 0.0
        return max(0.0, math.log10(both * self.total / (a * b)))

    def pmi(self, first: str, second: str) -> float:
        return self._pmi(self.pair(first, second), first, second)

    def bonus(self, candidate: str, before: str, after: str) -> float:
        """PMI with the word before plus PMI with the word after; the pairs are read through
        the neighbours (two shards for all the candidates of one word), not the candidates."""
        bonus = 0.0
        if before:
            bonus += self._pmi(self._neighbours(before, after=True).get(candidate, 0),
                               before, candidate)
        if after:
            bonus += self._pmi(self._neighbours(after, after=False).get(candidate, 0),
                               candidate, after)
        return bonus


def load_bigrams(language: str) -> Bigrams | None:
    return Bigrams() if language == "en" else None
