"""Import and export of snippets as TOML (the library format), JSON and CSV.

Import is all-or-nothing: every entry is validated first, and a bad one stops the import with
one line naming the file and the line (or row), before anything is written; two entries with
one id are such an error, naming both lines. Export writes atomically, never over an existing
file unless told to (``overwrite``), and through a symbolic link rather than replacing it.
TOML and JSON keep everything; CSV keeps one row per snippet with a column per language, for
spreadsheets (snippet-level placeholder details are left out of CSV).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
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


def existing(path: Path) -> str | None:
    """What is at ``path`` that an export would overwrite, in words; None when nothing is."""
    if path.is_symlink():
        return f"{path} is a link to {os.path.realpath(path)}"
    if path.exists():
        return f"{path} exists"
    return None


def export_snippets(library: Library, snippets: list[Snippet], path: Path,
                    fmt: str | None = None, overwrite: bool = False) -> int:
    """Write ``snippets`` (with the shared placeholders they use) to ``path``; returns the count.

    An existing file (or link) is an InputError unless ``overwrite``; a link is written through
    (the file it points to gets the snippets), never replaced by a file."""
    fmt = format_of(path, fmt)
    there = existing(path)
    if there and not overwrite:
        raise InputError(f"{there}: not overwritten (use --force to overwrite it)")
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
    from ozon_assistant.core.textio import read_file_bytes

    fmt = format_of(path, fmt)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    raw = read_file_bytes(path)  # at most 20 MB, whatever the file says its size is
    if fmt == "toml":
        snippets, placeholders = _import_toml(path)
    else:
        try:
            text = raw.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
        snippets, placeholders = (_import_json if fmt == "json" else _import_csv)(path, text)
    _no_duplicates(path, snippets, raw if fmt == "json" else b"")
    return snippets, placeholders


def _no_duplicates(path: Path, snippets: list[Snippet], json_raw: bytes) -> None:
    """ConfigError naming both places when two entries of the file share an id (one of them
    would be dropped as broken once in the library)."""
    first: dict[str, int] = {}
    for i, s in enumerate(snippets):
        if s.id not in first:
            first[s.id] = i
            continue
        a, b = snippets[first[s.id]], s
        if a.line and b.line:
            where = f"lines {a.line} and {b.line}"
        else:
            lines = _json_id_lines(json_raw, s.id)
            where = (f"lines {lines[0]} and {lines[1]}" if len(lines) >= 2
                     else f"entries #{first[s.id] + 1} and #{i + 1}")
        raise ConfigError(path, f"snippet id {s.id!r} is used twice, at {where}: give each "
                          "snippet its own id", b.line or a.line)


def _json_id_lines(raw: bytes, snippet_id: str) -> list[int]:
    pattern = rb'"id"\s*:\s*' + re.escape(json.dumps(snippet_id).encode())
    return [raw.count(b"\n", 0, m.start()) + 1 for m in re.finditer(pattern, raw)]


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
    except RecursionError:  # [[[[…]]]] thousands deep: no snippet file looks like that
        raise ConfigError(path, "not a snippet file: its JSON is nested too deeply") from None
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
    try:
        for row in reader:
            out.append(_csv_row(path, row, reader.line_num))
    except csv.Error as exc:  # a field over csv's limit (128 KiB), a NUL byte, a stray quote
        raise ConfigError(path, f"not a readable CSV row: {exc}", reader.line_num) from None
    if not out:
        raise ConfigError(path, "no snippet rows to import")
    return out, {}


def _csv_row(path: Path, row: dict[str, Any], line: int) -> Snippet:
    def col(name: str) -> str:
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
        return parse_snippet(table, None, "user", None, line)
    except EntryError as exc:
        raise ConfigError(path, str(exc), line) from None
