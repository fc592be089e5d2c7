"""Every reading of a Russian word (part of speech, case, number, gender, person, lemma), read
straight from pymorphy3's dictionary files — the analysis the grammar layer, the speller and the
lemma matcher share.

Why not ``MorphAnalyzer.parse``: it builds a ``Parse`` object per reading and guesses unknown
words, 0.15 ms a word here; a reply of 1,000 characters would cost 20 ms. The dictionary itself
answers a known word in a few microseconds: ``words.dawg`` (already memory-mapped for the
speller) gives (paradigm, form) pairs, the paradigm gives the tag and the affixes that make the
lemma. Unknown words get no reading at all: the grammar layer says nothing about words the
dictionary does not know (names, brands, typos — the speller's business).
"""

from __future__ import annotations

import json
import struct
from array import array
from functools import lru_cache
from typing import Any, NamedTuple

#: Grammemes a reading keeps, by kind; everything else stays in ``tags``.
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
#: The second genitive/accusative/locative («чаю», «в лесу») count as the main case.
CASE_OF = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}
NUMBERS = ("sing", "plur")
GENDERS = ("masc", "femn", "neut", "ms-f")
PERSONS = ("1per", "2per", "3per")
TENSES = ("past", "pres", "futr")


class Reading(NamedTuple):
    """One reading of a word form. ``case`` is one of the six main cases (or None)."""

    pos: str
    case: str | None
    number: str | None
    gender: str | None
    person: str | None
    tense: str | None
    tags: frozenset[str]
    lemma: str


class _Dictionary:
    def __init__(self) -> None:
        from ozon_assistant.spelling.opencorpora import dictionary_dir, word_graph

        base = dictionary_dir()
        graph = word_graph()
        self.words, self.yo = graph.words, graph.yo
        self.paradigms = _load_paradigms(base / "paradigms.array")
        with (base / "gramtab-opencorpora-int.json").open(encoding="utf-8") as fh:
            self.gramtab: list[str] = json.load(fh)
        with (base / "suffixes.json").open(encoding="utf-8") as fh:
            self.suffixes: list[str] = json.load(fh)
        with (base / "meta.json").open(encoding="utf-8") as fh:
            meta = dict(json.load(fh))
        self.prefixes: list[str] = meta["compile_options"]["paradigm_prefixes"]
        self._tags: dict[int, tuple[str, str | None, str | None, str | None, str | None,
                                    str | None, frozenset[str]]] = {}

    def tag(self, tag_id: int) -> tuple[str, str | None, str | None, str | None, str | None,
                                        str | None, frozenset[str]]:
        hit = self._tags.get(tag_id)
        if hit is None:
            grammemes = frozenset(self.gramtab[tag_id].replace(" ", ",").split(","))
            pos = next(iter(sorted(g for g in grammemes if g.isupper() and len(g) == 4)), "")
            case = next((CASE_OF.get(g, g) for g in CASES if g in grammemes), None)
            hit = (pos, case, _first(NUMBERS, grammemes), _first(GENDERS, grammemes)
                   or ("ms-f" if "Ms-f" in grammemes else None),
                   _first(PERSONS, grammemes), _first(TENSES, grammemes), grammemes)
            self._tags[tag_id] = hit
        return hit

    def readings(self, word: str) -> tuple[Reading, ...]:
        out: list[Reading] = []
        for form, pairs in self.words.similar_items(word, self.yo):
            for para_id, idx in pairs:
                paradigm = self.paradigms[para_id]
                n = len(paradigm) // 3
                pos, case, number, gender, person, tense, tags = self.tag(paradigm[n + idx])
                if idx == 0:
                    lemma = form
                else:
                    prefix = self.prefixes[paradigm[2 * n + idx]]
                    suffix = self.suffixes[paradigm[idx]]
                    stem = form[len(prefix):len(form) - len(suffix)] if suffix else form[len(prefix):]
                    lemma = self.prefixes[paradigm[2 * n]] + stem + self.suffixes[paradigm[0]]
                out.append(Reading(pos, case, number, gender, person, tense, tags, lemma))
        return tuple(out)


def _first(names: tuple[str, ...], grammemes: frozenset[str]) -> str | None:
    return next((g for g in names if g in grammemes), None)


def _load_paradigms(path: object) -> list[array[int]]:
    with open(path, "rb") as fh:  # type: ignore[call-overload]
        data = fh.read()
    (count,) = struct.unpack_from("<H", data, 0)
    pos = 2
    out = []
    for _ in range(count):
        (length,) = struct.unpack_from("<H", data, pos)
        pos += 2
        para = array("H")
        para.frombytes(data[pos:pos + 2 * length])
        pos += 2 * length
        out.append(para)
    return out


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    return _Dictionary()


@lru_cache(maxsize=50_000)
def readings(word: str) -> tuple[Reading, ...]:
    """Every dictionary reading of ``word`` (any case; «е» may stand for «ё»); () if unknown."""
    lower = word.lower()
    if not lower.isalpha() and "-" not in lower:
        return ()
    return _dictionary().readings(lower)


@lru_cache(maxsize=50_000)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech ``word`` may be (folded word as given to :func:`readings`)."""
    return frozenset(r.pos for r in readings(word))


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words written with a full stop (``lexicons/abbreviations.toml``), lower case: a full stop
    after one ends no sentence."""
    return frozenset(lexicon("abbreviations").get("words", ()))


@lru_cache(maxsize=8)
def lexicon(name: str) -> dict[str, Any]:
    """A shared vocabulary or table of ``resources/rules/lexicons/NAME.toml``, read once per
    process: the rules that use it name it, a team lead edits it without touching Python."""
    import tomllib

    from ozon_assistant.core import paths

    with (paths.lexicons_dir() / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
