"""The compose window and its public API for the parts that plug into it (ui/window/extensions.py).

Stable API (other modules rely on it; keep it):

- ``add_dock(dock, area)`` — add a dock widget (snippet sidebar, outbox …).
- ``add_action(menu, action)`` — add an action to a menu by English key ("Draft", "Reply",
  "View", "Tools", "Mail", "Help"); unknown keys get a menu of that name.
- ``insert_text(text, cursor_offset=None)`` — insert at the cursor of the current editor as ONE
  undo step; ``cursor_offset`` is a ``str`` index within ``text`` where the cursor lands.
- ``current_editor()``, signal ``editor_created(QPlainTextEdit)`` (every compose editor, also the
  first ones, emitted once extensions are installed), ``current_text()``, ``current_channel()``,
  ``current_language()`` (resolved ru/en), ``check_now()`` (fresh synchronous check),
  ``record_history(action, result, overridden, recipient="", subject="")``, ``settings`` and
  signal ``settings_changed()``, ``status_message(text)``, ``checker`` (the checker now; its
  owner, ``checker_service``, announces every new one with ``checker_changed``).
- ``finish_draft(editor, text)`` — the reply went out (sent, in History): its tab closes, unless
  it was changed since.
- ``ui_lang`` (en, ru, zh) and signal ``language_changed(str)``: the interface language changed
  (first-run screen, Settings). Widgets retranslate themselves on ``QEvent.LanguageChange``;
  the signal is for what depends on the language as data (snippet titles in it).

Start-up is in two parts so the window appears fast: the window, its drafts and the house rules
first; after the first paint the rest, one step at a time on the event loop (``ui.window.startup``).
``complete_startup()`` runs what is left at once (tests, the smoke test).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import CheckResult
from ozon_assistant.storage.draft_writer import DraftWriter
from ozon_assistant.storage.drafts import Draft, DraftsGone, DraftStore
from ozon_assistant.ui.compose.draft_recovery import recreate_drafts
from ozon_assistant.ui.compose.findings_panel import FindingsPanel
from ozon_assistant.ui.compose.restore_bar import RestoreBar
from ozon_assistant.ui.compose.tab import ComposeTab
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.offsets import to_utf16
from ozon_assistant.ui.shared.retranslate import Retranslated
from ozon_assistant.ui.window import layout as window_layout
from ozon_assistant.ui.window.actions import WindowActions
from ozon_assistant.ui.window.checker_service import CheckerService
from ozon_assistant.ui.window.parts import StatusArea, build_menus, menu_title
from ozon_assistant.ui.window.startup import Startup

if TYPE_CHECKING:  # loaded when first needed, not before the window is on screen
    from PySide6.QtWidgets import QMessageBox

    from ozon_assistant.checker.engine import Checker
    from ozon_assistant.storage.history import History



class MainWindow(Retranslated, QMainWindow):
    editor_created = Signal(QPlainTextEdit)
    settings_changed = Signal()
    language_changed = Signal(str)  # en, ru or zh: the interface now speaks it
    _draft_not_saved = Signal(object)  # from the draft writer's thread: the exception

    def __init__(self, settings: Settings, drafts: DraftStore | None = None,
                 settings_broken: bool = False) -> None:
        super().__init__()
        self.setObjectName("main-window")
        window_layout.place(self)  # as the seller left it, else ~85 % of the screen, centred
        # The house rules load right after the first paint (a start-up step), or when first
        # asked for, whichever comes first; the speller and LanguageTool after them.
        self.checker_service = CheckerService(settings, self)
        self.checker_service.checker_changed.connect(self._on_checker_changed)
        self.checker_service.problem.connect(self.status_message)
        # what the menus and buttons do, with the settings, the language and the dialogs
        self.window_actions = WindowActions(self, settings, self.checker_service, settings_broken)
        self.window_actions.message.connect(self.status_message)
        self.window_actions.settings_changed.connect(self.settings_changed)
        self.window_actions.language_changed.connect(self.language_changed)
        self.window_actions.draft_requested.connect(lambda text, channel: self.new_draft(text, channel))
        self.drafts = drafts
        # autosaves go to disk on a thread of their own: typing never waits on the disk
        self.draft_writer = DraftWriter(drafts, self._draft_not_saved.emit) if drafts else None
        self._draft_not_saved.connect(self._on_draft_not_saved)
        self._history: History | None = None
        self.extensions_ready = False
        self.startup = Startup(self)
        self._menus: dict[str, QMenu] = {}
        # menu entries and the text each shows, set again when the interface language changes
        self.action_texts: list[tuple[QAction, Callable[[], str]]] = []
        self.config_error_box: QMessageBox | None = None
        self.file_error_box: QMessageBox | None = None
        self.drafts_error_box: QMessageBox | None = None  # the drafts cannot be saved
        self._shut_down = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("drafts")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(lambda i: self.close_draft(i))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.restore_bar = RestoreBar()
        self.restore_bar.restore_requested.connect(self.restore_drafts)
        self.restore_bar.discard_requested.connect(self.discard_drafts)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.restore_bar)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.panel = FindingsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.jump_requested.connect(lambda f: self.current_tab().jump_to(f))
        self.panel.why_requested.connect(self.show_standard)
        self.panel.fix_all_requested.connect(self.fix_all_safe)
        self.status = StatusArea(self)
        build_menus(self)
        self.retranslate_ui()

    # == public API for extensions ==============================================================
    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Add a dock; it gets a View-menu toggle."""
        self.addDockWidget(area, dock)
        self.menu("View").addAction(dock.toggleViewAction())

    def add_action(self, menu: str, action: QAction) -> None:
        """Add ``action`` to the menu with English key ``menu`` (created on first use)."""
        self.menu(menu).addAction(action)
        if action.parent() is None:
            action.setParent(self)

    def menu(self, key: str) -> QMenu:
        if key not in self._menus:
            help_menu = self._menus.get("Help")
            new = QMenu(menu_title(key), self)
            if help_menu is not None:  # Help stays last
                self.menuBar().insertMenu(help_menu.menuAction(), new)
            else:
                self.menuBar().addMenu(new)
            self._menus[key] = new
        return self._menus[key]

    @property
    def settings(self) -> Settings:
        """The settings in use (changed through ``apply_settings``)."""
        return self.window_actions.settings

    @property
    def ui_lang(self) -> str:
        return self.window_actions.ui_lang

    def set_ui_language(self, code: str) -> None:
        """The interface in ``code`` (en, ru, zh; "" follows the system) at once, everywhere."""
        self.window_actions.set_ui_language(code)

    def menu_keys(self) -> list[str]:
        """The menus' English keys, in the menu bar's order."""
        order = {m.menuAction(): k for k, m in self._menus.items()}
        return [order[a] for a in self.menuBar().actions() if a in order]

    def insert_text(self, text: str, cursor_offset: int | None = None) -> None:
        """Insert at the current editor's cursor (replacing a selection) as ONE undo step."""
        editor = self.current_editor()
        cursor = editor.textCursor()
        cursor.beginEditBlock()
        start = cursor.selectionStart()
        cursor.insertText(text)
        cursor.endEditBlock()
        if cursor_offset is not None:
            cursor.setPosition(start + to_utf16(text, cursor_offset))
        editor.setTextCursor(cursor)
        editor.setFocus()

    def current_tab(self) -> ComposeTab:
        tab = self.tabs.currentWidget()
        if not isinstance(tab, ComposeTab):
            tab = self.new_draft()
        return tab

    def compose_tabs(self) -> list[ComposeTab]:
        tabs = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [t for t in tabs if isinstance(t, ComposeTab)]

    def current_editor(self) -> QPlainTextEdit:
        return self.current_tab().editor

    def current_text(self) -> str:
        return self.current_tab().text()

    def current_channel(self) -> str:
        return self.current_tab().channel()

    def current_language(self) -> str:
        return self.current_tab().language()

    def check_now(self) -> CheckResult:
        """A fresh synchronous check of the current text, for approval decisions."""
        return self.current_tab().fresh_result()

    def record_history(self, action: str, result: CheckResult, overridden: list[dict[str, object]],
                       recipient: str = "", subject: str = "") -> None:
        try:
            self.history().add(action=action, channel=result.channel, language=result.language,
                               score=result.score, text=result.text, overridden=overridden,
                               recipient=recipient, subject=subject)
        except (OzonError, OSError) as exc:
            self.status_message(self.tr("History not saved: %1").replace("%1", error_text(exc)))

    @property
    def checker(self) -> Checker:
        """The checker the window uses now (the house rules are loaded on first use)."""
        return self.checker_service.checker

    def _on_checker_changed(self, checker: Checker, keep_house: bool) -> None:
        """A new checker (loaded, sources added, settings or dictionary changed): the drafts
        check with it, the status bar names its sources."""
        for tab in self.compose_tabs():
            tab.live.set_checker(checker, keep_house=keep_house)
        self.status.refresh()

    def status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # == drafts =================================================================================
    def new_draft(self, text: str = "", channel: str | None = None, focus: bool = True) -> ComposeTab:
        channel = channel or self.settings.channel
        language = self.settings.reply_lang or "auto"
        draft = Draft(id=0, channel=channel, language=language, text=text, cursor=len(text),
                      position=self.tabs.count())
        self._store_new(draft)
        return self.open_draft(draft, focus=focus)

    def _store_new(self, draft: Draft) -> None:
        """Give a draft its row in the drafts file; when it cannot be written now (a full disk,
        another program's lock), the draft stays on screen and its next autosave tries again."""
        if self.drafts is None:
            return
        try:
            draft.id = self.drafts.create(draft.channel, draft.language, draft.text,
                                          draft.position).id
        except OzonError as exc:
            self._on_draft_not_saved(exc)

    def open_draft(self, draft: Draft, focus: bool = True) -> ComposeTab:
        tab = ComposeTab(self, draft)
        index = self.tabs.addTab(tab, tab.title())
        tab.title_changed.connect(lambda t=tab: self._retitle(t))
        tab.findings_updated.connect(lambda t=tab: self._on_findings(t))
        tab.editor.why_requested.connect(self.show_standard)
        tab.editor.disable_requested.connect(self.disable_rule)
        tab.editor.add_word_requested.connect(self.add_to_dictionary)
        if focus:
            self.tabs.setCurrentIndex(index)
            tab.editor.setFocus()
        if self.extensions_ready:
            self.editor_created.emit(tab.editor)
        return tab

    def save_draft(self, draft: Draft) -> None:
        """Hand the draft's state to the writer thread (written within moments)."""
        if self.drafts is None or self.draft_writer is None:
            return
        if not draft.id:  # its row could not be made when it was opened
            self._store_new(draft)
            if not draft.id:
                return
        self.draft_writer.save(draft)

    def _on_draft_not_saved(self, exc: Exception) -> None:
        if isinstance(exc, DraftsGone):  # deleted while the window runs: made again at once
            recreate_drafts(self)
            return
        # the text stays on screen and the next autosave tries again
        self.status_message(self.tr("Draft not saved: %1").replace("%1", error_text(exc)))

    def close_draft(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        tab = self.tabs.widget(index)
        if not isinstance(tab, ComposeTab):
            return
        text = tab.text()
        if text.strip() and text != tab.copied_text:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self, self.tr("Close draft"),
                self.tr("This reply has not been copied. Close it and delete the draft?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._remove_tab(index, tab)

    def finish_draft(self, editor: QPlainTextEdit, text: str) -> bool:
        """The reply in ``editor`` went out (copied or sent, and History keeps it): its draft's
        tab closes by itself, unless the reply was changed since (``text`` is what went out).
        True when it closed."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if isinstance(tab, ComposeTab) and tab.editor is editor:
                if tab.text() != text:
                    return False
                self._remove_tab(index, tab)
                return True
        return False

    def _remove_tab(self, index: int, tab: ComposeTab) -> None:
        """The tab and its draft go; an empty draft takes the place of the last one."""
        tab.close()
        self.tabs.removeTab(index)
        if self.drafts is not None and tab.draft.id:
            self.drafts.delete(tab.draft.id)
        tab.deleteLater()
        if self.tabs.count() == 0:
            self.new_draft()

    def offer_restore(self, drafts: list[Draft]) -> None:
        """Drafts from a session that crashed: offered in a bar, restored only on request."""
        self.restore_bar.offer(drafts)

    def restore_drafts(self, drafts: list[Draft]) -> None:
        if self.drafts is not None:
            self.drafts.adopt(d.id for d in drafts)
        current = self.current_tab() if self.tabs.count() else None
        if current is not None and not current.text().strip() and self.tabs.count() == 1:
            self.tabs.removeTab(0)  # the empty starting draft gives way to the restored ones
            current.close()
            if self.drafts is not None and current.draft.id:
                self.drafts.delete(current.draft.id)
            current.deleteLater()
        tab = None
        for draft in drafts:
            tab = self.open_draft(draft)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            tab.editor.setFocus()
        self.status_message(self.tr("Restored %n draft(s).", "", len(drafts)))

    def discard_drafts(self, drafts: list[Draft]) -> None:
        if self.drafts is not None:
            self.drafts.discard(d.id for d in drafts)

    def _retitle(self, tab: ComposeTab) -> None:
        i = self.tabs.indexOf(tab)
        title = tab.title()
        # (each autosave asks; a new tab text re-lays out the tab bar and repaints the window)
        if i >= 0 and self.tabs.tabText(i) != title:
            self.tabs.setTabText(i, title)
        if i >= 0:
            self.tabs.setTabToolTip(i, tab.tooltip())

    def retitle_tabs(self) -> None:
        """Every tab's title again (the language changed; the add-ons are in)."""
        for tab in self.compose_tabs():
            self._retitle(tab)

    def _on_tab_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, ComposeTab):
            self._on_findings(tab)

    def _on_findings(self, tab: ComposeTab) -> None:
        if tab is self.tabs.currentWidget():
            text = tab.text()
            self.panel.show_findings(tab.findings, complete=tab.complete,
                                     has_text=bool(text.strip()), text=text)

    # == actions (ui/window/actions.py: WindowActions) =========================================
    def approve_and_copy(self) -> None:
        """Ctrl+Enter: copy when approved; otherwise explain and offer the recorded override."""
        self.window_actions.approve_and_copy()

    def fix_all_safe(self) -> None:
        self.window_actions.fix_all_safe()

    def next_finding(self, step: int = 1) -> None:
        self.window_actions.next_finding(step)

    def disable_rule(self, rule_id: str) -> None:
        self.window_actions.disable_rule(rule_id)

    def add_to_dictionary(self, word: str) -> None:
        self.window_actions.add_to_dictionary(word)

    def apply_settings(self, settings: Settings) -> None:
        """Save to config.toml (never over a broken file), rebuild the checker, re-check."""
        self.window_actions.apply_settings(settings)

    def show_standard(self, rule_id: str = "") -> None:
        self.window_actions.show_standard(rule_id)

    def show_history(self) -> None:
        self.window_actions.show_history()

    def show_settings(self) -> None:
        self.window_actions.show_settings()

    def show_first_run(self) -> None:
        self.window_actions.show_first_run()

    def show_about(self) -> None:
        self.window_actions.show_about()

    def history(self) -> History:
        if self._history is None:
            from ozon_assistant.storage.history import History

            self._history = History()
        return self._history

    # == language ===============================================================================
    def retranslate_ui(self) -> None:
        """The window's own texts in the current language (its parts do theirs)."""
        self.setWindowTitle(self.tr("Ozon Compose Assistant"))
        for key, menu in self._menus.items():
            menu.setTitle(menu_title(key))
        for action, text in self.action_texts:
            action.setText(text())
        self.retitle_tabs()

    # == lifecycle ==============================================================================
    def finish_setup(self) -> None:
        """After the first tabs exist: the rest of start-up waits for the first paint."""
        if self.tabs.count() == 0:
            self.new_draft()
        self.startup.begin()

    def complete_startup(self) -> None:
        """Run what is left of start-up now instead of on the event loop."""
        self.startup.complete()

    def shutdown(self) -> None:
        """A clean exit: save every draft, end the session, stop the checks."""
        from ozon_assistant.ui.shared.workers import wait_for_workers

        if self.is_shut_down:
            return
        if self.startup.steps:  # closed within the first moments (--quit-after-start): what was
            self.complete_startup()  # left still loads, so a broken add-on shows up there too
        self._shut_down = True
        window_layout.save(self)  # the size and the docks as they are, for the next start
        if self.drafts is not None and self.drafts.gone():  # deleted since the last autosave
            recreate_drafts(self)
        for tab in self.compose_tabs():
            tab.save()
            tab.live.close()
        if self.draft_writer is not None:
            self.draft_writer.close()  # every draft written before the session ends
        if self.drafts is not None:
            try:
                self.drafts.end_session()
            except OzonError:  # locked or a full disk: the drafts come back as after a crash
                pass
        if self._history is not None:
            self._history.close()
            self._history = None
        self.status.stop()
        wait_for_workers()
        from ozon_assistant.languagetool import stop_local_servers

        stop_local_servers()  # the local LanguageTool this window started (atexit would too)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    @property
    def startup_complete(self) -> bool:
        """Extensions installed and sources loaded (the window was usable before that)."""
        return self.startup.finished

    @property
    def is_shut_down(self) -> bool:
        return self._shut_down

    def focus_editor_end(self) -> None:
        """Compose pane focused, cursor at the end: ready to type (``ozon-assistant FILE``)."""
        editor = self.current_editor()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.setFocus()


