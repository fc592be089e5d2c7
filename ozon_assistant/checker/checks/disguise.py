"""Undoing the tricks sellers use to slip contacts past moderation.

Three tools shared by the contact and off-platform checks:

- :func:`skeleton` folds look-alike letters into one form, so «тeлeгрaм» (Latin e and a inside a
  Cyrillic word), "whatsаpp" (a Cyrillic а) and "telegr4m" (a digit for a letter) compare equal
  to the plain name. Names and text go through the same fold, as in Unicode's confusables
  "skeleton" idea, so we never need to guess which script a word "really" is in.
- :func:`number_atoms` reads digits and number words alike: «восемь девятьсот двенадцать» gives
  the groups ``8``, ``912`` — a phone written in words is then checked like one in digits.
- :data:`JOIN_GAP` says which gaps between letter pieces may be closed up, so «t e l e g r a m»,
  «т.е.л.е.г.р.а.м» and "w*h*a*t*s*a*p*p" read as one word.

Everything here is a single left-to-right pass over the text with precompiled patterns whose
alternatives cannot overlap, so a 10,000-character run of digits or dots stays linear.
"""

from __future__ import annotations

from typing import NamedTuple

from ozon_assistant.core.regex import rx

# -- look-alike letters ------------------------------------------------------------------------

_CONFUSABLE_SRC = (
    # Cyrillic letters that look like Latin ones
    "авеёкмнорстухіјѕһԁԛԝ"
    # Greek
    "αβεικνορτυχ"
    # digits and symbols used for letters ("telegr4m", "v1ber", "wh@tsapp", "in$ta")
    "0134578@$|!"
    # i, I, l, 1 and friends are all one letter in the skeleton
    "iıï"
)
_CONFUSABLE_DST = (
    "abeekmhopctyxljshdqw"
    "abelkvoptyx"
    "oleastbasll"
    "lll"
)
_SKELETON = str.maketrans(_CONFUSABLE_SRC, _CONFUSABLE_DST)
_LETTERS_ONLY = str.maketrans(_CONFUSABLE_SRC[:31] + "iıï", _CONFUSABLE_DST[:31] + "lll")
_DROP = rx(r"[\s'’`´ʼ.\-_*·•|/\\~+]+")


def skeleton(word: str) -> str:
    """The look-alike-folded, lower-case form of ``word`` (separators inside it dropped).

    Digits become letters only in a word that also has letters: "telegr4m" → "telegram", but a
    plain number such as "1688" stays a number.
    """
    word = word.casefold().replace("ё", "е")
    if word.isalpha() and "ʼ" not in word:  # the common case: no separator, digit or symbol
        return word.translate(_LETTERS_ONLY)
    word = _DROP.sub("", word)
    if word.isdigit():
        return word
    if any(ch.isdigit() or ch in "@$|!" for ch in word):
        return word.translate(_SKELETON)
    return word.translate(_LETTERS_ONLY)


def lower(text: str) -> str:
    """``text`` in lower case, one character for one, so offsets stay valid.

    Matching lower-cased text with case-sensitive patterns is several times faster in ``re``
    than ``(?i)``; "İ" is the one letter whose lower case is two characters.
    """
    return text.replace("İ", "i").lower()


#: Characters that may separate the pieces of one disguised word: «t e l e g r a m»,
#: «т.е.л.е.г.р.а.м», "w*h*a*t*s*a*p*p", "tele-gram". Never a line break or a comma.
JOIN_GAP = rx(r"[ \t\u00a0.*\-_·•'’|/\\~+]{1,3}")

# -- numbers written as words -------------------------------------------------------------------

