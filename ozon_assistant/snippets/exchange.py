"""Import and export of snippets as TOML (the library format), JSON and CSV.

Import is all-or-nothing: every entry is validated first, and a bad one stops the import with
one line naming the file and the line (or row), before anything is written. Export writes
atomically. TOML and JSON keep everything; CSV keeps one row per snippet with a column per
language, for spreadsheets (snippet-level placeholder details are left out of CSV).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import ConfigError, InputError
from ozon_assistant.snippets.loader import (
    EntryError,
    _FileError,
    load_file,
    parse_placeholder,
    parse_snippet,
    read_toml,
)
from ozon_assistant.snippets.model import LABEL_LANGUAGES, Library, Placeholder, Snippet
from ozon_assistant.snippets.store import dumps, placeholder_table, snippet_table

FORMATS = ("toml", "json", "csv")
JSON_KIND = "ozon-assistant-snippets"
CSV_COLUMNS = (
    ["id", "category", "channels"]
    + [f"title_{lang}" for lang in LABEL_LANGUAGES]
    + [f"tags_{lang}" for lang in LABEL_LANGUAGES]
    + ["body_ru", "body_en", "gloss_zh"]
)


def format_of(path: Path, fmt: str | None = None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise InputError(f"{path}: unknown format {fmt or '(no extension)'!r}: use .toml, .json or .csv")
    return fmt


def _used_placeholders(library: Library, snippets: Iterable[Snippet]) -> dict[str, Placeholder]:
    names = {n for s in snippets for n in s.placeholder_names()}
    return {n: library.placeholders[n] for n in sorted(names) if n in library.placeholders}


def export_snippets(library: Library, snippets: list[Snippet], path: Path,
                    fmt: str | None = None) -> int:
    """Write ``snippets`` (with the shared placeholders they use) to ``path``; returns the count."""
    fmt = format_of(path, fmt)
    shared = {n: placeholder_table(p) for n, p in _used_placeholders(library, snippets).items()}
    tables = [snippet_table(s) for s in snippets]
    if fmt == "toml":
        text = dumps({"placeholder": shared, "snippet": tables} if shared else {"snippet": tables})
    elif fmt == "json":
        text = json.dumps({"kind": JSON_KIND, "version": 1, "placeholders": shared,
                           "snippets": tables}, ensure_ascii=False, indent=1) + "\n"
    else:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for s in snippets:
            row = {"id": s.id, "category": s.category, "channels": " ".join(s.channels),
                   "body_ru": s.body.get("ru", ""), "body_en": s.body.get("en", ""),
                   "gloss_zh": s.gloss.get("zh", "")}
            for lang in LABEL_LANGUAGES:
                row[f"title_{lang}"] = s.title.get(lang, "")
                row[f"tags_{lang}"] = "; ".join(s.tags.get(lang, ()))
            writer.writerow(row)
        text = buf.getvalue()
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return len(snippets)


def import_snippets(path: Path, fmt: str | None = None) -> tuple[list[Snippet], dict[str, Placeholder]]:
    """Validated snippets and shared placeholders from ``path``; ConfigError on the first bad entry."""
    fmt = format_of(path, fmt)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if fmt == "toml":
        return _import_toml(path)
    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return _import_json(path, text) if fmt == "json" else _import_csv(path, text)


def _import_toml(path: Path) -> tuple[list[Snippet], dict[str, Placeholder]]:
    try:
        read_toml(path)
    except _FileError as exc:
        raise ConfigError(path, str(exc), exc.line) from None
    content = load_file(path, "user")
    if content.problems:
        p = content.problems[0]
        raise ConfigError(path, p.message, p.line)
    if not content.snippets:
        raise ConfigError(path, "no [[snippet]] entries to import")
    return content.snippets, content.placeholders


def _import_json(path: Path, text: str) -> tuple[list[Snippet], dict[str, Placeholder]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(path, f"not valid JSON: {exc.msg}", exc.lineno) from None
    entries: Any = data.get("snippets") if isinstance(data, dict) else data
    shared: Any = data.get("placeholders", {}) if isinstance(data, dict) else {}
    if not isinstance(entries, list) or not entries:
        raise ConfigError(path, "expected a list of snippets (or an object with \"snippets\")")
    try:
        placeholders = {n: parse_placeholder(n, d) for n, d in (shared or {}).items()}
    except (EntryError, AttributeError) as exc:
        raise ConfigError(path, f"placeholders: {exc}") from None
    out = []
    for i, entry in enumerate(entries, 1):
        try:
            out.append(parse_snippet(entry, None, "user", None, None))
        except EntryError as exc:
            raise ConfigError(path, f"snippet #{i}: {exc}") from None
    return out, placeholders


def _import_csv(path: Path, text: str) -> tuple[list[Snippet], dict[str, Placeholder]]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "id" not in reader.fieldnames:
        raise ConfigError(path, "CSV needs a header row with at least id, body_ru or body_en", 1)
    out = []
    for row in reader:
        line = reader.line_num

        def col(name: str, row: dict[str, Any] = row) -> str:
            return (row.get(name) or "").strip()

        table: dict[str, Any] = {
            "id": col("id"), "category": col("category") or "other",
            "title": {lang: col(f"title_{lang}") for lang in LABEL_LANGUAGES if col(f"title_{lang}")},
            "tags": {lang: [t.strip() for t in col(f"tags_{lang}").split(";") if t.strip()]
                     for lang in LABEL_LANGUAGES if col(f"tags_{lang}")},
            "body": {lang: row.get(f"body_{lang}") or "" for lang in ("ru", "en")
                     if col(f"body_{lang}")},
        }
        if col("channels"):
            table["channels"] = col("channels").replace(",", " ").split()
        if col("gloss_zh"):
            table["gloss"] = {"zh": row.get("gloss_zh") or ""}
        try:
            out.append(parse_snippet(table, None, "user", None, line))
        except EntryError as exc:
            raise ConfigError(path, str(exc), line) from None
    if not out:
        raise ConfigError(path, "no snippet rows to import")
    return out, {}
