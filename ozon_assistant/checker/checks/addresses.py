"""E-mail addresses and messenger handles, plain or disguised («shop собака mail точка ru»,
"shop(at)mail.ru", "shop at gmail dot com", "s h o p @ m a i l . r u", "@shop_uyut"), and IDs
given without "@" or without the messenger's name («мой вичат wxid_k9shop», «пишите сюда
lily_store_77»): a token shaped like an ID near a contact cue, the cue words from the rule.

An address is looked for only where an at-sign or an at-word stands, and matched from the start
of the word before it: the patterns run a few times per reply, not at every position.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.checks.disguise import despaced, lower
from ozon_assistant.checker.checks.vocab import vocab
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import fold, tokens
from ozon_assistant.core.types import Span

# -- e-mail addresses -----------------------------------------------------------------------------

TLD = (r"(?:ru|com|net|org|su|cn|by|kz|ua|uz|kg|am|az|ge|info|biz|me|io|co|de|uk|us|pro|shop|"
       r"store|online|site|xyz|top|hk|tw|jp|kr|sg|vn|th|tr|fr|es|eu|pl|nl|cz|tj|md|lv|lt|ee|fi|"
       r"se|dk|ch|ca|au|nz|br|mx|ae|club|tech|app|dev|ai|tv|cc|ws|live|asia|email|moscow|"
       r"рф|ру|рус|ком|нет|орг)")
_PROVIDER = (r"(?:gmail|yandex|mail|bk|inbox|list|rambler|outlook|hotmail|yahoo|icloud|qq|163|126|"
             r"sina|foxmail|proton|protonmail|gmx|яндекс|мейл|майл|мэйл|джимейл|гмейл|рамблер)")
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._+\-]*"
_LABEL = r"[A-Za-zА-Яа-яЁё0-9](?:[A-Za-zА-Яа-яЁё0-9\-]*[A-Za-zА-Яа-яЁё0-9])?"
_AT_SIGN = r"\s{0,2}(?:[@＠﹫]|[(\[{<]\s*(?:at|@|собака|собачка)\s*[)\]}>])\s{0,2}"
_AT_NA = r"\s+на\s+"  # «lilyshop на gmail»: only before a mail provider's name
_AT_WORD = r"\s+(?:at|собака|собачка|собачку|собакой)\s+"
_AT_RU = r"\s+(?:собака|собачка|собачку|собакой)\s+"
_DOT_ANY = r"(?:\s{0,2}\.\s{0,2}|\s*[(\[{<]\s*(?:dot|\.|точка)\s*[)\]}>]\s*|\s+(?:dot|точка|тчк)\s+)"
_DOT_TIGHT = r"(?:\.|\s*[(\[{<]\s*(?:dot|\.|точка)\s*[)\]}>]\s*|\s+(?:dot|точка|тчк)\s+)"
_END = r"(?![\w\-])"
_EMAILS = [
    rx(r"(?<![\w.+\-])[\w.+\-]+[@＠﹫][\w\-]+(?:\.[\w\-]+)+"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}{_AT_SIGN}(?:{_LABEL}{_DOT_ANY})+{TLD}{_END}"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}{_AT_WORD}(?:{_LABEL}{_DOT_TIGHT})+{TLD}{_END}"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}(?:{_AT_SIGN}|{_AT_RU}){_PROVIDER}(?:{_DOT_ANY}{TLD}|\s+(?:ру|ru))?{_END}"),
    # «lilyshop на gmail»: a mailbox's name is written in lower case with a letter in it
    # ("Xiaomi на Яндекс Маркете" is a brand on a marketplace, "5 на Яндексе" a rating)
    rx(rf"(?<![\w.+\-])(?=[a-z0-9._+\-]*[a-z])[a-z0-9][a-z0-9._+\-]*{_AT_NA}(?i:{_PROVIDER})"
       rf"(?i:{_DOT_ANY}{TLD}|\s+(?:ру|ru))?(?![\w\-]|\s+[^\W\d_])"),  # not «yandex market»
]
#: "anna dot petrova at …", «anna точка petrova собака …»: the mailbox's name spelt out too
_LOCAL_SPELT = rx(r"(?i)(?:[A-Za-z0-9_]+\s+(?:dot|точка)\s+)+$")
_PROVIDER_NAME = rx(_PROVIDER)


def scan(starts: re.Pattern[str], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches that begin where ``starts`` (a plain character class) finds one,
    not overlapping: Python's ``re`` skips ahead fast only for a pattern that begins with
    plain characters, so a pattern with look-arounds and alternatives is tried only at the
    few places that can begin it (a fifth of the time on an ordinary reply)."""
    end = 0
    for at in starts.finditer(text):
        if at.start() >= end and (m := pattern.match(text, at.start())):
            end = m.end()
            yield m


