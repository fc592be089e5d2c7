"""Text primitives shared by every part: words, lines, paragraphs, language guess.

One tokenizer for rules and text alike, so a phrase in a rule pack and the same phrase in a reply
always split the same way. Offsets are Python ``str`` indices throughout.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ozon_assistant.core.regex import rx

#: A word: letters/digits, with inner hyphens or apostrophes ("как-нибудь", "don't").
WORD_RE = rx(r"[^\W_]+(?:[-'’][^\W_]+)*")
CYRILLIC_RE = rx(r"[А-Яа-яЁё]")
LATIN_RE = rx(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Token:
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
    return tuple(Token(m.start(), m.end(), w, fold(w)) for m in WORD_RE.finditer(text)
                 for w in (m.group(),))


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
    """The insides of quotations in ``text`` (one paragraph), outermost only: «…», “…”, „…“
    and "…". A mark with no partner opens nothing, so a stray quote or an inch sign (15") never
    swallows the rest of the paragraph."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        close = QUOTES.get(text[i])
        if close is None:
            i += 1
            continue
        opening, depth, j = text[i], 1, i + 1
        while j < n:
            ch = text[j]
            if ch == close and (opening == close or depth == 1):
                break
            if ch == close:
                depth -= 1
            elif ch == opening:
                depth += 1
            j += 1
        if j < n and j > i + 1:
            spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return spans
