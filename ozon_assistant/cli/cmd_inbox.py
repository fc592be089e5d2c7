"""``ozon-assistant inbox sync|list|show``: the buyers' e-mail, fetched over IMAP.

``sync`` fetches new messages from the account's INBOX (nothing is deleted or moved there);
``list`` shows each with how long the buyer has waited and the situations it is about; ``show``
prints one. Answer one with ``send FILE --reply-to-inbox ID``; ``thank ID`` sends the buyer of an
answered message the thank-you letter (through the outbox, once per message). Exit codes: 0 done,
2 bad input (or refused: no second letter), 3 the server could not be reached or refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("inbox", help="the buyers' e-mail: sync from IMAP, list, show",
                       description="The buyers' e-mail, fetched from the account's IMAP INBOX "
                       "(set it up with `account set … --imap-host`). Answer a message with "
                       "`send FILE --reply-to-inbox ID`.")
    isub = p.add_subparsers(dest="inbox_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    sp = isub.add_parser("sync", help="fetch new messages (nothing is deleted or moved on the server)")
    sp.add_argument("--account", default=None, metavar="NAME", help="default: the default account")
    lp = isub.add_parser("list", help="messages, unanswered first, with the wait and situations")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.add_argument("--unanswered", action="store_true", help="only messages still waiting")
    lp.add_argument("--account", default=None, metavar="NAME")
    shp = isub.add_parser("show", help="print one message")
    shp.add_argument("id", type=int)
    shp.add_argument("--format", choices=("text", "json"), default="text")
    tp = isub.add_parser(
        "thank", help="send the buyer of an answered message a thank-you letter (once)",
        description="The thank-you letter to the buyer of inbox message ID, whose issue was "
        "resolved (the message is answered): the bundled thank-you snippet in the buyer's "
        "language, its fields filled from the message and the account's sender name, signed "
        "with the signature from the settings when one is set, threaded under the message and "
        "sent through the outbox. Refused when the message is not answered yet or its buyer "
        "has a letter already (sent or on its way).")
    tp.add_argument("id", type=int)
    tp.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a field of the letter (buyer_name, order_number, shop_name)")
    tp.add_argument("--lang", choices=("ru", "en"), default=None,
                    help="default: the buyer's language")
    tp.add_argument("--account", default=None, metavar="NAME",
                    help="default: the account the message came to")
    tp.add_argument("--dry-run", action="store_true", help="print the letter, send nothing")
    tp.add_argument("--force", action="store_true",
                    help="send even though the checker did not approve (recorded in history)")
    return {"inbox": run}


def run(args: argparse.Namespace) -> int:
    return {"sync": _sync, "list": _list, "show": _show,
            "thank": _thank}[args.inbox_command](args)


def _sync(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import EXIT_FAILED, PROG
    from ozon_assistant.inbox.sync import sync
    from ozon_assistant.mail.imap import ReceiveError

    try:
        result = sync(args.account)
    except ReceiveError as exc:
        print(f"{PROG}: inbox sync: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(result.summary())
    return 0


def _list(args: argparse.Namespace) -> int:
    from ozon_assistant.inbox.listing import Situations, ordered, row
    from ozon_assistant.storage.inbox import InboxStore

    store = InboxStore()
    try:
        messages = ordered(store.messages(args.account, args.unanswered))
    finally:
        store.close()
    situations = Situations() if messages else None
    try:
        rows = [row(m, situations.of(m) if situations else []) for m in messages]
    finally:
        if situations:
            situations.close()
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print("no messages (run `ozon-assistant inbox sync`)" if not args.unanswered
              else "every message is answered")
    for r in rows:
        state = "answered" if r["answered"] else "waiting"
        tag = ",".join(r["situations"][:1]) or "-"
        print(f"{r['id']}\t{state} {r['waiting_hours']:.1f} h\t{tag}\t{r['from']}\t{r['subject']}"
              + ("\t(error: " + r["error"] + ")" if r["error"] else ""))
    return 0


def _show(args: argparse.Namespace) -> int:
    from ozon_assistant.inbox.listing import Situations, row
    from ozon_assistant.storage.inbox import InboxStore

    store = InboxStore()
    try:
        message = store.get(args.id)
    finally:
        store.close()
    situations = Situations()
    try:
        r = row(message, situations.of(message))
    finally:
        situations.close()
    if args.format == "json":
        r["body"] = message.body
        print(json.dumps(r, ensure_ascii=False))
        return 0
    state = f"answered {r['answered_at']}" if r["answered"] else "not answered"
    print(f"From: {r['from']}\nSubject: {r['subject']}\nReceived: {r['received']} "
          f"(waited {r['waiting_hours']:.1f} h, {state})\nMessage-ID: {r['message_id'] or '-'}")
    if r["situations"]:
        print(f"Situations: {', '.join(r['situations'])}")
    for a in r["attachments"]:
        print(f"Attachment: {a['name'] or '(no name)'} ({a['type']}, {a['size']} bytes; not opened)")
    if r["error"]:
        print(f"Error: {r['error']}")
    print()
    print(message.body)
    return 0


def _thank(args: argparse.Namespace) -> int:
    """The thank-you letter through the outbox (the window's Inbox takes the same path)."""
    from ozon_assistant.cli import EXIT_FAILED, PROG, UsageError
    from ozon_assistant.core.settings import load_settings
    from ozon_assistant.inbox import thanks
    from ozon_assistant.mail.accounts import AccountStore
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.errors import MailInputError, SendError
    from ozon_assistant.snippets.service import SnippetService
    from ozon_assistant.storage.inbox import InboxStore

    values: dict[str, str] = {}
    for item in args.set:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise UsageError(f"inbox thank: --set wants NAME=VALUE, got {item!r}")
        values[name.strip()] = value
    store = InboxStore()
    try:
        message = store.get(args.id)
    finally:
        store.close()
    thanks.check_can_thank(message)  # before anything is written: refused in one line
    settings = load_settings()
    account = AccountStore().get(args.account or message.account)
    service = SnippetService(settings=settings)
    letter = thanks.letter(service, message, account.display_name, args.lang,
                           settings.signature, values)
    if args.dry_run:
        print(letter.text)
        return 0
    if letter.unfilled:
        fields = ", ".join(letter.unfilled)
        raise MailInputError(f"inbox thank: the letter still has fields to fill in: {fields}; "
                             "give them with --set NAME=VALUE", code="thanks_unfilled",
                             fields=fields)
    mailer = Mailer(settings)
    try:
        outcome = thanks.send_thanks(mailer, thanks.email_draft(message, letter.text), message,
                                     account.name, args.force)
    except SendError as exc:
        print(f"{PROG}: inbox thank: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        mailer.close()
    print(outcome.message)
    for w in outcome.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0
