"""Fixes applied to text: "Fix all safe" in the window and ``ozon-assistant fix`` are one function.

A finding is *safe* to fix unattended when it offers exactly one replacement (and is not a
contact whose fix would leave the contact behind, see :func:`leaves_contact`). :func:`fix_all`
applies every safe fix that does not overlap another, from the end so earlier offsets stay
valid, then checks the result again and repeats — a fix can reveal or create another finding —
for at most :data:`ROUNDS` rounds. What it returns carries the check of the text it returns, so
approval is always judged on the final text, never on the findings the fixes started from.

Every edit goes through :func:`shape`, which keeps the text well-formed around it: a sentence
start stays capitalised, an emoji or «)))» that ended a sentence leaves a full stop rather than
a run-on («Заказ отправлен 😊 Мой» → «Заказ отправлен. Мой»), and no double space, no space
before punctuation and no space at a line's edge is left where something was removed.

A fix never leaves a contact behind a green badge. A contact's fix is not safe while its
sentence still holds something shaped like a contact (:func:`leaves_contact`: «вичат
wxid_abc123» keeps its error rather than becoming «чат Ozon wxid_abc123»); no fix edits the
words of a contact error (a typography fix inside «s h o p @ m a i l . r u» would hide the
address); and a round whose fixes made the check lose sight of a contact still in the text is
taken back for that contact's sentence. What is left blocks the reply until the seller rewrites it.

No Qt here: the window turns the new text into one undo step, the command line prints it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ozon_assistant.checker.morphology import abbreviations
from ozon_assistant.core.regex import rx
from ozon_assistant.core.types import CheckResult, Finding, Severity

if TYPE_CHECKING:
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker

#: How many times at most the text is checked and fixed again (a fix may reveal another)
ROUNDS = 4

#: Findings whose fix changes what a contact looks like, not whether one is there
CONTACT_CATEGORIES = frozenset({"contacts", "off_platform"})

_TERMINATORS = ".!?…"
_CLOSERS = "»”\"')]"  # may stand between a sentence's last mark and the space after it
_OPENERS = "«“„\"'(["  # may stand between a space and a sentence's first letter
_SPACE = " \t\u00a0"
_NO_SPACE_BEFORE = ",.;:!?…)]»”"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Fixed:
    """What :func:`fix_all` made: the new text, its check, and how many fixes went in."""

    text: str
    result: CheckResult
    applied: int

    @property
    def approved(self) -> bool:
        return self.result.approved


# -- sentences -------------------------------------------------------------------------------
def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the mark ending at ``i`` (``text[i - 1]``, a closer or a terminator) ends a
    sentence: «!», «?», «…», or a full stop that is not an abbreviation's."""
    while i > 0 and text[i - 1] in _CLOSERS:
        i -= 1
    if i == 0 or text[i - 1] not in _TERMINATORS:
        return False
    if text[i - 1] != ".":
        return True
    word_start = i - 1
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start : i - 1].lower()
    if not word:
        return True  # «№5.», «2024.», «…)» — a number or a mark ends it
    return not (len(word) == 1 and word.isalpha()) and word not in abbreviations()


def sentence_start(text: str, i: int) -> bool:
    """Whether ``text[i]`` begins a sentence: first on its line (spaces and opening quotes
    aside), or after a sentence's end and a space."""
    j = i
    while j > 0 and text[j - 1] in _OPENERS:
        j -= 1
    k = j
    while k > 0 and text[k - 1] in _SPACE:
        k -= 1
    if k == 0 or text[k - 1] == "\n":
        return True
    return k < j and _ends_sentence(text, k)


