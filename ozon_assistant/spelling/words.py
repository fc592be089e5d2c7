"""Which tokens of a paragraph are words to spell-check, and which are not.

Not words to check: URLs and e-mail addresses (masked before splitting), anything with a digit
(prices, order numbers «35142875-0153-1», model codes «T480»), all-caps words of up to four
letters (XPS, МЧС, USB), words with capitals inside (iPhone, OnePlus), words in the other script
than the reply's (Latin brand names in Russian text: «Ozon», «Xiaomi»), single letters, and the
seller's own words (personal dictionary, ``[words] accept`` in the settings).
A capitalised Russian word inside a sentence is most often a name the dictionary lacks, so an
unknown one is only flagged when it is not a proper name candidate (see :class:`Word`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import fold

URL_RE = rx(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b(?:[a-z0-9-]+\.)+(?:ru|com|org|net|рф|su|cn|io|info|biz|me|app|shop|store)\b(?:/\S*)?",
    re.IGNORECASE,
)
# A letter may carry combining marks: a stress mark typed into a Russian word («доста́вка»,
# U+0301), a decomposed «й» (и + U+0306). They belong to the word, not between two words.
MARKS = "\u0300-\u036f"
LETTER = rf"[^\W\d_][{MARKS}]*"
WORD_RE = rx(rf"(?:{LETTER})+(?:[-'’](?:{LETTER})+)*")
TOKEN_RE = rx(rf"[\w{MARKS}@.+/:%-]+(?:['’][\w{MARKS}]+)*")  # a whole run: «T480» is not «T»
STRESS = rx("[\u0300\u0301]")  # the acute and grave accents that mark stress in Russian
CYRILLIC = rx(r"[а-яё]", re.IGNORECASE)
LATIN = rx(r"[a-z]", re.IGNORECASE)
OPENERS = " \t\"'«(„“[-—–"
CLOSERS = "\"'»”)]"


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    sentence_start: bool  # first word of the paragraph or after . ! ? …


def _masked(text: str) -> str:
    return URL_RE.sub(lambda m: " " * len(m.group()), text)


def words_to_check(text: str, language: str, personal: frozenset[str] = frozenset()) -> Iterator[Word]:
    """The words of ``text`` a speller should look at, in order."""
    masked = _masked(text)
    script = CYRILLIC if language == "ru" else LATIN
    other = LATIN if language == "ru" else CYRILLIC
    before = _Before()
    memo = _CHUNKS.setdefault(language, {})
    for run in TOKEN_RE.finditer(masked):
        chunk = run.group()
        before.extend(masked, run.start())
        found = memo.get(chunk)
        if found is None:
            if len(memo) > CHUNK_MEMO:
                memo.clear()
            found = memo[chunk] = _chunk_words(chunk, script, other)
        if not found:
            continue
        at_start = before.sentence_start()
        offset = run.start()
        for start, end, word, skip, keys in found:
            if skip or (personal and not personal.isdisjoint(keys)):
                at_start = False
                continue
            yield Word(offset + start, offset + end, word, at_start)
            at_start = False


ChunkWord = tuple[int, int, str, bool, tuple[str, str]]
#: per language, a run of text → its words (:func:`_chunk_words`): a long reply repeats its
#: words, and finding them and what to skip again was most of the speller's time on a clean
#: 97,000-character file
_CHUNKS: dict[str, dict[str, tuple[ChunkWord, ...]]] = {}
CHUNK_MEMO = 50_000


def _chunk_words(chunk: str, script: re.Pattern[str], other: re.Pattern[str]
                 ) -> tuple[ChunkWord, ...]:
    """The words of one run of text: (start, end, the word as spelled, skipped whatever the
    seller's words are, the folded keys a personal word skips it by); none for a run with a
    digit (numbers, order numbers, model codes: the whole run is skipped)."""
    if any(c.isdigit() for c in chunk):
        return ()
    out = []
    for m in WORD_RE.finditer(chunk):
        word = spelled(m.group())
        keys = (fold(word), fold(word.split("-")[0]))
        out.append((m.start(), m.end(), word, _skip(word, script, other, frozenset()), keys))
    return tuple(out)


def spelled(word: str) -> str:
    """The word as the speller reads it: a Russian word without its stress marks («доста́вка»
    is «доставка»), and combining marks composed with their letters (и + U+0306 is «й»). The
    finding still covers the word as typed, marks included."""
    if CYRILLIC.search(word):
        word = STRESS.sub("", word)
    return unicodedata.normalize("NFC", word) if not word.isascii() else word


class _Before:
    """What decides whether a word starts a sentence, kept up to date as the text is read.

    That is the last character of the text before the word once the openers (spaces, quotes,
    dashes) are stripped — ``prev = text[:start].rstrip(OPENERS)`` — and, when it is a closing
    quote or bracket, the character before the closers. Slicing the text before every word made
    a long paragraph cost the square of its length (a 1 MB line: a minute); here each
    character is looked at once, by the strips of the piece read since the last word."""

    __slots__ = ("after_closers", "last", "pos", "stripped_closers")

    def __init__(self) -> None:
        self.pos = 0
        self.last = ""  # text[:pos].rstrip(OPENERS)[-1:]
        self.after_closers = ""  # text[:pos].rstrip(OPENERS).rstrip(CLOSERS)[-1:]
        self.stripped_closers = ""  # text[:pos].rstrip(CLOSERS)[-1:]

    def extend(self, text: str, end: int) -> None:
        piece = text[self.pos:end]
        self.pos = end
        no_openers = piece.rstrip(OPENERS)
        if no_openers:  # the prefix's rstrip(OPENERS) now ends inside this piece
            self.last = no_openers[-1]
            inner = no_openers.rstrip(CLOSERS)
            self.after_closers = inner[-1] if inner else self.stripped_closers
        no_closers = piece.rstrip(CLOSERS)
        if no_closers:
            self.stripped_closers = no_closers[-1]

    def sentence_start(self) -> bool:
        return not self.last or self.last in ".!?…" or (
            self.last in CLOSERS and self.after_closers in (".", "!", "?", "…"))


def _skip(word: str, script: re.Pattern[str], other: re.Pattern[str],
          personal: frozenset[str]) -> bool:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return True
    if other.search(word) and not script.search(word):
        return True  # a word in the other script: a brand or a name («Ozon», «Xiaomi»)
    if not script.search(word):
        return True  # another alphabet altogether (Chinese, Greek, …)
    if word.isupper() and len(letters) <= 4:
        return True
    inner = word[1:]
    if any(c.isupper() for c in inner) and not word.isupper() and any(c.islower() for c in inner):
        return True  # iPhone, OnePlus, McDonald's: written like that on purpose
    if personal and (fold(word) in personal or fold(word.split("-")[0]) in personal):
        return True
    return False


NEIGHBOUR_LEFT = rx(r"([^\W\d_]+(?:['’][^\W\d_]+)?)[ \t]+$")
NEIGHBOUR_RIGHT = rx(r"^[ \t]+([^\W\d_]+(?:['’][^\W\d_]+)?)")


NEIGHBOUR_REACH = 80  # characters searched before a word for its left neighbour


def neighbours(text: str, word: Word) -> tuple[str, str]:
    """The words right before and after ``word`` (lower case), when only spaces separate them:
    across punctuation the neighbour says little about the word.

    The left neighbour is searched for in the 80 characters before the word, not the whole
    paragraph (that made a paragraph cost quadratic time). The answer is the same: a match
    holds only letters, apostrophes and the spaces right before the word, so any other
    character in the window (another space, punctuation) ends every match that could start
    further left; without one, the whole text is searched as before."""
    start = max(0, word.start - NEIGHBOUR_REACH)
    body = text[start:word.start].rstrip(" \t\n")  # "$" also matches before a final newline
    if start > 0 and all(c.isalnum() or c in "'’_" for c in body):
        start = 0
    left = NEIGHBOUR_LEFT.search(text, start, word.start)
    right = NEIGHBOUR_RIGHT.match(text[word.end:])
    return (left.group(1).lower() if left else "", right.group(1).lower() if right else "")
