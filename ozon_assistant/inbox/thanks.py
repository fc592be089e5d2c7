"""Thank-you letters to buyers whose issue was resolved: the bundled thank-you snippet with its
fields filled from their message, at most one letter per message.

A letter is linked to its message before its first attempt (like a reply), so a second letter for
the same message is refused while the first is queued, on its way or sent; only a letter that
failed for good, or was deleted from the outbox, lets the seller write another.
"""

from __future__ import annotations

import re
from dataclasses import replace
from email.utils import getaddresses
from typing import TYPE_CHECKING

from ozon_assistant.core.text import guess_language
from ozon_assistant.mail.errors import MailInputError
from ozon_assistant.mail.message import order_number
from ozon_assistant.storage.inbox import InboxStore, Message

if TYPE_CHECKING:
    from ozon_assistant.mail.dispatch import Mailer, Outcome
    from ozon_assistant.mail.message import Draft
    from ozon_assistant.snippets.render import Rendered
    from ozon_assistant.snippets.service import SnippetService

#: the thank-you letter for a buyer whose issue was resolved (resources/snippets/thank_you_letter.toml)
SNIPPET = "thank-you-after-resolution"

_NAME = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?$")
_SIGN_OFF = re.compile(r"^(с уважением|спасибо|заранее спасибо|благодарю|regards|best regards|"
                       r"kind regards|thanks|thank you|cheers|sincerely)\b", re.IGNORECASE)


def _a_name(text: str) -> str:
    """The first word of ``text`` when it reads as a given name ("Анна", "Mary-Jane")."""
    words = text.replace(",", " ").split()
    return words[0] if words and _NAME.match(words[0]) else ""


def buyer_name(message: Message) -> str:
    """The buyer's given name: from the From header's display name, else the line signing the
    message ("С уважением, Анна" or a name alone on the last line); "" when there is none."""
    for display, _addr in getaddresses([message.sender]):
        name = _a_name(display.strip().strip('"'))
        if name:
            return name
    lines = [x.strip() for x in message.body.splitlines() if x.strip()]
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        line = lines[i]
        sign_off = _SIGN_OFF.match(line)
        if sign_off:
            rest = line[sign_off.end():].strip(" ,.!")
            if rest:
                return _a_name(rest)
            if i + 1 < len(lines):
                return _a_name(lines[i + 1])
            return ""
    if lines and len(lines[-1].split()) <= 2 and len(lines) > 1:
        return _a_name(lines[-1])
    return ""


def fields(message: Message, shop_name: str = "") -> dict[str, str]:
    """The letter's fields known from the message (and the shop's name, when given): those not
    known are left for the seller to fill in."""
    values = {"buyer_name": buyer_name(message)}
    number = order_number(f"{message.subject}\n{message.body}")
    if number:
        values["order_number"] = number
    if shop_name.strip():
        values["shop_name"] = shop_name.strip()
    return {k: v for k, v in values.items() if v}


def language(message: Message) -> str:
    """The letter's language: the buyer's (ru or en)."""
    return guess_language(f"{message.subject}\n{message.body}")


def unsigned(template: str, signature: str) -> str:
    """``template`` to be signed by the seller's ``signature`` (Settings), which sending adds
    below it: the template's own closing paragraph ("С уважением,\n{shop_name}") goes, so
    the letter is not signed twice. A signature without a closing phrase of its own (only
    the shop's name) keeps the template's phrase ("С уважением,") above it."""
    if not signature.strip():
        return template
    body = template.rstrip()
    head, sep, last = body.rpartition("\n\n")
    lines = last.split("\n")
    if not sep or not _SIGN_OFF.match(lines[0].strip()):
        return template  # no closing paragraph to take the signature's place
    if _SIGN_OFF.match(signature.strip().splitlines()[0].strip()):
        return head
    return f"{head}\n\n{lines[0]}"


def letter(service: SnippetService, message: Message, shop_name: str = "",
           lang: str | None = None, signature: str = "",
           values: dict[str, str] | None = None) -> Rendered:
    """The thank-you letter for ``message``, in the buyer's language, its fields filled (and
    ``values``, the seller's, over them). With the seller's ``signature`` (Settings, added
    when the letter is sent) the letter has no closing of its own: signed once."""
    from ozon_assistant.snippets.fill import render_snippet

    snippet = service.get(SNIPPET)
    lang = snippet.lang_for(lang or language(message))
    if signature.strip():
        snippet = replace(snippet, body={**snippet.body,
                                         lang: unsigned(snippet.body_for(lang), signature)})
    filled = {**fields(message, shop_name), **(values or {})}
    return render_snippet(service.library, snippet, lang, filled)


