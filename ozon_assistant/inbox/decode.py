"""One fetched message → what the inbox keeps: sender, subject, dates, threading and plain text.

Any charset Python knows (KOI8-R, windows-1251, GB18030 …), quoted-printable or base64, an
HTML-only message turned into text, attachments listed by name, type and size and never opened.
A message that cannot be read in full is stored with what could be read and its error.
"""

from __future__ import annotations

import time
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from ozon_assistant.mail import validate
from ozon_assistant.mail.eml import html_to_text
from ozon_assistant.mail.errors import MailInputError
from ozon_assistant.storage.inbox import NewMessage

#: Charsets to try, in order, when a part names none or one Python does not know.
FALLBACK_CHARSETS = ("utf-8", "windows-1251", "koi8-r")


def _header(msg: Message, key: str) -> str:
    try:
        value = msg.get(key)
    except (ValueError, IndexError, TypeError, AttributeError):  # a malformed header
        try:
            raw = msg.get_all(key) if hasattr(msg, "get_all") else None
            value = str(raw[0]) if raw else ""
        except Exception:  # someone else's broken e-mail
            value = ""
    return " ".join(str(value or "").split())


def _text_of(part: Message) -> str:
    """The part's text in its own charset, else the first fallback that reads it."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or ""
    for cs in (charset, *FALLBACK_CHARSETS):
        if not cs:
            continue
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html")) if isinstance(msg, EmailMessage) else None
    if part is None:
        if msg.is_multipart() or msg.get_content_maintype() != "text":
            return ""
        part = msg
    text = _text_of(part)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.replace("\r\n", "\n").strip()


def _attachments(msg: EmailMessage) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for part in msg.iter_attachments():
        try:
            name = part.get_filename() or ""
        except Exception:  # a broken file name parameter
            name = ""
        raw = part.get_payload()
        size = len(raw) if isinstance(raw, str | bytes) else 0
        if str(part.get("Content-Transfer-Encoding", "")).lower().strip() == "base64":
            size = size * 3 // 4  # about what it decodes to; the file itself is never opened
        found.append({"name": name, "type": part.get_content_type(), "size": size})
    return found


def _reply_address(msg: Message) -> str:
    for key in ("Reply-To", "From"):
        for _display, addr in getaddresses([_header(msg, key)]):
            if not addr:
                continue
            try:
                return validate.address(key, addr).addr_spec
            except MailInputError:
                continue
    return ""


def decode(raw: bytes, uid: int, received: float | None = None,
           flags: tuple[str, ...] = (), headers_only: bool = False) -> NewMessage:
    """Everything readable in ``raw``; problems go to ``error``, never out as an exception."""
    m = NewMessage(uid=uid, received=received or time.time(), flags=flags, size=len(raw))
    errors: list[str] = []
    try:
        msg = BytesParser(policy=policy.default).parsebytes(raw, headersonly=headers_only)
    except Exception as exc:  # the parser is lenient; this is the last guard
        m.error = f"cannot parse the message: {exc.__class__.__name__}: {exc}"
        return m
    m.sender = _header(msg, "From")
    m.subject = _header(msg, "Subject")
    m.date_header = _header(msg, "Date")
    m.reply_to = _reply_address(msg)
    ids = validate.message_ids(_header(msg, "Message-ID"))
    m.message_id = ids[0] if ids else ""
    m.references = tuple(validate.message_ids(_header(msg, "References")))
    if received is None and m.date_header:
        try:
            m.received = parsedate_to_datetime(m.date_header).timestamp()
        except (TypeError, ValueError, IndexError):
            errors.append(f"unreadable Date header {m.date_header!r}")
    if not m.reply_to:
        errors.append("no sender address (From or Reply-To) in it")
    if not headers_only:
        try:
            assert isinstance(msg, EmailMessage)
            m.body = _body(msg)
            m.attachments = _attachments(msg)
        except Exception as exc:  # a broken MIME structure
            errors.append(f"cannot read the body: {exc.__class__.__name__}: {exc}")
    defects = {d.__class__.__name__ for d in getattr(msg, "defects", [])}
    if defects and not errors:
        errors.append("malformed: " + ", ".join(sorted(defects)))
    m.error = "; ".join(errors)
    return m