_SENTENCE_BREAK = rx(r"[.!?…]+[»”\"')\]]*[ \t\u00a0]+(?=[«“„\"'(]*[A-ZА-ЯЁ0-9])")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]``: from the previous sentence break (a mark, a
    space and a capital) or the line's start to the next one or the line's end."""
    lo, hi = _line_bounds(text, start, end)
    s, e = lo, hi
    for m in _SENTENCE_BREAK.finditer(text, lo, hi):
        if not _ends_sentence(text, m.start() + len(m.group().rstrip(_SPACE))):
            continue
        if m.end() <= start:
            s = m.end()
        elif m.start() >= end:
            e = m.start()
            break
    return s, e


# -- contacts ---------------------------------------------------------------------------------
#: Things shaped like a contact whatever the words around them: an @name; a Latin token mixing
#: letters with digits, underscores or inner dots (wxid_abc123, lily_store_77, shop.lily); a
#: run of 7-15 digits in phone-like groups
_HANDLE = rx(
    r"@[A-Za-z0-9_.]{2,}"
    r"|(?<![\w.@])(?=[A-Za-z0-9_.]*[A-Za-z])(?=[A-Za-z0-9_.]*(?:[0-9_]|\.[A-Za-z0-9]))"
    r"[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_](?![\w@])"
    r"|(?<![\w+])\+?\d(?:[ \-()]{0,2}\d){6,14}(?!\w)"
)
_INITIALISM = rx(r"(?:[A-Za-z]\.)+[A-Za-z]")  # e.g, i.e, U.S: dots, but no handle
#: In Russian text, a Latin word straight after a messenger's name is its user name
_LATIN_AFTER = rx(r"[ \t\u00a0]*[:—–-]?[ \t\u00a0]*([A-Za-z][A-Za-z0-9_.]{2,})(?![\w@])")
_CYRILLIC = rx(r"[А-Яа-яЁё]")
#: Words that point to a contact given elsewhere («ник в телеге», «номер в описании магазина»):
#: with the messenger's name replaced, the sentence would still send the buyer to it
_CONTACT_WORD = rx(
    r"(?<!\w)(?:ник(?:а|у|ом|е|и|нейм\w*)?|логин\w*|аккаунт\w*|профил\w*|айди|номер\w*"
    r"|телефон\w*|тел|контакт\w*|id|nick(?:name)?s?|user ?names?|handles?|accounts?|profiles?"
    r"|numbers?|phones?|contacts?)(?!\w)", re.IGNORECASE)


def handle_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The contact-shaped tokens in the sentence around ``text[start:end]``, other than the
    span itself: the user name, number or address that a messenger's name points to, or a
    word that points to one given elsewhere."""
    s, e = sentence_around(text, start, end)
    found = [m.span() for m in _HANDLE.finditer(text, s, e)
             if not _INITIALISM.fullmatch(m.group())]
    if _CYRILLIC.search(text, s, e):
        after = _LATIN_AFTER.match(text, end, e)
        if after:
            found.append(after.span(1))
    found += [m.span() for m in _CONTACT_WORD.finditer(text, s, e)]
    return sorted({(a, b) for a, b in found if b <= start or a >= end})


def leaves_contact(text: str, finding: Finding) -> bool:
    """Whether fixing ``finding`` would leave a contact behind.

    A seller can trust a fix only if it never turns a blocked reply into an approved one while
    the contact is still in it. Replacing «вичат» by «чат Ozon» in «Пишите мне в вичат
    wxid_abc123» gives «Пишите мне в чат Ozon wxid_abc123»: the ID is still there, only the word
    that showed it is a contact has gone, and nothing would flag it any more. So a fix for a
    contact or off-platform finding is *not safe* while its sentence holds something shaped
    like a contact (see :func:`handle_spans`): "Fix all safe" and ``ozon-assistant fix`` skip
    it and the window offers no one-click fix for it, so the error stays where the seller sees
    it, the reply stays blocked, and the sentence is the seller's to rewrite. Deleting the ID
    as well was not chosen: a model code such as RTX3060 has the same shape, and a fix must
    never silently remove the seller's words.
    """
    return finding.category in CONTACT_CATEGORIES and bool(
        handle_spans(text, finding.start, finding.end))


# -- one edit ---------------------------------------------------------------------------------
def _first_letter(s: str) -> int:
    return next((i for i, ch in enumerate(s) if ch.isalpha()), -1)


