"""The e-mail itself: UTF-8 plain text with properly encoded headers and a stable Message-ID.

Built once, when the message enters the outbox; every retry sends these same bytes, so the
Message-ID and Date never change and a buyer's mail client can drop a duplicate. The signature
from the settings is appended here, so what the checker approves is exactly what is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, localtime, make_msgid

from ozon_assistant.mail import validate
from ozon_assistant.mail.accounts import Account
from ozon_assistant.mail.errors import MailInputError

# Ozon order numbers: 8 digits, 4 digits (the order), optionally -N (one shipment of it)
ORDER_NUMBER = re.compile(r"(?<![\d-])(\d{8}-\d{4}(?:-\d{1,3})?)(?![\d-])")
SUBJECT_WORD = {"ru": "Заказ", "en": "Order"}


@dataclass(frozen=True)
class Draft:
    """What the seller wants to send, before it becomes an e-mail."""

    to: tuple[str, ...]
    subject: str
    text: str
    cc: tuple[str, ...] = ()
    in_reply_to: str = ""
    references: tuple[str, ...] = field(default_factory=tuple)


def order_number(text: str) -> str | None:
    m = ORDER_NUMBER.search(text)
    return m.group(1) if m else None


def suggested_subject(text: str, language: str = "ru") -> str:
    """"Заказ 35142875-0153-1" when the reply names an order, else empty."""
    number = order_number(text)
    if not number:
        return ""
    return f"{SUBJECT_WORD.get(language, SUBJECT_WORD['ru'])} {number}"


def body_with_signature(text: str, signature: str) -> str:
    """The reply plus the signature from settings (once: not if the reply already ends with it)."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    sig = signature.replace("\r\n", "\n").strip()
    if sig and not body.endswith(sig):
        body = f"{body}\n\n{sig}"
    return body + "\n"


@dataclass(frozen=True)
class Built:
    message: EmailMessage
    message_id: str
    sender: str
    recipients: tuple[str, ...]  # the envelope: To and Cc

    def as_bytes(self) -> bytes:
        """CRLF line ends, headers RFC 2047-encoded, body UTF-8 (8bit)."""
        return self.message.as_bytes(policy=policy.SMTP)


def build(account: Account, draft: Draft, signature: str = "") -> Built:
    """Validate every field (MailInputError on the first bad one) and build the message."""
    to = validate.address_list("--to", list(draft.to))
    if not to:
        raise MailInputError("--to: give at least one recipient address", code="no_recipient",
                             field="--to")
    cc = validate.address_list("--cc", list(draft.cc))
    subject = validate.header_value("--subject", draft.subject).strip()
    if not subject:
        raise MailInputError("--subject: the subject is empty", code="empty_subject",
                             field="--subject")
    sender = validate.address("sender address", account.from_addr)
    name = validate.display_name("sender name", account.display_name)
    if not draft.text.strip():
        raise MailInputError("the reply is empty")
    refs = [r for ref in draft.references for r in validate.message_ids(ref)]
    parent = validate.message_ids(draft.in_reply_to)

    msg = EmailMessage(policy=policy.default)
    msg["From"] = Address(display_name=name, username=sender.username, domain=sender.domain)
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(localtime())
    # the sender's domain, not this computer's name: the id must not leak the machine
    message_id = make_msgid(domain=sender.domain)
    msg["Message-ID"] = message_id
    if parent:
        msg["In-Reply-To"] = parent[0]
        if parent[0] not in refs:
            refs.append(parent[0])
    if refs:
        msg["References"] = " ".join(refs[-20:])
    msg.set_content(body_with_signature(draft.text, signature), charset="utf-8", cte="8bit")
    recipients = tuple(a.addr_spec for a in [*to, *cc])
    return Built(msg, message_id, sender.addr_spec, recipients)


def seven_bit(raw: bytes) -> bytes:
    """The same message with a base64 body, for a server that does not announce 8BITMIME.

    Headers (Message-ID, Date) stay as they were; only the body's transfer encoding changes.
    """
    from email import message_from_bytes

    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    text = msg.get_content()
    msg.set_content(text, charset="utf-8", cte="base64")
    return msg.as_bytes(policy=policy.SMTP)
