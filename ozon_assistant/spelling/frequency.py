"""Word frequencies for ranking corrections, from the ``wordfreq`` package's bundled lists
(hundreds of thousands of Russian and English words; nothing is downloaded).

The vocabulary is one list of words per length, first letter and commonness, with a parallel
array of Zipf values: what rapidfuzz searches fastest, and what a correction needs — common
words of about the typo's length, starting with its first letter or one that sounds like it
(see :func:`.candidates.suggest`). The cache file (:mod:`.packed`) keeps each such list in its
own section, read the first time a typo needs it: a Russian eight-letter typo usually reads a
few thousand words instead of the 660 000 (unpickling them all took 0.2 s with the GIL held).
Frequency is only a ranking signal: wordfreq also counts common misspellings, so whether a word
is *correct* is the lexicon's call, never this list's.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.regex import rx
from ozon_assistant.spelling.packed import Pack, open_or_build, package_dir, source_stamp

SCRIPTS = {
    "ru": rx(r"[а-яё]+(?:-[а-яё]+)*"),
    "en": rx(r"[a-z]+(?:'[a-z]+)?"),
}

Bucket = tuple[list[str], "array[float]"]
#: (length, first letter, common): the unit a correction reads
Section = tuple[int, str, bool]
#: Words at least this frequent (Zipf 2: one in a hundred million words; about half the list)
#: are "common": searched first, the rarer half only when they offer nothing close
COMMON_ZIPF = 2.0


def bucket_lists(words: Iterable[tuple[str, float]]) -> dict[Section, Bucket]:
    """Words by length, first letter and commonness with their Zipf values, most frequent
    first; «ё» folded to «е», a folded duplicate keeping the first (most frequent) value."""
    out: dict[Section, Bucket] = {}
    seen: set[str] = set()
    for word, zipf in words:  # most frequent first, so a folded duplicate keeps the top value
        key = word.replace("ё", "е")  # wordfreq's words are lower case already
        if key in seen:
            continue
        seen.add(key)
        section = (len(key), key[0], zipf >= COMMON_ZIPF)
        bucket = out.get(section)
        if bucket is None:
            bucket = out[section] = ([], array("f"))
        bucket[0].append(key)
        bucket[1].append(zipf)
    return out


class Vocabulary:
    """Words of one language by length, first letter and commonness, each with its Zipf
    frequency (1 … 8), read section by section on first use. Thread-safe."""

    def __init__(self, sizes: dict[Section, int], load: Callable[[Section], Bucket],
                 others: dict[Section, int] | None = None) -> None:
        """``others``: sections (by length and first letter; ``common`` is False) of words the
        lexicon rejects but people write often (names, British spellings, brands, common
        misspellings): never offered as corrections, only asked for their frequency."""
        self.sizes = sizes
        self.others = others or {}
        self._load = load
        self._letters: dict[int, list[str]] = {}
        for n, letter in sorted({(n, letter) for n, letter, _common in sizes}):
            self._letters.setdefault(n, []).append(letter)
        self._buckets: dict[Section, Bucket] = {}
        self._others: dict[Section, Bucket] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_words(cls, words: Iterable[tuple[str, float]]) -> Vocabulary:
        """All in memory (tests, small lists)."""
        buckets = bucket_lists(words)
        return cls({s: len(b[0]) for s, b in buckets.items()}, buckets.__getitem__)

    @classmethod
    def from_pack(cls, pack: Pack) -> Vocabulary:
        def load(section: Section) -> Bucket:
            name = f"{section[0]}:{section[1]}:{int(section[2])}"
            zipfs = array("f")
            zipfs.frombytes(pack.read(f"z{name}"))
            return pack.text(f"w{name}").split("\n"), zipfs

        sizes = {(int(n), letter, bool(common)): count
                 for n, letter, common, count in pack.info["sections"]}
        others = {(int(n), letter, False): count for n, letter, count in pack.info["others"]}
        return cls(sizes, load, others)

    def letters(self, length: int) -> list[str]:
        """The first letters words of this length have."""
        return self._letters.get(length, [])

    def section(self, length: int, letter: str, common: bool) -> Bucket | None:
        """(words, Zipf values) of this length and first letter, the common or the rarer ones;
        None when there are none."""
        key = (length, letter, common)
        if not self.sizes.get(key):
            return None
        with self._lock:
            hit = self._buckets.get(key)
            if hit is None:
                hit = self._buckets[key] = self._load(key)
            return hit

    def common_zipf(self, word: str) -> float | None:
        """``word``'s Zipf value if people write it at least COMMON_ZIPF often, else None —
        without reading the rarer words' section (a correction search has usually read the
        common one already)."""
        hit = _zipf_in(self.section(len(word), word[:1], True), word)
        if hit is None and self.others.get((len(word), word[:1], False)):
            hit = _zipf_in(self._other(len(word), word[:1]), word)
        return hit if hit is not None and hit >= COMMON_ZIPF else None

    def zipf(self, word: str) -> float:
        """How often people write ``word`` (folded, «ё» as «е»): its Zipf value, 0.0 when the
        list lacks it (rarer than about once in a hundred million words)."""
        n, letter = len(word), word[:1]
        for common in (True, False):  # the rarer words are read only when needed
            hit = _zipf_in(self.section(n, letter, common), word)
            if hit is not None:
                return hit
        if self.others.get((n, letter, False)):
            hit = _zipf_in(self._other(n, letter), word)
            if hit is not None:
                return hit
        return 0.0

    def _other(self, n: int, letter: str) -> Bucket:
        key = (n, letter, False)
        with self._lock:
            other = self._others.get(key)
            if other is None:
                other = self._others[key] = self._load((n, "~" + letter, False))
            return other

    def __len__(self) -> int:
        return sum(self.sizes.values())


def _zipf_in(bucket: Bucket | None, word: str) -> float | None:
    if bucket is not None:
        try:
            return float(bucket[1][bucket[0].index(word)])
        except ValueError:
            pass
    return None


def wordfreq_words(language: str) -> Iterator[tuple[str, float]]:
    """(word, Zipf) from wordfreq's large list, most frequent first, letters of the script only.

    The file is read directly (gzipped msgpack, "cBpack": a header, then one list of words per
    centibel of frequency): wordfreq's own reader keeps the whole list cached for the life of
    the process, which would hold every word twice."""
    import gzip

    import msgpack

    pattern = SCRIPTS[language]
    data = package_dir("wordfreq") / "data" / f"large_{language}.msgpack.gz"
    with data.open("rb") as raw, gzip.open(raw) as fh:
        packed = msgpack.load(fh, raw=False)
    header, buckets = packed[0], packed[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq data format in {data}")
    for centibels, bucket in enumerate(buckets):
        zipf = 9.0 - centibels / 100.0
        for word in bucket:
            if pattern.fullmatch(word):
                yield word, zipf


CACHE_FORMAT = 5
#: Words the lexicon rejects are kept (for :meth:`Vocabulary.zipf`) from this frequency up
OTHERS_ZIPF = 1.5


def load_vocabulary(language: str, keep: Callable[[str], bool] | None = None,
                    keep_key: object = None) -> Vocabulary:
    """The vocabulary, from the cache folder when built before (built from wordfreq's file in
    about a second otherwise); rebuilt whenever wordfreq's file changes.

    ``keep`` drops the words a correction could never be (:func:`.candidates.suggest` keeps
    only words the lexicon accepts, in the same order, so dropping the others up front changes
    no suggestion): three quarters of wordfreq's English words are names, misspellings and
    foreign words en_US rejects, and every typo's search then scans a quarter of the words.
    ``keep_key`` names the rule in the cache key (a changed lexicon rebuilds the file)."""
    source = package_dir("wordfreq") / "data" / f"large_{language}.msgpack.gz"

    def build() -> tuple[dict[str, bytes], dict[str, Any]]:
        sections: dict[str, bytes] = {}
        table: list[tuple[int, str, int, int]] = []
        others: list[tuple[int, str, int]] = []
        words: Iterable[tuple[str, float]] = wordfreq_words(language)
        rejected: list[tuple[str, float]] = []
        if keep is not None:
            kept = []
            for w, z in words:
                if keep(w.replace("ё", "е")):
                    kept.append((w, z))
                elif z >= OTHERS_ZIPF:
                    rejected.append((w, z))
            words = kept
        for (n, letter, common), (bucket, zipfs) in sorted(bucket_lists(words).items()):
            name = f"{n}:{letter}:{int(common)}"
            sections[f"w{name}"] = "\n".join(bucket).encode("utf-8")
            sections[f"z{name}"] = zipfs.tobytes()
            table.append((n, letter, int(common), len(bucket)))
        merged: dict[tuple[int, str], Bucket] = {}
        for (n, letter, _common), (bucket, zipfs) in bucket_lists(rejected).items():
            into = merged.setdefault((n, letter), ([], array("f")))
            into[0].extend(bucket)
            into[1].extend(zipfs)
        for (n, letter), (bucket, zipfs) in sorted(merged.items()):
            name = f"{n}:~{letter}:0"
            sections[f"w{name}"] = "\n".join(bucket).encode("utf-8")
            sections[f"z{name}"] = zipfs.tobytes()
            others.append((n, letter, len(bucket)))
        return sections, {"sections": table, "others": others}

    key = {"format": CACHE_FORMAT, "language": language, "source": source_stamp(source),
           "keep": keep_key if keep is not None else None}
    stale = (paths.speller_cache_glob(language, "vocabulary"),
             paths.speller_cache_glob(language, "*-wordfreq", ".pickle"))
    pack = open_or_build(paths.speller_cache_file(language, "vocabulary", CACHE_FORMAT),
                         key, build, stale)
    return Vocabulary.from_pack(pack)
