"""Step 4 of the standard, "no shouting": capitals, runs of ! and ?, emoji, text emoticons."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check, param_words
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import tokens

_LETTER = rx(r"[^\W\d_]")


def _is_caps_word(word: str, allow: frozenset[str]) -> bool:
    if not word.isupper():
        return False
    letters = _LETTER.findall(word)
    if len(letters) < 2 or any(ch.isdigit() for ch in word):
        return False  # single letters, model codes (T480, XL2) and sizes are not shouting
    if not all(ch.isupper() for ch in letters):
        return False
    return word.upper() not in allow and not any(p.upper() in allow for p in word.split("-"))


#: A model line names its models with numbers: «ECAM 22.110», "RTX 3060", "NZXT H510",
#: "MANN W 712/95"
_MODEL_NUMBER = rx(r"[ \u00a0]?[-–]?[ \u00a0]?(?:[^\W\d_]{1,3}[ \u00a0-]?)?\d")


@code_check("capitals")
def capitals(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Words of ≥ ``min_letters`` capitals, runs of ≥ 2 capitalised words (a shouted sentence),
    and short words that are only ever shouted (``shout``: HEY, YES, НЕТ …).

    Abbreviations (``allow`` in the pack: OZON, USB, XL, СДЭК, ООО …), anything with a digit, a
    product name followed by its model number (ECAM 22.110, «ALPACA SOFT 150×200», "BACKPACK
    TRAVELER 40L") and, in a Russian reply, Latin words (a brand: «плед NORDIC»; a Russian
    seller shouts in Cyrillic) are left alone.
    """
    allow = param_words(params, "allow", upper=True)
    shout = param_words(params, "shout", upper=True)
    min_letters = int(params.get("min_letters", 4))
    russian = ctx.language == "ru"
    words = [t for t in tokens(text) if t.text.isupper()  # the paragraph's cached words
             and _is_caps_word(t.text, allow) and not (russian and t.text.isascii())
             and not _abbreviation(t.key) and not _in_identifier(text, t.start, t.end)]
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and not text[words[j].end : words[j + 1].start].strip(" ,.-!?"):
            j += 1
        first, last = words[i], words[j]
        if i == j and _listed_with_a_name(text, first.start, first.end, allow):
            i = j + 1  # a brand in a list of brands: "DELL, HP and LENOVO laptops"
            continue
        if _MODEL_NUMBER.match(text, last.end) and all(
                not text[words[k].end:words[k + 1].start].strip(" \u00a0-") for k in range(i, j)):
            i = j + 1  # a product's name and its number: «ALPACA SOFT 150×200», "ECAM 22.110"
            continue
        if (j > i or len(_LETTER.findall(first.text)) >= min_letters
                or first.text.upper() in shout):
            span = text[first.start : last.end]
            lower = span.lower()
            at_start = not text[: first.start].strip() or text[: first.start].rstrip()[-1] in ".!?"
            fix = lower[0].upper() + lower[1:] if at_start else lower
            yield Hit(first.start, last.end, (fix,))
        i = j + 1


_LIST_BEFORE = rx(r"([^\W\d_]+)(?:,\s*|\s+(?:and|or|и|или)\s+|\s*/\s*)$")
_LIST_AFTER = rx(r"(?:,\s*|\s+(?:and|or|и|или)\s+|\s*/\s*)([^\W\d_]+)")


def _listed_with_a_name(text: str, start: int, end: int, allow: frozenset[str]) -> bool:
    """A capitalised word listed beside a known name in capitals (HP, ASUS in ``allow``)."""
    before = _LIST_BEFORE.search(text, max(0, start - 30), start)
    after = _LIST_AFTER.match(text, end)
    return any(m is not None and m.group(1).isupper() and m.group(1).upper() in allow
               for m in (before, after))


