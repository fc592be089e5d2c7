"""Is an English word spelled right? Hunspell's en_US dictionary, read by spylls (pure Python,
shipped inside the spylls package), plus two things en_US alone gets wrong for our sellers:

* British spellings («colour», «organise», «centre», «travelled», «defence») are correct English:
  a word is known when its regular American counterpart is.
* A name in lower case («paul») is a capitalisation slip, not a misspelling worth an underline
  next to real typos: known when the capitalised form is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: British → American spelling patterns (regular correspondences, applied one at a time).
BRITISH = (
    (re.compile(r"our(s|ed|ing|ful|ite|ites|able|ably|less)?$"), r"or\1"),
    (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
)


#: Endings of contractions: «there'll», «Bullimore's», «we'd» are known when the word is.
CONTRACTIONS = frozenset({"ll", "d", "ve", "re", "s", "m"})


@lru_cache(maxsize=1)
def hunspell_en_us() -> Any:
    import importlib.resources

    from spylls.hunspell import Dictionary

    base = importlib.resources.files("spylls.hunspell") / "data" / "en" / "en_US"
    return Dictionary.from_files(str(base))


class EnglishLexicon:
    """``status(word)`` → 'ok' | 'unknown' (English has no marked forms in our sources)."""

    def __init__(self) -> None:
        self.hunspell = hunspell_en_us()
        self._cache: dict[str, bool] = {}

    def _lookup(self, word: str) -> bool:
        hit = self._cache.get(word)
        if hit is None:
            try:
                hit = bool(self.hunspell.lookup(word))
            except Exception:  # spylls on odd input (it is a port): unknown, not a crash
                hit = False
            if len(self._cache) < 200_000:
                self._cache[word] = hit
        return hit

    def known(self, word: str) -> bool:
        word = word.replace("’", "'")
        if self._lookup(word):
            return True
        if word.islower() and self._lookup(word.capitalize()):
            return True
        low = word.lower()
        for pattern, american in BRITISH:
            alt = pattern.sub(american, low, count=1)
            if alt != low and self._lookup(alt):
                return True
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            return bool(parts) and all(self.known(p) for p in parts)
        head, sep, tail = low.rpartition("'")
        if sep and head and tail in CONTRACTIONS:
            return self.known(head)
        return False

    def status(self, word: str) -> str:
        return "ok" if self.known(word) else "unknown"

    def is_correct(self, word: str) -> bool:
        return self.known(word)

    def display(self, word: str) -> str:
        """A lower-case candidate as the dictionary spells it («paris» → «Paris»)."""
        if word.islower() and not self._lookup(word) and self._lookup(word.capitalize()):
            return word.capitalize()
        return word

    def dictionary_fixes(self, word: str) -> list[str]:
        return []
