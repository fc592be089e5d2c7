"""Autosaves written on a thread of their own.

The window autosaves while the seller types (about twice a second). A write is a fraction of a
millisecond on a quiet SSD, but tens of milliseconds on a busy disk or under an antivirus that
scans every write, and the window must never wait on a disk. So the window hands each draft's
state here and goes on; one writer thread writes them in order. A draft saved again before its
previous state was written is written once, with the newer state. ``flush`` waits until every
state handed over is on disk (closing the window, tests). The writer has its own connection to
the database, so a write stuck on the disk holds up nothing the window does with its own.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ozon_assistant.storage.drafts import Draft, DraftsGone, DraftStore, file_identity

log = logging.getLogger(__name__)


class DraftWriter:
    """Writes drafts to ``store`` off the caller's thread; ``on_error`` hears of failed writes
    (called on the writer thread: a window forwards it to its own thread)."""

    def __init__(self, store: DraftStore, on_error: Callable[[Exception], None],
                 opener: Callable[[Path], DraftStore] | None = None) -> None:
        """``store``: the window's (drafts are saved into its session); ``opener`` opens the
        writer thread's own connection to the same file."""
        self.store = store
        self._on_error = on_error
        self._opener = opener or (lambda path: DraftStore(path, existing=True))
        self._own: DraftStore | None = None
        self._cond = threading.Condition()
        self._pending: dict[int, Draft] = {}  # draft id → the latest state not yet written
        self._writing = False
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="draft-writer", daemon=True)
        self._thread.start()

    def save(self, draft: Draft) -> None:
        """Write ``draft`` as it is now, soon (at once, on this thread, once closed)."""
        state = replace(draft, ignored=list(draft.ignored))  # later edits are not this save's
        with self._cond:
            if not self._closed:
                self._pending[draft.id] = state
                self._cond.notify_all()
                return
        self._write(state)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every state handed over so far is written (or has failed); False when
        ``timeout`` seconds passed first (the disk is stuck)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while self._pending or self._writing:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Write what is pending and stop the thread; later saves are written at once. A disk
        stuck for ``timeout`` seconds does not keep the app from closing: what was not written
        by then is what the last autosave before it had written."""
        if not self.flush(timeout):
            log.warning("drafts still being written after %g s; closing without them", timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=1)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending:
                    if self._own is not None:
                        self._own.close()
                    return  # closed, nothing left
                draft_id = next(iter(self._pending))
                state = self._pending.pop(draft_id)
                self._writing = True
            try:
                self._write(state)
            finally:
                with self._cond:
                    self._writing = False
                    self._cond.notify_all()

    def _target(self) -> DraftStore:
        """The writer thread's own connection (opened there, on first use); the window's
        store for a save made after closing, on the window's thread."""
        if threading.current_thread() is not self._thread:
            return self.store
        if self._own is None:
            if file_identity(self.store.path) != self.store.identity:
                raise DraftsGone(self.store.path)  # never a new file the window knows nothing of
            self._own = self._opener(self.store.path)
        if self._own.identity != self.store.identity:  # another file came in its place
            raise DraftsGone(self.store.path)
        self._own.session = self.store.session
        return self._own

    def _write(self, state: Draft) -> None:
        try:
            self._target().save(state)
        except Exception as exc:  # a full disk must not lose the text on screen, nor the thread
            log.exception("saving a draft failed")
            try:
                self._on_error(exc)
            except Exception:  # the window is gone: the log has it
                log.exception("reporting a failed draft save failed")
