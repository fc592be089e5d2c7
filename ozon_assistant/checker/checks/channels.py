"""Ozon policy: moving the buyer off the platform — links, messengers, other marketplaces, payment.

Links: any web address whose host is not Ozon's (ozon.ru, ozon.com, ozon.by, ozon.kz and their
subdomains), with or without "https://", and with disguised dots ("shop-uyut точка ru",
"shop(.)ru"). A dot inside ordinary text is not a link: the last label must be a real top-level
domain, so «т.е.», «г.Москва», "1.5" and file names like photo.jpg are left alone.

Names: Telegram, WhatsApp, WeChat and the rest in every spelling sellers use — Russian
transliterations and their inflected forms («вотсапе», «телеге»), look-alike letters
(«тeлeгрaм»), digits for letters ("telegr4m") and letters set apart («t e l e g r a m»,
«т.е.л.е.г.р.а.м», "w*h*a*t*s*a*p*p"). See :mod:`disguise`.

A name in a clause that says the channel is *not* used («мы не используем WhatsApp, пишите в
чат Ozon», "we don't use Telegram") is reported separately (``negated = true`` in the pack) so it
can be a warning: Ozon forbids offering other channels, and moderation still sees the name, so
the safer reply names none — but such a reply offers nothing and must not be blocked. A name in
a clause about what a product works with («часы показывают уведомления из WhatsApp», «на
смартфон можно установить Telegram») is no channel of the seller's and is not reported. An invitation
in the same clause ("пишите", "message us") or a possessive («наш Instagram») always makes it an
offer, whatever else the clause says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from ozon_assistant.checker.checks.addresses import find_emails, merge_spans, overlaps
from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.checks.disguise import despaced, lower
from ozon_assistant.checker.checks.names import AMBIGUOUS_PREFIXES, FIX, GROUPS, scan_names
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.morphology import lexicon
from ozon_assistant.core.regex import rx
from ozon_assistant.core.types import Span

# -- links ---------------------------------------------------------------------------------------

_TLDS = (r"(?:ru|su|рф|рус|com|net|org|info|biz|pro|shop|store|site|online|tech|top|xyz|club|"
         r"cn|hk|tw|me|io|co|ly|cc|tv|gl|gg|ws|by|kz|uz|kg|am|az|ge|ua|de|uk|us|app|link|page|"
         r"website|space|live|life|market|ltd|group)")
_HOST_LABEL = r"[a-zа-яё0-9](?:[a-zа-яё0-9\-]*[a-zа-яё0-9])?"
_LAT_LABEL = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
_PATH = r"(?:[/:?#][^\s<>«»\"']*)?"
_DOTX = (r"(?:\s*[(\[{]\s*(?:\.|dot|точка)\s*[)\]}]\s*|\s+(?:dot|точка|тчк)\s+|\s+\.\s*|\.\s+)")
_LINKS = [
    rx(r"(?i)\b(?:https?|ftp)://[^\s<>«»\"']+|(?<![\w.])www\.[^\s<>«»\"']+"),
    rx(rf"(?i)(?<![\w.@\-/]){_HOST_LABEL}(?:\.{_HOST_LABEL})*\.{_TLDS}(?![\w\-]){_PATH}"),
    rx(rf"(?i)(?<![\w.@\-/]){_LAT_LABEL}(?:{_DOTX}{_LAT_LABEL})*{_DOTX}"
               r"(?-i:ru|com|net|org|рф|ру|ком|su|cn|me|io)(?![\w\-])"),
]
_OZON_HOSTS = ("ozon.ru", "ozon.com", "ozon.by", "ozon.kz")
_HOST = rx(r"(?i)^(?:[a-z]+://)?(?:www\.)?([^/:?#\s]+)")
_TRAIL = ".,;:!?)»\"'"
_LOOKALIKE_HOST = str.maketrans("аеорсху", "aeopcxy")


def _is_ozon(url: str, allow: tuple[str, ...]) -> bool:
    m = _HOST.match(url)
    host = (m.group(1) if m else url).lower().translate(_LOOKALIKE_HOST)
    return any(host == a or host.endswith("." + a) for a in allow)


_DOT_TLD = rx(rf"\.{_TLDS}(?![\w\-])")
_HOST_CHAR = rx(r"[a-zа-яё0-9.\-]")
_SPACED_TLD = rx(r"\.\s+(?:ru|com|net|org|рф|ру|ком|su|cn)(?![\w\-])")
_DISGUISED_GATE = ("точк", "тчк", "dot", "(.)", "[.]", "{.}", " . ")


@lru_cache(maxsize=256)
def find_links(text: str, allow: tuple[str, ...] = _OZON_HOSTS) -> tuple[Span, ...]:
    """Links to anywhere but Ozon (and not the domain of an e-mail address)."""
    low = lower(text)
    candidates: list[tuple[int, str]] = []
    if "://" in low or "www." in low:
        candidates.extend((m.start(), m.group()) for m in _LINKS[0].finditer(text))
    # bare domains: found by their ".tld" and matched from the start of the host name
    for dot in _DOT_TLD.finditer(low):
        start = dot.start()
        while start > 0 and start > dot.start() - 253 and _HOST_CHAR.match(low, start - 1):
            start -= 1
        while start < dot.start() and not low[start].isalnum():
            start += 1
        m = _LINKS[1].match(text, start)
        if m:
            candidates.append((m.start(), m.group()))
    if any(g in low for g in _DISGUISED_GATE) or _SPACED_TLD.search(text):
        candidates.extend((m.start(), m.group()) for m in _LINKS[2].finditer(text))
        for start, joined, index in despaced(text):
            for m in _LINKS[1].finditer(joined):
                span = text[start + index[m.start()] : start + index[m.end() - 1] + 1]
                candidates.append((start + index[m.start()], span))
    if not candidates:
        return ()
    emails = find_emails(text)
    spans: list[Span] = []
    for start, url in candidates:
        url = url.rstrip(_TRAIL)
        end = start + len(url)
        if not url or _is_ozon(url, allow) or overlaps(emails, start, end):
            continue
        spans.append((start, end))
    return tuple(merge_spans(spans))


# -- channel names -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NameHit:
    start: int
    end: int
    group: str
    name: str
    negated: bool


# Clause analysis: the vocabularies are data (lexicons/channels.toml [clause]).
_CLAUSE_BREAK = rx(r"[,;:!?.()\[\]—–]|\s(?:но|а|зато|but|however|instead)\s", re.I)
_CLAUSE_WORDS = {name: rx(source, re.I) for name, source in lexicon("channels")["clause"].items()}
_NOT_NEGATION = _CLAUSE_WORDS["not_negation"]
_NEGATION = _CLAUSE_WORDS["negation"]
_INVITE = _CLAUSE_WORDS["invite"]
_NEGATOR_BEFORE = rx(r"(?i)(?:\bне|\bnot|n't|\bnever|\bnot\s+to)\s+(?:\w+\s+)?$")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a name, at most 120 characters each side (so a long unpunctuated text
    stays linear). A name inside a list of names goes with the clause the list starts in:
    "works with Zoom, Skype, Telegram" — the commas between list items break no clause."""
    floor = max(0, start - 120)
    left = floor
    for m in _CLAUSE_BREAK.finditer(text, left, start):
        left = m.end()
    if text[left:start].strip():
        return left, _right(text, end)
    while left > floor and text[left - 1] == ",":
        before = floor
        for m in _CLAUSE_BREAK.finditer(text, floor, left - 1):
            before = m.end()
        item = _LIST_ITEM.fullmatch(text[before:left - 1]) is not None
        if not item and _LAST_ITEM.search(text, before, left - 1) is None:
            break
        left = before
        if not item:
            break  # the clause the list starts in: "works with Zoom"
    return left, _right(text, end)


