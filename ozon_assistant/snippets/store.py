"""Writing the user's library: create, edit, copy, duplicate, delete — atomically.

Only ``<data dir>/snippets`` is ever written. Every write is temp file + fsync + rename
(:func:`write_atomic`); a file that no longer parses is never written over (the user may be
editing it by hand), and a snippet is validated before it is written, so a write never produces
a file the loader would reject. Each change holds a lock on the folder and reads the files as
they are now, so two processes changing the library at once (two windows, the window and
``snippets import``) both keep their changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.snippets.loader import (
    EntryError,
    _FileError,
    load_file,
    parse_snippet,
    read_toml,
    toml_files,
)
from ozon_assistant.snippets.model import Placeholder, Snippet


def placeholder_table(ph: Placeholder) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if ph.label:
        out["label"] = dict(ph.label)
    if ph.fallback:
        out["fallback"] = dict(ph.fallback)
    if ph.sample:
        out["sample"] = dict(ph.sample)
    if ph.choices:
        out["choices"] = list(ph.choices)
    if ph.remember:
        out["remember"] = True
    return out


def snippet_table(s: Snippet) -> dict[str, Any]:
    """The ``[[snippet]]`` table for ``s``, in FORMAT.md's keys (with an explicit category)."""
    out: dict[str, Any] = {"id": s.id, "category": s.category, "title": dict(s.title)}
    if s.tags:
        out["tags"] = {k: list(v) for k, v in s.tags.items()}
    out["channels"] = list(s.channels)
    out["body"] = dict(s.body)
    if s.gloss:
        out["gloss"] = dict(s.gloss)
    if s.placeholders:
        out["placeholder"] = {n: placeholder_table(p) for n, p in s.placeholders.items()}
    return out


def dumps(data: dict[str, Any]) -> str:
    import tomli_w

    return tomli_w.dumps(data, multiline_strings=True)


def validate(s: Snippet) -> Snippet:
    """Round-trip ``s`` through the loader's checks; OzonError with the reason when invalid."""
    try:
        return parse_snippet(snippet_table(s), None, "user", s.path, s.line)
    except EntryError as exc:
        raise OzonError(str(exc), code=exc.code, **exc.params) from None


