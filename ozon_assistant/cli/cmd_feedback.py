"""``ozon-assistant feedback report``: what the buyers' e-mail adds up to.

Messages per situation and per week, the share answered within 24 hours, the median wait, the
words buyers complain with in each situation and the products or SKUs they name most, from the
messages ``inbox sync`` stored (see :mod:`ozon_assistant.inbox.feedback`). ``--format text`` (the
default) for reading, ``json`` one JSON document, ``csv`` one flat table
(section,situation,key,value). Exit codes: 0 done, 2 bad input (``--since`` not a date).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("feedback", help="what buyers write about: situations, wait, words, products",
                       description="What the buyers' e-mail in the inbox adds up to (run "
                       "`inbox sync` first): messages per situation and per week, the share "
                       "answered within 24 h, the median wait, complaint words per situation "
                       "and the products or SKUs buyers mention most.")
    fsub = p.add_subparsers(dest="feedback_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    rp = fsub.add_parser("report", help="the figures, as text, JSON or CSV",
                         description="The figures over every stored message, or those received "
                         "on or after --since (local time).")
    rp.add_argument("--since", default=None, metavar="DATE",
                    help="only messages received on or after DATE (YYYY-MM-DD)")
    rp.add_argument("--format", choices=("text", "json", "csv"), default="text",
                    help="text (default), json (one document) or csv (section,situation,key,value)")
    return {"feedback": run}


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.inbox import feedback

    since = feedback.parse_since(args.since)  # OzonError: one line, exit 2
    report = feedback.load(since)
    if args.format == "json":
        print(json.dumps(feedback.to_json(report), ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(feedback.to_csv(report))
    else:
        sys.stdout.write(feedback.to_text(report))
    return 0
