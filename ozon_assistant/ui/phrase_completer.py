"""Courteous phrases offered while the seller types: the first letters of a sentence bring up
matching phrases of the reply's language (greeting, thanks, apology …); Tab or Enter inserts.

The popup opens only for a fragment of two letters or more at the start of a sentence, so it
never gets in the way of ordinary typing. Insertion replaces the typed fragment in one undo step
and selects the first ``{placeholder}`` of the phrase, so typing goes straight into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit

from ozon_assistant.core.text import fold
from ozon_assistant.snippets.model import Phrase
from ozon_assistant.snippets.render import render
from ozon_assistant.ui.offsets import from_utf16, to_utf16

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_PREFIX = 2
MAX_SHOWN = 8
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)\s*([^\s.!?…][^.!?…\n]*)$")
_PLACEHOLDER = re.compile(r"\{\w+\}")


def fragment_before(text: str) -> str:
    """The part of the current sentence typed so far (what the phrase would replace)."""
    m = _SENTENCE_START.search(text)
    return m.group(1) if m else ""


def matching(phrases: Sequence[Phrase], fragment: str, lang: str) -> list[Phrase]:
    """Phrases of ``lang`` that start with ``fragment`` (case- and ё-insensitive)."""
    key = fold(fragment.strip())
    if len(key) < MIN_PREFIX or not any(c.isalpha() for c in key):
        return []
    out = [p for p in phrases if p.lang == lang and fold(p.text).startswith(key)
           and fold(p.text) != key]
    return out[:MAX_SHOWN]


class PhraseCompleter(QObject):
    def __init__(self, editor: QPlainTextEdit, phrases: Callable[[], Sequence[Phrase]],
                 lang: Callable[[], str]) -> None:
        super().__init__(editor)
        self.setObjectName("phrase-completer")
        self.editor = editor
        self.phrases = phrases
        self.lang = lang
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(MAX_SHOWN)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._fragment = ""
        self._inserting = False
        editor.textChanged.connect(self.update)
        # QCompleter hands Return/Tab to the editor first (which would add a newline or a tab);
        # a filter installed after its own runs first and takes them for the phrase.
        self._popup().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self._popup() and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)):
            index = self._popup().currentIndex()
            self._popup().hide()
            if index.isValid():
                self._chosen(index)
            return True
        return super().eventFilter(obj, event)

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter always has one
        return popup

    def popup_visible(self) -> bool:
        return self._popup().isVisible()

    def update(self) -> None:
        """After each edit: offer phrases for the sentence being typed, or hide the popup."""
        if self._inserting or not self.editor.hasFocus():
            return
        cursor = self.editor.textCursor()
        block = cursor.block().text()
        before = block[: from_utf16(block, cursor.positionInBlock())]
        fragment = fragment_before(before)
        found = matching(self.phrases(), fragment, self.lang()) if not cursor.hasSelection() else []
        if not found:
            self._popup().hide()
            return
        self._fragment = fragment
        self.model.clear()
        for p in found:
            item = QStandardItem(f"{p.text}   — {p.zh}" if p.zh else p.text)
            item.setData(p.text, TEXT_ROLE)
            item.setToolTip(p.purpose)
            self.model.appendRow(item)
        rect = self.editor.cursorRect()
        rect.setWidth(min(560, max(320, self.editor.width() // 2)))
        self.completer.complete(rect)
        popup = self._popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _chosen(self, index: QModelIndex) -> None:
        text = index.data(TEXT_ROLE)
        if isinstance(text, str):
            self.insert(text)

    def insert(self, phrase: str) -> None:
        """Replace the typed fragment with ``phrase`` (one undo step); select its first field."""
        text = render(phrase).text  # escapes resolved; placeholders stay visible
        cursor = self.editor.textCursor()
        block = cursor.block()
        block_text = block.text()
        end = from_utf16(block_text, cursor.positionInBlock())
        start = max(0, end - len(self._fragment))
        if fold(block_text[start:end]) != fold(self._fragment):
            start = end
        self._inserting = True
        try:
            cursor.beginEditBlock()
            cursor.setPosition(block.position() + to_utf16(block_text, start))
            cursor.setPosition(block.position() + to_utf16(block_text, end),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
            cursor.endEditBlock()
            m = _PLACEHOLDER.search(text)
            if m:
                base = block.position() + to_utf16(block_text, start)
                cursor.setPosition(base + to_utf16(text, m.start()))
                cursor.setPosition(base + to_utf16(text, m.end()), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        finally:
            self._inserting = False
        self._popup().hide()
