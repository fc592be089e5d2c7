"""Opening a database: WAL mode, foreign keys, a busy timeout, versioned migrations.

Each store (history, drafts, outbox, snippet usage) keeps its own file and its own list of
migrations, so parts of the app evolve their schema without touching each other. A database
written by a newer version of the app is refused with a clear error instead of being damaged.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError


def db_path(name: str) -> Path:
    """The database ``name`` in the data folder (see :mod:`ozon_assistant.core.paths`)."""
    return paths.database_file(name)


Migration = Sequence[str]


def connect(path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection:
    """Open ``path``, creating it, and apply the migrations it has not seen yet.

    ``migrations[i]`` is the list of SQL statements that moves the schema from version i to
    i + 1; they run in one transaction with the version bump.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ConfigError(path, f"cannot open database: {exc}", code="db_open", reason=exc) from None
    if version > len(migrations):
        conn.close()
        raise ConfigError(path, f"database is from a newer version of the app (schema {version})",
                          code="db_newer", version=version)
    for target in range(version, len(migrations)):
        with transaction(conn):
            # another process (the window and the CLI at once) may have just done this step
            if conn.execute("PRAGMA user_version").fetchone()[0] > target:
                continue
            for statement in migrations[target]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target + 1}")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
