"""Ozon policy: contacts and moving the buyer off the platform (phones, e-mail, links).

First version: plain phone numbers, e-mail addresses and non-Ozon links. Disguised contacts
(spaced letters, numbers in words, look-alike letters, "dot"/«точка») are handled in this module
too as it grows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext

_PHONE = re.compile(r"(?<![\w+])\+?\d(?:[\s().\-]{0,3}\d){9,12}(?![\w])")
_ORDER = re.compile(r"^\d{8}-\d{4}(?:-\d{1,2})?$")
_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


@code_check("phone_numbers")
def phone_numbers(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Phone numbers in any usual layout; order numbers and dates are not phones."""
    for m in _PHONE.finditer(text):
        raw = m.group().strip()
        digits = re.sub(r"\D", "", raw)
        if _ORDER.match(raw) or _DATE.match(raw) or not 10 <= len(digits) <= 12:
            continue
        yield Hit(m.start(), m.start() + len(m.group().rstrip()), ())


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@code_check("emails")
def emails(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    for m in _EMAIL.finditer(text):
        yield Hit(m.start(), m.end(), ())


_URL = re.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>«»\"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ru|com|net|org|рф|"
    r"su|info|shop|store|site|online|cn|me|io|by|kz)\b(?:/[^\s<>«»\"]*)?"
)
_OZON = re.compile(r"(?i)^(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)*ozon\.(?:ru|com|by|kz)\b")


@code_check("links")
def links(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Links to any site but Ozon's own."""
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?)")
        if _OZON.match(url) or "@" in text[max(0, m.start() - 1) : m.start()]:
            continue
        yield Hit(m.start(), m.start() + len(url), ())
