"""``ozon-assistant dict add WORD | remove WORD | list``: the personal dictionary.

The same plain text file the window's "Add to dictionary" writes to, so a word taught in one is
known in the other (see :mod:`ozon_assistant.spelling.personal`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("dict", help="your personal dictionary: words the speller accepts",
                       description="Words the built-in speller accepts (shop names, brands, "
                       "jargon). Stored one a line in dictionary.txt in the config folder.")
    actions = p.add_subparsers(dest="dict_action", metavar="ACTION", parser_class=type(p))
    add = actions.add_parser("add", help="add words")
    add.add_argument("words", nargs="+", metavar="WORD")
    rm = actions.add_parser("remove", help="remove words")
    rm.add_argument("words", nargs="+", metavar="WORD")
    ls = actions.add_parser("list", help="list the words")
    ls.add_argument("--format", choices=("text", "json"), default="text")
    return {"dict": run}


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import UsageError
    from ozon_assistant.spelling import personal

    action = args.dict_action
    if action is None:
        raise UsageError("dict: say add WORD, remove WORD or list (see --help)")
    if action == "add":
        added = personal.add_words(args.words)  # all valid before one write, under the lock
        print(f"added {added} word(s) to {personal_path()}")
        return 0
    if action == "remove":
        missing = [w for w in args.words if not personal.remove_word(w)]
        if missing:
            raise UsageError(f"dict remove: not in the dictionary: {', '.join(missing)}")
        print(f"removed {len(args.words)} word(s)")
        return 0
    words = personal.entries()
    if args.format == "json":
        sys.stdout.write(json.dumps(words, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("".join(f"{w}\n" for w in words))
    return 0


def personal_path() -> str:
    from ozon_assistant.core import paths

    return str(paths.personal_dictionary_file())
