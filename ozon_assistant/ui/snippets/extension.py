"""The snippet library in the window: sidebar dock, Snippets menu, phrase completer, and the
"repetitive answer" notice. Installed by ``ui.window.extensions`` through the window's public API only
(add_dock, add_action, editor_created, current_editor, insert_text, current_text,
current_language, settings, settings_changed, status_message).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QPlainTextEdit, QWidget

from ozon_assistant.core.errors import OzonError
from ozon_assistant.snippets.libraries import Locations
from ozon_assistant.snippets.model import Phrase
from ozon_assistant.snippets.repetition import check_repetition
from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import fill, joined
from ozon_assistant.ui.shared.retranslate import RetranslatedObject
from ozon_assistant.ui.snippets.editor import SnippetEditor, confirm_delete, export_dialog, import_dialog
from ozon_assistant.ui.snippets.form import SnippetForm
from ozon_assistant.ui.snippets.phrase_completer import PhraseCompleter
from ozon_assistant.ui.snippets.sidebar import SnippetSidebar

REPETITION_DELAY_MS = 1500
HISTORY_TTL_S = 60.0


class SnippetsExtension(RetranslatedObject, QObject):
    def __init__(self, window: Any, service: SnippetService | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ui_lang = getattr(window, "ui_lang", None) or window.settings.ui_lang or "en"
        self.service = service or SnippetService(settings=window.settings)
        self.sidebar = SnippetSidebar(self.service, self.ui_lang, self.reply_lang, window)
        self.sidebar.insert_requested.connect(self.insert)
        self.sidebar.edit_requested.connect(self.edit)
        self.sidebar.action_requested.connect(self.act)
        self.completers: list[PhraseCompleter] = []
        self.actions: list[QAction] = []
        self.last_inserted: str | None = None
        self.form: SnippetForm | None = None
        self.auto_accept_form = False  # tests: accept the fill-in form without showing it
        self._history: Any = None
        self._recent: tuple[float, list[str]] = (0.0, [])
        self._watched: set[int] = set()
        self._repetition_timer = QTimer(self, singleShot=True, interval=REPETITION_DELAY_MS)
        self._repetition_timer.timeout.connect(self.check_repetition)

    # -- wiring ------------------------------------------------------------------------------------
    def install(self) -> None:
        w = self.window
        w.add_dock(self.sidebar, Qt.DockWidgetArea.RightDockWidgetArea)
        for shortcut, slot in (
            ("Ctrl+Shift+F", self.sidebar.focus_search),
            ("", lambda: self.edit("")),
            ("", self.import_file),
            ("", self.export_file),
            ("", self.open_folder),
            ("", self.show_problems),
            ("", self.reload),
        ):
            action = QAction(w)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            w.add_action("Snippets", action)
            self.actions.append(action)
        self.retranslate_ui()
        w.editor_created.connect(self.attach)
        try:
            self.attach(w.current_editor())
        except (AttributeError, RuntimeError):
            pass
        if hasattr(w, "settings_changed"):
            w.settings_changed.connect(self.on_settings_changed)
        if hasattr(w, "language_changed"):
            w.language_changed.connect(self.on_language_changed)
        if self.service.library.problems:
            w.status_message(self.problems_skipped(len(self.service.library.problems)))

    def retranslate_ui(self) -> None:
        """The Snippets menu's entries in the current interface language."""
        if not self.actions:  # not installed yet
            return
        texts = (self.tr("Find snippet…"), self.tr("New snippet…"), self.tr("Import snippets…"),
                 self.tr("Export snippets…"), self.tr("Open my snippet folder"),
                 self.tr("Library problems…"), self.tr("Reload libraries"))
        for action, text in zip(self.actions, texts, strict=True):
            action.setText(text)

    def on_language_changed(self, ui_lang: str) -> None:
        """Snippet titles, situations and the repetition notice in the new language."""
        self.ui_lang = ui_lang
        self.sidebar.set_ui_language(ui_lang)
        if self.sidebar.notice.isVisible():
            self.check_repetition()

    def problems_skipped(self, n: int) -> str:
        """A method, so lupdate makes a plural message of it (three forms in Russian)."""
        return self.tr("Snippets: %n broken library entries skipped (Snippets → Library problems)",
                       "", n)

    def attach(self, editor: QPlainTextEdit) -> None:
        """Phrase completion and the repetition notice for one compose editor."""
        if id(editor) in self._watched:
            return
        self._watched.add(id(editor))
        self.completers.append(PhraseCompleter(editor, self.phrases, self.reply_lang))
        editor.textChanged.connect(self._repetition_timer.start)
        key = id(editor)
        editor.destroyed.connect(lambda *_a: self._watched.discard(key))

    def phrases(self) -> list[Phrase]:
        return self.service.library.phrases

    def reply_lang(self) -> str:
        try:
            lang = self.window.current_language()
        except (AttributeError, RuntimeError):
            lang = ""
        return lang if lang in ("ru", "en") else "ru"

    def on_settings_changed(self) -> None:
        locations = Locations.from_settings(self.window.settings)
        if locations != self.service.locations:
            self.service.locations = locations
            self.reload()

    def reload(self) -> None:
        self.service.reload()
        self.sidebar.refresh()

    # -- inserting ---------------------------------------------------------------------------------
    def insert(self, snippet_id: str) -> bool:
        """Fill in (if the snippet has fields) and insert; returns False when cancelled."""
        try:
            snippet = self.service.get(snippet_id)
        except OzonError as exc:
            self.window.status_message(error_text(exc))
            return False
        lang = snippet.lang_for(self.reply_lang())
        values: dict[str, str] = {}
        if snippet.placeholder_names(lang):
            self.form = SnippetForm(self.service.library, snippet, lang, self.service.usage,
                                    self.ui_lang, self._parent())
            if not self.auto_accept_form and self.form.exec() != QDialog.DialogCode.Accepted:
                return False
            values = self.form.values()
        rendered = self.service.render(snippet_id, lang, values)
        self.window.insert_text(rendered.text, rendered.cursor)
        self.service.record_use(snippet_id, values)
        self.last_inserted = snippet_id
        if rendered.unfilled:
            self.window.status_message(fill(self.tr("Fill in before sending: %1"),
                                            joined("{" + n + "}" for n in rendered.unfilled)))
        self.sidebar.refresh()
        return True

    # -- editing -----------------------------------------------------------------------------------
    def edit(self, snippet_id: str) -> None:
        snippet = self.service.library.get(snippet_id) if snippet_id else None
        window = self.window
        # the body is checked with the window's checker (the house rules alone without one)
        checker = (lambda: window.checker) if hasattr(type(window), "checker") else None
        dialog = SnippetEditor(self.service, snippet, self.ui_lang, self._parent(), checker,
                               getattr(window, "settings", None))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.sidebar.refresh()
            self.sidebar.select_snippet(dialog.saved.id)
            self.window.status_message(self.tr("Saved “%1” in your library").replace(
                "%1", dialog.saved.title_for(self.ui_lang)))

    def act(self, action: str, snippet_id: str) -> None:
        try:
            if action == "copy":
                s = self.service.copy_to_user(snippet_id)
                self.window.status_message(self.tr("Copied to your library: %1").replace(
                    "%1", s.title_for(self.ui_lang)))
            elif action == "duplicate":
                s = self.service.duplicate(snippet_id)
                self.edit(s.id)
            elif action == "delete":
                title = self.service.get(snippet_id).title_for(self.ui_lang)
                if confirm_delete(self.service, snippet_id, self._parent()):
                    self.window.status_message(self.tr("Deleted %1").replace("%1", title))
        except OzonError as exc:
            QMessageBox.warning(self._parent(), self.tr("Snippets"), error_text(exc))
        self.sidebar.refresh()

    def import_file(self) -> None:
        msg = import_dialog(self.service, self._parent())
        if msg:
            self.window.status_message(msg)
            self.sidebar.refresh()

    def export_file(self) -> None:
        msg = export_dialog(self.service, self._parent())
        if msg:
            self.window.status_message(msg)

    def open_folder(self) -> None:
        folder = self.service.locations.user
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_problems(self) -> None:
        problems = self.service.library.problems
        text = "\n".join(str(p) for p in problems) or self.tr("Every library file loaded cleanly.")
        QMessageBox.information(self._parent(), self.tr("Snippet library problems"), text)

    def _parent(self) -> QWidget:
        return self.window if isinstance(self.window, QWidget) else self.sidebar

    # -- repetitive answers ------------------------------------------------------------------------
    def _recent_texts(self) -> list[str]:
        stamp, texts = self._recent
        if time.monotonic() - stamp < HISTORY_TTL_S:
            return texts
        try:
            history = self.window.history() if hasattr(self.window, "history") else self._own_history()
            texts = history.recent_texts()
        except (OzonError, OSError):
            texts = []
        self._recent = (time.monotonic(), texts)
        return texts

    def _own_history(self) -> Any:
        from ozon_assistant.storage.history import History

        if self._history is None:
            self._history = History()
        return self._history

    def check_repetition(self) -> str:
        """Show (and return) the notice when the current reply repeats recent ones."""
        try:
            text = self.window.current_text()
        except (AttributeError, RuntimeError):
            return ""
        labels: list[str] = []
        if self.last_inserted and self.last_inserted in self.service.library.snippets:
            s = self.service.library.snippets[self.last_inserted]
            labels = [self.service.library.placeholder(s, n).label_for(self.ui_lang)
                      for n in s.placeholder_names()]
        notice = check_repetition(text, self._recent_texts(), labels)
        message = notice.message(self.ui_lang) if notice else ""
        self.sidebar.show_notice(message)
        if message:
            self.window.status_message(message)
        return message


def install(window: Any) -> SnippetsExtension:
    ext = SnippetsExtension(window)
    ext.install()
    return ext