def _right(text: str, end: int) -> int:
    right = _CLAUSE_BREAK.search(text, end, end + 120)
    return right.start() if right else min(len(text), end + 120)


#: one item of a list of names: one to three words ("Zoom", "Google Meet", "iOS")
_LIST_ITEM = rx(r"\s*[^\W_][\w.+-]*(?:\s+[\w.+-]+){0,2}\s*")
#: a clause that ends with the list's first item, a name ("works with Zoom", «совместимы с iOS»)
_LAST_ITEM = rx(r"(?:^|\s)((?:[A-ZА-ЯЁ]|[a-z][A-Z])[\w.+-]*(?:\s+[A-ZА-ЯЁ][\w.+-]*){0,2})\s*$")



_POSSESSIVE = _CLAUSE_WORDS["possessive"]
_FEATURE = _CLAUSE_WORDS["feature"]
_PREPOSITION_BEFORE = rx(r"(?i)\b(?:в|во|через|на|in|on|via)\s+$")


def _offered(text: str, start: int, end: int) -> bool | str | None:
    """True: the clause offers the channel; False: it denies it; "feature": it names what a
    product works with (no channel of the seller's at all); None: neither is said."""
    left, right = _clause(text, start, end)
    clause = _NOT_NEGATION.sub(lambda m: " " * len(m.group()), text[left:right])
    for m in _INVITE.finditer(clause):
        if not _NEGATOR_BEFORE.search(clause, 0, m.start()):
            return True  # «пишите в WhatsApp»: an offer, whatever else the clause says
    if _POSSESSIVE.search(text, max(left, start - 30), start):
        return True  # «наш Instagram», "my WeChat"
    if _NEGATION.search(clause):
        return False
    if _FEATURE.search(clause):
        return "feature"
    return None


