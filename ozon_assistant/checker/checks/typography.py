"""Typography: repeated words, spaces around punctuation, sentence case, hidden characters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.morphology import abbreviations
from ozon_assistant.checker.visible import ALWAYS_HIDDEN, HIDDEN_RUN, JOINERS, visible_view
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
#: what every match of the patterns below holds: one quick scan rules most paragraphs out
#: before the pattern, which tries its look-behind at every character, runs
_SPACE_THEN_MARK = rx(r"[ \t][,.;:!?]")
_MARK_THEN_LETTER = rx(r"[,;!?.][^\W\d_]")
_MIXED_PAIR = rx(r"[A-Za-zА-Яа-яЁё](?:(?<=[А-Яа-яЁё])[A-Za-z]|(?<=[A-Za-z])[А-Яа-яЁё])")


@code_check("space_before_punctuation")
def space_before_punctuation(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """"Спасибо , Анна" → "Спасибо, Анна"."""
    if _SPACE_THEN_MARK.search(text) is None:
        return
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
    if _MIXED_PAIR.search(text) is None:  # a Cyrillic letter next to a Latin one
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


#: a comma, semicolon, «!» or «?» glued to the next word, or a full stop glued to a capital
#: («Maria,your», «посылка.Она»); two letters before it, so «т.е.», "e.g." and initials pass
_NO_SPACE_AFTER = rx(r"(?<=[^\W\d_]{2})(?:[,;!?]+(?=[^\W\d_])|\.(?=[A-ZА-ЯЁ][a-zа-яё]))")


@code_check("space_after_punctuation")
def space_after_punctuation(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """"Maria,your parcel.It" → "Maria, your parcel. It" (not inside an address or a link:
    "ozon.ru", "name@shop.ru", "http://…" have no letter-capital or letter-comma-letter)."""
    if _MARK_THEN_LETTER.search(text) is None:
        return
    for m in _NO_SPACE_AFTER.finditer(text):
        if _in_address(text, m.start()) or (
                m.group() == "." and _word_before(text, m.start()) in abbreviations()):
            continue  # «г.Москва», «ул.Ленина»: how addresses are written
        yield Hit(m.start(), m.end(), (m.group() + " ",), matched=_glued(text, m.start()))


def _glued(text: str, at: int) -> str:
    """The run of text without spaces around position ``at`` («Maria,your»)."""
    lo = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    hi = min((i for i in (text.find(" ", at), text.find("\n", at)) if i != -1),
             default=len(text))
    return text[lo:hi]


def _in_address(text: str, at: int) -> bool:
    """Whether position ``at`` is inside a link or an e-mail address (no spaces around)."""
    chunk = _glued(text, at)
    return "@" in chunk or "://" in chunk or chunk.lower().startswith("www.")


#: where a sentence starts: the text's start, after . ! ? and spaces, after a blank line or a
#: line that ended a sentence; bullets and quotes before the word are skipped
_SENTENCE_START = rx(r"(?:\A|(?<=[.!?])[ \t]+|\n[ \t]*\n|(?<=[.!?])[ \t]*\n)[ \t]*"
                     r"(?:[-–—•*]\s+|\d+[.)]\s+)?[«\"“„(]?([^\W\d_][\w'’-]*)")


@code_check("sentence_case")
def sentence_case(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A sentence that starts with a lower-case word («здравствуйте!!!», "the order is late").
    Words written in mixed case on purpose ("iPhone", "eBay") and sentences after an
    abbreviation («т. е.», "e.g.") or an ellipsis (a thought that goes on) are left alone."""
    for m in _SENTENCE_START.finditer(text):
        word = m.group(1)
        if not word[:1].islower() or not word.islower() or "." in text[m.end(1):m.end(1) + 1]:
            continue
        start = m.start(1)
        before = text[:m.start()].rstrip()
        if before.endswith(("...", "…")):
            continue  # a thought that goes on
        if before.endswith("."):
            prev = _word_before(text, len(before) - 1)
            if prev in abbreviations() or prev.isdigit():
                continue  # «т. е. снимок», «1 кв. м», a numbered list «1. фото»
        yield Hit(start, start + len(word), (word[0].upper() + word[1:],))


def _word_before(text: str, at: int) -> str:
    """The letters or digits right before position ``at`` («ул» for «ул.Ленина»), lower case."""
    m = _LAST_WORD.search(text, 0, at)
    return m.group().lower() if m else ""


_LAST_WORD = rx(r"[^\W_]+(?:-[^\W_]+)*$")


@code_check("hidden_characters")
def hidden_characters(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Characters that show nothing (zero-width spaces, soft hyphens, joiners inside a word,
    bidi controls): the fix deletes them. The policy checks read the text without them. An
    override's own run is ``reordered_text``'s finding."""
    if _MAYBE_HIDDEN.search(text) is None:  # the usual case: nothing that could be hidden
        return
    overridden = [m.span() for m in _OVERRIDDEN.finditer(text)]
    for m in HIDDEN_RUN.finditer(text):
        if any(a <= m.start() < b for a, b in overridden):
            continue
        names = ", ".join(dict.fromkeys(f"U+{ord(c):04X}" for c in m.group()))
        yield Hit(m.start(), m.end(), ("",), matched=names)


@code_check("reordered_text")
def reordered_text(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A right-to-left override: the buyer sees the characters after it in reverse order, so
    what is read on screen is not what was typed. The fix writes what the buyer sees."""
    for m in _OVERRIDDEN.finditer(text):
        view = visible_view(m.group())
        shown = view.text if view is not None else m.group()
        yield Hit(m.start(), m.end(), (shown,), matched=shown)


_OVERRIDDEN = rx("\u202e[^\u202c\n]*\u202c?")
#: a character that may show nothing (every hidden run is made of them)
_MAYBE_HIDDEN = rx("[" + ALWAYS_HIDDEN + JOINERS + "]")
