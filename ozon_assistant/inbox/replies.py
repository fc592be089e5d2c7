"""A reply to a message in the inbox: its headers from the stored message, and \\Answered.

The reply is linked to its message before the first attempt, so a reply the outbox sends later
(a retry) still marks the message answered at the next sync, and a second ``send --reply-to-inbox``
while one is on its way is refused: nothing is sent twice. Once the SMTP server accepted it, the
message is answered here and \\Answered is set on the IMAP server; when that server cannot be
reached then, the next sync sets it.
"""

from __future__ import annotations

import re

from ozon_assistant.core.errors import OzonError
from ozon_assistant.mail import imap, passwords
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.errors import MailInputError
from ozon_assistant.storage.inbox import InboxStore, Message

_RE_PREFIX = re.compile(r"^\s*((re|aw|sv|ответ|回复|答复)\s*(\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE)


def reply_subject(subject: str) -> str:
    rest = _RE_PREFIX.sub("", subject).strip()
    return f"Re: {rest}" if rest else "Re:"


def references(message: Message) -> tuple[str, ...]:
    refs = list(message.references)
    if message.message_id and message.message_id not in refs:
        refs.append(message.message_id)
    return tuple(refs)


def check_can_reply(message: Message) -> None:
    """MailInputError when the message has no address or its reply is already out or on its way."""
    if not message.reply_to:
        raise MailInputError(f"inbox message {message.id} has no sender address to reply to",
                             code="inbox_no_sender", id=message.id)
    if message.reply_outbox_id is None:
        return
    from ozon_assistant.mail.outbox import FAILED, Outbox

    outbox = Outbox()
    try:
        try:
            entry = outbox.get(message.reply_outbox_id)
        except OzonError:
            return  # deleted from the outbox: the seller may answer again
        if entry.state != FAILED:
            raise MailInputError(
                f"inbox message {message.id} already has a reply, {entry.label} (outbox id "
                f"{entry.id}); see `ozon-assistant outbox list`", code="inbox_replied",
                id=message.id, outbox=entry.id)
    finally:
        outbox.close()


def mark_answered(store: InboxStore, message: Message, when: float | None = None,
                  accounts: AccountStore | None = None) -> str | None:
    """Answered here, then \\Answered on the server; a warning line when the server could not be
    told (the next sync does it), else None."""
    store.mark_answered(message.id, when)
    from ozon_assistant.inbox.sync import select_inbox

    try:
        account = (accounts or AccountStore()).get(message.account)
        password = passwords.get_password(account.name) if account.user else None
        conn = imap.connect(account, password)
        try:
            if select_inbox(conn, account) != message.uidvalidity:
                return "the IMAP server renumbered its messages: \\Answered is set at the next sync"
            typ, data = conn.uid("STORE", str(message.uid), "+FLAGS", "(\\Answered)")
            if typ != "OK":
                raise imap.ReceiveError(f"the server refused to flag it: {data!r}")
        except imap.ReceiveError:
            raise
        except Exception as exc:
            raise imap.classify(exc, account) from None
        finally:
            imap.logout(conn)
    except OzonError as exc:
        return f"answered, but not yet marked on the IMAP server ({exc}); the next sync does it"
    store.mark_answered_on_server(message.id)
    return None
