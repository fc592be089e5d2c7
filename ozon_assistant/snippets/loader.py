"""Reading library folders into a :class:`Library`, validating every entry on the way.

A broken file (bad TOML, not UTF-8) or a broken entry (no body, unknown channel …) becomes a
:class:`LoadProblem` naming the path and line; the rest of that file and every other file still
load. Nothing here ever writes. Precedence for one id: the user's library over team libraries
over the bundled one (so a copied bundled snippet, edited, replaces the original); two entries
with one id in the same tier are reported.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ozon_assistant.core.errors import toml_error_line
from ozon_assistant.core.types import CHANNELS
from ozon_assistant.snippets.model import (
    BODY_LANGUAGES,
    LABEL_LANGUAGES,
    PHRASE_PURPOSES,
    Library,
    LoadProblem,
    Phrase,
    Placeholder,
    Situation,
    Snippet,
)
from ozon_assistant.snippets.render import has_cursor

# \Z, not $: "$" also matches before a final newline, and an id "x\n" broke `snippets list`
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*\Z")
NAME_RE = re.compile(r"^\w+\Z")
TIERS = {"bundled": 0, "team": 1, "user": 2}


class EntryError(Exception):
    """One entry is invalid: ``key`` points the line finder at the offending key; ``code`` and
    ``params`` say it as data for the snippet editor's message (see ``core.errors.OzonError``)."""

    def __init__(self, message: str, key: str | None = None, *, code: str = "",
                 **params: object) -> None:
        super().__init__(message)
        self.key = key
        self.code = code
        self.params = params


@dataclass
class _Lines:
    """Line numbers in one TOML file, to point problems at ``[[snippet]]`` entries and keys."""

    lines: list[str]

    def headers(self, table: str) -> list[int]:
        pat = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        return [n for n, line in enumerate(self.lines, 1) if pat.match(line)]

    def key_line(self, key: str, start: int, end: int | None) -> int | None:
        leaf = key.split(".")[0]
        pat = re.compile(rf"^\s*\"?{re.escape(leaf)}\"?\s*[.=]")
        for n in range(start, (end or len(self.lines) + 1)):
            if n - 1 < len(self.lines) and pat.match(self.lines[n - 1]):
                return n
        return None