def email_draft(message: Message, text: str) -> Draft:
    """The letter as an e-mail: to the buyer, "Re: …" and threaded under their message."""
    from ozon_assistant.inbox.replies import references, reply_subject
    from ozon_assistant.mail.message import Draft

    return Draft(to=(message.reply_to,), subject=reply_subject(message.subject), text=text,
                 in_reply_to=message.message_id, references=references(message))


def check_can_thank(message: Message) -> None:
    """MailInputError when no letter may go: the issue is not resolved (the message is not
    answered), there is no address, or a letter for it was queued or sent already."""
    if not message.reply_to:
        raise MailInputError(f"inbox message {message.id} has no sender address to write to",
                             code="inbox_no_sender", id=message.id)
    if not message.answered:
        raise MailInputError(f"inbox message {message.id} is not answered yet: thank the buyer "
                             "once their issue is resolved", code="inbox_not_answered",
                             id=message.id)
    if message.thanked:
        raise MailInputError(f"inbox message {message.id}: a thank-you letter was sent already",
                             code="inbox_thanked", id=message.id)
    if message.thanks_outbox_id is None:
        return
    from ozon_assistant.mail.outbox import FAILED, existing_entries

    entry = existing_entries([message.thanks_outbox_id]).get(message.thanks_outbox_id)
    if entry is not None and entry.state != FAILED:  # deleted: the seller may write again
        raise MailInputError(
            f"inbox message {message.id}: a thank-you letter is already {entry.label} "
            f"(outbox id {entry.id})", code="inbox_thanked", id=message.id)


def queue_thanks(mailer: Mailer, draft: Draft, message: Message, account: str | None = None,
                 force: bool = False, store: InboxStore | None = None) -> int:
    """The letter into the outbox, linked to its message before any attempt; its outbox id.
    A letter queued meanwhile by someone else (another window) wins: this one is taken out
    again and MailInputError says so."""
    check_can_thank(message)
    entry_id = mailer.queue(draft, account or message.account, force)
    own = store is None
    store = store or InboxStore()
    try:
        if not store.link_thanks(message.id, entry_id, message.thanks_outbox_id):
            mailer.outbox.delete(entry_id)
            raise MailInputError(f"inbox message {message.id}: a thank-you letter was queued "
                                 "meanwhile", code="inbox_thanked", id=message.id)
    finally:
        if own:
            store.close()
    return entry_id


def thanks_sent(mailer: Mailer, entry_id: int, message_id: int, outcome: Outcome,
                store: InboxStore | None = None) -> None:
    """After an attempt: the message is thanked once the server accepted the letter."""
    if not outcome.sent:
        return
    own = store is None
    store = store or InboxStore()
    try:
        store.mark_thanked(message_id, mailer.outbox.get(entry_id).sent_at)
    finally:
        if own:
            store.close()


def send_thanks(mailer: Mailer, letter_draft: Draft, message: Message,
                account: str | None = None, force: bool = False) -> Outcome:
    """Queue, link and attempt (``inbox thank``); once accepted, the message is thanked.
    SendError when the attempt failed: the letter stays in the outbox, linked, and a second
    one is refused while it is there."""
    entry_id = queue_thanks(mailer, letter_draft, message, account, force)
    outcome = mailer.attempt(entry_id)
    thanks_sent(mailer, entry_id, message.id, outcome)
    if outcome.sent:
        outcome.message += f"; inbox message {message.id}: its buyer is thanked"
    return outcome


def settle(store: InboxStore, account: str) -> None:
    """Letters the outbox sent since (a retry): their messages are thanked now."""
    pending = store.with_pending_thanks(account)
    if not pending:
        return
    from ozon_assistant.mail.outbox import SENT, existing_entries

    sent = existing_entries(int(m.thanks_outbox_id or 0) for m in pending)
    for m in pending:
        entry = sent.get(int(m.thanks_outbox_id or 0))
        if entry is not None and entry.state == SENT:
            store.mark_thanked(m.id, entry.sent_at)
