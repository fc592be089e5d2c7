"""A buyer's e-mail (``.eml`` file, or headers pasted from a mail client) → what a reply needs.

The reply goes to Reply-To (else From), its subject is "Re: …" and In-Reply-To / References name
the buyer's Message-ID, so it threads in the buyer's mail client. The buyer's own text is kept
apart (:attr:`BuyerMail.text`): it is shown beside the compose pane and never checked as if the
seller had written it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

from ozon_assistant.core.textio import read_file_bytes
from ozon_assistant.mail import validate
from ozon_assistant.mail.errors import MailInputError

MAX_EML_BYTES = 25 * 1024 * 1024
_RE_PREFIX = re.compile(r"^\s*((re|aw|sv|ответ|回复|答复)\s*(\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class BuyerMail:
    reply_to: str  # the bare address to answer (Reply-To, else From)
    sender: str  # From as shown (name and address)
    subject: str  # the buyer's subject
    date: str
    message_id: str
    references: tuple[str, ...]
    text: str  # the buyer's message, plain text; empty when only headers were pasted

    @property
    def reply_subject(self) -> str:
        """"Re: <subject>", without piling up "Re: Re: …"."""
        rest = _RE_PREFIX.sub("", self.subject).strip()
        return f"Re: {rest}" if rest else "Re:"

    @property
    def thread_references(self) -> tuple[str, ...]:
        refs = list(self.references)
        if self.message_id and self.message_id not in refs:
            refs.append(self.message_id)
        return tuple(refs)


def usable_subject(subject: str, source: str) -> str:
    """``subject`` (a reply's subject made from the buyer's Subject header in ``source``, an .eml
    or an inbox message) when it can head an e-mail; else MailInputError that names the buyer's
    header, not the seller's ``--subject`` (the seller gave none: it came with the e-mail)."""
    try:
        return validate.header_value("Subject", subject)
    except MailInputError as exc:
        if exc.code == "header_long":
            raise MailInputError(
                f"{source}: the buyer's Subject header is too long to be the reply's subject "
                f"({len(subject)} characters, at most {validate.MAX_HEADER}): give the reply a "
                "subject of your own", code="buyer_subject_long", source=source,
                length=len(subject), limit=validate.MAX_HEADER) from None
        raise MailInputError(
            f"{source}: the buyer's Subject header holds control characters (they could add "
            "hidden headers to the reply), so it cannot be the reply's subject: give the reply "
            "a subject of your own", code="buyer_subject_control", source=source) from None


def html_to_text(markup: str) -> str:
    """The text of an HTML-only e-mail: scripts and styles dropped, breaks kept, entities read."""
    markup = re.sub(r"(?is)<(script|style).*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", markup)
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = html_to_text(content)
    return content.replace("\r\n", "\n").strip()


def parse(raw: bytes, name: str = "e-mail") -> BuyerMail:
    """Parse a whole message or just its headers. MailInputError when no sender is found."""
    if len(raw) > MAX_EML_BYTES:
        raise MailInputError(f"{name}: larger than {MAX_EML_BYTES // (1024 * 1024)} MB")
    # pasted headers may come with bare LF and leading blank lines
    raw = raw.lstrip(b"\r\n\t ")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)

    def header(key: str) -> str:
        try:
            value = msg.get(key)
        except (ValueError, IndexError):  # a malformed header in someone else's e-mail
            return ""
        return " ".join(str(value or "").split())

    answer = ""
    for key in ("Reply-To", "From"):
        pairs = getaddresses([header(key)])
        for _display, addr in pairs:
            if not addr:
                continue
            try:
                answer = validate.address(key, addr).addr_spec
            except MailInputError:
                continue
            break
        if answer:
            break
    if not answer:
        raise MailInputError(f"{name}: no sender address (From or Reply-To) found in it")
    ids = validate.message_ids(header("Message-ID"))
    return BuyerMail(
        reply_to=answer,
        sender=header("From"),
        subject=header("Subject"),
        date=header("Date"),
        message_id=ids[0] if ids else "",
        references=tuple(validate.message_ids(header("References"))),
        text=_body(msg),
    )


def read(path: str | Path) -> BuyerMail:
    p = Path(path)
    raw = read_file_bytes(p, MAX_EML_BYTES)
    return parse(raw, str(p))
