"""The outbox: every message is written here before the first attempt and leaves only as "sent".

States::

    queued ──claim──▶ sending ──end of DATA──▶ data_sent ──250──▶ sent
      ▲                 │                          │
      └── temporary ────┤ (4xx, refused, timeout)  └── no answer / app died ──▶ uncertain
                        └── permanent (5xx, auth, TLS) ──▶ failed

``failed`` and ``uncertain`` wait for the seller. ``uncertain`` ("may have been sent") is never
resent without an explicit ``force``: the server may already have the message. A row in
``sending`` or ``data_sent`` whose process died is recovered when the outbox is next opened:
``sending`` goes back to ``queued`` (the server cannot have accepted it), ``data_sent`` becomes
``uncertain``. The message bytes are stored once, so every retry carries the same Message-ID.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.process import pid_alive
from ozon_assistant.mail.errors import TEMPORARY, UNCERTAIN
from ozon_assistant.storage.db import open_or_set_aside, transaction

QUEUED, SENDING, DATA_SENT, SENT, FAILED, MAYBE = (
    "queued", "sending", "data_sent", "sent", "failed", "uncertain")
STATES = (QUEUED, SENDING, DATA_SENT, SENT, FAILED, MAYBE)
LABELS = {QUEUED: "queued", SENDING: "sending", DATA_SENT: "sending", SENT: "sent",
          FAILED: "failed", MAYBE: "may have been sent"}
#: Waits after the 1st, 2nd … temporary failure; the last one repeats.
BACKOFF = (30.0, 120.0, 600.0, 1800.0, 3600.0)
MAX_TEMPORARY_ATTEMPTS = 10
#: An attempt older than this whose owner still seems alive (a reused pid) is recovered anyway.
STALE_AFTER = 3600.0

MIGRATIONS = [
    [
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            created REAL NOT NULL,
            updated REAL NOT NULL,
            account TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            sender TEXT NOT NULL,
            recipients TEXT NOT NULL,      -- JSON list: the envelope (To and Cc)
            to_addrs TEXT NOT NULL,        -- as shown: To
            cc_addrs TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL,
            raw BLOB NOT NULL,             -- the message exactly as sent, every attempt
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            next_attempt REAL,
            owner_pid INTEGER,
            sent_at REAL,
            server_reply TEXT NOT NULL DEFAULT '',
            meta TEXT NOT NULL DEFAULT '{}' -- JSON: what history records once it is sent
        )""",
        "CREATE INDEX outbox_state ON outbox(state, next_attempt)",
    ],
    [  # the last error as data too, so a window can say it in the seller's language
        "ALTER TABLE outbox ADD COLUMN error_code TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE outbox ADD COLUMN error_params TEXT NOT NULL DEFAULT '{}'",
    ],
]


#: told of every damaged outbox set aside, with its path and where the damaged file went: the
#: CLI says it on stderr, the window in its status bar (called on the thread that opened it)
set_aside_listeners: list[Callable[[Path, Path], None]] = []


def set_aside_note(path: Path, dest: Path) -> str:
    """The seller's line for a damaged outbox renamed aside (English: the CLI's)."""
    return (f"{path} was damaged: it was renamed to {dest} and kept for recovery (nothing in it "
            "was deleted); a new outbox was started, so the messages in the damaged one are not "
            "here")


def backoff(attempts: int) -> float:
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


@dataclass(frozen=True)
class Entry:
    id: int
    created: float
    updated: float
    account: str
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    to: str
    cc: str
    subject: str
    raw: bytes
    state: str
    attempts: int
    last_error: str
    next_attempt: float | None
    sent_at: float | None
    server_reply: str
    meta: dict[str, Any]
    error_code: str = ""
    error_params: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return LABELS.get(self.state, self.state)

    def error(self) -> OzonError | None:
        """The last error (its English line, code and facts), or None when there is none."""
        if not self.last_error:
            return None
        return OzonError(self.last_error, code=self.error_code, **self.error_params)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "to": self.to, "cc": self.cc, "subject": self.subject,
            "state": self.state, "status": self.label, "attempts": self.attempts,
            "last_error": self.last_error, "account": self.account, "message_id": self.message_id,
            "created": self.created, "next_attempt": self.next_attempt, "sent_at": self.sent_at,
        }


