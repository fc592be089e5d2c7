"""One writer at a time for a file the CLI and the window both change (config.toml, the personal
dictionary, the snippet library): an exclusive lock on a small hidden file beside it.

Every writer takes the lock, re-reads the file as it is now, changes it and writes it back
before letting go, so two processes writing at once both keep their changes. The lock file is
left in place (removing it would let a third process lock a file the second still holds); the
operating system releases the lock when a process dies, so a crash never leaves it stuck.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ozon_assistant.core.errors import OzonError

WAIT_SECONDS = 30.0


class Busy(OzonError):
    """Another process held the lock for longer than we wait."""


def lock_path(path: Path) -> Path:
    """The lock beside ``path`` (beside the file a symbolic link points to)."""
    target = Path(os.path.realpath(path))
    return target.with_name(f".{target.name}.lock")


_held = threading.local()  # the locks this thread holds, by lock file: a writer may call another


@contextmanager
def locked(path: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock for ``path`` (a file or a folder; the lock file is beside it).

    Re-entrant within a thread. Raises OSError when the lock file cannot be created (a
    read-only folder: the write that follows would fail the same way) and :class:`Busy` after
    ``wait`` seconds."""
    where = lock_path(path)
    held: dict[Path, int] = _held.__dict__.setdefault("paths", {})
    if held.get(where):
        held[where] += 1
        try:
            yield
        finally:
            held[where] -= 1
        return
    where.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(where, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, where, wait)
        held[where] = 1
        try:
            yield
        finally:
            held.pop(where, None)
            _release(fd)
    finally:
        os.close(fd)


def _acquire(fd: int, where: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    delay = 0.002
    while True:
        if _try_lock(fd):
            return
        if time.monotonic() >= deadline:
            raise Busy(f"{where}: another ozon-assistant is still writing; try again in a moment")
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
