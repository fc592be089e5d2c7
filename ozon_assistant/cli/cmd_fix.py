"""``ozon-assistant fix``: the reply with every safe fix applied — what "Fix all safe" does in the
window, through the same function (:func:`ozon_assistant.checker.fixing.fix_all`).

Prints the fixed text (or, with ``--in-place``, writes it back to the file atomically, keeping
its byte-order mark and line endings). Exit 0 when the fixed reply is approved, 1 when it is not
(what is left is listed on stderr, as ``check`` lists it), 2 on usage or input errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ozon_assistant.cli.cmd_check import add_check_options

BOM = b"\xef\xbb\xbf"


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("fix", help="apply every safe fix to a reply (what \"Fix all safe\" does)",
                       description="Print the reply (FILE, or - for stdin) with every safe fix "
                       "applied. Exit 0: the result is approved; 1: not; 2: error.")
    p.add_argument("file", nargs="?", default="-", metavar="FILE",
                   help="the reply file; - or none reads stdin")
    p.add_argument("--in-place", action="store_true",
                   help="write the fixed reply back to FILE instead of printing it")
    add_check_options(p)
    return {"fix": run}


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.checker.fixing import fix_with
    from ozon_assistant.cli import UsageError
    from ozon_assistant.cli.cmd_check import (
        check_settings,
        checker_for,
        context_from,
        report_sources,
        result_text,
    )
    from ozon_assistant.core.textio import decode_reply, reply_bytes, reply_name, require_text

    if args.in_place and args.file == "-":
        raise UsageError("fix: --in-place needs a FILE, not stdin")
    settings = check_settings(args)
    name = reply_name(args.file)
    raw = reply_bytes(args.file)
    text = require_text(decode_reply(raw, name), name)
    checker = checker_for(args, settings)
    fixed = fix_with(checker, context_from(args, settings, text), text)
    if args.in_place:
        if fixed.text != text:
            _write_back(Path(args.file), fixed.text, raw)
    else:
        sys.stdout.write(fixed.text)
        sys.stdout.flush()
    if not fixed.approved:  # what the seller still has to do, in check's words
        print("\n".join(result_text(name, fixed.result)), file=sys.stderr)
    report_sources(checker)
    return 0 if fixed.approved else 1


def _write_back(path: Path, text: str, raw: bytes) -> None:
    """``text`` into ``path`` atomically, with the file's byte-order mark and line endings."""
    from ozon_assistant.core.atomic import write_atomic
    from ozon_assistant.core.errors import InputError

    if b"\r\n" in raw:
        text = text.replace("\n", "\r\n")
    data = (BOM if raw.startswith(BOM) else b"") + text.encode("utf-8")
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