_UNITS = {
    "ноль": 0, "нуль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_TEENS = {
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_HUNDREDS = {
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
    "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
}
NUMBER_WORD_KIND: dict[str, str] = {
    **dict.fromkeys(_UNITS, "unit"), **dict.fromkeys(_TEENS, "teen"),
    **dict.fromkeys(_TENS, "tens"), **dict.fromkeys(_HUNDREDS, "hundreds"), "hundred": "x100",
}
NUMBER_WORD_VALUE: dict[str, int] = {**_UNITS, **_TEENS, **_TENS, **_HUNDREDS, "hundred": 100}


class Atom(NamedTuple):
    """One group of digits as written: "912", "+7", or «девятьсот двенадцать» read as "912".

    A named tuple rather than a frozen dataclass: thousands are made per long text, and a
    frozen dataclass is several times slower to build."""

    start: int
    end: int
    digits: str
    plus: bool = False
    word: bool = False


_NUMERIC = rx(r"\+?\d+|[^\W\d_]+")
_DIGITS_ONLY = rx(r"\+?\d+")
_WORD_GAP = rx(r"[\s,\-–—]{1,3}")


def _digits(raw: str) -> str:
    """ASCII digits for any Unicode decimal digits (fullwidth "８", Arabic-Indic …)."""
    return raw if raw.isascii() else "".join(str(int(ch)) for ch in raw)


def number_atoms(text: str, words: bool = True, start: int = 0, end: int | None = None) -> list[Atom]:
    """Digit groups and number words of ``text`` in order, number words composed into groups.

    «девятьсот двенадцать» is one group "912"; «восемь девять» two groups "8", "9"; "nine
    hundred twelve" is "912". Other words are skipped; with ``words=False`` only digits are read
    (the quick path when the text has too few number words to spell a phone).
    """
    atoms: list[Atom] = []
    # the group being composed from words: [start, end, hundreds, tens, units, kinds seen]
    cur: list[int] | None = None
    seen: set[str] = set()

    def flush() -> None:
        nonlocal cur
        if cur is not None:
            atoms.append(Atom(cur[0], cur[1], str(cur[2] + cur[3] + cur[4]), word=True))
            cur = None
            seen.clear()

    for m in (_NUMERIC if words else _DIGITS_ONLY).finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        if raw[-1].isdigit():
            flush()
            plus = raw[0] == "+"
            atoms.append(Atom(m.start(), m.end(), _digits(raw[1:] if plus else raw), plus))
            continue
        key = raw.casefold().replace("ё", "е")
        kind = NUMBER_WORD_KIND.get(key)
        if kind is None:
            flush()
            continue
        value = NUMBER_WORD_VALUE[key]
        joined = cur is not None and _WORD_GAP.fullmatch(text, cur[1], m.start()) is not None
        if not joined:
            flush()
        if kind == "x100":
            if cur is not None and seen == {"unit"}:
                cur[2], cur[4] = cur[4] * 100, 0
                cur[1] = m.end()
                seen.clear()
                seen.add("hundreds")
            else:
                flush()
            continue
        if cur is not None and value and _extends(seen, kind):  # a spoken "zero" stands alone
            cur[1] = m.end()
        else:
            flush()
            cur = [m.start(), m.end(), 0, 0, 0]
        slot = {"hundreds": 2, "tens": 3, "teen": 3, "unit": 4}[kind]
        cur[slot] = value
        seen.add(kind)
    flush()
    return atoms


def _extends(seen: set[str], kind: str) -> bool:
    """May a number word of ``kind`` join the group built so far («девятьсот» + «двенадцать»)?"""
    if not seen:
        return True
    if kind == "hundreds":
        return False
    if kind in ("tens", "teen"):
        return seen == {"hundreds"}
    # a unit joins "twenty"/«двадцать» or a bare hundred («девятьсот пять» = 905)
    return "unit" not in seen and "teen" not in seen and bool(seen & {"tens", "hundreds"})


# -- letters spaced out -------------------------------------------------------------------------

_SPACED = rx(r"(?<!\S)\S(?:[ \u00a0]{1,2}\S(?!\S)){3,}")


def despaced(text: str) -> list[tuple[int, str, list[int]]]:
    """Runs of single characters set apart by spaces ("s h o p @ m a i l . r u"), closed up.

    Each item is (start, joined text, index) where ``index[k]`` is the offset, from ``start``,
    of the joined text's k-th character in the original — so a match in the joined text maps
    back to an exact span.
    """
    out = []
    for m in _SPACED.finditer(text):
        run = m.group()
        index = [i for i, ch in enumerate(run) if not ch.isspace()]
        out.append((m.start(), "".join(run[i] for i in index), index))
    return out