class UserLibrary:
    """The user's own snippet folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time (re-entrant: a writer may call another)."""
        from ozon_assistant.core.filelock import locked

        try:
            with locked(self.folder):
                yield
        except OSError as exc:  # the lock or a file cannot be written: a read-only folder
            raise OzonError(f"{self.folder}: cannot write your snippet library "
                            f"({exc.strerror or exc})") from None

    def _locate(self, wanted: Iterable[str]) -> dict[str, Path]:
        """The user file holding each of ``wanted`` that is in the library, in one pass over
        the files. A broken file that seems to hold one is an error: writing the snippet
        elsewhere would leave two versions once the file is fixed."""
        wanted = set(wanted)
        found: dict[str, Path] = {}
        for path in toml_files(self.folder):
            content = load_file(path, "user")
            for s in content.snippets:
                if s.id in wanted:
                    found.setdefault(s.id, path)
            if content.problems and not content.snippets and content.situation is None:
                try:
                    raw = path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    continue
                for m in re.finditer(r"""\bid\s*=\s*["']([^"'\n]+)["']""", raw):
                    if m.group(1) in wanted and m.group(1) not in found:
                        p = content.problems[0]
                        raise ConfigError(path, f"{p.message} — not overwritten; fix the file "
                                          "first", p.line)
        return found

    def _where(self, snippet_id: str) -> Path | None:
        """The user file holding ``snippet_id``."""
        return self._locate([snippet_id]).get(snippet_id)

    def ids(self) -> set[str]:
        return {s.id for p in toml_files(self.folder) for s in load_file(p, "user").snippets}

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            data, _ = read_toml(path)
        except _FileError as exc:
            raise ConfigError(path, f"{exc} — not overwritten; fix the file first", exc.line) \
                from None
        return data

    def _rewrite(self, path: Path, tables: dict[str, dict[str, Any] | None]) -> None:
        """Rewrite ``path`` with each snippet named in ``tables`` replaced (None: removed)."""
        data = self._read(path)
        entries = [e for e in data.get("snippet", []) if isinstance(e, dict)]
        out = []
        for e in entries:
            sid = e.get("id")
            if isinstance(sid, str) and sid in tables:
                table = tables[sid]
                if table is not None:
                    out.append(table)
            else:
                out.append(e)
        if not out and not set(data) - {"snippet"}:
            path.unlink()
            return
        data["snippet"] = out
        write_atomic(path, dumps(data))

    def _new_path(self, stem: str) -> Path:
        stem = re.sub(r"[^\w-]+", "-", stem).strip("-") or "snippet"
        path = self.folder / f"{stem}.toml"
        n = 2
        while path.exists():
            path = self.folder / f"{stem}-{n}.toml"
            n += 1
        return path

    def save(self, snippet: Snippet, original_id: str | None = None) -> Snippet:
        """Create or replace (by ``original_id``, default its own id). Returns it as saved."""
        snippet = validate(replace(snippet, source="user"))
        old = original_id or snippet.id
        with self._locked():
            if snippet.id != old and snippet.id in self.ids():
                raise OzonError(f"a snippet with id {snippet.id!r} is already in your library",
                                code="snippet_exists", id=snippet.id)
            path = self._where(old)
            if path is not None:
                self._rewrite(path, {old: snippet_table(snippet)})
            else:
                path = self._new_path(snippet.id)
                write_atomic(path, dumps({"snippet": [snippet_table(snippet)]}))
        return replace(snippet, path=path)

    def delete(self, snippet_id: str) -> bool:
        with self._locked():
            path = self._where(snippet_id)
            if path is None:
                return False
            self._rewrite(path, {snippet_id: None})
            return True

    def copy_in(self, snippet: Snippet) -> Snippet:
        """A bundled or team snippet copied into the user's library (same id: it now wins)."""
        with self._locked():
            if self._where(snippet.id):
                raise OzonError(f"{snippet.id!r} is already in your library",
                                code="snippet_copied", id=snippet.id)
            return self.save(snippet)

    def duplicate(self, snippet: Snippet, taken: Iterable[str]) -> Snippet:
        """A copy under a fresh id (``…-copy``, ``…-copy-2``) in the user's library."""
        with self._locked():
            used = set(taken) | self.ids()
            base = re.sub(r"-copy(-\d+)?$", "", snippet.id) + "-copy"
            new_id, n = base, 2
            while new_id in used:
                new_id, n = f"{base}-{n}", n + 1
            title = {k: f"{v} (2)" for k, v in snippet.title.items()}
            return self.save(replace(snippet, id=new_id, title=title, path=None, line=None))

    def add_many(self, snippets: list[Snippet], placeholders: dict[str, Placeholder],
                 name: str) -> tuple[int, int]:
        """Import: existing ids are replaced where they are, new ones go to one new file.

        The library is read once and each file holding replaced snippets written once, so
        re-importing a thousand snippets costs what importing them did. Returns (added,
        replaced)."""
        tables = {s.id: snippet_table(validate(replace(s, source="user"))) for s in snippets}
        with self._locked():
            where = self._locate(tables)
            by_file: dict[Path, dict[str, dict[str, Any] | None]] = {}
            for sid, path in where.items():
                by_file.setdefault(path, {})[sid] = tables[sid]
            for path, replaced in by_file.items():
                self._rewrite(path, replaced)
            fresh = [table for sid, table in tables.items() if sid not in where]
            if fresh or placeholders:
                data: dict[str, Any] = {}
                if placeholders:
                    data["placeholder"] = {n: placeholder_table(p)
                                           for n, p in placeholders.items()}
                data["snippet"] = fresh
                write_atomic(self._new_path(f"imported-{name}"), dumps(data))
        return len(fresh), len(where)