def overlaps(spans: Sequence[Span], start: int, end: int) -> bool:
    """Does [start, end) overlap any of ``spans`` (sorted, not overlapping each other)?"""
    k = bisect_right(spans, (start, 1 << 62)) - 1  # the last span starting at or before start
    return (k >= 0 and spans[k][1] > start) or (k + 1 < len(spans) and spans[k + 1][0] < end)


def merge_spans(spans: list[Span]) -> list[Span]:
    """Overlapping spans joined, sorted."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


#: where an address may be: an at-sign or an at-word; the address is matched from the start of
#: the word before it, so the patterns run a few times per text, not at every position
_AT_ANCHOR = rx(r"[@＠﹫]|[(\[{<]\s*(?:at|собак|собачк)|\sat\s|собак|собачк|\sна\s")
_EMAIL_GATE = ("@", "＠", "﹫", "собак", "собачк", "(at", "[at", "{at", "<at", " at ")
_LOCAL_CHAR = rx(r"[\w.+\-]")
#: English words that stand before "at" in a sentence, never as the name of a mailbox
_NOT_LOCAL = frozenset("us me you them him her it online here there catalogue catalog website "
                       "site page shop-site store look".split())


@lru_cache(maxsize=256)
def find_emails(text: str) -> tuple[Span, ...]:
    """E-mail addresses, plain or disguised: «shop собака mail точка ru», "shop(at)mail.ru",
    "shop at gmail dot com", "s h o p @ m a i l . r u"."""
    low = lower(text)
    na = " на " in low and _PROVIDER_NAME.search(low) is not None
    if not na and not any(g in low for g in _EMAIL_GATE):
        return ()
    spans: list[Span] = []
    for anchor in _AT_ANCHOR.finditer(low):
        if anchor.group().strip() == "на" and not na:
            continue
        start = anchor.start()
        while start > 0 and start > anchor.start() - 4 and low[start - 1].isspace():
            start -= 1
        while start > 0 and start > anchor.start() - 64 and _LOCAL_CHAR.match(low, start - 1):
            start -= 1
        for email_re in _EMAILS:
            m = email_re.match(text, start)
            if m and m.end() > anchor.start():
                if email_re is _EMAILS[2] and low[m.start():anchor.start()].strip() in _NOT_LOCAL:
                    break  # "find us at shop-site dot com": a site (a link), not an address
                spelt = _LOCAL_SPELT.search(text, max(0, m.start() - 64), m.start())
                spans.append((spelt.start() if spelt else m.start(), m.end()))
                break
    if "@" in low or "собак" in low:
        for start, joined, index in despaced(text):
            for email_re in _EMAILS:
                for m in email_re.finditer(joined):
                    spans.append((start + index[m.start()], start + index[m.end() - 1] + 1))
    return tuple(merge_spans(spans))


# -- messenger handles ----------------------------------------------------------------------------

_HANDLE = rx(r"(?<![\w@.+\-])@(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])+")


@lru_cache(maxsize=256)
def find_handles(text: str) -> tuple[Span, ...]:
    """"@shop_uyut": a Telegram/Instagram handle (not the @ of an e-mail address)."""
    if "@" not in text:
        return ()
    emails = find_emails(text)
    return tuple(m.span() for m in _HANDLE.finditer(text)
                 if not overlaps(emails, m.start(), m.end()))


#: a Latin token with a digit or an underscore, as messenger IDs are made ("wxid_k9shop",
#: "lily_store_77", "uyut123"): not part of a word, a link, an address, a hashtag, a model code
#: ("SM-A525F", "USB-C": a hyphen joins it to more) or a template slot ("{buyer_name}"). Found
#: from its digits and underscores (few in a reply), then read whole.
_ID_CHAR = rx(r"[\d_](?<=[A-Za-z][\d_])")  # an ID starts with a letter: one stands before
_ID_TOKEN = rx(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")
_ID_START = rx(r"[A-Za-z0-9_.]*$")
_NOT_BEFORE_ID = frozenset("@#/.-{%$<[")
_NOT_AFTER_ID = frozenset("@}%>]-")
#: a name given after a label and a colon, dash or "is": «вичат: lilyshop», "WeChat is lilyshop",
#: "WeChat ID: lily-shop-88" (lower case: a model's code after a colon is in capitals)
_LABELLED_WORD = rx(r"(?:[:=—–]|(?<=\s)-(?=\s)|\s(?:is|это)(?=\s))\s*"
                    r"([a-z][a-z0-9_.\-]{2,30}[a-z0-9])(?![\w@]|[.\-]\w)")
_SEPARATOR = rx(r"[:=—–\-]")
_CAMEL_CASE = rx(r"[a-z][A-Z]")
_TLD = rx(TLD)
_CLAUSE_END = rx(r"[.!?…;\n](?=\s|$)")
_WORDS = rx(r"[^\W_]+")


def _handle_shape(token: str, params: dict[str, Any]) -> str | None:
    """'strong' for an underscore ("lily_store_77"), 'mixed' for letters with digits ("lily77",
    "k9shop"), None for what is something else: a code in capitals ("RTX3060", "A525F"), a brand
    in camel case ("iPhone15"), a short model or unit ("mp3", "s23", "x5"), a file or a site."""
    if not any(ch.islower() for ch in token) or sum(ch.isalpha() for ch in token) < 3:
        return None
    if "." in token:
        tail = token.rsplit(".", 1)[1].lower()
        if vocab(params, "file_types").has(tail) or _TLD.fullmatch(tail):
            return None  # photo_1.jpg, lily_shop.ru (the link rule reports a site)
    if "_" in token:
        return "strong"
    if _CAMEL_CASE.search(token):
        return None
    return "mixed"


class _Cues:
    """Where a paragraph's labels and cues stand (word indices), found once for all its IDs."""

    def __init__(self, text: str, params: dict[str, Any]) -> None:
        self.toks = tokens(text)
        self.starts = [t.start for t in self.toks]
        keys = [t.key for t in self.toks]
        labels, cues = vocab(params, "labels"), vocab(params, "cues")
        self.labels = [i for i in range(len(keys)) if labels.match_at(keys, i)]
        self.cues = [i for i in range(len(keys)) if cues.match_at(keys, i)]
        self.breaks = [m.end() for m in _CLAUSE_END.finditer(text)]

    def _any(self, found: list[int], lo: int, hi: int) -> bool:
        k = bisect_left(found, lo)
        return k < len(found) and found[k] < hi

    def near(self, m: re.Match[str], shape: str) -> bool:
        """A contact cue for an ID of ``shape`` in its sentence: for an underscore one, a label
        («ник», "ID", a messenger in any spelling) or a cue («добавьте меня», "DM me") anywhere
        in it; for letters with digits, a label within three words or a cue in the four words
        before — and for one with a capital ("Redmi9", "Aqua500": a model's name, as a rule)
        a label in the two words before."""
        k = bisect_left(self.breaks, m.start())
        begin = self.breaks[k - 1] if k else 0
        stop = self.breaks[k] if k < len(self.breaks) else 1 << 62
        first, last = bisect_left(self.starts, begin), bisect_left(self.starts, stop)
        here, after = bisect_left(self.starts, m.start()), bisect_left(self.starts, m.end())
        if shape == "strong":
            return any(self._any(found, first, here) or self._any(found, after, last)
                       for found in (self.labels, self.cues))
        if not m.group().islower():
            return self._any(self.labels, max(first, here - 2), here)
        return (self._any(self.labels, max(first, here - 3), here)
                or self._any(self.labels, after, min(last, after + 3))
                or self._any(self.cues, max(first, here - 4), here))


