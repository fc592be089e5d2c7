"""``ozon-assistant rules list``: every house rule with its category, severity and explanation."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from ozon_assistant.core.types import UI_LANGUAGES


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("rules", help="list the house rules", description="The house rules.")
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    lp = rsub.add_parser("list", help="list every rule with its effective severity")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.add_argument("--ui-lang", choices=UI_LANGUAGES, default=None)
    return {"rules": run}


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.checker.engine import get_checker
    from ozon_assistant.core.settings import load_settings

    settings = load_settings()
    lang = args.ui_lang or settings.ui_lang or "en"
    checker = get_checker(settings)
    rows = []
    for rule in checker.rules:
        state = settings.rule_state(rule.id)
        rows.append({
            "id": rule.id, "category": rule.category, "severity": rule.severity.value,
            "effective": state or rule.severity.value, "languages": list(rule.languages),
            "kind": rule.kind, "step": rule.step, "message": rule.message_for(lang, "…"),
            "description": rule.description_for(lang), "link": rule.link, "pack": rule.pack,
        })
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for r in rows:
            sys.stdout.write(f"{r['id']:<45} {r['category']:<13} {r['effective']:<10} "
                             f"{','.join(r['languages'])}\n")
    return 0