def _capitalised(s: str, i: int) -> str:
    return s[:i] + s[i].upper() + s[i + 1 :] if 0 <= i < len(s) else s


def _with_case(text: str, start: int, old: str, new: str) -> str:
    """``new`` with the capitals sentence starts need: a change of case alone never lowers a
    capital that begins a sentence (the reply's capitals fix gives «Здравствуйте! заказ» for
    «ЗДРАВСТВУЙТЕ! ЗАКАЗ»), and any other replacement starting a sentence where a capital stood
    starts with a capital."""
    if len(new) == len(old) and new.lower() == old.lower():
        for i, (was, now) in enumerate(zip(old, new, strict=True)):
            if was.isupper() and now.islower() and sentence_start(text, start + i):
                new = _capitalised(new, i)
        return new
    capital = _first_letter(old)
    if new[:1].islower() and capital >= 0 and old[capital].isupper() \
            and sentence_start(text, start):
        new = _capitalised(new, 0)
    return new


def _word_after(s: str) -> str:
    end = 0
    while end < len(s) and (s[end].isalnum() or s[end] in "-'’"):
        end += 1
    return s[:end]


def _begins_sentence_word(s: str) -> bool:
    """Whether ``s`` starts with a capitalised word (Мой, Thanks) — not an abbreviation in
    capitals (OZON, СДЭК), which may stand anywhere."""
    word = _word_after(s.lstrip(_OPENERS))
    return bool(word) and word[0].isupper() and (len(word) == 1 or not word.isupper())


def shape(text: str, start: int, end: int, new: str, floor: int = 0) -> Edit:
    """The edit that puts ``new`` in place of ``text[start:end]`` and keeps the text around it
    well-formed. It may take in the spaces on either side (never before ``floor``, where an
    earlier edit ends) and the next word's first letter (to capitalise it)."""
    old = text[start:end]
    new = _with_case(text, start, old, new)
    lo, hi = _line_bounds(text, start, end)
    if new.strip(_SPACE):
        if new[0] in _NO_SPACE_BEFORE or new[0] in _SPACE:
            while start > max(lo, floor) and text[start - 1] in _SPACE:
                start -= 1  # «отправлен !!!» → «отправлен!»: no space before a mark
            if new[0] in _SPACE and start == lo:
                new = new.lstrip(_SPACE)
        if new[-1] in _SPACE:
            while end < hi and text[end] in _SPACE:
                end += 1
            if end == hi:
                new = new.rstrip(_SPACE)
        return Edit(start, end, new)
    # a removal: the spaces on both sides are taken in and the join is written afresh
    begins = start
    while start > max(lo, floor) and text[start - 1] in _SPACE:
        start -= 1
    while end < hi and text[end] in _SPACE:
        end += 1
    left, right = text[lo:start], text[end:hi]
    if not left:  # the line's start: the next word may now start the sentence
        join = ""
    elif not right or right[0] in _NO_SPACE_BEFORE:
        join = ""
    elif not any(ch.isalnum() for ch in old) and (left[-1].isalnum() or left[-1] in _CLOSERS) \
            and not _ends_sentence(left, len(left)) and _begins_sentence_word(right):
        join = ". "  # the emoji or «)))» ended the sentence: a full stop does it now
    else:
        join = " "
    first = _first_letter(old)
    if right and right[0].islower() and first >= 0 and old[first].isupper() \
            and sentence_start(text, begins):
        return Edit(start, end + 1, join + right[0].upper())  # «Итак, заказ» → «Заказ»
    return Edit(start, end, join)


# -- all safe fixes ---------------------------------------------------------------------------
def safe_fixes(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """The findings "Fix all safe" applies to ``text``: exactly one replacement, not a contact
    fix that leaves the contact behind, and none overlapping another chosen. Where two overlap,
    the more severe wins, then the longer (the rest wait for the next round: «Доброго времени
    суток» becomes «Здравствуйте» rather than getting a greeting in front of it)."""
    findings = list(findings)
    contacts = [f for f in findings if f.category in CONTACT_CATEGORIES
                and f.severity is Severity.ERROR]
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.severity.rank, f.start - f.end, f.start)):
        if len(f.replacements) != 1 or leaves_contact(text, f) or _edits_contact(f, contacts) \
                or _looks_like_a_name(text, f):
            continue
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


