"""Typography: repeated words, a space before punctuation, Latin letters inside Cyrillic words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import tokens


@code_check("repeated_words")
def repeated_words(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """"в в", "the the": the same word twice with only a space between (numbers excepted)."""
    toks = tokens(text)
    for a, b in pairwise(toks):
        if a.key == b.key and not a.key.isdigit() and text[a.end : b.start].isspace():
            yield Hit(a.start, b.end, (a.text,), matched=a.text)


_SPACE_BEFORE = rx(r"(?<=[^\W_])[ \t]+([,.;:!?]+)(?![)(\-\w])")


@code_check("space_before_punctuation")
def space_before_punctuation(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """"Спасибо , Анна" → "Спасибо, Анна"."""
    for m in _SPACE_BEFORE.finditer(text):
        yield Hit(m.start(), m.end(), (m.group(1),), matched=m.group(1))


LATIN_TO_CYRILLIC = str.maketrans("aeopcxyKMHTBAEOPCX", "аеорсхуКМНТВАЕОРСХ")
CYRILLIC_TO_LATIN = str.maketrans("аеорсхуКМНТВАЕОРСХ", "aeopcxyKMHTBAEOPCX")
_CYR = rx(r"[А-Яа-яЁё]")
_LAT = rx(r"[A-Za-z]")
#: a run of letters with a switch between scripts inside; tried at the start of a run only
_MIXED = rx(r"(?<![^\W\d_])(?=[^\W\d_]*?(?:[А-Яа-яЁё][A-Za-z]|[A-Za-z][А-Яа-яЁё]))[^\W\d_]+")


@code_check("mixed_scripts")
def mixed_scripts(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A word with both Cyrillic and Latin letters («Здрaвствуйте» with a Latin a).

    The fix swaps the look-alike letters into the word's main script. Hyphenated parts are judged
    one by one, so "USB-кабель" is fine.
    """
    if not (_CYR.search(text) and _LAT.search(text)):
        return
    done: set[int] = set()
    for m in _MIXED.finditer(text):
        tok = next(t for t in tokens(text) if t.start <= m.start() < t.end)
        if tok.start in done:
            continue
        done.add(tok.start)
        offset = tok.start
        for part in re.split(r"([-'’])", tok.text):
            cyr, lat = len(_CYR.findall(part)), len(_LAT.findall(part))
            if cyr and lat:
                table = LATIN_TO_CYRILLIC if cyr >= lat else CYRILLIC_TO_LATIN
                fixed = part.translate(table)
                fixes = (fixed,) if not (_CYR.search(fixed) and _LAT.search(fixed)) else ()
                yield Hit(offset, offset + len(part), fixes)
            offset += len(part)
