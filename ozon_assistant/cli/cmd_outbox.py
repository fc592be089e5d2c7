"""``ozon-assistant outbox list|retry|delete``: messages not yet sent, and why.

"May have been sent" messages are never retried by ``--all``; ``retry ID --force`` resends one
after the seller has checked. Exit codes: 0 done, 2 bad input, 3 some retry failed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("outbox", help="e-mails waiting to be sent, failed or sent",
                       description="The e-mail outbox.")
    osub = p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    lp = osub.add_parser("list", help="list messages (id, to, subject, state, attempts, last error)")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.add_argument("--pending", action="store_true", help="leave out sent messages")
    rp = osub.add_parser("retry", help="send a failed message now (or every one with --all)")
    rp.add_argument("id", nargs="?", type=int)
    rp.add_argument("--all", action="store_true", help="every queued or failed message")
    rp.add_argument("--force", action="store_true",
                    help="also resend a message that may have been sent already")
    dp = osub.add_parser("delete", help="remove a message from the outbox")
    dp.add_argument("id", type=int)
    return {"outbox": run}


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else "-"


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import EXIT_FAILED, PROG, UsageError
    from ozon_assistant.core.settings import load_settings
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.errors import SendError
    from ozon_assistant.mail.outbox import set_aside_note

    mailer = Mailer(load_settings())
    damaged = mailer.outbox.set_aside
    if damaged is not None:
        print(f"{PROG}: warning: {set_aside_note(mailer.outbox.path, damaged)}", file=sys.stderr)
    try:
        if args.outbox_command == "list":
            entries = mailer.outbox.entries(include_sent=not args.pending)
            if args.format == "json":
                print(json.dumps([e.as_json() for e in entries], ensure_ascii=False))
                return 0
            if not entries:
                print("the outbox is empty")
            for e in entries:
                extra = f", next try {_when(e.next_attempt)}" if e.state == "queued" else ""
                err = f" — {e.last_error}" if e.last_error and e.state != "sent" else ""
                print(f"{e.id}\t{e.label}\t{e.to}\t{e.subject}\t{e.attempts} attempt(s){extra}{err}")
            return 0
        if args.outbox_command == "delete":
            mailer.outbox.delete(args.id)
            print(f"message {args.id} deleted from the outbox")
            return 0
        if args.all == (args.id is not None):
            raise UsageError("outbox retry: give a message ID or --all")
        if args.id is not None:
            try:
                print(mailer.retry(args.id, force=args.force).message)
            except SendError as exc:
                print(f"{PROG}: outbox retry: {exc}", file=sys.stderr)
                return EXIT_FAILED
            return 0
        failed = 0
        for e in mailer.outbox.entries(include_sent=False):
            if e.state == "uncertain":
                print(f"message {e.id} may have been sent: not resent "
                      f"(check, then `outbox retry {e.id} --force` or `outbox delete {e.id}`)")
        for entry_id, result in mailer.retry_all():
            if isinstance(result, SendError):
                failed += 1
                print(f"{PROG}: outbox retry: message {entry_id}: {result}", file=sys.stderr)
            else:
                print(result.message)
        return EXIT_FAILED if failed else 0
    finally:
        mailer.close()