def _looks_like_a_name(text: str, f: Finding) -> bool:
    """A spelling finding on a capitalised word inside a sentence: a buyer's name, a town or a
    brand the dictionary lacks far more often than a typo («Markova» is no misspelt «Markov»).
    The seller picks its fix by hand; typos in lower case and at a sentence start stay safe."""
    return f.category == "spelling" and text[f.start:f.start + 1].isupper() \
        and not sentence_start(text, f.start)


def _edits_contact(f: Finding, contacts: list[Finding]) -> bool:
    """Whether ``f`` would edit a contact's words (a typography fix inside «s h o p @ m a i l
    . r u» hides the address from the check that found it). A contact's own fix, on exactly its
    words, is not held back by the other rule that found the same words."""
    return any(c.start < f.end and f.start < c.end and not (
        (c.start, c.end) == (f.start, f.end) and c.replacements == f.replacements)
        for c in contacts if c is not f)


def _leaked(before: CheckResult, applied: list[Finding], after: CheckResult) -> list[Finding]:
    """The contact errors of ``before`` left unfixed whose words are still in ``after``'s text
    but no longer under an error there: the fixes made the check lose sight of them."""
    lost = []
    for f in before.findings:
        if f.category not in CONTACT_CATEGORIES or f.severity is not Severity.ERROR \
                or f in applied:
            continue
        words = before.text[f.start : f.end]
        spots = [m.start() for m in re.finditer(re.escape(words), after.text)]
        if spots and not any(g.severity is Severity.ERROR and g.start < at + len(words)
                             and at < g.end for at in spots for g in after.findings):
            lost.append(f)
    return lost


def apply_fixes(text: str, findings: list[Finding]) -> str:
    """``text`` with the one replacement of each finding in place (non-overlapping findings,
    each edit shaped by :func:`shape`), applied from the end so earlier offsets hold."""
    findings = sorted(findings, key=lambda f: (f.start, f.end))
    for i in range(len(findings) - 1, -1, -1):
        f = findings[i]
        floor = findings[i - 1].end if i else 0
        edit = shape(text, f.start, f.end, f.replacements[0], floor)
        text = text[: edit.start] + edit.new + text[edit.end :]
    return text


def fix_all(text: str, check: Callable[[str], CheckResult], rounds: int = ROUNDS) -> Fixed:
    """Every safe fix applied, the result checked again and fixed again while anything safe is
    left (at most ``rounds`` rounds, and never back to a text already seen). ``check`` is how the
    caller checks a text (the window leaves out the seller's ignored findings)."""
    result = check(text)
    seen = {text}
    applied = 0
    for _ in range(rounds):
        chosen = safe_fixes(text, result.findings)
        while chosen:
            fixed = apply_fixes(text, chosen)
            if fixed in seen:
                chosen = []
                break
            after = check(fixed)
            leaked = _leaked(result, chosen, after)
            if not leaked:
                break
            # a fix near a contact hid it: leave that contact's sentence as it was
            zones = [sentence_around(text, f.start, f.end) for f in leaked]
            kept = [c for c in chosen if not any(c.start <= e and s <= c.end for s, e in zones)]
            chosen = kept if len(kept) < len(chosen) else []
        if not chosen:
            break
        seen.add(fixed)
        text, result, applied = fixed, after, applied + len(chosen)
    return Fixed(text, result, applied)


def fix_with(checker: Checker, ctx: CheckContext, text: str) -> Fixed:
    """:func:`fix_all` with a checker's full check (house rules and every source) in ``ctx``:
    what ``ozon-assistant fix`` prints."""
    return fix_all(text, lambda t: checker.check(t, ctx))
