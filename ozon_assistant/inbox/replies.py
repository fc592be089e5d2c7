"""A reply to a message in the inbox: its headers from the stored message, and \\Answered.

The reply is linked to its message before the first attempt, so a reply the outbox sends later
(a retry) still marks the message answered at the next sync, and a second ``send --reply-to-inbox``
while one is on its way is refused: nothing is sent twice. Once the SMTP server accepted it, the
message is answered here and \\Answered is set on the IMAP server; when that server cannot be
reached then, the next sync sets it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ozon_assistant.core.errors import OzonError
from ozon_assistant.mail import imap, passwords
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.errors import MailInputError
from ozon_assistant.storage.inbox import InboxStore, Message

if TYPE_CHECKING:
    from ozon_assistant.mail.dispatch import Mailer, Outcome
    from ozon_assistant.mail.eml import BuyerMail
    from ozon_assistant.mail.message import Draft

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
    from ozon_assistant.mail.outbox import FAILED, existing_entries

    entry = existing_entries([message.reply_outbox_id]).get(message.reply_outbox_id)
    if entry is not None and entry.state != FAILED:  # deleted: the seller may answer again
        raise MailInputError(
            f"inbox message {message.id} already has a reply, {entry.label} (outbox id "
            f"{entry.id}); see `ozon-assistant outbox list`", code="inbox_replied",
            id=message.id, outbox=entry.id)


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


def queue_reply(mailer: Mailer, draft: Draft, message: Message, account: str | None = None,
                force: bool = False, store: InboxStore | None = None) -> int:
    """The reply to ``message`` into the outbox, linked to it before any attempt (the CLI's
    ``send --reply-to-inbox`` and the window's Send both come here); its outbox id.
    MailInputError when the message cannot be answered (again)."""
    check_can_reply(message)
    entry_id = mailer.queue(draft, account or message.account, force)
    own = store is None
    store = store or InboxStore()
    try:
        store.link_reply(message.id, entry_id)
    finally:
        if own:
            store.close()
    return entry_id


def reply_sent(mailer: Mailer, entry_id: int, message_id: int, outcome: Outcome,
               store: InboxStore | None = None) -> str | None:
    """After an attempt: once the server accepted the reply, the message is answered here and
    on the IMAP server (a warning line when that server could not be told; the next sync does
    it). Nothing when the reply was not sent."""
    if not outcome.sent:
        return None
    own = store is None
    store = store or InboxStore()
    try:
        sent_at = mailer.outbox.get(entry_id).sent_at
        return mark_answered(store, store.get(message_id), sent_at, mailer.accounts)
    finally:
        if own:
            store.close()


def send_reply(mailer: Mailer, draft: Draft, message: Message, account: str | None = None,
               force: bool = False) -> Outcome:
    """Queue, link and attempt; once accepted, mark the message answered (``send
    --reply-to-inbox``). SendError when the attempt failed (the reply stays in the outbox,
    linked: the next sync marks the message once the outbox sent it)."""
    entry_id = queue_reply(mailer, draft, message, account, force)
    outcome = mailer.attempt(entry_id)
    warning = reply_sent(mailer, entry_id, message.id, outcome)
    if warning:
        outcome.warnings.append(warning)
    elif outcome.sent:
        outcome.message += f"; inbox message {message.id} marked answered"
    return outcome


def greeting(message: Message) -> str:
    """How a reply to ``message`` begins, in the buyer's language, naming the buyer when the
    message gives a name: «Здравствуйте, Анна!», "Hello, John!"."""
    from ozon_assistant.inbox import thanks

    name = thanks.buyer_name(message)
    if thanks.language(message) == "en":
        return f"Hello, {name}!" if name else "Hello!"
    return f"Здравствуйте, {name}!" if name else "Здравствуйте!"


def buyer_mail(message: Message) -> BuyerMail:
    """The message as the Send dialog and the buyer's pane take a buyer's e-mail."""
    from ozon_assistant.mail.eml import BuyerMail

    return BuyerMail(reply_to=message.reply_to, sender=message.sender, subject=message.subject,
                     date=message.date_header, message_id=message.message_id,
                     references=message.references, text=message.body)
