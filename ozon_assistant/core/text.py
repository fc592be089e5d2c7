"""Text primitives shared by every part: words, lines, paragraphs, language guess.

One tokenizer for rules and text alike, so a phrase in a rule pack and the same phrase in a reply
always split the same way. Offsets are Python ``str`` indices throughout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from ozon_assistant.core.regex import rx

#: A word: letters/digits, with inner hyphens or apostrophes ("как-нибудь", "don't").
WORD_RE = rx(r"[^\W_]+(?:[-'’][^\W_]+)*")
CYRILLIC_RE = rx(r"[А-Яа-яЁё]")
LATIN_RE = rx(r"[A-Za-z]")
#: A run of letters only (no digit, no underscore): the word the name, contact and cue checks read.
LETTERS_RE = rx(r"[^\W\d_]+")


class Token(NamedTuple):
    """A word of a paragraph (a named tuple: made a hundred times per paragraph, and a frozen
    dataclass costs four attribute writes each)."""

    start: int
    end: int
    text: str
    key: str  # the folded form used for look-ups


def fold(word: str) -> str:
    """Case- and ё-insensitive key for look-ups. Never used to compute offsets."""
    return word.lower().replace("ё", "е").replace("’", "'")


@lru_cache(maxsize=256)
def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text``. Cached: the engine and several code checks read the same paragraph."""
    folded = text.lower()
    if len(folded) != len(text) or "Σ" in text:
        # a letter whose lower case is longer («İ») or depends on what follows (a final sigma):
        # each word folded on its own
        return tuple(Token(m.start(), m.end(), w, fold(w)) for m in WORD_RE.finditer(text)
                     for w in (m.group(),))
    # the whole paragraph folded at once, each word's key cut out of it (the same string as
    # fold(word): every other case mapping is one character for one, whatever stands around it)
    folded = folded.replace("ё", "е").replace("’", "'")
    new = tuple.__new__  # a Token without NamedTuple.__new__'s extra call
    return tuple([new(Token, (a, b, text[a:b], folded[a:b]))
                  for a, b in map(_span, WORD_RE.finditer(text))])


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.span()


#: word beginnings up to this long are kept in :func:`word_keys` (the longest rule stem is 11)
PREFIX_LEN = 12


@lru_cache(maxsize=64)
def word_keys(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A paragraph's folded words, and every beginning of them up to PREFIX_LEN letters: one
    set test then answers "is a word starting with «звон» here?" for every rule that asks."""
    keys = frozenset(t.key for t in tokens(text))
    return keys, frozenset(k[:i] for k in keys for i in range(1, min(len(k), PREFIX_LEN) + 1))


def line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a ``str`` index."""
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each line: the unit the engine checks and the window re-checks.

    A Qt text block is a line, so a paragraph here is a line too; both sides agree on it.
    """
    start = 0
    for part in text.split("\n"):
        yield start, part
        start += len(part) + 1


def guess_language(text: str) -> str:
    """'ru' when Cyrillic letters are at least a fifth of the letters, else 'en'."""
    cyr = len(CYRILLIC_RE.findall(text))
    lat = len(LATIN_RE.findall(text))
    if cyr == 0 and lat == 0:
        return "ru"
    return "ru" if cyr * 4 >= lat else "en"


def match_case(template: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of the text it replaces."""
    if not replacement or not template:
        return replacement
    if template.isupper() and len(template) > 1 and len(replacement) > 1:
        return replacement
    if template[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


#: Opening quotation mark → its closing mark: «…», “…”, „…“ and straight "…".
QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The insides of quotations in ``text`` (one paragraph), outermost only: «…» (nested ones
    inside count as one), “…”, „…“ and "…". A mark with no partner opens nothing, so a stray
    quote or an inch sign (15") never swallows the rest of the paragraph."""
    spans: list[tuple[int, int]] = []
    i = 0
    while (m := _OPENING.search(text, i)) is not None:
        start, opening = m.start(), m.group()
        end = -1
        if opening == "«":
            depth, pos = 1, start + 1
            while (g := _GUILLEMET.search(text, pos)) is not None:
                depth += 1 if g.group() == "«" else -1
                pos = g.end()
                if depth == 0:
                    end = g.start()
                    break
        else:
            end = text.find(QUOTES[opening], start + 1)
        if end > start + 1:
            spans.append((start + 1, end))
            i = end + 1
        else:
            i = start + 1
    return spans


_OPENING = rx("[«“„\"]")
_GUILLEMET = rx("[«»]")


def damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, giving up (limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def one_line(text: str, limit: int) -> str:
    """``text`` on one line (runs of white space as one space), cut to ``limit`` characters
    with "…" at the end when longer: a preview, a server's answer, a tab title."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: characters that belong to the one before them: a fix that replaced the character but not
#: them would leave them orphaned (a stress mark on the next letter, half of a joined emoji)
_MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})
ZWJ = "\u200d"


def cluster_end(text: str, end: int) -> int:
    """``end`` moved past the combining marks, variation selectors, skin tones and ZWJ joins
    (with the character each ZWJ joins) that follow it, so a finding ending at ``end`` takes
    its whole last character: «доста́» + U+0301, 👩 + ZWJ + 💻."""
    import unicodedata

    n = len(text)
    while end < n:
        c = text[end]
        if c == ZWJ:
            end = min(end + 2, n)
        elif unicodedata.category(c) in _MARK_CATEGORIES or "\U0001f3fb" <= c <= "\U0001f3ff":
            end += 1
        else:
            break
    return end


def shown_match(matched: str, limit: int = 60) -> str:
    """What a finding's message quotes of the matched text: at most ``limit`` characters (a run
    of 200,000 emoji is not repeated in full)."""
    return matched if len(matched) <= limit else matched[: limit - 1] + "…"