class Outbox:
    """The outbox database (``outbox.sqlite3`` in the data folder). Thread-safe."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.outbox_db()
        # a damaged outbox is renamed aside, kept for recovery, and a new one started
        self.set_aside: Path | None
        self._conn, self.set_aside = open_or_set_aside(self.path, MIGRATIONS)
        self._lock = threading.RLock()
        if self.set_aside is not None:  # never silently: whoever opened it tells the seller
            for listener in list(set_aside_listeners):
                listener(self.path, self.set_aside)
        self.recover()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock, transaction(self._conn) as conn:
            yield conn

    # -- reading ------------------------------------------------------------------------------
    @staticmethod
    def _entry(r: sqlite3.Row) -> Entry:
        return Entry(
            id=r["id"], created=r["created"], updated=r["updated"], account=r["account"],
            message_id=r["message_id"], sender=r["sender"],
            recipients=tuple(json.loads(r["recipients"])), to=r["to_addrs"], cc=r["cc_addrs"],
            subject=r["subject"], raw=bytes(r["raw"]), state=r["state"], attempts=r["attempts"],
            last_error=r["last_error"], next_attempt=r["next_attempt"], sent_at=r["sent_at"],
            server_reply=r["server_reply"], meta=json.loads(r["meta"] or "{}"),
            error_code=r["error_code"], error_params=json.loads(r["error_params"] or "{}"),
        )

    def get(self, entry_id: int) -> Entry:
        with self._lock:
            row = self._conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise OzonError(f"outbox: no message with id {entry_id}", code="outbox_no_message",
                            id=entry_id)
        return self._entry(row)

    def entries(self, include_sent: bool = True) -> list[Entry]:
        sql = "SELECT * FROM outbox"
        if not include_sent:
            sql += f" WHERE state != '{SENT}'"
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY created DESC, id DESC").fetchall()
        return [self._entry(r) for r in rows]

    def due(self, now: float | None = None) -> list[int]:
        """Queued messages whose retry time has come, oldest first."""
        now = time.time() if now is None else now
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM outbox WHERE state = ? AND (next_attempt IS NULL OR next_attempt <= ?)"
                " ORDER BY created, id", (QUEUED, now)).fetchall()
        return [r[0] for r in rows]

    def pending_count(self) -> int:
        with self._lock:
            row = self._conn.execute("SELECT count(*) FROM outbox WHERE state != ?", (SENT,)).fetchone()
        return int(row[0])

    # -- writing ------------------------------------------------------------------------------
    def add(self, *, account: str, message_id: str, sender: str, recipients: tuple[str, ...],
            to: str, cc: str, subject: str, raw: bytes, meta: dict[str, Any]) -> int:
        now = time.time()
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT INTO outbox (created, updated, account, message_id, sender, recipients,"
                " to_addrs, cc_addrs, subject, raw, state, next_attempt, meta)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now, now, account, message_id, sender, json.dumps(list(recipients)), to, cc,
                 subject, raw, QUEUED, now, json.dumps(meta, ensure_ascii=False)))
        return int(cur.lastrowid or 0)

    def claim(self, entry_id: int) -> Entry | None:
        """Take a queued message for one attempt (None when another attempt has it or it left).

        The state test and the update are one transaction, so the window's retry timer and a
        CLI ``outbox retry`` can never send the same message at once.
        """
        with self._tx() as conn:
            cur = conn.execute(
                "UPDATE outbox SET state = ?, owner_pid = ?, attempts = attempts + 1, updated = ?"
                " WHERE id = ? AND state = ?", (SENDING, os.getpid(), time.time(), entry_id, QUEUED))
            if cur.rowcount != 1:
                return None
        return self.get(entry_id)

    def _set(self, entry_id: int, expect: tuple[str, ...], **values: Any) -> bool:
        values["updated"] = time.time()
        cols = ", ".join(f"{k} = ?" for k in values)
        marks = ", ".join("?" for _ in expect)
        with self._tx() as conn:
            cur = conn.execute(f"UPDATE outbox SET {cols} WHERE id = ? AND state IN ({marks})",
                               (*values.values(), entry_id, *expect))
        return cur.rowcount == 1

    def mark_data_end(self, entry_id: int) -> None:
        """Committed before the final dot goes out: from here on the server may have it."""
        if not self._set(entry_id, (SENDING,), state=DATA_SENT):
            raise OzonError(f"outbox: message {entry_id} changed while it was being sent",
                            code="outbox_changed", id=entry_id)

    def mark_sent(self, entry_id: int, reply: str) -> None:
        self._set(entry_id, (SENDING, DATA_SENT), state=SENT, sent_at=time.time(), last_error="",
                  error_code="", error_params="{}", server_reply=reply, next_attempt=None,
                  owner_pid=None)

    def mark_failed(self, entry_id: int, error: str, kind: str, code: str = "",
                    params: dict[str, str] | None = None) -> str:
        """Record a failed attempt (the error's line, and its code and facts when it has them);
        returns the new state."""
        entry = self.get(entry_id)
        nxt: float | None = None
        if kind == UNCERTAIN and entry.state == DATA_SENT:
            state = MAYBE
        elif kind == TEMPORARY and entry.attempts < MAX_TEMPORARY_ATTEMPTS:
            state, nxt = QUEUED, time.time() + backoff(entry.attempts)
        else:
            state = FAILED
            if kind == TEMPORARY:
                error = f"{error}; gave up after {entry.attempts} attempts"
                params = {**(params or {}), "gave_up": str(entry.attempts)}
        self._set(entry_id, (SENDING, DATA_SENT), state=state, last_error=error, error_code=code,
                  error_params=json.dumps(params or {}, ensure_ascii=False), next_attempt=nxt,
                  owner_pid=None)
        return state

    def requeue(self, entry_id: int, force: bool = False) -> Entry:
        """Put a failed (or, with ``force``, a may-have-been-sent) message back for sending now."""
        entry = self.get(entry_id)
        allowed = (QUEUED, FAILED, MAYBE) if force else (QUEUED, FAILED)
        if entry.state == MAYBE and not force:
            raise OzonError(
                f"outbox: message {entry_id} may already have been delivered (the app stopped or "
                "the connection broke after the server got it); check your Sent folder or ask the "
                "buyer, then resend with --force or delete it", code="outbox_maybe_sent",
                id=entry_id)
        if entry.state not in allowed:
            busy = entry.state in (SENDING, DATA_SENT)
            raise OzonError(f"outbox: message {entry_id} is {entry.label}; nothing to retry",
                            code="outbox_busy" if busy else "outbox_already_sent", id=entry_id)
        self._set(entry_id, allowed, state=QUEUED, next_attempt=time.time())
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        entry = self.get(entry_id)
        if entry.state in (SENDING, DATA_SENT):
            raise OzonError(f"outbox: message {entry_id} is being sent right now; try again "
                            "shortly", code="outbox_busy", id=entry_id)
        with self._tx() as conn:
            conn.execute("DELETE FROM outbox WHERE id = ? AND state NOT IN (?, ?)",
                         (entry_id, SENDING, DATA_SENT))

    def recover(self) -> int:
        """Settle attempts whose process died; returns how many rows changed."""
        now = time.time()
        changed = 0
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, state, owner_pid, updated FROM outbox WHERE state IN (?, ?)",
                (SENDING, DATA_SENT)).fetchall()
        for r in rows:
            pid = r["owner_pid"]
            if pid is not None and pid_alive(int(pid)) and now - r["updated"] < STALE_AFTER:
                continue
            if r["state"] == SENDING:
                ok = self._set(r["id"], (SENDING,), state=QUEUED, next_attempt=now, owner_pid=None,
                               last_error="the app stopped before the message was handed over; "
                               "it will be sent again", error_code="stopped_before",
                               error_params="{}")
            else:
                ok = self._set(r["id"], (DATA_SENT,), state=MAYBE, owner_pid=None, next_attempt=None,
                               last_error="the app stopped after handing the message to the "
                               "server, before the server confirmed it: it may have been sent",
                               error_code="stopped_after", error_params="{}")
            changed += ok
        return changed


def existing_entries(entry_ids: Iterable[int]) -> dict[int, Entry]:
    """The entries among ``entry_ids`` still in the outbox (a deleted one is left out), read in
    one opening of it: what the inbox looks up for the replies and letters it links to."""
    wanted = list(dict.fromkeys(entry_ids))
    if not wanted:
        return {}
    outbox = Outbox()
    try:
        found: dict[int, Entry] = {}
        for entry_id in wanted:
            try:
                found[entry_id] = outbox.get(entry_id)
            except OzonError:
                continue  # deleted from the outbox
        return found
    finally:
        outbox.close()
