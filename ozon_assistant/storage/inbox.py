"""The buyers' inbox (``inbox.sqlite3`` in the data folder): messages fetched from the account's
IMAP INBOX, where each sync stopped, and which replies answer them.

A message is keyed by (account, UIDVALIDITY, UID), so a second sync adds nothing; ``last_uid``
moves on with every stored message, so an interrupted sync resumes where it stopped. A reply is
linked to its message (``reply_outbox_id``) before its first attempt; ``answered_at`` is set once
the SMTP server accepted it, and ``answered_on_server`` once \\Answered was set on the IMAP server
(the next sync retries that when the server was unreachable).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.errors import OzonError
from ozon_assistant.storage.db import connect, transaction

MIGRATIONS = [
    [
        """CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            message_id TEXT NOT NULL DEFAULT '',
            sender TEXT NOT NULL DEFAULT '',       -- From as shown
            reply_to TEXT NOT NULL DEFAULT '',     -- the bare address a reply goes to
            subject TEXT NOT NULL DEFAULT '',
            date_header TEXT NOT NULL DEFAULT '',
            received REAL NOT NULL,                -- the server's INTERNALDATE (else Date)
            refs TEXT NOT NULL DEFAULT '[]',       -- JSON: the buyer's References
            body TEXT NOT NULL DEFAULT '',
            attachments TEXT NOT NULL DEFAULT '[]', -- JSON: [{name, type, size}], never opened
            size INTEGER NOT NULL DEFAULT 0,
            flags TEXT NOT NULL DEFAULT '',        -- the server's flags, space-separated
            error TEXT NOT NULL DEFAULT '',        -- why it could not be read in full
            fetched REAL NOT NULL,
            on_server INTEGER NOT NULL DEFAULT 1,
            answered_at REAL,
            answered_on_server INTEGER NOT NULL DEFAULT 0,
            reply_outbox_id INTEGER,
            UNIQUE (account, uidvalidity, uid)
        )""",
        "CREATE INDEX messages_mid ON messages(account, message_id)",
        """CREATE TABLE sync_state (
            account TEXT PRIMARY KEY,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL DEFAULT 0,
            last_sync REAL,
            last_error TEXT NOT NULL DEFAULT ''
        )""",
    ],
    [  # thank-you letters: at most one per message (linked before its first attempt)
        "ALTER TABLE messages ADD COLUMN thanks_outbox_id INTEGER",
        "ALTER TABLE messages ADD COLUMN thanked_at REAL",
    ],
]


@dataclass(frozen=True)
class Message:
    id: int
    account: str
    uidvalidity: int
    uid: int
    message_id: str
    sender: str
    reply_to: str
    subject: str
    date_header: str
    received: float
    references: tuple[str, ...]
    body: str
    attachments: list[dict[str, Any]]
    size: int
    flags: tuple[str, ...]
    error: str
    fetched: float
    on_server: bool
    answered_at: float | None
    answered_on_server: bool
    reply_outbox_id: int | None = None
    thanks_outbox_id: int | None = None  # the thank-you letter for it, once one was queued
    thanked_at: float | None = None  # when the server accepted that letter

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def thanked(self) -> bool:
        return self.thanked_at is not None

    def waiting_hours(self, now: float | None = None) -> float:
        end = self.answered_at if self.answered_at is not None else (now or time.time())
        return round(max(0.0, end - self.received) / 3600.0, 2)


@dataclass
class NewMessage:
    """What sync stores for one fetched message."""

    uid: int
    received: float
    message_id: str = ""
    sender: str = ""
    reply_to: str = ""
    subject: str = ""
    date_header: str = ""
    references: tuple[str, ...] = ()
    body: str = ""
    attachments: list[dict[str, Any]] = field(default_factory=list)
    size: int = 0
    flags: tuple[str, ...] = ()
    error: str = ""


@dataclass(frozen=True)
class SyncState:
    account: str
    uidvalidity: int
    last_uid: int
    last_sync: float | None
    last_error: str


class InboxStore:
    """The inbox database. Thread-safe; every write is one transaction."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.inbox_db()
        self._conn: sqlite3.Connection = connect(self.path, MIGRATIONS)
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, transaction(self._conn) as conn:
            yield conn

    @staticmethod
    def _message(r: sqlite3.Row) -> Message:
        return Message(
            id=r["id"], account=r["account"], uidvalidity=r["uidvalidity"], uid=r["uid"],
            message_id=r["message_id"], sender=r["sender"], reply_to=r["reply_to"],
            subject=r["subject"], date_header=r["date_header"], received=r["received"],
            references=tuple(json.loads(r["refs"] or "[]")), body=r["body"],
            attachments=json.loads(r["attachments"] or "[]"), size=r["size"],
            flags=tuple(r["flags"].split()), error=r["error"], fetched=r["fetched"],
            on_server=bool(r["on_server"]), answered_at=r["answered_at"],
            answered_on_server=bool(r["answered_on_server"]), reply_outbox_id=r["reply_outbox_id"],
            thanks_outbox_id=r["thanks_outbox_id"], thanked_at=r["thanked_at"])

    # -- reading ------------------------------------------------------------------------------
    def get(self, message_id: int) -> Message:
        with self._lock:
            row = self._conn.execute("SELECT * FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise OzonError(f"inbox: no message with id {message_id} (see `inbox list`)",
                            code="inbox_no_message", id=message_id)
        return self._message(row)

    def messages(self, account: str | None = None, unanswered: bool = False) -> list[Message]:
        """Oldest first; with ``unanswered`` only those still waiting for a reply."""
        sql, params = "SELECT * FROM messages WHERE 1", []
        if account is not None:
            sql += " AND account = ?"
            params.append(account)
        if unanswered:
            sql += " AND answered_at IS NULL"
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY received, id", params).fetchall()
        return [self._message(r) for r in rows]

    def state(self, account: str) -> SyncState | None:
        with self._lock:
            r = self._conn.execute("SELECT * FROM sync_state WHERE account = ?", (account,)).fetchone()
        if r is None:
            return None
        return SyncState(r["account"], r["uidvalidity"], r["last_uid"], r["last_sync"], r["last_error"])

    def known_uids(self, account: str, uidvalidity: int) -> dict[int, int]:
        """uid → local id of the messages of this UIDVALIDITY still on the server."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT uid, id FROM messages WHERE account = ? AND uidvalidity = ? AND on_server = 1",
                (account, uidvalidity)).fetchall()
        return {r["uid"]: r["id"] for r in rows}

    def to_mark_answered(self, account: str, uidvalidity: int) -> list[Message]:
        """Answered here, not yet flagged \\Answered on the server."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM messages WHERE account = ? AND uidvalidity = ? AND on_server = 1"
                " AND answered_at IS NOT NULL AND answered_on_server = 0",
                (account, uidvalidity)).fetchall()
        return [self._message(r) for r in rows]

    def with_pending_thanks(self, account: str) -> list[Message]:
        """Messages whose thank-you letter is in the outbox and not yet known to be accepted."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM messages WHERE account = ? AND thanks_outbox_id IS NOT NULL"
                " AND thanked_at IS NULL", (account,)).fetchall()
        return [self._message(r) for r in rows]

    def with_pending_reply(self, account: str) -> list[Message]:
        """Messages whose reply is in the outbox and not yet known to be accepted."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM messages WHERE account = ? AND reply_outbox_id IS NOT NULL"
                " AND answered_at IS NULL", (account,)).fetchall()
        return [self._message(r) for r in rows]

    # -- writing ------------------------------------------------------------------------------
    def begin_sync(self, account: str, uidvalidity: int) -> SyncState:
        """The state to resume from; a changed UIDVALIDITY starts the UIDs over (the messages
        already here are matched again by Message-ID, never stored twice)."""
        with self._tx() as conn:
            r = conn.execute("SELECT * FROM sync_state WHERE account = ?", (account,)).fetchone()
            if r is None or r["uidvalidity"] != uidvalidity:
                conn.execute("INSERT OR REPLACE INTO sync_state (account, uidvalidity, last_uid)"
                             " VALUES (?, ?, 0)", (account, uidvalidity))
        state = self.state(account)
        assert state is not None
        return state

    def add(self, account: str, uidvalidity: int, m: NewMessage) -> int | None:
        """Store one fetched message and move ``last_uid`` past it, in one transaction; the
        local id, or None when it was here already."""
        now = time.time()
        with self._tx() as conn:
            existing = None
            if m.message_id:
                existing = conn.execute(
                    "SELECT id FROM messages WHERE account = ? AND message_id = ? AND uidvalidity != ?",
                    (account, m.message_id, uidvalidity)).fetchone()
            new_id: int | None
            if existing is not None:  # the server renumbered its UIDs: the same message
                conn.execute("UPDATE messages SET uidvalidity = ?, uid = ?, on_server = 1,"
                             " flags = ? WHERE id = ?",
                             (uidvalidity, m.uid, " ".join(m.flags), existing["id"]))
                new_id = None
            else:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO messages (account, uidvalidity, uid, message_id, sender,"
                    " reply_to, subject, date_header, received, refs, body, attachments, size,"
                    " flags, error, fetched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (account, uidvalidity, m.uid, m.message_id, m.sender, m.reply_to, m.subject,
                     m.date_header, m.received, json.dumps(list(m.references)), m.body,
                     json.dumps(m.attachments, ensure_ascii=False), m.size, " ".join(m.flags),
                     m.error, now))
                new_id = int(cur.lastrowid) if cur.rowcount == 1 and cur.lastrowid else None
                if "\\Answered" in m.flags and new_id is not None:  # answered in another client
                    conn.execute("UPDATE messages SET answered_at = ?, answered_on_server = 1"
                                 " WHERE id = ?", (now, new_id))
            conn.execute("UPDATE sync_state SET last_uid = max(last_uid, ?) WHERE account = ?",
                         (m.uid, account))
        return new_id

    def update_flags(self, account: str, uidvalidity: int, flags: dict[int, tuple[str, ...]]) -> None:
        """The server's flags now; a known message the server no longer has is kept here,
        marked as gone from the server."""
        now = time.time()
        known = self.known_uids(account, uidvalidity)
        with self._tx() as conn:
            for uid, local in known.items():
                if uid not in flags:
                    conn.execute("UPDATE messages SET on_server = 0 WHERE id = ?", (local,))
                    continue
                f = flags[uid]
                conn.execute("UPDATE messages SET flags = ? WHERE id = ?", (" ".join(f), local))
                if "\\Answered" in f:
                    conn.execute("UPDATE messages SET answered_on_server = 1,"
                                 " answered_at = coalesce(answered_at, ?) WHERE id = ?", (now, local))

    def end_sync(self, account: str, error: str = "") -> None:
        with self._tx() as conn:
            conn.execute("UPDATE sync_state SET last_sync = ?, last_error = ? WHERE account = ?",
                         (time.time(), error, account))

    def link_reply(self, message_id: int, outbox_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE messages SET reply_outbox_id = ? WHERE id = ?", (outbox_id, message_id))

    def mark_answered(self, message_id: int, when: float | None = None) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE messages SET answered_at = coalesce(answered_at, ?) WHERE id = ?",
                         (when or time.time(), message_id))

    def mark_answered_on_server(self, message_id: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE messages SET answered_on_server = 1 WHERE id = ?", (message_id,))

    def link_thanks(self, message_id: int, outbox_id: int, previous: int | None = None) -> bool:
        """The thank-you letter ``outbox_id`` is the message's, if its letter is still
        ``previous`` (none, or one that failed): False when another was linked meanwhile."""
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE messages SET thanks_outbox_id = ? WHERE id = ? AND thanked_at IS NULL"
                " AND thanks_outbox_id IS ?", (outbox_id, message_id, previous))
            return cur.rowcount == 1

    def mark_thanked(self, message_id: int, when: float | None = None) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE messages SET thanked_at = coalesce(thanked_at, ?) WHERE id = ?",
                         (when or time.time(), message_id))
