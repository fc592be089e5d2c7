"""Drafts: the replies being written, autosaved so that a crash or ``kill -9`` loses at most a second.

Each run of the window is a *session*. Drafts belong to the session that has them open. A session
that ends cleanly is marked ended, and its non-empty drafts reopen silently next time. A session
that never ended and whose process is gone crashed: its drafts are *recoverable* and the next
start offers them back. Two windows running at once leave each other's drafts alone.

The file can go while the window runs (deleted by hand or by a cleaning tool): a write would
then land in the deleted file and be lost at the next start. :meth:`DraftStore.save` refuses
with :class:`DraftsGone` instead, and the window makes the file again (ui/compose/draft_recovery.py).
A damaged file is renamed aside at start (:attr:`DraftStore.set_aside`) and a new one started.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.process import pid_alive
from ozon_assistant.storage.db import (
    BUSY_TIMEOUT,
    connect,
    open_or_set_aside,
    storage_error,
    transaction,
)

MIGRATIONS = [
    [
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            pid INTEGER NOT NULL,
            started REAL NOT NULL,
            ended REAL                      -- NULL while running, or after a crash
        )""",
        """CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            session INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            channel TEXT NOT NULL,
            language TEXT NOT NULL,         -- auto | ru | en
            text TEXT NOT NULL DEFAULT '',
            cursor INTEGER NOT NULL DEFAULT 0,
            ignored TEXT NOT NULL DEFAULT '[]',  -- JSON list of [rule, matched text]
            position INTEGER NOT NULL DEFAULT 0  -- tab order
        )""",
        "CREATE INDEX drafts_session ON drafts(session)",
    ],
    [  # the buyers' inbox: the message a draft answers (or thanks), so it still sends threaded
        # after a restart (ui/inbox/extension.py links it again)
        "ALTER TABLE drafts ADD COLUMN inbox_message INTEGER",  # the inbox database's id
        "ALTER TABLE drafts ADD COLUMN inbox_kind TEXT NOT NULL DEFAULT ''",  # reply | thanks
    ],
]


@dataclass
class Draft:
    id: int
    channel: str
    language: str
    text: str = ""
    cursor: int = 0
    ignored: list[tuple[str, str]] = field(default_factory=list)
    updated: float = 0.0
    position: int = 0
    inbox_message: int | None = None  # the inbox message this draft answers (or thanks)
    inbox_kind: str = ""  # "reply" or "thanks" when inbox_message is set


