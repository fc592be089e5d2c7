"""Word pairs for ranking English corrections by their neighbours («on the gound» → «ground»,
not «found»). The counts are the Google Books unigrams and bigrams that the symspellpy package
ships (MIT licence); there is no such list for Russian on PyPI, so Russian ranks without context.

The bonus of a candidate is its pointwise mutual information with the word before and the word
after, in log10 units: added to the candidate's log-frequency, that makes the score the
conditional log-probability of the candidate given its neighbours. A pair missing from the
(pruned) list adds nothing rather than a penalty.
"""

from __future__ import annotations

import importlib.resources
import math


class Bigrams:
    def __init__(self) -> None:
        base = importlib.resources.files("symspellpy")
        self.unigrams: dict[str, int] = {}
        with (base / "frequency_dictionary_en_82_765.txt").open(encoding="utf-8") as fh:
            for line in fh:
                word, _, count = line.rstrip("\n").rpartition(" ")
                if word and count.isdigit():
                    self.unigrams[word] = int(count)
        self.total = float(sum(self.unigrams.values()))
        self.pairs: dict[str, int] = {}
        with (base / "frequency_bigramdictionary_en_243_342.txt").open(encoding="utf-8") as fh:
            for line in fh:
                pair, _, count = line.rstrip("\n").rpartition(" ")
                if pair and count.isdigit():
                    self.pairs[pair] = int(count)

    def pmi(self, first: str, second: str) -> float:
        both = self.pairs.get(f"{first} {second}")
        if not both:
            return 0.0
        a, b = self.unigrams.get(first), self.unigrams.get(second)
        if not a or not b:
            return 0.0
        return max(0.0, math.log10(both * self.total / (a * b)))

    def bonus(self, candidate: str, before: str, after: str) -> float:
        return ((self.pmi(before, candidate) if before else 0.0)
                + (self.pmi(candidate, after) if after else 0.0))


def load_bigrams(language: str) -> Bigrams | None:
    return Bigrams() if language == "en" else None
