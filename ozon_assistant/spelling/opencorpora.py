"""pymorphy3's Russian dictionary (OpenCorpora) read without pymorphy3, for the speller's
questions only: is a word known, and is every reading of it marked (``Dist``, ``Erro``,
``Infr``)?

``words.dawg`` maps each of five million word forms to (paradigm, form index) pairs; a form's
tag is the paradigm's tag at that index. The pairs whose tag is marked are found once through
pymorphy3 and cached (:mod:`.packed`), keyed by the dictionary files, so the command line
answers both questions after reading the word graph alone.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ozon_assistant.spelling.packed import cache_file, open_or_build, source_stamp

CACHE_FORMAT = 1
#: pymorphy3's Russian setting: «е» in the input may stand for «ё».
CHAR_SUBSTITUTES = {"е": "ё"}
GRAMMEMES = ("Dist", "Erro", "Infr")


def dictionary_dir() -> Path:
    import pymorphy3_dicts_ru

    return Path(pymorphy3_dicts_ru.get_path())


def _build() -> tuple[dict[str, bytes], dict[str, Any]]:
    """For each marked grammeme, the (paradigm << 16 | form) keys whose tag has it."""
    from ozon_assistant.checker.morph import analyzer

    dictionary = analyzer().dictionary
    keys: dict[str, array[int]] = {g: array("I") for g in GRAMMEMES}
    for para_id, paradigm in enumerate(dictionary.paradigms):
        for idx in range(len(paradigm) // 3):
            grammemes = dictionary.build_tag_info(para_id, idx).grammemes
            for g in GRAMMEMES:
                if g in grammemes:
                    keys[g].append((para_id << 16) | idx)
    return {g: a.tobytes() for g, a in keys.items()}, {"paradigms": len(dictionary.paradigms)}


@dataclass
class WordGraph:
    words: Any  # dawg_python.RecordDAWG: word → [(paradigm, form index), …]
    yo: Any  # compiled «е» → «ё» substitutes for ``similar_items``
    marked: dict[str, frozenset[int]]
    source: list[list[int]]  # stamp of the dictionary files: what cached answers depend on

    def marked_forms(self, grammemes: frozenset[str]) -> frozenset[int]:
        return frozenset().union(*(self.marked[g] for g in grammemes if g in self.marked))


@lru_cache(maxsize=1)
def word_graph() -> WordGraph:
    from dawg_python import RecordDAWG

    base = dictionary_dir()
    words = RecordDAWG(">HH").load(str(base / "words.dawg"))
    source = source_stamp(*(base / f for f in ("words.dawg", "paradigms.array",
                                               "gramtab-opencorpora-int.json")))
    key = {"format": CACHE_FORMAT, "source": source}
    pack = open_or_build(cache_file(f"speller-ru-marked-{CACHE_FORMAT}.pack"), key, _build,
                         ("speller-ru-marked-*.pack",))
    marked = {}
    for g in GRAMMEMES:
        keys = array("I")
        keys.frombytes(pack.read(g))
        marked[g] = frozenset(keys)
    pack.close()
    return WordGraph(words, words.compile_replaces(CHAR_SUBSTITUTES), marked, source)
