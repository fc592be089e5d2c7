"""What a draft's tab says: whom the reply is to and what about, its channel and its time —
"Анна · Chat · 14:05", "№ 35142875-0153-1 · Review reply · 12.05 09:40" — so a seller with
several drafts open finds the one for a buyer without reading each.

The buyer's name is the one the greeting uses («Здравствуйте, Анна!», «Анна, добрый день!»,
"Dear Mary,"); the order number is the one the Send dialog puts in the subject.
"""

from __future__ import annotations

import re
import time

from ozon_assistant.core.text import one_line

_NAME = r"([A-ZА-ЯЁ][a-zа-яё]+(?:[ -][A-ZА-ЯЁ][a-zа-яё]+)?)"
_GREETING = (r"(?i:здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+(?:дня|времени"
             r"\s+суток)|приветствую|приветствуем|привет|уважаем(?:ый|ая)|дорог(?:ой|ая)|hello|hi"
             r"|dear|good\s+(?:morning|afternoon|evening))")
#: "Здравствуйте, Анна!" / "Dear Mary," — the greeting, then the name and a mark after it
_AFTER = re.compile(rf"^\s*{_GREETING}[,!]?\s+{_NAME}\s*[,!.\n]")
#: "Анна, здравствуйте!" — the name first
_BEFORE = re.compile(rf"^\s*{_NAME},\s+{_GREETING}\b")
#: "Здравсвуйте, Анна!" (a greeting misspelt), "Спасибо, Мария!" — a name called out
_CALLED = re.compile(rf"^\s*\w+,\s+{_NAME}!")
#: capitalised words a greeting is followed by that are no one's name
NOT_NAMES = frozenset("""
уважаемый уважаемая уважаемые дорогой дорогая дорогие покупатель покупательница клиент друзья
коллеги спасибо благодарим ваш ваша мы я
dear customer customers sir madam team friend friends thank thanks we i our your
""".split())


def addressee(text: str) -> str:
    """The buyer's name the reply greets, or ""."""
    head = text[:300]
    for pattern in (_AFTER, _BEFORE, _CALLED):
        m = pattern.search(head)
        if m is None:
            continue
        name = m.group(1)
        first = name.split()[0]
        if first.casefold() in NOT_NAMES or re.fullmatch(_GREETING, first):
            continue
        words = name.split()
        if len(words) == 2 and words[1].casefold() in NOT_NAMES:
            name = words[0]
        return name
    return ""


def order_in(text: str) -> str:
    """The Ozon order number the reply names, or "" (as the Send dialog's subject finds it)."""
    from ozon_assistant.mail.message import order_number

    return order_number(text) or ""


def when(started: float, now: float | None = None) -> str:
    """14:05 today; 12.05 09:40 another day."""
    moment, today = time.localtime(started), time.localtime(now)
    same_day = moment[:3] == today[:3]
    return time.strftime("%H:%M" if same_day else "%d.%m %H:%M", moment)


def subject(text: str, with_order: bool = True) -> str:
    """Whom and what: the buyer's name, else "№ <order>", else the reply's first words."""
    name = addressee(text)
    if name:
        return name
    order = order_in(text) if with_order else ""
    if order:
        return f"№ {order}"
    return first_words(text)


def first_words(text: str, count: int = 4, limit: int = 28) -> str:
    """The reply's first words, cut between words ("…" where cut short), never mid-word."""
    shown = ""
    for word in text.split()[:count]:
        longer = f"{shown} {word}".strip()
        if len(longer) > limit:
            return f"{shown}…" if shown else one_line(word, limit)
        shown = longer
    return shown
