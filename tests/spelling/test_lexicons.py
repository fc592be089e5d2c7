"""The fast lexicons answer as the dictionaries they stand for: English as spylls' Hunspell
en_US look-up, Russian as pymorphy3. Real dictionaries, real words (a sample of wordfreq's
lists), real cache files in the test's own folder. The full comparisons (920 000 English and
670 000 Russian words) were run once by hand; these samples keep them honest."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from ozon_assistant.spelling.english import EnglishLexicon
from ozon_assistant.spelling.frequency import wordfreq_words
from ozon_assistant.spelling.hunspell_forms import expand, hunspell_en_us
from ozon_assistant.spelling.russian import MARKED, RussianLexicon


@pytest.fixture(scope="module")
def hunspell() -> Any:
    return hunspell_en_us()


@pytest.fixture(scope="module")
def english() -> Iterator[EnglishLexicon]:
    yield EnglishLexicon()


def spylls_says(hunspell: Any, word: str) -> bool:
    return bool(hunspell.lookup(word))


def test_every_listed_english_form_is_accepted_by_hunspell(hunspell: Any) -> None:
    forms = sorted(expand(hunspell))
    assert len(forms) > 100_000
    assert all(spylls_says(hunspell, f) for f in forms[::97])


def test_english_look_up_agrees_with_hunspell_on_real_words(hunspell: Any,
                                                           english: EnglishLexicon) -> None:
    words = [w for w, _z in wordfreq_words("en")][::150]  # ~2,000 words, common to rare
    assert len(words) > 1500
    for word in words:
        for form in (word, word.capitalize()):
            assert english._lookup(form) == spylls_says(hunspell, form), form


def test_whole_mode_answers_as_shard_mode(english: EnglishLexicon) -> None:
    whole = EnglishLexicon(whole=True)
    words = [w for w, _z in wordfreq_words("en")][::100]
    for word in words + [w.upper() for w in words[::5]] + ["colour", "Paul", "well-known"]:
        assert whole.known(word) == english.known(word), word
        assert whole._lookup(word.capitalize()) == english._lookup(word.capitalize()), word


@pytest.mark.parametrize("word, known", [
    ("Paris", True), ("PARIS", True), ("paris", False),
    ("McDonald's", True), ("MCDONALD'S", True), ("Mcdonald's", False),
    ("iPod", True), ("IPOD", True), ("Ipod", False),
    ("don't", True), ("Don't", True), ("DON'T", True),
    ("recieve", False), ("RECIEVE", False), ("", False), ("the\nend", False),
])
def test_english_casing_follows_hunspell(english: EnglishLexicon, word: str, known: bool) -> None:
    assert english._lookup(word) is known


def test_words_in_capitals_that_spylls_accepts_by_a_quirk_are_typos(hunspell: Any,
                                                                    english: EnglishLexicon) -> None:
    """spylls (not Hunspell) accepts some capitalised non-words by matching affixes to one-letter
    stems («PROCED» = pro + c + ed): the listed forms do not, which is what a seller needs."""
    assert spylls_says(hunspell, "PROCED") and not english._lookup("PROCED")
    assert english._lookup("PROCEED")


# -- Russian ------------------------------------------------------------------------------------

def pymorphy_status(morph: Any, word: str, marked: frozenset[str]) -> str:
    """The speller's rule as it was written against pymorphy3 (the reference)."""
    if not morph.word_is_known(word):
        return "unknown"
    parses = [p for p in morph.parse(word) if p.is_known]
    if parses and all(marked & p.tag.grammemes for p in parses):
        return "marked"
    return "ok"


@pytest.mark.parametrize("flag_informal", [True, False])
def test_russian_status_agrees_with_pymorphy3(flag_informal: bool) -> None:
    from ozon_assistant.checker.morph import analyzer

    morph = analyzer()
    lexicon = RussianLexicon(flag_informal)
    marked = MARKED if flag_informal else MARKED - {"Infr"}
    words = [w for w, _z in wordfreq_words("ru")][::250]  # ~2,600 words
    words += ["щас", "седня", "што", "ето", "еще", "ещё", "все", "всё", "елка", "превед"]
    for word in words:
        assert lexicon._plain_status(word) == pymorphy_status(morph, word, marked), word


def test_yo_spelling_matches_pymorphy3() -> None:
    from ozon_assistant.checker.morph import analyzer

    lexicon = RussianLexicon()
    assert lexicon.with_yo("еще") == "ещё" and lexicon.with_yo("елка") == "ёлка"
    assert lexicon.with_yo("абырвалг") == "абырвалг"
    top = next(p.word for p in analyzer().parse("все") if p.is_known)
    assert lexicon.with_yo("все") == top  # two spellings: the analyser's likelier reading


def run_fresh(code: str) -> str:
    """A new interpreter with this test's cache folder (imports are counted from zero)."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ), timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_a_second_process_needs_neither_spylls_nor_pymorphy3() -> None:
    code = ("import sys\n"
            "from ozon_assistant.spelling.english import EnglishLexicon\n"
            "from ozon_assistant.spelling.russian import RussianLexicon\n"
            "en, ru = EnglishLexicon(), RussianLexicon()\n"
            "print(en.status('parcel'), en.status('parcle'), ru.status('посылка'),"
            " ru.status('пасылка'), ru.status('щас'), ru.dictionary_fixes('щас'),"
            " 'spylls' in sys.modules, 'pymorphy3' in sys.modules)\n")
    first = run_fresh(code)  # builds the caches (and finds «щас» → «сейчас» with pymorphy3)
    assert first.endswith("['сейчас'] True True")
    second = run_fresh(code)
    assert second == "ok unknown ok unknown marked ['сейчас'] False False"


def test_the_mapped_word_graph_answers_as_the_loaded_one() -> None:
    """Russian words are looked up in a memory-mapped words.dawg: every answer on a sample of
    real words (and misspellings) equals dawg_python's own loaded graph."""
    import itertools
    import random

    from dawg_python import RecordDAWG

    from ozon_assistant.spelling.opencorpora import CHAR_SUBSTITUTES, dictionary_dir, load_mapped

    path = dictionary_dir() / "words.dawg"
    loaded = RecordDAWG(">HH").load(str(path))
    mapped = load_mapped(RecordDAWG(">HH"), path)
    assert isinstance(mapped.dct._units, memoryview)  # really mapped, not the fallback
    yo_loaded = loaded.compile_replaces(CHAR_SUBSTITUTES)
    yo_mapped = mapped.compile_replaces(CHAR_SUBSTITUTES)
    words = [w for w, _z in itertools.islice(wordfreq_words("ru"), 60_000)]
    sample = random.Random(7).sample(words, 400)
    sample += [w[::-1] for w in sample[:100]] + ["еж", "еще", "пасылка", "зделать"]
    for word in sample:
        assert (word in mapped) == (word in loaded), word
        assert mapped.similar_items(word, yo_mapped) == loaded.similar_items(word, yo_loaded)
    assert list(mapped.keys("посыл")) == list(loaded.keys("посыл"))
