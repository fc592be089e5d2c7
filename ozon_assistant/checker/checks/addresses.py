"""E-mail addresses and messenger handles, plain or disguised («shop собака mail точка ru»,
"shop(at)mail.ru", "shop at gmail dot com", "s h o p @ m a i l . r u", "@shop_uyut").

An address is looked for only where an at-sign or an at-word stands, and matched from the start
of the word before it: the patterns run a few times per reply, not at every position.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.checks.disguise import despaced, lower
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx

Span = tuple[int, int]

# -- e-mail addresses -----------------------------------------------------------------------------

TLD = (r"(?:ru|com|net|org|su|cn|by|kz|ua|uz|kg|am|az|ge|info|biz|me|io|co|de|uk|us|pro|shop|"
       r"store|online|site|xyz|top|рф|ру|ком|нет|орг)")
_PROVIDER = (r"(?:gmail|yandex|mail|bk|inbox|list|rambler|outlook|hotmail|yahoo|icloud|qq|163|126|"
             r"sina|foxmail|proton|protonmail|gmx|яндекс|мейл|майл|мэйл|джимейл|гмейл|рамблер)")
_LOCAL = r"[A-Za-z0-9][A-Za-z0-9._+\-]*"
_LABEL = r"[A-Za-zА-Яа-яЁё0-9](?:[A-Za-zА-Яа-яЁё0-9\-]*[A-Za-zА-Яа-яЁё0-9])?"
_AT_SIGN = r"\s{0,2}(?:@|[(\[{<]\s*(?:at|@|собака|собачка)\s*[)\]}>])\s{0,2}"
_AT_WORD = r"\s+(?:at|собака|собачка|собачку|собакой)\s+"
_AT_RU = r"\s+(?:собака|собачка|собачку|собакой)\s+"
_DOT_ANY = r"(?:\s{0,2}\.\s{0,2}|\s*[(\[{<]\s*(?:dot|\.|точка)\s*[)\]}>]\s*|\s+(?:dot|точка|тчк)\s+)"
_DOT_TIGHT = r"(?:\.|\s*[(\[{<]\s*(?:dot|\.|точка)\s*[)\]}>]\s*|\s+(?:dot|точка|тчк)\s+)"
_END = r"(?![\w\-])"
_EMAILS = [
    rx(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}{_AT_SIGN}(?:{_LABEL}{_DOT_ANY})+{TLD}{_END}"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}{_AT_WORD}(?:{_LABEL}{_DOT_TIGHT})+{TLD}{_END}"),
    rx(rf"(?i)(?<![\w.+\-]){_LOCAL}(?:{_AT_SIGN}|{_AT_RU}){_PROVIDER}{_END}"),
]


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
_AT_ANCHOR = rx(r"@|[(\[{<]\s*(?:at|собак|собачк)|\sat\s|собак|собачк")
_EMAIL_GATE = ("@", "собак", "собачк", "(at", "[at", "{at", "<at", " at ")
_LOCAL_CHAR = rx(r"[\w.+\-]")
#: English words that stand before "at" in a sentence, never as the name of a mailbox
_NOT_LOCAL = frozenset("us me you them him her it online here there catalogue catalog website "
                       "site page shop-site store look".split())


@lru_cache(maxsize=256)
def find_emails(text: str) -> tuple[Span, ...]:
    """E-mail addresses, plain or disguised: «shop собака mail точка ru», "shop(at)mail.ru",
    "shop at gmail dot com", "s h o p @ m a i l . r u"."""
    low = lower(text)
    if not any(g in low for g in _EMAIL_GATE):
        return ()
    spans: list[Span] = []
    for anchor in _AT_ANCHOR.finditer(low):
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
                spans.append(m.span())
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
