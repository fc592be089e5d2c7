"""The correction data read from the cache files equals what the source files say: wordfreq's
frequency list by length, symspellpy's word and pair counts. Real package files, no stubs."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ozon_assistant.spelling.context import BIGRAMS, UNIGRAMS, Bigrams
from ozon_assistant.spelling.frequency import (
    Vocabulary,
    bucket_lists,
    load_vocabulary,
    wordfreq_words,
)
from ozon_assistant.spelling.packed import package_dir
from ozon_assistant.spelling.words import NEIGHBOUR_LEFT, NEIGHBOUR_RIGHT, Word, neighbours


def test_vocabulary_buckets_equal_the_wordfreq_list() -> None:
    reference = bucket_lists(wordfreq_words("en"))
    cached = load_vocabulary("en")
    again = load_vocabulary("en")  # from the file this time
    assert len(cached) == len(again) == sum(len(b[0]) for b in reference.values())
    assert again.sizes == {s: len(b[0]) for s, b in reference.items()}
    for section in [(1, "a", True), (3, "t", False), (7, "p", True), (12, "c", False),
                    max(reference)]:
        words, zipfs = reference[section]
        got = again.section(*section)
        assert got is not None and got[0] == words and list(got[1]) == list(zipfs)
    assert again.letters(7) == sorted({letter for n, letter, _c in reference if n == 7})
    assert again.section(99, "a", True) is None and again.section(3, "ж", True) is None


def test_vocabulary_from_words_folds_yo_and_keeps_the_first_value() -> None:
    v = Vocabulary.from_words([("ещё", 7.0), ("еще", 5.0), ("кот", 4.5), ("кит", 4.25),
                               ("кеб", 1.5)])
    assert v.letters(3) == ["е", "к"]
    bucket = v.section(3, "е", True)
    assert bucket is not None and bucket[0] == ["еще"] and list(bucket[1]) == [7.0]
    bucket = v.section(3, "к", True)
    assert bucket is not None and bucket[0] == ["кот", "кит"] and list(bucket[1]) == [4.5, 4.25]
    bucket = v.section(3, "к", False)  # under COMMON_ZIPF: searched only when needed
    assert bucket is not None and bucket[0] == ["кеб"] and v.section(3, "е", False) is None


def read_counts(name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    with (package_dir("symspellpy") / name).open(encoding="utf-8") as fh:
        for line in fh:
            key, _, count = line.rstrip("\n").rpartition(" ")
            if key and count.isdigit():
                out[key] = int(count)
    return out


@pytest.fixture(scope="module")
def reference() -> tuple[dict[str, int], dict[str, int]]:
    return read_counts(UNIGRAMS), read_counts(BIGRAMS)


def test_bigram_bonus_equals_pmi_from_the_source_files(
        reference: tuple[dict[str, int], dict[str, int]]) -> None:
    unigrams, pairs = reference
    total = float(sum(unigrams.values()))

    def pmi(a: str, b: str) -> float:
        both, ua, ub = pairs.get(f"{a} {b}"), unigrams.get(a), unigrams.get(b)
        if not both or not ua or not ub:
            return 0.0
        return max(0.0, math.log10(both * total / (ua * ub)))

    bigrams = Bigrams()
    rng = random.Random(7)
    known = [p.split(" ") for p in list(pairs)[::500]]
    words = list(unigrams)[::40]
    for _ in range(3000):
        before, after = rng.choice(known)
        cand = rng.choice([*words, after, before])
        before = rng.choice([before, "", rng.choice(words)])
        want = (pmi(before, cand) if before else 0.0) + (pmi(cand, after) if after else 0.0)
        assert bigrams.bonus(cand, before, after) == pytest.approx(want, abs=1e-12)
    assert bigrams.bonus("ground", "the", "floor") > 0 and bigrams.pmi("zzqx", "the") == 0.0


def reference_neighbours(text: str, word: Word) -> tuple[str, str]:
    """The plain whole-paragraph search the windowed one must equal."""
    left = NEIGHBOUR_LEFT.search(text, 0, word.start)
    right = NEIGHBOUR_RIGHT.match(text[word.end:])
    return (left.group(1).lower() if left else "", right.group(1).lower() if right else "")


TEXT = st.text(alphabet=st.sampled_from("ab cdЖё\t'’-.,1_²\n"), max_size=60)


@settings(max_examples=400, deadline=None)
@given(st.tuples(TEXT, st.integers(0, 120), st.text(alphabet="xy' ’", max_size=100), TEXT),
       st.data())
def test_windowed_neighbours_equal_the_whole_text_search(
        parts: tuple[str, int, str, str], data: st.DataObject) -> None:
    head, run, filler, tail = parts
    text = head + "w" * run + filler + tail
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    word = Word(start, end, text[start:end], False)
    assert neighbours(text, word) == reference_neighbours(text, word)
