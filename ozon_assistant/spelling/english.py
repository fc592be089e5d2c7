"""Is an English word spelled right? Hunspell's en_US dictionary (shipped inside the spylls
package), plus two things en_US alone gets wrong for our sellers:

* British spellings («colour», «organise», «centre», «travelled», «defence») are correct English:
  a word is known when its regular American counterpart is.
* A name in lower case («paul») is a capitalisation slip, not a misspelling worth an underline
  next to real typos: known when the capitalised form is.

Reading en_US through spylls takes 0.65 s (50 000 stems parsed in Python), and each spylls
look-up strips affixes in Python. en_US has no compounding for letters and no affixes on
affixes, so its every word form can be listed: once, the stems are expanded with their affixes
(:mod:`.hunspell_forms`, checked against spylls' own look-up) into a sharded cache file
(:mod:`.packed`), and a look-up reads the one shard of a few hundred forms its word hashes to.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ozon_assistant.core.regex import rx
from ozon_assistant.spelling.packed import Pack

#: British → American spelling patterns (regular correspondences, applied one at a time).
BRITISH = (
    (rx(r"our(s|ed|ing|ful|ite|ites|able|ably|less)?$"), r"or\1"),
    (rx(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (rx(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (rx(r"tre(s)?$"), r"ter\1"),
    (rx(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (rx(r"ogue(s)?$"), r"og\1"),
    (rx(r"ence(s)?$"), r"ense\1"),
    (rx(r"ae"), "e"),
    (rx(r"oe"), "e"),
    (rx(r"mme(s)?$"), r"m\1"),  # programme
    (rx(r"llery$"), "lry"),  # jewellery
    (rx(r"(?<=[aeiou])lment(s)?$"), r"llment\1"),  # instalment, enrolment
    (rx(r"yre(s)?$"), r"ire\1"),  # tyre
    (rx(r"bre(s)?$"), r"ber\1"),  # fibre, calibre
    (rx(r"inium$"), "inum"),  # aluminium
    (rx(r"aptor(s)?$"), r"apter\1"),  # adaptor
    (rx(r"(?<=m)ould"), "old"),  # mould, moulded
)

#: Matches where any of the patterns above does (each keeps its own anchors and look-behind).
ANY_BRITISH = rx("|".join(f"(?:{p.pattern})" for p, _a in BRITISH))

#: Endings of contractions: «there'll», «Bullimore's», «we'd» are known when the word is.
CONTRACTIONS = frozenset({"ll", "d", "ve", "re", "s", "m"})


def _rules_stamp() -> int:
    """Changes when this module's rules do (a frozen bundle has no source: its version then)."""
    import zlib

    try:
        return zlib.crc32(Path(__file__).read_bytes())
    except OSError:
        from ozon_assistant import __version__

        return zlib.crc32(__version__.encode())


def _has(forms: str | frozenset[str], form: str) -> bool:
    return form in forms if isinstance(forms, frozenset) else f"\n{form}\n" in forms


class EnglishLexicon:
    """``status(word)`` → 'ok' | 'unknown' (English has no marked forms in our sources)."""

    def __init__(self, pack: Pack | None = None, whole: bool = False) -> None:
        """``whole``: read every shard now, as sets (filtering 300 000 words: 0.7 s instead of
        2 s); otherwise each shard is read as text when a word first needs it."""
        from ozon_assistant.spelling.hunspell_forms import SHARDS, forms_pack

        self._pack = pack or forms_pack()
        self._shards: dict[int, str | frozenset[str]] = {}
        self._lowered: dict[int, str | frozenset[str]] = {}
        self._cache: dict[str, bool] = {}
        self._cache_limit = 0 if whole else 200_000
        if whole:
            for n in range(SHARDS):
                self._shards[n] = frozenset(self._pack.text(f"f{n}").split("\n"))

    def _shard(self, low: str, lowered: bool = False) -> str | frozenset[str]:
        """The forms of ``low``'s shard: a set, or one string with each form between newlines
        (a substring test on a few kilobytes beats building a set when a check touches a
        shard once or twice: one typo's candidates touch hundreds of shards)."""
        from ozon_assistant.spelling.hunspell_forms import SHARDS, shard_of

        n = shard_of(low, SHARDS)
        forms = self._shards.get(n)
        if forms is None:
            forms = self._shards[n] = "\n" + self._pack.text(f"f{n}") + "\n"
        if not lowered:
            return forms
        low_forms = self._lowered.get(n)
        if low_forms is None:
            low_forms = self._lowered[n] = (forms.lower() if isinstance(forms, str)
                                            else frozenset(f.lower() for f in forms))
        return low_forms

    def _lookup(self, word: str) -> bool:
        """Hunspell's verdict: the form itself, a capitalised word as its lower-case form, a word
        in capitals as any casing of a dictionary form («PARIS», «MCDONALD'S»)."""
        hit = self._cache.get(word)
        if hit is None:
            if "\n" in word or not word:
                return False
            low = word.lower()
            forms = self._shard(low)
            hit = _has(forms, word)
            if not hit and word[:1].isupper():
                rest = word[1:]
                if not rest or rest.islower() or not any(c.isalpha() for c in rest):
                    hit = _has(forms, low)
                elif word.isupper():
                    hit = _has(self._shard(low, lowered=True), low)
            if len(self._cache) < self._cache_limit:
                self._cache[word] = hit
        return hit

    def known(self, word: str) -> bool:
        word = word.replace("’", "'")
        if self._lookup(word):
            return True
        if word.islower() and self._lookup(word.capitalize()):
            return True
        low = word.lower()
        if ANY_BRITISH.search(low):  # most words have none of the endings: skip nine regexes
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

    def vetting(self) -> tuple[Callable[[str], bool], object]:
        """(is_correct of a whole-set lexicon of its own, what its answers depend on): for
        filtering the 300 000 words of the correction vocabulary without keeping them all in
        this lexicon's cache. The other lexicon is made only if the filter runs (the
        vocabulary is usually read from its cache file)."""
        made: list[EnglishLexicon] = []

        def keep(word: str) -> bool:
            if not made:
                made.append(EnglishLexicon(self._pack, whole=True))
            return made[0].is_correct(word)

        return keep, {"forms": self._pack.key, "rules": _rules_stamp()}

    def display(self, word: str) -> str:
        """A lower-case candidate as the dictionary spells it («paris» → «Paris»)."""
        if word.islower() and not self._lookup(word) and self._lookup(word.capitalize()):
            return word.capitalize()
        return word

    def dictionary_fixes(self, word: str) -> list[str]:
        return []
