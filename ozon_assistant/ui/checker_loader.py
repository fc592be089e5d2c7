"""The window's first checker, loaded on a worker thread right after the first paint.

Loading the house rules takes a few milliseconds from the compiled cache, and several hundred
the first time (after an install or a rule change, when the packs are compiled). On the GUI
thread that would freeze a window the seller can already type into; on a thread it only shares
the interpreter (ensure_app sets a 1 ms switch interval, so keys still come through). Whoever
needs the checker before it is ready waits for it (``result``), which is what the window did
before it moved off the first paint.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundLoad(Generic[T]):
    """``load()`` run once, on a thread once ``start`` is called, else where it is first asked."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._load = load
        self._thread: threading.Thread | None = None
        self._value: T | None = None
        self._failed = False

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="checker-load", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._load()
        except Exception:  # loaded again where it is needed, where the error is reported
            log.exception("loading the checker on a thread failed")
            self._failed = True

    @property
    def ready(self) -> bool:
        """Started and finished: ``result`` will not wait."""
        return self._thread is not None and not self._thread.is_alive()

    def result(self) -> T:
        """The loaded value, waiting for the thread if it is still at work."""
        if self._thread is not None:
            self._thread.join()
        if self._value is None or self._failed:
            self._value, self._failed = self._load(), False
        return self._value