_LEXICON: list[Any] = []


def _english() -> Any:
    """The speller's English word list, opened once (kept when the checks' caches are cleared:
    it is no cache of results, and opening it costs a quarter of a millisecond)."""
    if not _LEXICON:
        from ozon_assistant.spelling.english import EnglishLexicon

        _LEXICON.append(EnglishLexicon())
    return _LEXICON[0]


def _labelled_names(text: str, params: dict[str, Any]) -> Iterator[Span]:
    """A name after a label and a separator — «вичат: lilyshop», "WeChat ID: lily-shop-88",
    "Our WeChat is lilyshop" — when it is no English word ("WeChat is popular") and, with
    digits or signs in it, shaped like an ID (not a file or a site)."""
    labels = vocab(params, "labels")
    found = list(scan(_SEPARATOR, _LABELLED_WORD, text))
    for word in (" is ", " это "):  # common words: found as strings, faster than by a pattern
        at = text.find(word)
        while at != -1:
            if m := _LABELLED_WORD.match(text, at):
                found.append(m)
            at = text.find(word, at + 1)
    for m in found:
        name = m.group(1)
        label = _WORDS.findall(text, max(0, m.start() - 30), m.start())
        if not label or not labels.has(fold(label[-1])):
            continue
        parts = _WORDS.findall(name)
        if (name.isalpha() or name.replace("-", "").isalpha()) and all(map(_english().known, parts)):
            continue  # "popular", "the-best": English words
        if name.isalpha() or _handle_shape(name, params) is not None:
            yield m.span(1)


