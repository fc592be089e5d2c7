"""Opening a database: WAL mode, foreign keys, a busy timeout, versioned migrations.

Each store (history, drafts, outbox, snippet usage) keeps its own file and its own list of
migrations, so parts of the app evolve their schema without touching each other. A database
written by a newer version of the app is refused with a clear error instead of being damaged.

A database that cannot be used is one line naming the file, never a traceback
(:class:`StorageError`: locked by another program, a full disk, a damaged file, a read-only
one). A store that must keep working (the drafts, the outbox) opens with
:func:`open_or_set_aside`: a damaged file is renamed aside — kept for recovery, never deleted —
and a new one is started.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError


def db_path(name: str) -> Path:
    """The database ``name`` in the data folder (see :mod:`ozon_assistant.core.paths`)."""
    return paths.database_file(name)


Migration = Sequence[str]

#: how long a write waits for another program's lock before it is refused (seconds)
BUSY_TIMEOUT = 10.0


class StorageError(ConfigError):
    """A database that cannot be used now, in one line naming it. ``code``: db_locked,
    db_full, db_damaged, db_readonly or db_open."""


def damaged(exc: BaseException) -> bool:
    """Whether ``exc`` says the file is not a sound database (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or (
        isinstance(exc, sqlite3.DatabaseError)
        and ("malformed" in str(exc) or "not a database" in str(exc)))


def storage_error(path: Path, exc: sqlite3.Error) -> StorageError:
    """``exc`` from SQLite as one line naming ``path`` and saying what the seller can do."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StorageError(path, "the database is in use by another program (it is locked); "
                            "nothing was changed: try again when that program is done",
                            code="db_locked")
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StorageError(path, "the disk is full: nothing could be written (free some "
                            "space)", code="db_full")
    if damaged(exc):
        return StorageError(path, f"the database is damaged ({text})", code="db_damaged",
                            reason=text)
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return StorageError(path, "the database cannot be written (the file or its folder is "
                            "read-only)", code="db_readonly")
    return StorageError(path, f"cannot open database: {text}", code="db_open", reason=text)


def connect(path: Path, migrations: Sequence[Migration], *, create: bool = True,
            verify: bool = False) -> sqlite3.Connection:
    """Open ``path`` (creating it unless ``create`` is False) and apply the migrations it has
    not seen yet. ``verify``: check the whole file's structure too (``PRAGMA quick_check``),
    so a file damaged in the middle is found now, not at some later read. Any failure is a
    :class:`StorageError`.

    ``migrations[i]`` is the list of SQL statements that moves the schema from version i to
    i + 1; they run in one transaction with the version bump.
    """
    conn: sqlite3.Connection | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if create:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None,
                                   check_same_thread=False)
        else:  # the file must be there already (never a new, empty one in its place)
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                   timeout=BUSY_TIMEOUT, isolation_level=None,
                                   check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if verify:
            verdict = [r[0] for r in conn.execute("PRAGMA quick_check")]
            if verdict != ["ok"]:
                raise sqlite3.DatabaseError("database disk image is malformed: "
                                            + "; ".join(verdict[:3]))
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise storage_error(path, exc) from None
    except OSError as exc:  # the folder cannot be made (a full disk, a file in its place)
        raise StorageError(path, f"cannot open database: {exc.strerror or exc}",
                           code="db_open", reason=exc.strerror or exc) from None
    if version > len(migrations):
        conn.close()
        raise ConfigError(path, f"database is from a newer version of the app (schema {version})",
                          code="db_newer", version=version)
    try:
        for target in range(version, len(migrations)):
            with transaction(conn):
                # another process (the window and the CLI at once) may have just done this step
                if conn.execute("PRAGMA user_version").fetchone()[0] > target:
                    continue
                for statement in migrations[target]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target + 1}")
    except StorageError:
        conn.close()
        raise
    return conn


def set_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal and -shm files) aside, for recovery: it is
    never deleted. The new name: ``drafts.sqlite3.damaged-20250512-100000``."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.rename(path, dest)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.rename(side, dest.with_name(dest.name + suffix))
    return dest


def open_or_set_aside(path: Path, migrations: Sequence[Migration]
                      ) -> tuple[sqlite3.Connection, Path | None]:
    """Open ``path`` like :func:`connect` (its structure verified); a damaged file is renamed
    aside (:func:`set_aside`) and a new one started. The connection, and where the damaged
    file went (None when it was sound). Other failures (locked, a full disk) are raised."""
    try:
        return connect(path, migrations, verify=True), None
    except StorageError as exc:
        if exc.code != "db_damaged":
            raise
    try:
        dest = set_aside(path)
    except OSError as exc:
        raise StorageError(path, f"the database is damaged and cannot be renamed aside "
                           f"({exc.strerror or exc})", code="db_open",
                           reason=exc.strerror or exc) from None
    return connect(path, migrations), dest


def _file_of(conn: sqlite3.Connection) -> Path:
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
        return Path(row[2]) if row and row[2] else Path("database")
    except sqlite3.Error:
        return Path("database")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception. SQLite's own failures (locked by
    another program, a full disk, a damaged file) come out as one-line :class:`StorageError`."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(_file_of(conn), exc) from None
    try:
        yield conn
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # SQLite rolled back by itself (a full disk), or the file is gone
        if isinstance(exc, sqlite3.OperationalError) or (  # not a bug's error
                isinstance(exc, sqlite3.DatabaseError) and damaged(exc)):
            raise storage_error(_file_of(conn), exc) from None
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        raise storage_error(_file_of(conn), exc) from None