def _in_identifier(text: str, start: int, end: int) -> bool:
    """A part of an identifier joined by underscores (HOME_TEXTILE_0042), not a shouted word."""
    return text[start - 1:start] == "_" or text[end:end + 1] == "_"


def _abbreviation(key: str) -> bool:
    """A Cyrillic word in capitals that is no word in lower case («ЛДСП», «ЖКХ») or that the
    dictionary knows only as an abbreviation («ООО»): an abbreviation, not shouting («СРОЧНО»
    is a word)."""
    if not ("а" <= key[:1] <= "я" or key[:1] == "ё"):
        return False
    from ozon_assistant.checker.morphology import readings

    found = readings(key)
    return not found or all("Abbr" in r.tags for r in found)


_RUN = rx(r"[!?]*(?:!!|\?\?|!\?|\?!)[!?]*")
#: two marks side by side: every run holds them (a quick scan before the run pattern)
_TWO_MARKS = rx(r"[!?][!?]")


@code_check("punctuation_runs")
def punctuation_runs(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Runs like "!!", "???", "?!?!": one mark says it calmly."""
    if _TWO_MARKS.search(text) is None:
        return
    for m in _RUN.finditer(text):
        run = m.group()
        yield Hit(m.start(), m.end(), ("?" if "?" in run else "!",))


_EMOJI_CANDIDATE = rx(
    "[\u00a9\u00ae\u203c\u2049\u20e3\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2"
    "\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\ufe0f"
    "\U0001F000-\U0001FAFF]"
)


@code_check("emoji")
def emoji_check(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Emoji (the ``emoji`` package's full list). Emoji side by side make one finding; the fix
    removes them with the space before them, so the sentence stays tidy."""
    if not _EMOJI_CANDIDATE.search(text):
        return  # the emoji package scans char by char: skip text that cannot hold an emoji
    import emoji

    runs: list[list[int]] = []
    for item in emoji.emoji_list(text):
        start, end = item["match_start"], item["match_end"]
        if runs and not text[runs[-1][1] : start].strip(" \ufe0f\u200d"):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    for start, end in runs:
        shown = text[start:end]
        if start > 0 and text[start - 1] == " " and (end == len(text) or not text[end].isalnum()):
            start -= 1
        yield Hit(start, end, ("",), matched=shown)


_SMILEY = rx(
    r"(?=[:;=8^xX<])(?<![\w:;=])(?:[:;=8][-‑^o']?[)(\]\[dDpP3*|/\\]+|\^[_.]?\^|[xX]D+|<3|:-?\*)(?![\w])"
)


def _is_list_marker(text: str, i: int) -> bool:
    """"1)", "а)", "12)" opening an item of a list: a bracket, not a smile."""
    k = i
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if k == i and k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < i and (k == 0 or text[k - 1] in " \t(;:,") and (k == i - 1 or text[k:i].isdigit())


_BRACKETS = rx(r"\(+|\)+")


@code_check("text_emoticons")
def text_emoticons(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """":)", ";-)", "xD", "^_^" and the Russian «)))» / «((»: brackets that close nothing."""
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _SMILEY.finditer(text)]
    depth = 0
    for m in _BRACKETS.finditer(text):
        i, j = m.span()
        if any(s <= i < e for s, e in taken):
            continue
        run = j - i
        if text[i] == "(":
            after = text[j : j + 1]
            if run >= 2 and (not after or not after.isalnum()):
                taken.append((i, j))  # "((" is a sad face, it opens nothing
            else:
                depth += run
            continue
        if run == 1 and depth == 0 and _is_list_marker(text, i):
            continue
        closes = min(depth, run)
        depth -= closes
        if run > closes:
            taken.append((i + closes, j))
    n = len(text)
    for s, e in sorted(taken):
        # take the space before the smile too, so removing it leaves tidy text
        if s > 0 and text[s - 1] == " " and (e == n or not text[e].isalnum()):
            s -= 1
        yield Hit(s, e, ("",), matched=text[s:e].strip())