class DraftsGone(OzonError):
    """The drafts file this store opened is no longer at its path (deleted or replaced)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: the drafts file was deleted or replaced while the app was "
                         "open", code="drafts_gone", path=path)
        self.path = path


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` now (device and inode), None when none is."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


#: how long opening the window waits for another program's lock on the drafts (milliseconds)
START_BUSY_MS = 2000


class DraftStore:
    """The drafts database. One instance per thread: the window's, and the one its
    :class:`~ozon_assistant.storage.draft_writer.DraftWriter` opens for itself.

    ``existing``: open the file that is there (the writer's own connection), never make a new
    one; else a damaged file is renamed aside (``set_aside`` says where) and a new one made."""

    def __init__(self, path: Path | None = None, *, existing: bool = False) -> None:
        self.path = path or paths.drafts_db()
        self.set_aside: Path | None = None
        if existing:
            self._conn: sqlite3.Connection = connect(self.path, MIGRATIONS, create=False)
        else:
            self._conn, self.set_aside = open_or_set_aside(self.path, MIGRATIONS)
        self.identity = file_identity(self.path)
        self.session: int | None = None

    def close(self) -> None:
        self._conn.close()

    def gone(self) -> bool:
        """Whether the file this store opened is no longer at its path (deleted or replaced
        by another file): what is written here then would be lost."""
        try:
            return file_identity(self.path) != self.identity
        except OSError:  # cannot tell (no permission to look): keep writing
            return False

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return list(self._conn.execute(sql, params))
        except sqlite3.Error as exc:
            raise storage_error(self.path, exc) from None

    # -- sessions ------------------------------------------------------------------------------
    def begin_session(self) -> int:
        """Start this run's session. Call :meth:`recoverable` and :meth:`reopen` right after.
        Another program's lock is waited for only briefly: the window is waiting to appear."""
        self._conn.execute(f"PRAGMA busy_timeout = {START_BUSY_MS}")
        try:
            with transaction(self._conn):
                cur = self._conn.execute(
                    "INSERT INTO sessions (pid, started) VALUES (?, ?)", (os.getpid(), time.time()))
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        self.session = int(cur.lastrowid or 0)
        return self.session

    def _crashed_sessions(self) -> list[int]:
        """Sessions that never ended and whose process is gone (or is us, from an earlier run:
        a pid can be reused, and this session was begun after them)."""
        rows = self._rows(
            "SELECT id, pid FROM sessions WHERE ended IS NULL AND id != ?", (self.session or -1,))
        me = os.getpid()
        return [r["id"] for r in rows if r["pid"] == me or not pid_alive(r["pid"])]

    def recoverable(self) -> list[Draft]:
        """Non-empty drafts left open by a session that crashed, newest first."""
        crashed = self._crashed_sessions()
        if not crashed:
            return []
        marks = ",".join("?" * len(crashed))
        rows = self._rows(
            f"SELECT * FROM drafts WHERE session IN ({marks}) AND text != '' "
            "ORDER BY updated DESC", crashed)
        return [self._draft(r) for r in rows]

    def reopen(self) -> list[Draft]:
        """Drafts a cleanly ended session left open (or orphaned ones): adopted by this session."""
        rows = self._rows(
            "SELECT d.* FROM drafts d LEFT JOIN sessions s ON d.session = s.id "
            "WHERE d.text != '' AND (s.id IS NULL OR s.ended IS NOT NULL) "
            "ORDER BY d.position, d.id")
        drafts = [self._draft(r) for r in rows]
        self.adopt(d.id for d in drafts)
        return drafts

    def adopt(self, ids: Iterable[int]) -> None:
        """Make drafts part of this session (restoring them)."""
        ids = list(ids)
        with transaction(self._conn):
            self._conn.executemany("UPDATE drafts SET session = ? WHERE id = ?",
                                   [(self.session, i) for i in ids])

    def discard(self, ids: Iterable[int]) -> None:
        with transaction(self._conn):
            self._conn.executemany("DELETE FROM drafts WHERE id = ?", [(i,) for i in ids])
        self._forget_dead_sessions()

    def end_session(self) -> None:
        """A clean exit: empty drafts go, the rest reopen next time."""
        if self.session is None:
            return
        with transaction(self._conn):
            self._conn.execute("DELETE FROM drafts WHERE session = ? AND text = ''", (self.session,))
            self._conn.execute("UPDATE sessions SET ended = ? WHERE id = ?",
                               (time.time(), self.session))
        self._forget_dead_sessions()
        self.session = None

    def _forget_dead_sessions(self) -> None:
        """Ended or crashed sessions with no drafts left are history nobody needs. A running
        session (another window) is never touched, so its drafts are never adopted by us."""
        dead = [r["id"] for r in self._conn.execute(
            "SELECT id FROM sessions WHERE ended IS NOT NULL AND id != ?", (self.session or -1,))]
        dead += self._crashed_sessions()
        with transaction(self._conn):
            self._conn.executemany(
                "DELETE FROM sessions WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM drafts WHERE session = ?)", [(i, i) for i in dead])

    # -- drafts --------------------------------------------------------------------------------
    def create(self, channel: str, language: str = "auto", text: str = "",
               position: int = 0) -> Draft:
        now = time.time()
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO drafts (session, created, updated, channel, language, text, cursor,"
                " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.session, now, now, channel, language, text, len(text), position))
        return Draft(id=int(cur.lastrowid or 0), channel=channel, language=language, text=text,
                     cursor=len(text), updated=now, position=position)

    def save(self, draft: Draft) -> None:
        """Write the draft's current state (text, channel, language, cursor, ignored, position,
        the inbox message it answers).
        :class:`DraftsGone` when the file is not the one opened any more, or holds no such
        draft: written there, the text would be lost."""
        import json  # here: not needed to open the window

        if self.gone():
            raise DraftsGone(self.path)
        draft.updated = time.time()
        with transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE drafts SET updated = ?, channel = ?, language = ?, text = ?, cursor = ?,"
                " ignored = ?, position = ?, session = ?, inbox_message = ?, inbox_kind = ?"
                " WHERE id = ?",
                (draft.updated, draft.channel, draft.language, draft.text, draft.cursor,
                 json.dumps([list(x) for x in draft.ignored], ensure_ascii=False),
                 draft.position, self.session, draft.inbox_message, draft.inbox_kind,
                 draft.id))
            if cur.rowcount == 0:
                raise DraftsGone(self.path)

    def delete(self, draft_id: int) -> None:
        with transaction(self._conn):
            self._conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def get(self, draft_id: int) -> Draft | None:
        row = self._conn.execute("SELECT * FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return self._draft(row) if row else None

    def all(self) -> list[Draft]:
        return [self._draft(r) for r in self._conn.execute("SELECT * FROM drafts ORDER BY id")]

    @staticmethod
    def _draft(row: sqlite3.Row) -> Draft:
        import json  # here: not needed to open the window

        ignored: Sequence[Sequence[str]] = json.loads(row["ignored"] or "[]")
        return Draft(
            id=row["id"], channel=row["channel"], language=row["language"], text=row["text"],
            cursor=row["cursor"], ignored=[(str(a), str(b)) for a, b in ignored],
            updated=row["updated"], position=row["position"],
            inbox_message=row["inbox_message"], inbox_kind=row["inbox_kind"] or "",
        )

