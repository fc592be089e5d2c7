"""Checking off the GUI thread: QRunnable jobs that report back through a signal-carrying QObject.

A QRunnable is not a QObject, so it cannot have signals; each job holds a reference to a small
``JobSignals`` object created on the GUI thread. Emitting from the worker thread queues the call
to the GUI thread, where the live checker decides whether the result is still wanted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ozon_assistant.core.types import Finding

log = logging.getLogger(__name__)

#: (block number, block revision, paragraph text) sent to a worker
Item = tuple[int, int, str]
#: (block number, block revision, paragraph text, findings) sent back
Result = tuple[int, int, str, list[Finding]]


class JobSignals(QObject):
    """Carries results from workers to the GUI thread: (generation, kind, results)."""

    paragraphs_done = Signal(int, str, object)
    document_done = Signal(int, int, str, object)


class ParagraphJob(QRunnable):
    """Runs ``check(text)`` for each paragraph of a chunk and emits all results at once."""

    def __init__(self, signals: JobSignals, generation: int, kind: str,
                 check: Callable[[str], list[Finding]], items: Sequence[Item]) -> None:
        super().__init__()
        self.signals, self.generation, self.kind = signals, generation, kind
        self.check, self.items = check, list(items)

    def run(self) -> None:
        out: list[Result] = []
        for number, revision, text in self.items:
            try:
                found = self.check(text)
            except Exception:  # a broken source must not take the window down
                log.exception("checking a paragraph failed (%s)", self.kind)
                found = []
            out.append((number, revision, text, found))
        self.signals.paragraphs_done.emit(self.generation, self.kind, out)


class DocumentJob(QRunnable):
    """Whole-reply checks (greeting, length) for one revision of the document."""

    def __init__(self, signals: JobSignals, generation: int, revision: int, text: str,
                 check: Callable[[str], list[Finding]]) -> None:
        super().__init__()
        self.signals, self.generation, self.revision = signals, generation, revision
        self.text, self.check = text, check

    def run(self) -> None:
        try:
            found: Any = self.check(self.text)
        except Exception:
            log.exception("checking the whole reply failed")
            found = []
        self.signals.document_done.emit(self.generation, self.revision, self.text, found)


_source_pool: QThreadPool | None = None


def house_pool() -> QThreadPool:
    """House rules: fast, CPU-bound; Qt's global pool."""
    return QThreadPool.globalInstance()


def source_pool() -> QThreadPool:
    """Speller and LanguageTool: possibly slow (I/O), so a pool of their own keeps them from
    delaying house underlines."""
    global _source_pool
    if _source_pool is None:
        _source_pool = QThreadPool()
        _source_pool.setMaxThreadCount(2)
    return _source_pool


def wait_for_workers(msecs: int = 5000) -> None:
    """Let running checks finish (window closing, tests tearing down)."""
    house_pool().waitForDone(msecs)
    if _source_pool is not None:
        _source_pool.waitForDone(msecs)
