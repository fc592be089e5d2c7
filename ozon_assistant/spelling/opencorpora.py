"""pymorphy3's Russian dictionary (OpenCorpora) read without pymorphy3, for the speller's
questions only: is a word known, is every reading of it marked (``Dist``, ``Erro``,
``Infr``), and is it a verb (``VERB``, ``INFN``, ``GRND``: a compound is never made of one)?

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

from ozon_assistant.core import paths
from ozon_assistant.spelling.packed import open_or_build, source_stamp

CACHE_FORMAT = 2
#: pymorphy3's Russian setting: «е» in the input may stand for «ё».
CHAR_SUBSTITUTES = {"е": "ё"}
GRAMMEMES = ("Dist", "Erro", "Infr", "VERB", "INFN", "GRND")


def dictionary_dir() -> Path:
    import pymorphy3_dicts_ru

    return Path(pymorphy3_dicts_ru.get_path())


def _build() -> tuple[dict[str, bytes], dict[str, Any]]:
    """For each grammeme of GRAMMEMES, the (paradigm << 16 | form) keys whose tag has it."""
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


def load_mapped(dawg: Any, path: Path) -> Any:
    """``dawg.load(path)`` without reading the file: its two tables become views of the
    memory-mapped file, so the 7 MB word graph costs a few page reads per looked-up word
    instead of 8 ms of copying on every start of ``check``. dawg_python keeps each table in
    ``_units`` and only indexes it, which a ``memoryview`` does just as an ``array`` does; a
    version that stores them otherwise is loaded the usual way."""
    import mmap
    import struct

    from dawg_python import wrapper

    try:
        with path.open("rb") as fh:
            mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        (units,) = struct.unpack_from("=I", view, 0)
        (guide_units,) = struct.unpack_from("=I", view, 4 + 4 * units)
        start = 8 + 4 * units
        if start + 2 * guide_units != len(view):
            raise ValueError(f"{path}: unexpected layout")
        dictionary, guide = wrapper.Dictionary(), wrapper.Guide()
        if not (isinstance(dictionary._units, array) and isinstance(guide._units, array)):
            raise ValueError("dawg_python stores its tables differently")
        dictionary._units = view[4:4 + 4 * units].cast("I")
        guide._units = view[start:].cast("B")
        dawg.dct, dawg.guide = dictionary, guide
        return dawg
    except (OSError, ValueError, AttributeError, TypeError):
        return dawg.load(str(path))


@lru_cache(maxsize=1)
def word_graph() -> WordGraph:
    from dawg_python import RecordDAWG

    base = dictionary_dir()
    words = load_mapped(RecordDAWG(">HH"), base / "words.dawg")
    source = source_stamp(*(base / f for f in ("words.dawg", "paradigms.array",
                                               "gramtab-opencorpora-int.json")))
    key = {"format": CACHE_FORMAT, "source": source}
    pack = open_or_build(paths.speller_cache_file("ru", "marked", CACHE_FORMAT), key, _build,
                         ("speller-ru-marked-*.pack",))
    marked = {}
    for g in GRAMMEMES:
        keys = array("I")
        keys.frombytes(pack.read(g))
        marked[g] = frozenset(keys)
    pack.close()
    return WordGraph(words, words.compile_replaces(CHAR_SUBSTITUTES), marked, source)
