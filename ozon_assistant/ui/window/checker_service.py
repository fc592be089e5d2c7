"""The one owner of the window's checker: it loads it, adds the sources, and swaps it.

The house rules load on a thread right after the first paint (``start``): a few milliseconds
from the compiled cache, several hundred the first time (after an install or a rule change, when
the packs are compiled). On the GUI thread that would freeze a window the seller can already
type into; on a thread it only shares the interpreter (ensure_app sets a 1 ms switch interval,
so keys still come through). Whoever needs the checker before it is ready waits for it
(``checker``). The speller and LanguageTool join later (``add_sources``, a start-up step);
settings and the personal dictionary build it again (``apply``, ``reload``).

Every new checker is announced with ``checker_changed``: the window hands it to its drafts' live
checkers, its status bar and its open views. Nothing else builds or swaps checkers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.ui.shared.error_text import error_text

if TYPE_CHECKING:  # the checker loads after the first paint: its modules too
    from ozon_assistant.checker.engine import Checker
    from ozon_assistant.core.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundLoad(Generic[T]):
    """``load()`` run once, on a thread once ``start`` is called, else where it is first asked.
    ``done`` is called on the thread when it has finished (also when it failed)."""

    def __init__(self, load: Callable[[], T], done: Callable[[], None] | None = None) -> None:
        self._load = load
        self._done = done
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
        if self._done is not None:
            self._done()

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


class CheckerService(QObject):
    """The window's checker: loaded off the GUI thread, then swapped only here."""

    #: the new checker, and whether it has the same house rules (only sources were added: what
    #: the house rules found stays valid)
    checker_changed = Signal(object, bool)
    #: a source could not start, or the seller's rule pack is broken: for the status bar
    problem = Signal(str)
    _first_loaded = Signal()  # from the loading thread, queued to the GUI thread

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._checker: Checker | None = None
        self._sources_pending = True  # the speller and LanguageTool come after the house rules
        self._first = BackgroundLoad(self._load_first, done=self._announce_first)
        self._first_loaded.connect(self._take_first)

    # -- what the window asks --------------------------------------------------------------------
    def start(self) -> None:
        """Load the house rules on a thread (start-up, right after the first paint)."""
        self._first.start()

    @property
    def ready(self) -> bool:
        """Whether asking for ``checker`` now is instant."""
        return self._checker is not None or self._first.ready

    @property
    def loaded(self) -> Checker | None:
        """The checker if it is loaded already (None during start-up)."""
        return self._checker

    @property
    def checker(self) -> Checker:
        """The checker now, waiting for the house rules if they are still loading."""
        if self._checker is None:
            checker, problem, self._sources_pending = self._first.result()
            self._install(checker, keep_house=False, problem=problem)
        assert self._checker is not None
        return self._checker

    # -- what changes it -------------------------------------------------------------------------
    def add_sources(self) -> None:
        """The speller and LanguageTool join the house rules (start-up's last step); what the
        house rules found is kept."""
        self.checker  # noqa: B018 - the house rules first (and whether sources are still due)
        if not self._sources_pending:  # the seller's rule pack was broken: all loaded at once
            return
        self._sources_pending = False
        checker, problem = build_checker(self._settings)
        self._install(checker, keep_house=True, problem=problem)

    def apply(self, settings: Settings) -> None:
        """Settings changed (rules switched on or off, the LanguageTool mode …): build again."""
        self._settings = settings
        self._sources_pending = False
        checker, problem = build_checker(settings)
        if settings.languagetool != "local":  # a local LanguageTool runs only while it is chosen
            from ozon_assistant.languagetool import stop_local_servers

            stop_local_servers()
        self._install(checker, keep_house=False, problem=problem)

    def reload(self) -> None:
        """The personal dictionary changed: build again with the same settings."""
        self._sources_pending = False
        checker, _ = build_checker(self._settings)
        self._install(checker, keep_house=False, problem="")

    def use(self, checker: Checker, keep_house: bool = False) -> None:
        """Use ``checker`` as it is (a test's own sources)."""
        self._install(checker, keep_house=keep_house, problem="")

    # -- inside ----------------------------------------------------------------------------------
    def _install(self, checker: Checker, keep_house: bool, problem: str) -> None:
        self._checker = checker
        self.checker_changed.emit(checker, keep_house)
        if problem:
            self.problem.emit(problem)

    def _load_first(self) -> tuple[Checker, str, bool]:
        """On the thread: the house rules alone (fast) and whether the sources are still to come;
        when the seller's own rule pack is broken, everything now, with the fallback and its
        message."""
        from ozon_assistant.checker.engine import get_checker

        settings = self._settings
        try:
            return get_checker(settings, []), "", True
        except ConfigError:
            checker, problem = build_checker(settings)
            return checker, problem, False

    def _announce_first(self) -> None:
        """On the thread, once the first load is done: the GUI thread takes the checker over."""
        try:
            self._first_loaded.emit()
        except RuntimeError:  # the window (and this service) went away meanwhile
            pass

    def _take_first(self) -> None:
        if self._checker is None:
            self.checker  # noqa: B018 - takes it over (and announces it)


def build_checker(settings: Settings) -> tuple[Checker, str]:
    """The checker with the sources the settings ask for; a message when a source can't start."""
    from ozon_assistant.checker.engine import Checker, get_checker
    from ozon_assistant.checker.sources import build_sources

    try:
        sources = build_sources(settings, wait_for_limit=True)  # on a worker thread: not felt
        problem = ""
    except OzonError as exc:
        sources, problem = [], error_text(exc)
    try:
        return get_checker(settings, sources), problem
    except ConfigError as exc:  # the seller's own rule pack is broken: bundled rules only
        from ozon_assistant.checker.compiled import load_compiled
        from ozon_assistant.checker.engine import Overrides
        from ozon_assistant.core import paths

        packs = load_compiled([paths.rules_dir()], paths.cache_dir())
        return Checker(packs, Overrides.from_settings(settings), sources), error_text(exc)
