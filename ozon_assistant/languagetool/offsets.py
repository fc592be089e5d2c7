"""LanguageTool counts offsets in UTF-16 code units (it is Java); findings use Python ``str``
indices. This is the one place that converts between them, so an emoji before a mistake never
shifts an underline by one.
"""

from __future__ import annotations


def utf16_span(text: str, offset: int, length: int) -> tuple[int, int] | None:
    """The ``str`` span of the UTF-16 span (``offset``, ``length``) in ``text``.

    None when the span is outside the text, empty, or cuts a character in half (a surrogate
    pair): such a match comes from a server that checked another text, and is dropped.
    """
    if offset < 0 or length <= 0:
        return None
    start_units, end_units = offset, offset + length
    units = 0
    start = end = None
    for index, char in enumerate(text):
        if units == start_units:
            start = index
        if units == end_units:
            end = index
            break
        if units > end_units:
            return None
        units += 2 if ord(char) > 0xFFFF else 1
    else:
        if units == end_units:
            end = len(text)
    if start is None or end is None or start >= end:
        return None
    return start, end