def _id_tokens(text: str) -> Iterator[re.Match[str]]:
    """Tokens shaped like an ID, each once, found from their digits and underscores."""
    end = 0
    for m in _ID_CHAR.finditer(text):
        if m.start() < end:
            continue
        run = _ID_START.search(text, max(0, m.start() - 40), m.start())
        token = _ID_TOKEN.search(text, run.start() if run else m.start(), m.end() + 40)
        if token is None or token.start() > m.start():
            continue
        end = token.end()
        before = text[token.start() - 1] if token.start() else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in _NOT_BEFORE_ID or after.isalnum()
                or after in _NOT_AFTER_ID):
            yield token


def find_cued_handles(text: str, params: dict[str, Any]) -> tuple[Span, ...]:
    """Messenger IDs given without "@": a token shaped like a handle near a contact cue in the
    same sentence («мой вичат wxid_k9shop», «пишите сюда lily_store_77», "add me: lily77"), or a
    plain name right after a label («вичат: lilyshop»). The cue words are the rule's ``params``
    (labels, cues); Python knows the shapes."""
    spans = []
    cues: _Cues | None = None
    for m in _id_tokens(text):
        shape = _handle_shape(m.group(), params)
        if shape is None:
            continue
        cues = cues or _Cues(text, params)
        if cues.near(m, shape) and not overlaps(find_emails(text), m.start(), m.end()):
            spans.append(m.span())
    if vocab(params, "labels").maybe_in(text):
        spans.extend(_labelled_names(text, params))
    return tuple(merge_spans(spans))


# -- the registered checks ---------------------------------------------------------------------

@code_check("emails")
def emails(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """E-mail addresses, including «собака»/«точка» and "(at)"/"dot" disguises."""
    for start, end in find_emails(text):
        yield Hit(start, end)


@code_check("messenger_handles")
def messenger_handles(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Handles such as "@shop_uyut": a contact in Telegram or Instagram."""
    for start, end in find_handles(text):
        yield Hit(start, end)


@code_check("cued_handles")
def cued_handles(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Handles without "@" next to a contact cue: see :func:`find_cued_handles`."""
    for start, end in find_cued_handles(text, params):
        yield Hit(start, end)
