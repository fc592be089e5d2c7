"""Courteous phrases offered while the seller types: the first letters of a sentence bring up
matching phrases of the reply's language (greeting, thanks, apology …); Tab or Enter inserts.

The popup opens only for a fragment of two letters or more at the start of a sentence, so it
never gets in the way of ordinary typing. Insertion replaces the typed fragment in one undo step
and selects the first ``{placeholder}`` of the phrase, so typing goes straight into it.

It runs on every keystroke, so it looks only at the end of the paragraph before the cursor (no
phrase is longer than that), compares against phrases folded once, asks for the reply language
only when some phrase matches, and leaves the popup alone when its list has not changed. What
the popup shows follows the key ``OFFER_MS`` later: opening, resizing or refilling a popup
window takes 1–5 ms, and the letter typed is painted first (keys typed faster than that update
the list once). Return and Tab bring the list up to date before they choose from it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit

from ozon_assistant.core.offsets import from_utf16, to_utf16, utf16_length
from ozon_assistant.core.text import fold
from ozon_assistant.snippets.model import Phrase
from ozon_assistant.snippets.render import FIELD_RE, render

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_PREFIX = 2
MAX_SHOWN = 8
OFFER_MS = 30  # the popup follows the key this much later (well under what an eye notices)
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n)\s*([^\s.!?…][^.!?…\n]*)$")
#: what Qt's document holds where a sentence may end (and a new one start)
_SENTENCE_END = frozenset(".!?…\u2029\n")


def fragment_before(text: str) -> str:
    """The part of the current sentence typed so far (what the phrase would replace)."""
    m = _SENTENCE_START.search(text)
    return m.group(1) if m else ""


def matching(phrases: Sequence[Phrase], fragment: str, lang: str) -> list[Phrase]:
    """Phrases of ``lang`` that start with ``fragment`` (case- and ё-insensitive)."""
    return _Folded(phrases).matching(fragment, lambda: lang)


def _key(fragment: str) -> str:
    key = fold(fragment.strip())
    if len(key) < MIN_PREFIX or not any(c.isalpha() for c in key):
        return ""
    return key


class _Folded:
    """Phrases with their folded text, computed once per library (not per keystroke) and sorted,
    so the phrases starting with a fragment are one range found by bisection."""

    def __init__(self, phrases: Sequence[Phrase]) -> None:
        self.source = phrases
        self.size = len(phrases)
        order = sorted(range(len(phrases)), key=lambda i: fold(phrases[i].text))
        # library order within the range, as before: the library lists the best phrases first
        self.items = [(fold(phrases[i].text), i, phrases[i]) for i in order]
        self.keys = [f for f, _i, _p in self.items]
        self.longest = max((len(f) for f in self.keys), default=0)

    def matching(self, fragment: str, lang: Callable[[], str]) -> list[Phrase]:
        return [p for _f, p in self.search(fragment, lang)[0]][:MAX_SHOWN]

    def search(self, fragment: str, lang: Callable[[], str]
               ) -> tuple[list[tuple[str, Phrase]], bool]:
        """Every phrase of the reply language that ``fragment`` begins (with its folded text,
        in library order), and whether typing more letters onto ``fragment`` can never match
        (it is too long, or no phrase starts with it)."""
        if len(fragment) > self.longest + 8:
            return [], True
        key = _key(fragment)
        if not key:
            return [], False
        lo = bisect.bisect_left(self.keys, key)
        if lo == len(self.keys) or not self.keys[lo].startswith(key):
            return [], True  # no phrase starts so
        hi = bisect.bisect_left(self.keys, key + "\U0010ffff", lo)
        found = [(f, p) for f, _i, p in sorted((t for t in self.items[lo:hi] if t[0] != key),
                                                key=lambda t: t[1])]
        if not found:  # the common case: no language guess needed at all
            return [], False
        reply_lang = lang()
        return [(f, p) for f, p in found if p.lang == reply_lang], False


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
        self._shown: list[Phrase] = []
        self._anchor = QRect()
        self._folded: _Folded | None = None
        self._inserting = False
        self._dead_at = -1  # typing a letter here cannot bring up a phrase (see _on_change)
        #: while phrases are offered: those the sentence so far begins (folded), and where the
        #: next letter would be typed; one more letter there only narrows them (_on_change)
        self._candidates: list[tuple[str, Phrase]] = []
        self._next_at = -1
        self._pending: list[Phrase] = []  # what the popup is to show once the timer fires
        self._offer_timer = QTimer(self)
        self._offer_timer.setSingleShot(True)
        self._offer_timer.setInterval(OFFER_MS)
        self._offer_timer.timeout.connect(self.flush)
        self._doc = editor.document()
        self._doc.contentsChange.connect(self._on_change)
        # QCompleter hands Return/Tab to the editor first (which would add a newline or a tab);
        # a filter installed after its own runs first and takes them for the phrase.
        self._view = self._popup()
        self._view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # every event of the popup passes here while it is open: the cheapest test first
        kind = event.type()
        if kind == QEvent.Type.Hide and obj is self._view:
            self._cancel()  # closed (Escape, a click elsewhere): it stays closed
            return False
        if (kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and self._view.isVisible()):
            event.accept()  # Escape closes the list, before any window shortcut on Esc
            return True
        if (isinstance(event, QKeyEvent) and obj is self._view
                and kind == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)):
            self.flush()  # choose from the list for what is typed now, not 30 ms ago
            if not self._view.isVisible():  # nothing to choose any more: the key is the pane's
                QCoreApplication.sendEvent(self.editor, event)
                return True
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

    def _library(self) -> _Folded:
        phrases = self.phrases()
        folded = self._folded
        if folded is None or folded.source is not phrases or folded.size != len(phrases):
            folded = self._folded = _Folded(phrases)
        return folded

    def _on_change(self, position: int, removed: int, added: int) -> None:
        """Per keystroke, so it reads no text when it can: once the sentence typed so far matches
        no phrase, more letters cannot make it match (one more character at the same spot,
        other than a sentence end, is let through); while phrases are offered, one more letter
        only narrows them down."""
        if removed == 0 and added == 1 and (position == self._dead_at
                                            or position == self._next_at):
            ch = self._doc.characterAt(position)
            if ch not in _SENTENCE_END:
                if position == self._dead_at:
                    self._dead_at = position + 1
                    return
                # a letter more of a sentence that phrases begin: narrow them, no text read
                if not self._inserting and self.editor.hasFocus():
                    self._fragment += ch
                    self._next_at = position + 1
                    key = _key(self._fragment)
                    self._candidates = [(f, p) for f, p in self._candidates
                                        if f.startswith(key) and f != key]
                    if not self._candidates:
                        self._dead_at, self._next_at = position + 1, -1
                    self._later([p for _f, p in self._candidates][:MAX_SHOWN])
                    return
        self._look()

    def update(self) -> None:
        """Offer phrases for the sentence being typed now, or hide the popup."""
        self._look()
        self.flush()

    def flush(self) -> None:
        """The popup shows what the last look found (at once, instead of ``OFFER_MS`` later)."""
        self._offer_timer.stop()
        if self._inserting or not self.editor.hasFocus() or self.editor.textCursor().hasSelection():
            self._pending = []
        self._offer(self._pending)

    def _later(self, found: list[Phrase]) -> None:
        """Show ``found`` after ``OFFER_MS``; nothing to do when nothing is or will be shown."""
        self._pending = found
        if found or self._view.isVisible():
            self._offer_timer.start()
        else:
            self._offer_timer.stop()
            self._shown = []

    def _cancel(self) -> None:
        """What the last keys found is not to be shown after all."""
        self._offer_timer.stop()
        self._pending = []

    def _look(self) -> None:
        """After an edit: find the phrases for the sentence being typed (shown a moment later)."""
        self._dead_at = -1
        if self._inserting or not self.editor.hasFocus():
            return
        cursor = self.editor.textCursor()
        found: list[Phrase] = []
        fragment = ""
        if not cursor.hasSelection():
            library = self._library()
            block = cursor.block().text()
            before = block[: from_utf16(block, cursor.positionInBlock())]
            # a sentence start further back than the longest phrase can match nothing
            tail = before[-(library.longest + 16):]
            fragment = fragment_before(tail)
            if fragment and len(tail) < len(before) and tail.lstrip().startswith(fragment):
                dead = True  # the cut, not a sentence start
                fragment = ""
            else:
                self._candidates, dead = library.search(fragment, self.lang)
                found = [p for _f, p in self._candidates][:MAX_SHOWN]
            if dead:
                self._dead_at = cursor.position()
        self._fragment = fragment
        self._next_at = cursor.position() if found else -1
        self._later(found)

    def _offer(self, found: list[Phrase]) -> None:
        """Show ``found`` under the sentence start, hide the popup when there is none."""
        popup = self._view
        fragment = self._fragment
        if not found:
            self._shown = []
            if popup.isVisible():
                popup.hide()
            return
        if found == self._shown and popup.isVisible():
            return  # the same phrases: leave the popup where it is
        # The popup hangs under the start of the sentence, not the cursor: it stays put while
        # the seller types on (re-placing a popup window on every key is what costs).
        cursor = self.editor.textCursor()
        anchor = QTextCursor(cursor)
        anchor.setPosition(cursor.position() - utf16_length(fragment))
        rect = self.editor.cursorRect(anchor)
        rect.setWidth(min(560, max(320, self.editor.width() // 2)))
        same_place = popup.isVisible() and rect == self._anchor and len(found) == len(self._shown)
        self._shown = found
        self._anchor = rect
        self._fill(found)
        if not same_place:
            self.completer.complete(rect)
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _fill(self, found: list[Phrase]) -> None:
        """The popup's rows become ``found``, changing only what differs (every row inserted or
        removed makes the completer re-place its popup)."""
        model = self.model
        for row, p in enumerate(found):
            label = f"{p.text}   — {p.zh}" if p.zh else p.text
            item = model.item(row)
            if item is None:
                item = QStandardItem(label)
                item.setData(p.text, TEXT_ROLE)
                item.setToolTip(p.purpose)
                model.appendRow(item)
            elif item.data(TEXT_ROLE) != p.text or item.text() != label:
                item.setText(label)
                item.setData(p.text, TEXT_ROLE)
                item.setToolTip(p.purpose)
        if model.rowCount() > len(found):
            model.removeRows(len(found), model.rowCount() - len(found))

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
            m = FIELD_RE.search(text)  # the first field left to fill: selected
            if m:
                base = block.position() + to_utf16(block_text, start)
                cursor.setPosition(base + to_utf16(text, m.start()))
                cursor.setPosition(base + to_utf16(text, m.end()), QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        finally:
            self._inserting = False
        self._cancel()
        self._shown = []
        self._popup().hide()