def read_toml(path: Path) -> tuple[dict[str, Any], list[str]]:
    """The parsed file and its lines; raises :class:`LoadProblem`-ready ValueError text."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _FileError(f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line) from None
    try:
        return tomllib.loads(text), text.splitlines()
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc).split(" (at line")[0]
        raise _FileError(f"not valid TOML: {msg}", toml_error_line(exc)) from None


class _FileError(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


# -- value coercion ------------------------------------------------------------------------------
def _texts(value: Any, key: str, langs: Iterable[str] = LABEL_LANGUAGES) -> dict[str, str]:
    """``{lang: text}`` from a table (or one string, meaning every language)."""
    if isinstance(value, str):
        return dict.fromkeys(langs, value)
    if not isinstance(value, dict):
        raise EntryError(f"{key} must be a table of languages (en, ru, zh) or text", key)
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang not in LABEL_LANGUAGES:
            raise EntryError(f"{key}.{lang}: unknown language (use en, ru, zh)", key)
        if not isinstance(text, str):
            raise EntryError(f"{key}.{lang} must be text", key)
        out[lang] = text
    return out


def _word_lists(value: Any, key: str) -> dict[str, tuple[str, ...]]:
    if isinstance(value, list):
        value = {"en": value}
    if not isinstance(value, dict):
        raise EntryError(f"{key} must be a table of languages with lists of words", key)
    out: dict[str, tuple[str, ...]] = {}
    for lang, words in value.items():
        if isinstance(words, str):
            words = [words]
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise EntryError(f"{key}.{lang} must be a list of words", key)
        out[str(lang)] = tuple(w.strip() for w in words if w.strip())
    return out


def parse_placeholder(name: str, data: Any) -> Placeholder:
    if not NAME_RE.match(name):
        raise EntryError(f"placeholder name {name!r}: use letters, digits and _", "placeholder")
    if not isinstance(data, dict):
        raise EntryError(f"placeholder.{name} must be a table", "placeholder")
    choices = data.get("choices", [])
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        raise EntryError(f"placeholder.{name}.choices must be a list of text", "choices")
    remember = data.get("remember", False)
    if not isinstance(remember, bool):
        raise EntryError(f"placeholder.{name}.remember must be true or false", "remember")
    return Placeholder(
        name=name,
        label=_texts(data.get("label", {}), f"placeholder.{name}.label"),
        fallback=_texts(data["fallback"], f"placeholder.{name}.fallback", BODY_LANGUAGES)
        if "fallback" in data else {},
        sample=_texts(data.get("sample", {}), f"placeholder.{name}.sample", BODY_LANGUAGES),
        choices=tuple(choices),
        remember=remember,
    )


def parse_snippet(data: Any, category: str | None, source: str, path: Path | None,
                  line: int | None) -> Snippet:
    """One ``[[snippet]]`` table → a Snippet, or EntryError naming the key at fault."""
    if not isinstance(data, dict):
        raise EntryError("a snippet must be a table")
    sid = data.get("id")
    if not isinstance(sid, str) or not ID_RE.match(sid):
        raise EntryError(f"snippet id {sid!r}: lower-case letters, digits and dashes", "id",
                         code="snippet_id", value=sid if isinstance(sid, str) else "")
    cat = data.get("category", category) or "other"
    if not isinstance(cat, str) or not ID_RE.match(cat):
        raise EntryError(f"snippet {sid}: category {cat!r} is not a situation id", "category",
                         code="snippet_category", value=cat)
    body = data.get("body")
    if not isinstance(body, dict) or not body:
        raise EntryError(f"snippet {sid}: needs body.ru and/or body.en", "body",
                         code="snippet_no_body")
    for lang, text in body.items():
        if lang not in BODY_LANGUAGES:
            raise EntryError(f"snippet {sid}: body.{lang}: reply bodies are ru or en", "body")
        if not isinstance(text, str) or not text.strip():
            raise EntryError(f"snippet {sid}: body.{lang} must be non-empty text", "body")
        if has_cursor(text) > 1:
            raise EntryError(f"snippet {sid}: body.{lang} has more than one cursor mark {{|}}",
                             "body", code="snippet_cursor_marks")
    channels = data.get("channels", list(CHANNELS))
    if not isinstance(channels, list) or not channels or any(c not in CHANNELS for c in channels):
        raise EntryError(f"snippet {sid}: channels must be a list of {', '.join(CHANNELS)}",
                         "channels", code="snippet_channels")
    title = _texts(data.get("title", {}), f"snippet {sid}: title")
    if not any(title.values()):
        raise EntryError(f"snippet {sid}: needs a title", "title", code="snippet_no_title")
    gloss = data.get("gloss", {})
    own = data.get("placeholder", {})
    if not isinstance(own, dict):
        raise EntryError(f"snippet {sid}: placeholder must be a table", "placeholder")
    return Snippet(
        id=sid, category=cat, title=title, body={k: v for k, v in body.items()},
        tags=_word_lists(data.get("tags", {}), f"snippet {sid}: tags"),
        channels=tuple(channels),
        gloss=_texts(gloss, f"snippet {sid}: gloss", ("zh",)) if gloss else {},
        placeholders={n: parse_placeholder(n, d) for n, d in own.items()},
        source=source, path=path, line=line,
    )


def parse_situation(data: Any) -> Situation:
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) \
            or not ID_RE.match(data["id"]):
        raise EntryError("[situation] needs an id (lower-case letters, digits, _)", "id")
    return Situation(id=data["id"], title=_texts(data.get("title", {}), "situation.title"),
                     cues=_word_lists(data.get("cues", {}), "situation.cues"))


@dataclass
class FileContent:
    """What one TOML file declares; problems inside it already carry path and line."""

    situation: Situation | None
    snippets: list[Snippet]
    placeholders: dict[str, Placeholder]
    problems: list[LoadProblem]


def load_file(path: Path, source: str) -> FileContent:
    """Parse one library file. A file that cannot be parsed yields one problem and nothing else."""
    content = FileContent(None, [], {}, [])
    try:
        data, lines = read_toml(path)
    except _FileError as exc:
        content.problems.append(LoadProblem(path, exc.line, str(exc)))
        return content
    except OSError as exc:
        content.problems.append(LoadProblem(path, None, f"cannot read ({exc.strerror or exc})"))
        return content
    where = _Lines(lines)

    def problem(exc: EntryError, start: int = 1, end: int | None = None) -> None:
        line = where.key_line(exc.key, start, end) if exc.key else None
        content.problems.append(LoadProblem(path, line or (start if start > 1 else None), str(exc)))

    if "situation" in data:
        try:
            content.situation = parse_situation(data["situation"])
        except EntryError as exc:
            problem(exc, where.key_line("situation", 1, None) or 1)
    shared = data.get("placeholder", {})
    if not isinstance(shared, dict):
        problem(EntryError("placeholder must be a table", "placeholder"))
        shared = {}
    for name, pdata in shared.items():
        try:
            content.placeholders[name] = parse_placeholder(name, pdata)
        except EntryError as exc:
            start = next((n for n, ln in enumerate(lines, 1)
                          if re.match(rf"^\s*\[placeholder\.\"?{re.escape(name)}\"?\]", ln)), 1)
            problem(exc, start, start + 12)
    entries = data.get("snippet", [])
    if not isinstance(entries, list):
        problem(EntryError("snippet must be an array of tables: [[snippet]]", "snippet"))
        entries = []
    heads = where.headers("snippet")
    category = content.situation.id if content.situation else None
    for i, entry in enumerate(entries):
        start = heads[i] if i < len(heads) else 1
        end = heads[i + 1] if i + 1 < len(heads) else None
        try:
            content.snippets.append(parse_snippet(entry, category, source, path, start))
        except EntryError as exc:
            problem(exc, start, end)
    return content


def load_phrases(path: Path) -> tuple[list[Phrase], list[LoadProblem]]:
    """``[[phrase]]`` entries of one phrase file; the language is the file name (ru.toml)."""
    try:
        data, lines = read_toml(path)
    except _FileError as exc:
        return [], [LoadProblem(path, exc.line, str(exc))]
    except OSError as exc:
        return [], [LoadProblem(path, None, f"cannot read ({exc.strerror or exc})")]
    heads = _Lines(lines).headers("phrase")
    phrases: list[Phrase] = []
    problems: list[LoadProblem] = []
    entries = data.get("phrase", [])
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        line = heads[i] if i < len(heads) else None
        lang = entry.get("lang", path.stem) if isinstance(entry, dict) else path.stem
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str) \
                or not entry["text"].strip():
            problems.append(LoadProblem(path, line, "a phrase needs text"))
        elif entry.get("purpose") not in PHRASE_PURPOSES:
            problems.append(LoadProblem(path, line, f"purpose {entry.get('purpose')!r}: use one of "
                                        f"{', '.join(PHRASE_PURPOSES)}"))
        elif lang not in BODY_LANGUAGES:
            problems.append(LoadProblem(path, line, f"phrase language {lang!r}: ru or en"))
        else:
            zh = entry.get("zh", "")
            phrases.append(Phrase(entry["purpose"], lang, entry["text"].strip(),
                                  zh if isinstance(zh, str) else ""))
    return phrases, problems


def toml_files(folder: Path) -> list[Path]:
    """Every ``*.toml`` under ``folder`` (sub-folders too), skipping hidden and temp files."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*.toml")
                  if p.is_file() and not any(part.startswith(".")
                                             for part in p.relative_to(folder).parts))


