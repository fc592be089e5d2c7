"""Addresses and header values, checked before anything is written to the outbox or sent.

Header injection is the classic e-mail hole: a line break in a subject or an address turns the
rest of the value into new headers (``Bcc: …``). Every value that reaches a header goes through
:func:`header_value`, which refuses line breaks and other control characters outright instead of
"cleaning" them, so the seller sees what was wrong. Addresses are held to a plain, common form
(dot-atom local part, a domain with a dot); international domains are turned into punycode so
the message stays 7-bit in its headers.
"""

from __future__ import annotations

import re
from email.headerregistry import Address

from ozon_assistant.mail.errors import MailInputError

# C0 controls (CR, LF, NUL, TAB …), DEL, C1 controls and the Unicode line/paragraph separators
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_NAMED = re.compile(r"^(?P<name>[^<>]*?)\s*<(?P<addr>[^<>]*)>$")
_MSGID = re.compile(r"^<[^<>\s]+@[^<>\s]+>$")
MAX_HEADER = 900  # under the 998-octet line limit even before encoding grows it


def header_value(field: str, value: str) -> str:
    """``value`` unchanged, or MailInputError when it holds a line break or control character."""
    if _CONTROL.search(value):
        raise MailInputError(
            f"{field}: line breaks and control characters are not allowed "
            "(they could add hidden headers to the e-mail)", code="header_control", field=field,
        )
    if len(value) > MAX_HEADER:
        raise MailInputError(f"{field}: too long ({len(value)} characters, at most {MAX_HEADER})",
                             code="header_long", field=field, length=len(value), limit=MAX_HEADER)
    return value


def _domain(field: str, addr: str, domain: str) -> str:
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError:
        raise MailInputError(f"{field}: {addr!r} has an invalid domain", code="bad_address",
                             field=field, value=addr) from None
    labels = ascii_domain.split(".")
    if (len(labels) < 2 or not all(_LABEL.match(lb) for lb in labels) or len(ascii_domain) > 253
            or labels[-1].isdigit()):
        raise MailInputError(f"{field}: {addr!r} is not a valid e-mail address (domain)",
                             code="bad_address", field=field, value=addr)
    return ascii_domain.lower()


def address(field: str, value: str) -> Address:
    """One address, bare (``anna@example.com``) or named (``Анна <anna@example.com>``)."""
    header_value(field, value)
    value = value.strip()
    name = ""
    m = _NAMED.match(value)
    if m:
        name, value = m.group("name").strip().strip('"').strip(), m.group("addr").strip()
    if value.count("@") != 1:
        raise MailInputError(f"{field}: {value!r} is not a valid e-mail address",
                             code="bad_address", field=field, value=value)
    local, domain = value.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        if local and not local.isascii():
            raise MailInputError(f"{field}: {value!r}: only Latin letters, digits and . _ - + "
                                 "are supported before the @", code="address_latin",
                                 field=field, value=value)
        raise MailInputError(f"{field}: {value!r} is not a valid e-mail address",
                             code="bad_address", field=field, value=value)
    return Address(display_name=name, username=local, domain=_domain(field, value, domain))


def address_list(field: str, values: str | list[str]) -> list[Address]:
    """Addresses separated by commas or semicolons (or given as a list); duplicates dropped."""
    items = [values] if isinstance(values, str) else list(values)
    out: list[Address] = []
    seen: set[str] = set()
    for item in items:
        header_value(field, item)
        for part in re.split(r"[,;]", item):
            if not part.strip():
                continue
            a = address(field, part)
            if a.addr_spec.lower() not in seen:
                seen.add(a.addr_spec.lower())
                out.append(a)
    return out


def display_name(field: str, value: str) -> str:
    header_value(field, value)
    if any(c in value for c in "<>"):
        raise MailInputError(f"{field}: a display name cannot contain < or >",
                             code="name_brackets", field=field)
    return value.strip()


def message_ids(value: str) -> list[str]:
    """The well-formed ``<id@host>`` tokens in a References / In-Reply-To value; others dropped.

    These come from a buyer's e-mail, not from the seller, so a broken one is skipped rather than
    failing the reply; control characters can't survive the split on whitespace.
    """
    return [t for t in re.split(r"\s+", value.strip()) if _MSGID.match(t) and not _CONTROL.search(t)]
