"""Word frequencies for ranking corrections, from the ``wordfreq`` package's bundled lists
(hundreds of thousands of Russian and English words; nothing is downloaded).

The vocabulary is one list of words per length with a parallel array of Zipf values, which is
what rapidfuzz searches fastest. A correction only looks at words of about the typo's length,
so the cache file (:mod:`.packed`) keeps each length in its own section and a length is read
the first time a typo needs it: the first correction of a Russian eight-letter word reads three
lengths (≈ 250 000 words, a few milliseconds) instead of unpickling all 660 000 (0.2 s with the
GIL held). Frequency is only a ranking signal: wordfreq also counts common misspellings, so
whether a word is *correct* is the lexicon's call, never this list's.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ozon_assistant.core.regex import rx
from ozon_assistant.spelling.packed import Pack, cache_file, open_or_build, package_dir, source_stamp

SCRIPTS = {
    "ru": rx(r"[а-яё]+(?:-[а-яё]+)*"),
    "en": rx(r"[a-z]+(?:'[a-z]+)?"),
}

Bucket = tuple[list[str], "array[float]"]


def bucket_lists(words: Iterable[tuple[str, float]]) -> dict[int, Bucket]:
    """Words by length with their Zipf values; «ё» folded to «е», a folded duplicate keeping the
    first (most frequent) value."""
    out: dict[int, Bucket] = {}
    seen: set[str] = set()
    for word, zipf in words:  # most frequent first, so a folded duplicate keeps the top value
        key = word.replace("ё", "е")  # wordfreq's words are lower case already
        if key in seen:
            continue
        seen.add(key)
        bucket = out.get(len(key))
        if bucket is None:
            bucket = out[len(key)] = ([], array("f"))
        bucket[0].append(key)
        bucket[1].append(zipf)
    return out


class Vocabulary:
    """Words of one language by length, each with its Zipf frequency (1 … 8), read by length
    on first use. Thread-safe."""

    def __init__(self, sizes: dict[int, int], load: Callable[[int], Bucket]) -> None:
        self.sizes = sizes
        self._load = load
        self._buckets: dict[int, Bucket] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_words(cls, words: Iterable[tuple[str, float]]) -> Vocabulary:
        """All in memory (tests, small lists)."""
        buckets = bucket_lists(words)
        return cls({n: len(b[0]) for n, b in buckets.items()}, buckets.__getitem__)

    @classmethod
    def from_pack(cls, pack: Pack) -> Vocabulary:
        def load(n: int) -> Bucket:
            zipfs = array("f")
            zipfs.frombytes(pack.read(f"z{n}"))
            return pack.text(f"w{n}").split("\n"), zipfs

        return cls({int(n): c for n, c in pack.info["sizes"].items()}, load)

    def bucket(self, length: int) -> Bucket | None:
        """(words, Zipf values) of this length, None when there are none."""
        if not self.sizes.get(length):
            return None
        with self._lock:
            hit = self._buckets.get(length)
            if hit is None:
                hit = self._buckets[length] = self._load(length)
            return hit

    def __len__(self) -> int:
        return sum(self.sizes.values())


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


CACHE_FORMAT = 2


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
        sizes: dict[str, int] = {}
        words = wordfreq_words(language)
        if keep is not None:
            words = ((w, z) for w, z in words if keep(w.replace("ё", "е")))
        for n, (bucket, zipfs) in sorted(bucket_lists(words).items()):
            sections[f"w{n}"] = "\n".join(bucket).encode("utf-8")
            sections[f"z{n}"] = zipfs.tobytes()
            sizes[str(n)] = len(bucket)
        return sections, {"sizes": sizes}

    key = {"format": CACHE_FORMAT, "language": language, "source": source_stamp(source),
           "keep": keep_key if keep is not None else None}
    stale = (f"speller-{language}-vocabulary-*.pack", f"speller-{language}-*-wordfreq-*.pickle")
    pack = open_or_build(cache_file(f"speller-{language}-vocabulary-{CACHE_FORMAT}.pack"),
                         key, build, stale)
    return Vocabulary.from_pack(pack)