def add_folder(lib: Library, folder: Path, source: str, tier: str,
               seen: dict[str, tuple[str, Snippet]]) -> None:
    """Load ``folder`` into ``lib``; ``seen`` tracks which tier each id came from."""
    for path in toml_files(folder):
        content = load_file(path, source)
        lib.problems.extend(content.problems)
        for name, ph in content.placeholders.items():
            lib.placeholders[name] = lib.placeholders[name].merged(ph) \
                if name in lib.placeholders else ph
        if content.situation:
            old = lib.situations.get(content.situation.id)
            lib.situations[content.situation.id] = _merge_situation(old, content.situation)
        for snippet in content.snippets:
            prev = seen.get(snippet.id)
            if prev and prev[0] == tier:
                first = prev[1]
                lib.problems.append(LoadProblem(
                    path, snippet.line,
                    f"snippet id {snippet.id!r} already defined at {first.path}:{first.line}"))
                continue
            seen[snippet.id] = (tier, snippet)
            lib.snippets[snippet.id] = snippet


def _merge_situation(old: Situation | None, new: Situation) -> Situation:
    if old is None:
        return new
    cues = {lang: tuple(dict.fromkeys(old.cues.get(lang, ()) + new.cues.get(lang, ())))
            for lang in {*old.cues, *new.cues}}
    return Situation(id=new.id, title={**new.title, **old.title}, cues=cues)
