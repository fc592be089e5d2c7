"""The text as the buyer sees it: what the policy checks read.

Characters that show nothing (zero-width spaces, soft hyphens, word joiners, byte-order marks,
bidi controls) split a word for a program but not for a reader: ``8\u200b916\u200b123…``,
``What\u200bsApp`` and «теле\u00adграм» look like a phone and a messenger to the buyer and like
noise to a pattern. A right-to-left override (U+202E) shows the characters after it in reverse
order, so a phone typed backwards reads forwards on screen. The checks therefore run on a
*visible view*: hidden characters dropped, overridden runs put in the order they are shown, with
each view character's position in the original kept so findings land on the words as typed (and
a fix replaces the hidden characters with them). Look-alike letters are folded later, by the
contact checks' own skeleton (:mod:`.checks.disguise`).

Joiners and variation selectors (U+200C, U+200D, U+FE00–FE0F) are part of emoji and of some
scripts: they are hidden only between two letters or digits, where they can only be a disguise.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

from ozon_assistant.core.regex import rx
from ozon_assistant.core.types import Finding

#: bidi embeddings, overrides and isolates: they change the order the buyer sees
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: never visible, never needed in a reply
ALWAYS_HIDDEN = "\u00ad\u180e\u200b\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff" + BIDI
#: visible-making inside emoji sequences; a disguise only inside a word or number
JOINERS = "\u200c\u200d" + "".join(chr(c) for c in range(0xFE00, 0xFE10))

_OVERRIDE, _POP = "\u202e", "\u202c"
_ANY = rx("[" + ALWAYS_HIDDEN + JOINERS + "]")
#: a run of hidden characters as the buyer's text holds them (for the finding on them)
HIDDEN_RUN = rx("(?:[" + ALWAYS_HIDDEN + "]|(?<=[^\\W_])[" + JOINERS + "]+(?=[^\\W_]))+")


class VisibleView(NamedTuple):
    """The visible text and, for each of its characters, where it stands in the original."""

    text: str
    where: list[int]

    def back(self, f: Finding, original: str) -> Finding:
        """``f`` (found in the view) on the original text: from the first to the last
        character it covers, and over hidden characters right after it."""
        covered = self.where[f.start:f.end] or [self.where[f.start] if f.start < len(self.where)
                                                else len(original)]
        start, end = min(covered), max(covered) + 1
        while end < len(original) and is_hidden(original, end):
            end += 1
        return replace(f, start=start, end=end)


def is_hidden(text: str, i: int) -> bool:
    """Whether ``text[i]`` shows nothing where it stands."""
    ch = text[i]
    if ch in ALWAYS_HIDDEN:
        return True
    if ch not in JOINERS:
        return False
    j = i
    while j > 0 and text[j - 1] in JOINERS:
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in JOINERS:
        k += 1
    return j > 0 and k < len(text) and text[j - 1].isalnum() and text[k].isalnum()


def visible_view(text: str) -> VisibleView | None:
    """The view the checks read, or None when ``text`` hides nothing (the usual case)."""
    if _ANY.search(text) is None:
        return None
    chars: list[str] = []
    where: list[int] = []
    for segment, reversed_ in _segments(text):
        kept = [i for i in segment if not is_hidden(text, i)]
        if reversed_:
            kept.reverse()
        chars.extend(text[i] for i in kept)
        where.extend(kept)
    if len(chars) == len(text):
        return None
    return VisibleView("".join(chars), where)


def _segments(text: str) -> Iterator[tuple[range, bool]]:
    """Runs of positions, each with whether an override shows it reversed (up to the next
    U+202C or the paragraph's end: an override does not reach past a paragraph)."""
    start = 0
    while True:
        at = text.find(_OVERRIDE, start)
        if at < 0:
            yield range(start, len(text)), False
            return
        yield range(start, at), False
        stop = text.find(_POP, at)
        stop = len(text) if stop < 0 else stop
        yield range(at, stop), True
        start = stop
