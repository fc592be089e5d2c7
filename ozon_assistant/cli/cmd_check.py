"""``ozon-assistant check``: the contract other parts and outside checks rely on.

JSON: one line per input file. Text: ``FILE:LINE:COL: severity [rule] message (→ fix)``.
Exit 0 when every file is approved, 1 when some file is not, 2 on usage or input errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES, CheckResult, Finding, Severity

if TYPE_CHECKING:
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker
    from ozon_assistant.core.settings import Settings


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("check", help="check replies against Ozon's communication standard",
                       description="Check replies (files or - for stdin) against Ozon's "
                       "communication standard. Exit 0: all approved; 1: some not; 2: error.")
    p.add_argument("files", nargs="*", metavar="FILE", help="reply files; - or none reads stdin")
    p.add_argument("--format", choices=("text", "json"), default="text")
    add_check_options(p)
    return {"check": run}


def add_check_options(p: argparse.ArgumentParser) -> None:
    """The options that say how a reply is checked (``check`` and ``fix`` share them)."""
    p.add_argument("--lang", choices=("auto", "ru", "en"), default="auto",
                   help="the reply's language (default: guessed from the text)")
    p.add_argument("--channel", choices=CHANNELS, default=None,
                   help="where the reply goes (default from config, else chat)")
    p.add_argument("--languagetool", default=None, metavar="off|local|public|URL",
                   help="grammar and spelling through LanguageTool (default from config: off)")
    p.add_argument("--platform-return-days", type=int, default=None, metavar="N",
                   help="Ozon's return period for these goods, 7 to 365 days (default from config, "
                   "else 7)")
    p.add_argument("--ui-lang", choices=UI_LANGUAGES, default=None,
                   help="language of messages and explanations (default from config, else en)")


def finding_json(f: Finding, text: str) -> dict[str, Any]:
    from ozon_assistant.core.text import line_col

    line, col = line_col(text, f.start)
    return {
        "start": f.start, "end": f.end, "line": line, "column": col, "rule": f.rule,
        "category": f.category, "severity": f.severity.value, "message": f.message,
        "description": f.description, "replacements": list(f.replacements), "source": f.source,
    }


def result_json(name: str, result: CheckResult) -> dict[str, Any]:
    return {
        "file": name, "language": result.language, "channel": result.channel,
        "score": result.score, "approved": result.approved,
        "findings": [finding_json(f, result.text) for f in result.findings],
    }


def result_text(name: str, result: CheckResult) -> list[str]:
    from ozon_assistant.core.text import line_col

    lines = []
    for f in result.findings:
        line, col = line_col(result.text, f.start)
        fix = f" (→ {' | '.join(r or '∅' for r in f.replacements[:3])})" if f.replacements else ""
        lines.append(f"{name}:{line}:{col}: {f.severity.value} [{f.rule}] {f.message}{fix}")
    state = "approved" if result.approved else "not approved"
    counts = [sum(1 for f in result.findings if f.severity is s) for s in Severity]
    by_severity = ", ".join(f"{n} {s.value}{'' if n == 1 else 's'}"
                            for n, s in zip(counts, Severity, strict=True))
    # the same counts as the window's findings panel and approval badge (every finding counted)
    lines.append(f"{name}: score {result.score}/10, {state}, {len(result.findings)} finding(s): "
                 f"{by_severity}")
    return lines


def check_settings(args: argparse.Namespace) -> Settings:
    """The settings, once the check options are known to be valid (a usage error if not)."""
    from ozon_assistant.checker.sources import validate_languagetool_mode
    from ozon_assistant.cli import UsageError
    from ozon_assistant.core.settings import LEGAL_MIN_RETURN_DAYS, MAX_RETURN_DAYS, load_settings

    days = args.platform_return_days
    if days is not None and not LEGAL_MIN_RETURN_DAYS <= days <= MAX_RETURN_DAYS:
        # the same words and code as a config.toml value out of range (core/settings.py)
        raise UsageError(f"{args.command}: --platform-return-days must be between "
                         f"{LEGAL_MIN_RETURN_DAYS} and {MAX_RETURN_DAYS} days (the law gives "
                         f"buyers at least {LEGAL_MIN_RETURN_DAYS}), not {days}",
                         code="setting_days", key="--platform-return-days")
    if args.languagetool is not None:
        validate_languagetool_mode(args.languagetool)
    return load_settings()


def checker_for(args: argparse.Namespace, settings: Settings) -> Checker:
    """The checker with the sources the options and settings ask for; a [rules] switch that
    names no rule is reported on stderr."""
    from ozon_assistant.checker.engine import get_checker
    from ozon_assistant.checker.sources import build_sources

    checker = get_checker(settings, build_sources(settings, args.languagetool))
    for rule_id in checker.unknown_overrides():
        print(f"ozon-assistant: config.toml: no rule {rule_id!r} (its [rules] switch is ignored; "
              "see `ozon-assistant rules list`)", file=sys.stderr)
    return checker


def context_from(args: argparse.Namespace, settings: Settings, text: str) -> CheckContext:
    from ozon_assistant.checker.engine import context_for

    return context_for(settings, text, args.lang, args.channel, args.ui_lang,
                       args.platform_return_days)


def report_sources(checker: Checker) -> None:
    """A source that could not run, or not on every paragraph (the public LanguageTool's
    limit), is said on stderr; the house rules' verdict stands."""
    for status in checker.source_statuses():
        if status.state in ("unavailable", "limited"):
            print(f"ozon-assistant: {status.detail or status.name + ' unavailable'}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.core.textio import read_reply

    settings = check_settings(args)
    files = args.files or ["-"]
    texts = [(name, read_reply(name)) for name in files]  # every input readable before output
    checker = checker_for(args, settings)
    all_ok = True
    out = sys.stdout
    for name, text in texts:
        result = checker.check(text, context_from(args, settings, text))
        all_ok = all_ok and result.approved
        if args.format == "json":
            out.write(json.dumps(result_json(name, result), ensure_ascii=False) + "\n")
        else:
            out.write("\n".join(result_text(name, result)) + "\n")
    out.flush()
    report_sources(checker)
    return 0 if all_ok else 1
