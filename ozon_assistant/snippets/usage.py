"""Usage counts, favourites and remembered form values, in the data dir's ``snippets.sqlite3``.

Kept apart from the library files on purpose: the files stay plain, shareable text, and sorting by
use is personal. Ids that no longer exist are harmless (they simply match nothing).
"""

from __future__ import annotations

import math
import sqlite3
import time
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.storage.db import connect, transaction

MIGRATIONS = [
    [
        """CREATE TABLE usage (
            snippet_id TEXT PRIMARY KEY,
            count INTEGER NOT NULL DEFAULT 0,
            last_used REAL NOT NULL
        )""",
        "CREATE TABLE favourite (snippet_id TEXT PRIMARY KEY, added REAL NOT NULL)",
        """CREATE TABLE field_value (
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            last_used REAL NOT NULL,
            PRIMARY KEY (name, value)
        )""",
    ],
]

REMEMBER_PER_FIELD = 10


class UsageStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.snippet_usage_db()
        self._conn: sqlite3.Connection = connect(self.path, MIGRATIONS)

    def close(self) -> None:
        self._conn.close()

    # -- usage -----------------------------------------------------------------------------------
    def record_use(self, snippet_id: str) -> None:
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO usage (snippet_id, count, last_used) VALUES (?, 1, ?) "
                "ON CONFLICT(snippet_id) DO UPDATE SET count = count + 1, last_used = excluded.last_used",
                (snippet_id, time.time()),
            )

    def counts(self) -> dict[str, int]:
        return {r[0]: r[1] for r in self._conn.execute("SELECT snippet_id, count FROM usage")}

    def recent(self, limit: int = 10) -> list[str]:
        rows = self._conn.execute(
            "SELECT snippet_id FROM usage ORDER BY last_used DESC, rowid DESC LIMIT ?", (limit,))
        return [r[0] for r in rows]

    def forget(self, snippet_id: str) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM usage WHERE snippet_id = ?", (snippet_id,))
            self._conn.execute("DELETE FROM favourite WHERE snippet_id = ?", (snippet_id,))

    # -- favourites ------------------------------------------------------------------------------
    def set_favourite(self, snippet_id: str, on: bool = True) -> None:
        with transaction(self._conn):
            if on:
                self._conn.execute("INSERT OR IGNORE INTO favourite VALUES (?, ?)",
                                   (snippet_id, time.time()))
            else:
                self._conn.execute("DELETE FROM favourite WHERE snippet_id = ?", (snippet_id,))

    def favourites(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT snippet_id FROM favourite")}

    def boosts(self) -> dict[str, float]:
        """A small ranking bonus per id: favourites most, then frequent and recent use."""
        out: dict[str, float] = {}
        now = time.time()
        for sid, count, last in self._conn.execute("SELECT snippet_id, count, last_used FROM usage"):
            recency = 1.0 / (1.0 + max(0.0, now - last) / 86400.0)
            out[sid] = 0.6 * math.log1p(count) + 0.6 * recency
        for sid in self.favourites():
            out[sid] = out.get(sid, 0.0) + 3.0
        return out

    # -- remembered form values -------------------------------------------------------------------
    def remember_value(self, name: str, value: str) -> None:
        value = value.strip()
        if not value:
            return
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO field_value VALUES (?, ?, ?) ON CONFLICT(name, value) "
                "DO UPDATE SET last_used = excluded.last_used", (name, value, time.time()))
            self._conn.execute(
                "DELETE FROM field_value WHERE name = ? AND value NOT IN (SELECT value FROM "
                "field_value WHERE name = ? ORDER BY last_used DESC LIMIT ?)",
                (name, name, REMEMBER_PER_FIELD))

    def recent_values(self, name: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT value FROM field_value WHERE name = ? ORDER BY last_used DESC, rowid DESC",
            (name,))
        return [r[0] for r in rows]
