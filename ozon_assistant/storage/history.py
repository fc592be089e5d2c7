"""History of replies that left the app (copied or sent), with any findings the seller overrode.

One history for every way out: the window's Approve & Copy, "copy with findings", and e-mail.
It also answers "have I sent nearly this same text many times lately?" (Ozon limits repetitive
identical answers).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.storage.db import connect, storage_error, transaction

MIGRATIONS = [
    [
        """CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            created REAL NOT NULL,
            action TEXT NOT NULL,          -- copy | copy_override | send | send_override
            channel TEXT NOT NULL,
            language TEXT NOT NULL,
            score INTEGER NOT NULL,
            text TEXT NOT NULL,
            overridden TEXT NOT NULL DEFAULT '[]',  -- JSON list of {rule, message, span}
            recipient TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX history_created ON history(created)",
    ],
]

ACTIONS = ("copy", "copy_override", "send", "send_override")


@dataclass
class HistoryEntry:
    id: int
    created: float
    action: str
    channel: str
    language: str
    score: int
    text: str
    overridden: list[dict[str, object]] = field(default_factory=list)
    recipient: str = ""
    subject: str = ""


class History:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.history_db()
        self._conn: sqlite3.Connection = connect(self.path, MIGRATIONS)
        # SQLite's LIKE folds ASCII only; search Cyrillic and Chinese case-insensitively too
        self._conn.create_function("fold", 1, lambda s: (s or "").casefold(), deterministic=True)

    def close(self) -> None:
        self._conn.close()

    def add(self, *, action: str, channel: str, language: str, score: int, text: str,
            overridden: Sequence[dict[str, object]] = (), recipient: str = "",
            subject: str = "") -> int:
        if action not in ACTIONS:
            raise ValueError(f"unknown history action {action!r}")
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO history (created, action, channel, language, score, text, overridden,"
                " recipient, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), action, channel, language, score, text,
                 json.dumps(list(overridden), ensure_ascii=False), recipient, subject),
            )
        return int(cur.lastrowid or 0)

    def check_writable(self) -> None:
        """StorageError (locked, read-only, a full disk, damaged) unless a row can be written
        now: one is written and rolled back, nothing kept. A send that must be recorded here (an
        override) asks before anything leaves."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "INSERT INTO history (created, action, channel, language, score, text)"
                    " VALUES (0, 'send_override', '', '', 0, '')")
            finally:
                try:
                    self._conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled back by itself
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from None

    def search(self, query: str = "", limit: int = 200) -> list[HistoryEntry]:
        """Newest first; ``query`` matches the text, recipient or subject (case-insensitive)."""
        sql = "SELECT * FROM history"
        params: list[object] = []
        if query:
            sql += " WHERE instr(fold(text || ' ' || recipient || ' ' || subject), ?) > 0"
            params.append(query.casefold())
        sql += " ORDER BY created DESC, id DESC LIMIT ?"
        params.append(limit)
        return [self._entry(r) for r in self._conn.execute(sql, params)]

    def recent_texts(self, days: float = 7, limit: int = 500) -> list[str]:
        since = time.time() - days * 86400
        rows = self._conn.execute(
            "SELECT text FROM history WHERE created >= ? ORDER BY created DESC LIMIT ?",
            (since, limit),
        )
        return [r[0] for r in rows]

    @staticmethod
    def _entry(row: sqlite3.Row) -> HistoryEntry:
        return HistoryEntry(
            id=row["id"], created=row["created"], action=row["action"], channel=row["channel"],
            language=row["language"], score=row["score"], text=row["text"],
            overridden=json.loads(row["overridden"]), recipient=row["recipient"],
            subject=row["subject"],
        )
