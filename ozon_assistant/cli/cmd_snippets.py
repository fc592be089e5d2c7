"""``ozon-assistant snippets …``: the library on the command line (a contract: checks rely on it).

``list``, ``render``, ``search``, ``suggest``, ``import``, ``export``, plus ``check`` (broken
library files with path and line), ``copy`` (a bundled snippet into the user's library) and
``favourite``. User errors (unknown id, bad --set, unreadable file) exit 2 with one line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ozon_assistant.snippets.model import Snippet
    from ozon_assistant.snippets.service import SnippetService


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("snippets", help="the FAQ snippet library: list, render, search, suggest",
                       description="Ready answers for common situations, in Russian and English.")
    ss = p.add_subparsers(dest="snippets_command", metavar="ACTION", required=True,
                          parser_class=type(p))
    lp = ss.add_parser("list", help="every snippet with its situation, languages and source")
    lp.add_argument("--format", choices=("text", "json"), default="text")
    lp.add_argument("--lang", choices=("ru", "en"), default=None,
                    help="only snippets with a body in this language")
    rp = ss.add_parser("render", help="print a snippet filled in")
    rp.add_argument("id")
    rp.add_argument("--lang", choices=("ru", "en"), required=True)
    rp.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="a placeholder's value (repeat for more); inserted literally")
    rp.add_argument("--sample", action="store_true", help="fill unset placeholders with samples")
    sp = ss.add_parser("search", help="find snippets (typos and Russian word forms tolerated)")
    sp.add_argument("query")
    sp.add_argument("--format", choices=("text", "json"), default="text")
    sp.add_argument("--limit", type=int, default=20)
    gp = ss.add_parser("suggest", help="situations and snippets for a buyer's message")
    gp.add_argument("file", metavar="FILE|-", help="the buyer's message (- for stdin)")
    gp.add_argument("--lang", choices=("auto", "ru", "en"), default="auto",
                    help="the reply language for the proposed snippets")
    gp.add_argument("--format", choices=("text", "json"), default="text")
    gp.add_argument("--limit", type=int, default=5)
    gp.add_argument("--rating", type=int, choices=range(1, 6), metavar="1..5", default=None,
                    help="the review's star rating, when the buyer gave one")
    ip = ss.add_parser("import", help="add snippets from a TOML, JSON or CSV file to your library")
    ip.add_argument("file")
    ip.add_argument("--format", choices=("toml", "json", "csv"), default=None)
    ep = ss.add_parser("export", help="write snippets to a TOML, JSON or CSV file")
    ep.add_argument("file")
    ep.add_argument("--format", choices=("toml", "json", "csv"), default=None)
    ep.add_argument("--scope", choices=("all", "user"), default="all",
                    help="every snippet (default) or only your own library")
    ep.add_argument("--force", action="store_true",
                    help="overwrite FILE if it exists (without it you are asked, or, when not "
                    "at a terminal, nothing is written)")
    ss.add_parser("check", help="report broken library files and entries with path and line")
    cp = ss.add_parser("copy", help="copy a bundled or team snippet into your library to edit it")
    cp.add_argument("id")
    fp = ss.add_parser("favourite", help="mark a snippet as a favourite (sorted first)")
    fp.add_argument("id")
    fp.add_argument("--off", action="store_true", help="unmark it")
    return {"snippets": run}


def _service() -> SnippetService:
    from ozon_assistant.core.settings import load_settings
    from ozon_assistant.snippets.service import SnippetService

    return SnippetService(settings=load_settings())


def _row(service: SnippetService, s: Snippet, lang: str, favourites: set[str],
         counts: dict[str, int]) -> dict[str, Any]:
    situation = service.library.situation(s.category)
    return {
        "id": s.id, "title": s.title_for(lang), "titles": s.title, "category": s.category,
        "category_title": situation.title_for(lang), "languages": s.languages,
        "placeholders": s.placeholder_names(), "channels": list(s.channels), "source": s.source,
        "path": str(s.path) if s.path else None, "favourite": s.id in favourites,
        "uses": counts.get(s.id, 0),
    }


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def run(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import UsageError

    service = _service()
    try:
        cmd = args.snippets_command
        if cmd in ("search", "suggest") and args.limit < 1:
            raise UsageError(f"snippets {cmd}: --limit must be at least 1")
        return int(HANDLERS[cmd](service, args))
    finally:
        service.close()


def _warn_problems(service: SnippetService) -> None:
    n = len(service.library.problems)
    if n:
        print(f"ozon-assistant: {n} broken library entr{'y' if n == 1 else 'ies'} skipped "
              "(see `ozon-assistant snippets check`)", file=sys.stderr)


def do_list(service: SnippetService, args: argparse.Namespace) -> int:
    lang = args.lang or "en"
    favs, counts = service.usage.favourites(), service.usage.counts()
    rows = [_row(service, s, lang, favs, counts) for s in service.library.ordered()
            if args.lang is None or args.lang in s.languages]
    if args.format == "json":
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            _out(f"{r['id']:<40} {r['category']:<22} {','.join(r['languages']):<6} {r['title']}")
    _warn_problems(service)
    return 0


def do_render(service: SnippetService, args: argparse.Namespace) -> int:
    from ozon_assistant.cli import UsageError
    from ozon_assistant.snippets.fill import sample_values

    snippet = service.get(args.id)
    if args.lang not in snippet.languages:
        raise UsageError(f"snippet {args.id!r} has no {args.lang} text "
                         f"(it has: {', '.join(snippet.languages)})")
    values: dict[str, str] = sample_values(service.library, snippet, args.lang) if args.sample else {}
    names = snippet.placeholder_names(args.lang)
    for item in args.set:
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise UsageError(f"snippets render: --set wants NAME=VALUE, got {item!r}")
        if name.strip() not in names:
            print(f"ozon-assistant: note: {name.strip()!r} is not a placeholder of {args.id} "
                  f"(it has: {', '.join(names) or 'none'})", file=sys.stderr)
        values[name.strip()] = value
    rendered = service.render(args.id, args.lang, values)
    _out(rendered.text)
    if rendered.unfilled:
        print(f"ozon-assistant: note: left unfilled: {', '.join(rendered.unfilled)}", file=sys.stderr)
    return 0


def do_search(service: SnippetService, args: argparse.Namespace) -> int:
    hits = service.search(args.query, args.limit)
    if args.format == "json":
        rows = [{"id": h.snippet.id, "title": h.snippet.title_for("en"), "titles": h.snippet.title,
                 "category": h.snippet.category, "score": h.score, "source": h.snippet.source}
                for h in hits]
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for h in hits:
            _out(f"{h.score:7.2f}  {h.snippet.id:<40} {h.snippet.title_for('ru')}")
    return 0


def do_suggest(service: SnippetService, args: argparse.Namespace) -> int:
    from ozon_assistant.core.textio import read_reply

    message = read_reply(args.file)
    proposal = service.propose(message, args.lang, args.limit, args.rating)
    lang = args.lang
    if lang == "auto":
        from ozon_assistant.core.text import guess_language

        lang = guess_language(message)
    rows: list[dict[str, Any]] = [{
        "category": r.category, "title": service.library.situation(r.category).title_for(lang),
        "score": r.score, "evidence": r.evidence, "fits": proposal.fits,
        "kind": proposal.kind, "sentiment": proposal.sentiment,
        "snippets": [{"id": p.snippet.id, "title": p.snippet.title_for(lang), "score": p.score}
                     for p in r.snippets],
    } for r in proposal.situations]
    if args.format == "json":
        _out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if proposal.kind:
        _out(f"the message reads as: {proposal.kind}, {proposal.sentiment}")
    if not proposal.fits:
        _out("no situation fits this message; general answers:")
    for r in rows:
        picks = ", ".join(p["id"] for p in r["snippets"])
        _out(f"{r['score']:7.2f}  {r['category']:<22} {r['title']}  → {picks}")
        if r["evidence"]:
            _out(f"{'':9}because: {', '.join(r['evidence'])}")
    return 0


def do_import(service: SnippetService, args: argparse.Namespace) -> int:
    added, replaced = service.import_file(Path(args.file), args.format)
    _out(f"imported {added} new and {replaced} replaced snippet(s) into {service.locations.user}")
    return 0


def do_export(service: SnippetService, args: argparse.Namespace) -> int:
    from ozon_assistant.cli import UsageError
    from ozon_assistant.snippets.exchange import existing, format_of

    path = Path(args.file)
    format_of(path, args.format)  # a wrong format is said before anything is asked
    there = existing(path)
    if there and not args.force:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise UsageError(f"snippets export: {there}: not overwritten (add --force to "
                             "overwrite it)")
        sys.stderr.write(f"{there}. Overwrite it? [y/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            raise UsageError(f"snippets export: {path}: not overwritten")
    n = service.export_file(path, args.scope, args.format, overwrite=True)
    through = f" (through the link to {os.path.realpath(path)})" if path.is_symlink() else ""
    _out(f"exported {n} snippet(s) to {args.file}{through}")
    return 0


def do_check(service: SnippetService, args: argparse.Namespace) -> int:
    for p in service.library.problems:
        _out(str(p))
    _out(f"{len(service.library.snippets)} snippet(s) loaded, "
         f"{len(service.library.problems)} problem(s)")
    return 1 if service.library.problems else 0


def do_copy(service: SnippetService, args: argparse.Namespace) -> int:
    s = service.copy_to_user(args.id)
    _out(f"copied {s.id} to {s.path}")
    return 0


def do_favourite(service: SnippetService, args: argparse.Namespace) -> int:
    service.get(args.id)
    service.usage.set_favourite(args.id, not args.off)
    return 0


HANDLERS: dict[str, Callable[[SnippetService, argparse.Namespace], int]] = {
    "list": do_list, "render": do_render, "search": do_search, "suggest": do_suggest,
    "import": do_import, "export": do_export, "check": do_check, "copy": do_copy,
    "favourite": do_favourite,
}
