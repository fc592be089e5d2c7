"""The one place that converts between Python ``str`` indices and Qt positions (UTF-16 units).

The checker reports findings in ``str`` indices (code points). Qt counts UTF-16 code units, so
every character outside the Basic Multilingual Plane (most emoji, some CJK) takes two units in Qt
and one in Python. A conversion done ad hoc in several places drifts by one per emoji; doing it
only here keeps underlines and fixes on the right characters after "😊".
"""

from __future__ import annotations

import re

#: Characters that take two UTF-16 units (a surrogate pair) in Qt but one index in Python.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def to_utf16(text: str, index: int) -> int:
    """The Qt position (UTF-16 units from the start of ``text``) of ``str`` index ``index``."""
    index = max(0, min(index, len(text)))
    if text.isascii():
        return index
    return index + len(_ASTRAL.findall(text, 0, index))


def from_utf16(text: str, position: int) -> int:
    """The ``str`` index of Qt position ``position`` in ``text`` (the inverse of to_utf16).

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
    """A (start, end) ``str`` span of ``text`` as a Qt span."""
    return to_utf16(text, start), to_utf16(text, end)


def utf16_length(text: str) -> int:
    """How many UTF-16 units Qt uses for ``text``."""
    return to_utf16(text, len(text))
