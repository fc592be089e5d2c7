"""Ozon policy: personal contacts in a reply — phone numbers, and bank card numbers at the end
(e-mail addresses and messenger handles are in :mod:`addresses`, imported here so all contact
checks register together).

These findings are errors that block a reply, so both directions matter: a disguised phone must
not slip through («8.9.1.2…», «восемь девятьсот двенадцать…», "+86 138 0013 8000"), and a seller
must never be blocked for an order number, a date, a price or an article number.

How a phone is told apart from other numbers:

1. Digit groups and number words are read as *atoms* (:func:`disguise.number_atoms`) and chained
   when only phone-style separators stand between them (spaces, ``- . ( ) _ * /``, keycap marks;
   a full stop and a space end a run unless the digits go one by one). A group glued to letters
   ("RU123456789CN", "90x200", "LP0012…") never takes part.
2. Dates (12.05.2025, 2025-05-12, 12.05) and Ozon order/posting numbers (35142875-0153-1,
   0123456789-0001) are cut out of a chain first.
3. What is left must have the digits of a real number plan: Russian 8/7 + 10 digits or a 10-digit
   mobile 9xx (a city number 3xx/4xx/8xx only in a city layout), a Chinese mobile 1[3-9] + 9
   digits, after "+" the length its country code calls for, a local XXX-XX-XX.
   Thousands-grouped amounts ("1 234 567 890"), a number followed by ₽/руб./шт and lists of
   two-digit sizes are not phones. When a phone runs into another number the phone is cut out
   only if its layout is unmistakable.
4. The words before it decide a bare run of digits: «артикул 1234567890», "SKU …", «заказ …»,
   «трек …», «ИНН …» make it an identifier; «тел.», «звоните», "call" make it a phone. Layouts
   nobody uses for identifiers (a "+", brackets, …-XX-XX, digits spaced one by one, words) are
   phones whatever the context says.

Ozon's own support number is not allowed either: the rule cannot tell whose number it is, and a
reply should point the buyer to support inside the Ozon app.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ozon_assistant.checker.checks.addresses import emails as emails  # registers the address checks
from ozon_assistant.checker.checks.base import Hit, WordKinds, code_check
from ozon_assistant.checker.checks.disguise import NUMBER_WORD_KIND, Atom, lower, number_atoms
from ozon_assistant.checker.checks.vocab import Vocab, vocab
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import LETTERS_RE, tokens
from ozon_assistant.core.types import Span

# -- phone numbers -------------------------------------------------------------------------------

_DIGIT_GAP = rx(r"[ \t\u00a0\u2009\u202f().\-–—_*/\\\ufe0f\u20e3]{0,4}")
_WORD_GAP = rx(r"[\s,.\-–—]{1,3}")
_LIST_GAP = rx(r",\s?")
_SENTENCE_GAP = rx(r"\.\s")
_CIS_CODES = ("375", "380", "998", "996", "992", "994", "995", "993", "374", "373")
_CIS = frozenset(_CIS_CODES)

# Words that tell what a number before them is. Stems match any ending, the short words only
# themselves («тел», "id"); a table look-up per word is far cheaper than one big pattern.
_CONTEXT_STEMS = {
    "phone": "телеф звон позвон звонит mobile phone whats ватс вотс вацап viber вайбер telegram "
             "телеграм контакт связ call cell",
    "id": "артикул заказ отправлен посылк трек track order posting shipment parcel штрих "
          "barcode накладн модел model серийн serial imei парти товар карточк номенклатур "
          "sku код чек",
}
_CONTEXT_WORDS = {
    "phone": "тел моб мобильный смс sms tel",
    "id": "арт инн огрн огрнип кпп бик ean id счет счёт lot item items",
}
_CONTEXT = WordKinds({w: k for k, ws in _CONTEXT_WORDS.items() for w in ws.split()},
                     {w: k for k, ws in _CONTEXT_STEMS.items() for w in ws.split()})
_word_kind = _CONTEXT.kind


_UNIT_AFTER = rx(  # a price or a quantity ends here ("…90 шт.", "1 500 ₽"), not a phone
    r"(?i)\s?(?:[₽$€¥£₸%]|р\.|(?:руб(?:лей|ля|ль)?|rub|rur|юаней|юаня|юань|yuan|usd|eur|cny|тенге|тг|"
    r"шт|штук[аи]?|pcs|мм|см|км|кг|гр|мл|раз|раза|times|ед|единиц[аы]?)(?![^\W\d_])|[xх×]\s?\d)"
)
#: a sentence break, except after the abbreviations that introduce a number («тел.», «арт.»)
_BREAK = rx(r"(?<!\bтел)(?<!\bарт)(?<!\bмоб)(?<!\bконт)[.!?;\n]\s")


def _joinable(text: str, a: Atom, b: Atom, spoken: bool = False) -> bool:
    """May ``b`` continue a number that ends with ``a``? ``spoken``: the number so far is
    dictated — number words in it («восемь девятьсот пять, 214, 33, 08»), or digits one by one
    («8-9-1-6, 123, 45, 67»)."""
    if a.word or b.word:
        return _WORD_GAP.fullmatch(text, a.end, b.start) is not None
    if b.plus:
        return False
    if _DIGIT_GAP.fullmatch(text, a.end, b.start):
        # "…67-89. 39 шт.": a full stop and a space end a sentence, unless digits go one by
        # one («8. 9. 1. 2…»)
        return not _SENTENCE_GAP.search(text, a.end, b.start) or len(a.digits) == 1 == len(b.digits)
    # "8, 9, 1, 2 …": a comma joins single digits only (lists of prices or sizes stay apart), and
    # the short groups of a number dictated partly in words
    listed = len(a.digits) == 1 == len(b.digits) or (spoken and max(len(a.digits), len(b.digits)) <= 4)
    return listed and _LIST_GAP.fullmatch(text, a.end, b.start) is not None


def _glued(text: str, a: Atom) -> bool:
    """A digit group touching a letter is part of a code: RU123456789CN, 90x200, 42р."""
    if a.word:
        return False
    before = text[a.start - 1] if a.start else ""
    after = text[a.end] if a.end < len(text) else ""
    return before.isalpha() or after.isalpha()


#: a run of digit groups with phone-style separators between them (a cheap first pass: only
#: runs of seven digits or more are read atom by atom)
_RUN = rx(r"[+\d](?:[ \t\u00a0\u2009\u202f().\-–—_*/\\\ufe0f\u20e3]{0,4}\d|,\s?\d)*")
_DIGIT = rx(r"\d")
#: runs that are a date or an Ozon order/posting number and nothing else: never a phone
_PLAIN_SAFE = rx(
    r"\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{8,10}-\d{4}(?:-\d{1,3})?"
)


def _chains(text: str, words: bool) -> Iterator[list[Atom]]:
    if words:
        yield from _chain_atoms(text, number_atoms(text, True))
        return
    for start, end in _digit_runs(text):
        raw = text[start:end]
        if _PLAIN_SAFE.fullmatch(raw):
            continue
        if raw.isdigit() and ((start > 0 and text[start - 1].isalpha())
                              or (end < len(text) and text[end].isalpha())):
            continue  # RU123456789CN: a code, not a number on its own
        yield from _chain_atoms(text, number_atoms(text, False, start, end))


@lru_cache(maxsize=256)
def _digit_runs(text: str) -> tuple[Span, ...]:
    """The runs of seven digits or more (phone-style separators between their groups): where
    a phone or a card can be, found once for both checks."""
    if not _SEVEN_DIGITS.search(text):
        return ()
    return tuple(run.span() for run in _RUN.finditer(text)
                 if len(_DIGIT.findall(text, run.start(), run.end())) >= 7)


def _chain_atoms(text: str, atoms: list[Atom]) -> Iterator[list[Atom]]:
    chain: list[Atom] = []
    spoken = False
    for atom in atoms:
        if _glued(text, atom):
            if chain:
                yield chain
            chain, spoken = [], False
            continue
        if chain and not _joinable(text, chain[-1], atom, spoken):
            yield chain
            chain, spoken = [], False
        chain.append(atom)
        spoken = spoken or atom.word or (len(chain) >= 3 and all(len(a.digits) == 1 for a in chain))
    if chain:
        yield chain


def _gap(text: str, chain: Sequence[Atom], i: int) -> str:
    """The separator between two atoms as written: "48. 03.10.2024" is a size, then a date."""
    return text[chain[i].end : chain[i + 1].start]


def _is_date(parts: list[str], seps: list[str]) -> bool:
    if len(set(seps)) != 1 or seps[0] not in (".", "/", "-") or not all(parts):
        return False
    n = [int(p) for p in parts]
    lens = [len(p) for p in parts]
    if len(parts) == 3 and lens[0] == 4 and lens[1] == lens[2] == 2:  # 2025-05-12
        return 1 <= n[1] <= 12 and 1 <= n[2] <= 31
    if len(parts) == 3 and lens[0] <= 2 and lens[1] <= 2 and lens[2] in (2, 4):
        return (1 <= n[0] <= 31 and 1 <= n[1] <= 12) or (1 <= n[0] <= 12 and 1 <= n[1] <= 31)
    if len(parts) == 2 and seps[0] == "." and lens[0] <= 2 and lens[1] == 2:  # 12.05
        return 1 <= n[0] <= 31 and 1 <= n[1] <= 12
    return False


def _masked(text: str, chain: list[Atom]) -> list[bool]:
    """Which atoms of a chain belong to a date or an Ozon order/posting number."""
    n = len(chain)
    mask = [False] * n
    gaps = [_gap(text, chain, i) for i in range(n - 1)]
    for i in range(n):
        if chain[i].word or mask[i]:
            continue
        if len(chain[i].digits) >= 8 and i + 1 < n and gaps[i] == "-" and len(chain[i + 1].digits) == 4:
            last = i + 2 if i + 2 < n and gaps[i + 1] == "-" and len(chain[i + 2].digits) <= 3 else i + 1
            mask[i : last + 1] = [True] * (last + 1 - i)
            continue
        for size in (3, 2):
            j = i + size
            if j > n or any(a.word for a in chain[i:j]):
                continue
            seps = gaps[i : j - 1]
            extended = (i > 0 and gaps[i - 1] == seps[0]) or (j < n and gaps[j - 1] == seps[0])
            if not extended and _is_date([a.digits for a in chain[i:j]], seps):
                mask[i:j] = [True] * size
                break
    return mask


def _context(text: str, start: int) -> str | None:
    """'phone' or 'id' from the nearest telling word in the 40 characters before a number."""
    begin = max(0, start - 40)
    for m in _BREAK.finditer(text, begin, start):
        begin = m.end()
    window = lower(text[begin:start])
    if window.rstrip().endswith(("№", "#")):
        return "id"  # «№ 9123456789» is how an identifier is written, never a phone
    for word in reversed(LETTERS_RE.findall(window)):
        kind = _word_kind(word)
        if kind:
            return kind
    return None


def _mobile(ds: str) -> bool:
    """The digits of a Russian mobile with its trunk or country code: 8 9xx …, 7 9xx …"""
    return len(ds) == 11 and ds[0] in "78" and ds[1] == "9"


_PLUS_LENGTHS = (("7", 11), ("86", 13), ("1", 11), *((code, 12) for code in sorted(_CIS_CODES)))
_LANDLINE_LAYOUTS = frozenset({(3, 3, 2, 2), (3, 3, 4), (3, 7), (4, 2, 2, 2), (5, 1, 2, 2),
                               (4, 6), (5, 5)})


def _is_phone(text: str, atoms: Sequence[Atom], ctx: str | None, window: bool = False) -> bool:
    """Do ``atoms`` spell a phone? ``window``: they are only part of a longer run of numbers,
    so only a layout nobody uses for anything else counts ("+…", brackets, …-XX-XX, one group
    of 10–11 digits, digits one by one, words)."""
    ds = "".join(a.digits for a in atoms)
    n = len(ds)
    plus = atoms[0].plus
    multi = len(atoms) > 1
    lens = [len(a.digits) for a in atoms]
    words = any(a.word for a in atoms)
    gaps = "".join(text[a.end : b.start] for a, b in pairwise(atoms))
    strong = plus or words or "(" in gaps or (multi and max(lens) == 1) or (
        len(lens) >= 3 and lens[-3:] == [3, 2, 2] and n >= 10)
    phone_ctx = ctx == "phone"
    if window and not (strong or not multi or phone_ctx):
        return False
    if "," in gaps and max(lens) > 1 and not (plus or phone_ctx or _mobile(ds)
                                              or (n == 10 and ds[0] == "9")):
        return False  # «сорок, 42, 44, 46», «4, 6, 8, 10, 12»: a list; a dictated phone is a mobile
    if not plus and _UNIT_AFTER.match(text, atoms[-1].end):
        return False
    if ctx == "id" and not strong:
        return False
    if not plus and not phone_ctx and not words and multi:
        if lens[0] <= 3 and all(k == 3 for k in lens[1:]) and set(gaps) <= {" ", "\u00a0", "\u202f"} \
                and not _mobile(ds):
            return False  # 1 234 567 890: an amount written with thousands separators (a mobile's
            # digits, «89 161 234 567», are no amount anyone writes: ten billion and more)
        if len(lens) >= 5 and all(k == 2 for k in lens):
            return False  # 42 44 46 48 50: a list of sizes
    if plus:  # the length the country code calls for, so a number after it is not swallowed
        for code, length in _PLUS_LENGTHS:
            if ds.startswith(code):
                return n == length
        return 10 <= n <= 15
    if n == 11 and ds[0] in "78" and ds[1] in "3489":
        return True
    if n == 10 and ds[0] == "9":
        return True
    if n == 10 and ds[0] in "348":  # a city number: only in a layout cities use
        return phone_ctx or strong or (multi and tuple(lens) in _LANDLINE_LAYOUTS)
    if n == 11 and ds[0] == "1" and ds[1] in "3456789":
        return True
    if n in (12, 13) and ds.startswith("861") and (multi or phone_ctx):
        return True
    if n == 12 and ds[:3] in _CIS and (multi or phone_ctx):
        return True
    if n == 7 and lens == [3, 2, 2] and int(atoms[0].digits) >= 200:
        return phone_ctx or gaps == "--"
    return phone_ctx and n == 10


def _phones_in(text: str, chain: list[Atom]) -> Iterator[Span]:
    mask = _masked(text, chain)
    segment: list[Atom] = []
    for atom, masked in zip([*chain, None], [*mask, True], strict=True):
        if not masked and atom is not None:
            segment.append(atom)
            continue
        if segment:
            yield from _phones_in_segment(text, segment)
        segment = []


def _phones_in_segment(text: str, seg: list[Atom]) -> Iterator[Span]:
    if seg[0].start and text[seg[0].start - 1] in "/=?#&%":
        return  # inside a link (wa.me/79…): the link check reports it
    ctx = _context(text, seg[0].start)
    if _is_phone(text, seg, ctx):
        yield seg[0].start, seg[-1].end
        return
    if sum(len(a.digits) for a in seg) <= 10:
        return
    # a phone run together with another number: try the longest phone at either end (a phone
    # has at most 15 digits, so only the first and last few atoms can start or end one)
    head = _within_digits(seg, 15)
    for j in range(head, 0, -1):
        if _is_phone(text, seg[:j], ctx, window=True):
            yield seg[0].start, seg[j - 1].end
            return
    tail = len(seg) - _within_digits(seg[::-1], 15)
    for i in range(max(1, tail), len(seg)):
        if _is_phone(text, seg[i:], _context(text, seg[i].start), window=True):
            yield seg[i].start, seg[-1].end
            return


def _within_digits(atoms: Sequence[Atom], limit: int) -> int:
    """How many leading atoms hold at most ``limit`` digits together."""
    total = 0
    for k, a in enumerate(atoms):
        total += len(a.digits)
        if total > limit:
            return k
    return len(atoms)


#: letters typed for digits inside a number («+7-9l6-OOO-11-22», «8 9О5 ЗЗ1 7Ч 20»): each is
#: read as the digit it stands for when it sits in a group of digits and such letters only
#: (a phone then still needs its seven digits and a phone's layout)
_LOOKALIKE = str.maketrans("lI|OoОоЗзЧчб", "1110000334" + "46")
_LOOKALIKE_GROUP = rx(
    r"(?<![^\W\d_])(?=[\dlI|OoОоЗзЧчб]*\d)[\dlI|OoОоЗзЧчб]*[lI|OoОоЗзЧчб][\dlI|OoОоЗзЧчб]*"
    r"(?![^\W\d_])"
)


_LOOKALIKE_NEAR_DIGIT = rx(r"\d[lI|OoОоЗзЧчб]|[lI|OoОоЗзЧчб]\d")


def _undisguised(text: str) -> str:
    """``text`` with look-alike letters inside digit groups read as digits (same length)."""
    if not _LOOKALIKE_NEAR_DIGIT.search(text) or not _LOOKALIKE_GROUP.search(text):
        return text  # the first test is cheap: a look-alike letter touching a digit
    return _LOOKALIKE_GROUP.sub(lambda m: m.group().translate(_LOOKALIKE), text)


@lru_cache(maxsize=256)
def find_phones(text: str) -> tuple[Span, ...]:
    """Spans of phone numbers in ``text`` (digits, words or both)."""
    text = _undisguised(text)
    # a phone in words needs several number words, or one next to digits («8 девятьсот 12…»);
    # counting them is cheaper than reading every word
    low = lower(text)
    count = sum(map(NUMBER_WORD_KIND.__contains__, LETTERS_RE.findall(low)))
    words = count >= 4 or (count > 0 and _NEAR_DIGIT.search(low) is not None and any(
        m.group(1) in NUMBER_WORD_KIND or m.group(2) in NUMBER_WORD_KIND
        for m in _NEAR_DIGIT.finditer(low)))
    if not words and not _digit_runs(text):
        return ()
    out: list[Span] = []
    for chain in _chains(text, words):
        if sum(len(a.digits) for a in chain) >= 7:
            out.extend(_phones_in(text, chain))
    return tuple((s, _keycap_end(text, e)) for s, e in out)


def _keycap_end(text: str, end: int) -> int:
    """Past the keycap marks of a last "9️⃣", so the whole emoji digit is covered."""
    while end < len(text) and text[end] in "\ufe0f\u20e3":
        end += 1
    return end


#: seven digits with at most three other characters between each: the least a phone has
_SEVEN_DIGITS = rx(r"\d(?:\D{0,3}\d){6}")
_NEAR_DIGIT = rx(r"\d[\s,.\-–—]{1,3}([^\W\d_]+)|([^\W\d_]+)[\s,.\-–—]{1,3}\d")


# -- bank card numbers ---------------------------------------------------------------------------

#: a card as it is written: unbroken, four by four or 4-6-5 with one kind of separator ("5536
#: 9138 0047 1167", "5536-9138-…", "5536913800471167", "3782 822463 10005"), maybe with more
#: short groups after it (the expiry date, the code on the back); not glued to a word or a number
_CARD_RUN = rx(r"(?=\d)(?<![\w+\-.,/])(?:\d{13,19}|\d{4}([ \u00a0-])\d{4}\1\d{4}\1\d{1,4}"
               r"|\d{4}([ \u00a0-])\d{6}\2\d{4,5})(?:[ \u00a0-]\d{1,4}){0,3}(?![\w]|[.,/]\d)")
_GROUP = rx(r"\d+")
#: how cards are grouped: four by four (the last group shorter on 17–19 digits), 4-6-5 and 4-6-4
#: (American Express, Diners Club)
_CARD_LAYOUTS = frozenset({(4, 4, 4, 4), (4, 4, 4, 4, 1), (4, 4, 4, 4, 2), (4, 4, 4, 4, 3),
                           (4, 6, 5), (4, 6, 4)})


def luhn(digits: str) -> bool:
    """The check digit every bank card number carries (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card_prefix(digits: str) -> bool:
    """Does a number of this length start as issuers' cards do (Mir 2200–2204, Mastercard
    51–55 and 2221–2720, Visa 4, JCB 3528–3589, American Express 34/37, Diners 30/36/38/39,
    Maestro, UnionPay and Discover 5x/6x)? Order numbers and tracking numbers mostly do not."""
    n, head = len(digits), int(digits[:4])
    if n == 15:
        return digits[:2] in ("34", "37")
    if n == 14:
        return digits[:2] in ("30", "36", "38", "39")
    if n == 13:
        return digits[0] == "4"
    return (2200 <= head <= 2204 or 2221 <= head <= 2720 or 3528 <= head <= 3589
            or digits[0] in "456")


def _cards_in_run(text: str, run: re.Match[str]) -> list[tuple[int, str]]:
    """The card-shaped starts of a run of digit groups, longest first: (end, digits) — a run
    may go on with the expiry date or the code on the back."""
    groups = list(_GROUP.finditer(text, run.start(), run.end()))
    if len(groups) == 1:
        ds = groups[0].group()
        return [(run.end(), ds)] if 13 <= len(ds) <= 19 else []
    if len({text[a.end():b.start()] for a, b in pairwise(groups)}) != 1:
        return []  # "5536 9138-0047 …": one separator throughout, or it is no card
    return [(groups[k - 1].end(), "".join(g.group() for g in groups[:k]))
            for k in range(len(groups), 2, -1)
            if tuple(len(g.group()) for g in groups[:k]) in _CARD_LAYOUTS]


def _clause_keys(text: str, lo: int, hi: int) -> list[str]:
    """The folded words of ``text[lo:hi]`` after the last sentence break in it."""
    for m in _BREAK.finditer(text, lo, hi):
        lo = m.end()
    return [t.key for t in tokens(text[lo:hi])]


def _card_context(text: str, start: int, end: int, payment: Vocab, identifiers: Vocab) -> str | None:
    """'id' when the nearest telling word before a number makes it an identifier («IMEI …»,
    «номер операции …», «заказ …», or a card of a shop's own: «бонусной карты …», "gift card
    …"), 'payment' when a payment word is near it in the sentence (50 characters before, 30
    after), else None."""
    before = _clause_keys(text, max(0, start - 50), start)
    for k in range(len(before) - 1, -1, -1):
        key = before[k]
        if payment.has(key):
            return "id" if k and identifiers.has(before[k - 1]) else "payment"
        if identifiers.has(key) or _word_kind(key) == "id":
            return "id"
    stop = _BREAK.search(text, end, min(len(text), end + 30))
    after = [t.key for t in tokens(text[end:stop.start() if stop else end + 30])]
    return "payment" if after and payment.find(after) is not None else None


def find_cards(text: str, params: dict[str, Any]) -> Iterator[Span]:
    """Bank card numbers: a card's grouping, length, issuer prefix and check digit — or a
    16-digit number beside a payment word, check digit or not (a card made up or mistyped is
    still an invitation to pay outside Ozon)."""
    payment, identifiers = vocab(params, "payment"), vocab(params, "identifiers")
    # a card lies inside a run of digits the phone check found; two characters past the run
    # let the card's end see what follows it
    runs = [run for start, end in _digit_runs(text) if end - start >= 13
            for run in _CARD_RUN.finditer(text, start, end + 2)]
    for run in runs:
        shapes = _cards_in_run(text, run)
        if not shapes:
            continue
        start, grouped = run.start(), not run.group().isdigit()
        context = _card_context(text, start, shapes[0][0], payment, identifiers)
        if context == "id":
            continue
        valid = [(end, ds) for end, ds in shapes
                 if luhn(ds) and card_prefix(ds) and (grouped or len(ds) >= 16 or context)]
        cued = [(end, ds) for end, ds in shapes if context == "payment" and len(ds) == 16]
        found = valid or cued
        if found:
            yield start, found[0][0]


# -- the registered checks ---------------------------------------------------------------------

@code_check("phone_numbers")
def phone_numbers(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Phone numbers in any usual or disguised layout; order numbers and dates are not phones."""
    for start, end in find_phones(text):
        yield Hit(start, end)


@code_check("card_numbers")
def card_numbers(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Bank card numbers, grouped or not; payment and identifier words are the rule's params."""
    for start, end in find_cards(text, params):
        yield Hit(start, end)

