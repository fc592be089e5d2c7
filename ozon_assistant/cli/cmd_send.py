"""``ozon-assistant send FILE|- --to ADDR --subject S``: e-mail an approved reply.

The reply is checked as an e-mail first; an unapproved one needs ``--force`` (recorded in history
as ``send_override``). It is written to the outbox before the first attempt. With
``--reply-to-eml BUYER.eml`` the reply answers the buyer's e-mail (To, "Re: …", threading headers);
``--reply-to-inbox ID`` answers a message of ``inbox list`` the same way and, once the server
accepted the reply, marks the message answered here and \\Answered on the IMAP server.
Exit codes: 0 sent; 2 bad input (address, header injection, not approved); 3 the send failed
(the message stays in the outbox with its error).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("send", help="e-mail an approved reply to a buyer",
                       description="E-mail a reply (FILE or - for stdin). Only an approved reply "
                       "is sent unless --force. Exit 0: sent; 2: bad input; 3: send failed "
                       "(kept in the outbox).")
    p.add_argument("file", metavar="FILE", help="the reply; - reads stdin")
    p.add_argument("--to", action="append", default=[], metavar="ADDR",
                   help="recipient (repeat or separate with commas)")
    p.add_argument("--cc", action="append", default=[], metavar="ADDR")
    p.add_argument("--subject", default=None)
    p.add_argument("--account", default=None, metavar="NAME", help="default: the default account")
    p.add_argument("--reply-to-eml", default=None, metavar="EML",
                   help="the buyer's e-mail this answers: fills To and Subject, threads the reply")
    p.add_argument("--reply-to-inbox", default=None, type=int, metavar="ID",
                   help="the inbox message this answers (`inbox list`): fills To and Subject, "
                   "threads the reply, marks the message answered")
    p.add_argument("--force", action="store_true",
                   help="send even though the checker did not approve (recorded in history)")
    return {"send": run}


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import PROG
    from ozon_assistant.mail import outbox

    def said(path: Any, dest: Any) -> None:  # a damaged outbox set aside, by whichever opens it
        print(f"{PROG}: warning: {outbox.set_aside_note(path, dest)}", file=sys.stderr)

    outbox.set_aside_listeners.append(said)
    try:
        return _run(args)
    finally:
        outbox.set_aside_listeners.remove(said)


def _run(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import EXIT_FAILED, PROG, UsageError
    from ozon_assistant.core.settings import load_settings
    from ozon_assistant.core.textio import read_reply
    from ozon_assistant.mail import eml
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.errors import SendError
    from ozon_assistant.mail.message import Draft

    to, subject = list(args.to), args.subject
    in_reply_to = ""
    refs: tuple[str, ...] = ()
    if args.reply_to_eml and args.reply_to_inbox is not None:
        raise UsageError("send: give --reply-to-eml or --reply-to-inbox, not both")
    inbox_message = None
    if args.reply_to_inbox is not None:
        from ozon_assistant.inbox import replies
        from ozon_assistant.storage.inbox import InboxStore

        store = InboxStore()
        try:
            inbox_message = store.get(args.reply_to_inbox)
        finally:
            store.close()
        replies.check_can_reply(inbox_message)
        to = to or [inbox_message.reply_to]
        if subject is None:  # the buyer's, so a refusal names their header, not --subject
            subject = eml.usable_subject(replies.reply_subject(inbox_message.subject),
                                         f"inbox message {inbox_message.id}")
        in_reply_to, refs = inbox_message.message_id, replies.references(inbox_message)
    if args.reply_to_eml:
        buyer = eml.read(args.reply_to_eml)
        to = to or [buyer.reply_to]
        if subject is None:
            subject = eml.usable_subject(buyer.reply_subject, args.reply_to_eml)
        in_reply_to, refs = buyer.message_id, buyer.thread_references
    if not to:
        raise UsageError("send: give the recipient with --to ADDR")
    if subject is None:
        raise UsageError("send: give the subject with --subject S")
    text = read_reply(args.file)
    settings = load_settings()
    mailer = Mailer(settings)
    try:
        draft = Draft(to=tuple(to), cc=tuple(args.cc), subject=subject, text=text,
                      in_reply_to=in_reply_to, references=tuple(refs))
        if inbox_message is None:
            outcome = mailer.submit(draft, args.account, force=args.force)
        else:
            outcome = _reply_to_inbox(mailer, draft, inbox_message, args)
    except SendError as exc:
        print(f"{PROG}: send: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        mailer.close()
    print(outcome.message)
    for w in outcome.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def _reply_to_inbox(mailer: Any, draft: Any, message: Any, args: argparse.Namespace) -> Any:
    """Queue, link the reply to its message, attempt; once accepted, mark the message answered
    (a warning when the IMAP server could not be told: the next sync does it). The window's
    Send takes the same path (inbox.replies)."""
    from ozon_assistant.inbox import replies

    return replies.send_reply(mailer, draft, message, args.account, args.force)
