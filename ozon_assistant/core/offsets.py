"""The one place that converts between Python ``str`` indices and UTF-16 code units.

Findings use ``str`` indices (code points). Qt (the window's editor) and LanguageTool (Java)
count UTF-16 code units, in which every character outside the Basic Multilingual Plane (most
emoji, some CJK) takes two units and one index in Python. Converting only here keeps underlines,
fixes and LanguageTool's matches on the right characters after "😊".
"""

from __future__ import annotations

import re

#: Characters that take two UTF-16 units (a surrogate pair) but one ``str`` index.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 position (units from the start of ``text``) of ``str`` index ``index``."""
    index = max(0, min(index, len(text)))
    if text.isascii():
        return index
    return index + len(_ASTRAL.findall(text, 0, index))


def from_utf16(text: str, position: int) -> int:
    """The ``str`` index of UTF-16 position ``position`` in ``text`` (the inverse of to_utf16).

    A position inside a surrogate pair (which Qt never gives for a cursor) maps to the start of
    that character.
    """
    if position <= 0:
        return 0
    if text.isascii():
        return min(position, len(text))
    pairs = 0
    for m in _ASTRAL.finditer(text):
        unit = m.start() + pairs  # where this astral character starts in UTF-16
        if unit >= position:
            break
        if unit + 1 == position:  # inside the pair
            return m.start()
        pairs += 1
    return min(position - pairs, len(text))


def span_to_utf16(text: str, start: int, end: int) -> tuple[int, int]:
    """A (start, end) ``str`` span of ``text`` as a UTF-16 span."""
    return to_utf16(text, start), to_utf16(text, end)


def utf16_length(text: str) -> int:
    """How many UTF-16 units ``text`` takes."""
    return to_utf16(text, len(text))


def utf16_span(text: str, offset: int, length: int) -> tuple[int, int] | None:
    """The ``str`` span of the UTF-16 span (``offset``, ``length``) in ``text``.

    None when the span is outside the text, empty, or cuts a character in half (a surrogate
    pair): a LanguageTool match like that comes from a server that checked another text, and is
    dropped.
    """
    if offset < 0 or length <= 0:
        return None
    start, end = from_utf16(text, offset), from_utf16(text, offset + length)
    if to_utf16(text, start) != offset or to_utf16(text, end) != offset + length or start >= end:
        return None
    return start, end
