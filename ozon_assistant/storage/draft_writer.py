"""Autosaves written on a thread of their own.

The window autosaves while the seller types (about twice a second). A write is a fraction of a
millisecond on a quiet SSD, but tens of milliseconds on a busy disk or under an antivirus that
scans every write, and the window must never wait on a disk. So the window hands each draft's
state here and goes on; one writer thread writes them in order. A draft saved again before its
previous state was written is written once, with the newer state. ``flush`` waits until every
state handed over is on disk (closing the window, tests).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from ozon_assistant.storage.drafts import Draft, DraftStore

log = logging.getLogger(__name__)


class DraftWriter:
    """Writes drafts to ``store`` off the caller's thread; ``on_error`` hears of failed writes
    (called on the writer thread: a window forwards it to its own thread)."""

    def __init__(self, store: DraftStore, on_error: Callable[[Exception], None]) -> None:
        self.store = store
        self._on_error = on_error
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

    def flush(self) -> None:
        """Return once every state handed over so far is written (or has failed)."""
        with self._cond:
            while self._pending or self._writing:
                self._cond.wait()

    def close(self) -> None:
        """Write what is pending and stop the thread; later saves are written at once."""
        self.flush()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending:
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

    def _write(self, state: Draft) -> None:
        try:
            self.store.save(state)
        except Exception as exc:  # a full disk must not lose the text on screen, nor the thread
            log.exception("saving a draft failed")
            try:
                self._on_error(exc)
            except Exception:  # the window is gone: the log has it
                log.exception("reporting a failed draft save failed")
