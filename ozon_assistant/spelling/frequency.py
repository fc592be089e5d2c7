"""Word frequencies for ranking corrections, from the ``wordfreq`` package's bundled lists
(hundreds of thousands of Russian and English words; nothing is downloaded).

The vocabulary is kept as one list of words per length with a parallel array of Zipf values,
which is what rapidfuzz searches fastest and costs no dictionary of 700 000 entries. Frequency is
only a ranking signal: wordfreq also counts common misspellings, so whether a word is *correct*
is the lexicon's call, never this list's.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator

SCRIPTS = {
    "ru": re.compile(r"[а-яё]+(?:-[а-яё]+)*"),
    "en": re.compile(r"[a-z]+(?:'[a-z]+)?"),
}


class Vocabulary:
    """Words of one language by length, each with its Zipf frequency (1 … 8)."""

    def __init__(self, words: Iterator[tuple[str, float]]) -> None:
        self.by_length: dict[int, list[str]] = {}
        self.zipf_by_length: dict[int, array[float]] = {}
        seen: set[str] = set()
        for word, zipf in words:  # most frequent first, so a folded duplicate keeps the top value
            key = word.replace("ё", "е")  # wordfreq's words are lower case already
            if key in seen:
                continue
            seen.add(key)
            self.by_length.setdefault(len(key), []).append(key)
            self.zipf_by_length.setdefault(len(key), array("f")).append(zipf)

    def __len__(self) -> int:
        return sum(len(b) for b in self.by_length.values())


def wordfreq_words(language: str) -> Iterator[tuple[str, float]]:
    """(word, Zipf) from wordfreq's large list, most frequent first, letters of the script only.

    The file is read directly (gzipped msgpack, "cBpack": a header, then one list of words per
    centibel of frequency): wordfreq's own reader keeps the whole list cached for the life of
    the process, which would hold every word twice."""
    import gzip
    import importlib.resources

    import msgpack

    pattern = SCRIPTS[language]
    data = importlib.resources.files("wordfreq") / "data" / f"large_{language}.msgpack.gz"
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


CACHE_FORMAT = 1


def load_vocabulary(language: str) -> Vocabulary:
    """The vocabulary, from the cache folder when built before (a pickle loads in a fraction of
    the second it takes to build from wordfreq's file); rebuilt whenever wordfreq changes."""
    import pickle
    from importlib.metadata import PackageNotFoundError, version

    from ozon_assistant.core import paths
    from ozon_assistant.core.atomic import write_atomic

    try:
        stamp = version("wordfreq")
    except PackageNotFoundError:
        stamp = "unknown"
    cached = paths.cache_dir() / f"speller-{language}-{CACHE_FORMAT}-wordfreq-{stamp}.pickle"
    try:
        with cached.open("rb") as fh:
            vocab = pickle.load(fh)
        if isinstance(vocab, Vocabulary):
            return vocab
    except Exception:  # absent, truncated or from another version: rebuild it
        pass
    vocab = Vocabulary(wordfreq_words(language))
    try:
        write_atomic(cached, pickle.dumps(vocab, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # a read-only cache folder only costs time
    return vocab