@lru_cache(maxsize=256)
def find_names(text: str, russian: bool = True) -> tuple[NameHit, ...]:
    """Messengers, social networks, other marketplaces and payment services named in ``text``
    (outside links and e-mail addresses, which their own checks report).

    ``negated`` marks a mention that denies the channel; a product's feature is left out; a
    word that is also ordinary Russian («телега» a cart, «телеграмма» a telegram) counts only
    when it is offered or follows «в», «через», "on".
    """
    taken = merge_spans([*find_links(text), *find_emails(text)])
    names = [n for n in scan_names(text, russian) if not overlaps(taken, n[0], n[1])]
    verdicts = _listed([_offered(text, s, e) for s, e, _g, _n in names],
                       [text[a[1]:b[0]] for a, b in pairwise(names)])
    out = []
    for (s, e, group, name), offered in zip(names, verdicts, strict=True):
        if offered == "feature":
            continue  # «часы показывают уведомления из WhatsApp»: the product's, not a contact
        if (lower(text[s:e]).startswith(AMBIGUOUS_PREFIXES) and not offered
                and not _PREPOSITION_BEFORE.search(text, max(0, s - 10), s)):
            continue
        out.append(NameHit(s, e, group, name, offered is False))
    return tuple(out)


#: what stands between two names of one list: «WhatsApp, Telegram и SMS», "WeChat or QQ"
_LIST_GAP = rx(r"(?i)\s*(?:,|/|&|\bи\b|\bили\b|\band\b|\bor\b)(?:\s*(?:\bи\b|\band\b))?\s*")


def _listed(verdicts: list[bool | str | None], gaps: list[str]) -> list[bool | str | None]:
    """Names in one list share what their clause says of any of them: «показывают уведомления
    из WhatsApp, Telegram и SMS» is one product feature, though the comma ends the clause around
    «Telegram»; «пишите в WhatsApp, Telegram» offers both. An offer outweighs a denial, a denial
    a feature."""
    out = list(verdicts)
    i = 0
    while i < len(out):
        j = i
        while j < len(gaps) and _LIST_GAP.fullmatch(gaps[j]):
            j += 1
        group = out[i:j + 1]
        shared: bool | str | None = (True if True in group else False if False in group
                                     else "feature" if "feature" in group else None)
        out[i:j + 1] = [shared] * len(group)
        i = j + 1
    return out


# -- the registered checks ---------------------------------------------------------------------

@code_check("links")
def links(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Links to any site but Ozon's own (``params.allow`` adds hosts that are Ozon's too)."""
    allow = _OZON_HOSTS + tuple(str(a).lower() for a in params.get("allow", ()))
    for start, end in find_links(text, allow):
        yield Hit(start, end)


@code_check("channel_names")
def channel_names(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Names of other channels (``params.groups``: messenger, social, marketplace, payment).

    With ``params.negated = true`` only names in a clause that denies the channel are reported;
    without it, only the others — so one rule can block offers and another merely warn.
    """
    groups = set(params.get("groups", GROUPS))
    negated = bool(params.get("negated", False))
    fix = (FIX[ctx.language],) if ctx.language in FIX else ()
    for h in find_names(text, ctx.language == "ru"):
        if h.group in groups and h.negated == negated:
            yield Hit(h.start, h.end, () if negated or h.group != "messenger" else fix)
