"""``ozon-assistant inbox sync|list|show``: the buyers' e-mail, fetched over IMAP.

``sync`` fetches new messages from the account's INBOX (nothing is deleted or moved there);
``list`` shows each with how long the buyer has waited and the situations it is about; ``show``
prints one. Answer one with ``send FILE --reply-to-inbox ID``. Exit codes: 0 done, 2 bad input,
3 the server could not be reached or refused.
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
    return {"inbox": run}


def run(args: argparse.Namespace) -> int:
    return {"sync": _sync, "list": _list, "show": _show}[args.inbox_command](args)


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
