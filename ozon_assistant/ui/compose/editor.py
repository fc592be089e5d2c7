"""The compose pane: a plain-text editor that explains its underlines and applies fixes.

Hovering an underline shows the message, the rule's reason and the fix; the context menu (mouse
or the Menu key / Ctrl+.) offers the replacements, "Why?", "Ignore here", "Disable this rule" and,
for spelling, "Add to dictionary". Every fix is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.compose.marks import Mark
from ozon_assistant.ui.shared.labels import (
    SEVERITY_COLORS,
    category_name,
    italic_html,
    joined,
    replacement_label,
    severity_name,
    symbol_names,
)
from ozon_assistant.ui.shared.offsets import editor_text, from_utf16, to_utf16

MAX_MENU_FIXES = 6
DOCUMENT_MARGIN = 10


def reading_font(base: QFont) -> QFont:
    """The compose pane's font: the system's, a quarter larger (a reply is read closely)."""
    font = QFont(base)
    font.setPointSizeF(max(base.pointSizeF(), 9.0) * 1.25)
    return font


def dictionary_available() -> bool:
    """Whether the personal dictionary exists in this build (the speller may not be there)."""
    try:
        from ozon_assistant.spelling import personal  # noqa: F401
    except ImportError:
        return False
    return True


def tooltip_html(marks: list[Mark], fixable: Callable[[Mark], bool] = lambda m: True) -> str:
    """Message in the UI language, the reason behind the rule, and the suggested fix — only a
    fix the editor would apply (``fixable``): a contact's fix that would leave the contact
    behind is not offered here either."""
    import html  # (its entity tables cost start-up time; tooltips come later)

    parts = []
    for m in marks:
        f = m.finding
        color = SEVERITY_COLORS[f.severity].name()
        head = (f'<span style="color:{color}"><b>{html.escape(severity_name(f.severity))}</b></span>'
                f' · {html.escape(category_name(f.category))}')
        body = f"<p style='margin:2px 0'>{html.escape(f.message)}</p>"
        symbols = symbol_names(m.matched)
        if symbols:  # which emoji, also where the font draws an empty box
            body += f"<p style='margin:2px 0'>{html.escape(symbols)}</p>"
        if f.description:  # (Chinese is never slanted: no CJK font has an italic)
            body += (f"<p style='margin:2px 0;color:#555'>"
                     f"{italic_html(html.escape(f.description))}</p>")
        if f.replacements and fixable(m):
            fixes = html.escape(joined(replacement_label(r) for r in f.replacements[:3]))
            body += ("<p style='margin:2px 0'><b>"
                     + html.escape(QCoreApplication.translate("ComposeEditor", "Fix:")) + f"</b> {fixes}</p>")
        parts.append(f"<div style='max-width:420px'>{head}{body}</div>")
    return "<hr/>".join(parts)


class _FirstPaint(QObject):
    """Tells the editor about its first paint (start-up goes on after it), then removes itself."""

    def __init__(self, editor: ComposeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.editor.first_painted.emit)  # after the paint is done
        return False


class ComposeEditor(QPlainTextEdit):
    """Plain text editing plus the finding actions. The live checker is attached by the tab."""

    fix_applied = Signal()
    first_painted = Signal()  # once: start-up goes on after the window is on screen
    ignore_requested = Signal(object)  # Mark
    disable_requested = Signal(str)  # rule id
    why_requested = Signal(str)  # rule id
    add_word_requested = Signal(str)  # word

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ozon_assistant.ui.compose.live import LiveChecker  # set by the tab right after

        self.live: LiveChecker | None = None
        # extensions that take some drops (an .eml opens as the buyer's e-mail); each returns
        # True when it took the event. Called only for drag-and-drop events, so nothing in
        # Python sits in the way of the editor's other events (a viewport event filter would
        # run on every paint, i.e. every keystroke).
        self.drop_filters: list[Callable[[QEvent], bool]] = []
        self._tip_point: QPoint | None = None
        self._focus_lost = True  # whether the last focus-out was passed on (not a popup's)
        # the first paint is seen by a filter that then goes away: no Python on later paints
        self._first_paint = _FirstPaint(self)
        self.viewport().installEventFilter(self._first_paint)
        self.setTabChangesFocus(True)
        self.setMouseTracking(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFont(reading_font(self.font()))
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.retranslate_ui()
        quick = QAction(self)
        quick.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_Period)
        quick.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        quick.triggered.connect(self.show_fix_menu_at_cursor)
        self.addAction(quick)

    # -- drawing -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.live is not None:
            self.live.layer.font_changed()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setPlaceholderText(self.tr(
            "Write your reply to the buyer here. Problems are underlined as you type; "
            "hover for why, right-click for fixes. Ctrl+Enter approves and copies."))

    def focusInEvent(self, event: QFocusEvent) -> None:
        # back from a popup: nothing to do unless the focus really went (see focusOutEvent)
        if event.reason() != Qt.FocusReason.PopupFocusReason or self._focus_lost:
            self._focus_lost = False
            super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """A popup (the phrase list, a menu) takes the focus only while it is open: the pane
        keeps its cursor showing where typing goes, and is not repainted whole, frame and all,
        each time the phrase list opens or closes (~2 ms, twice a sentence). When the focus
        does leave meanwhile (a combo box elsewhere takes it), the return is handled in full."""
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._focus_lost = True
            super().focusOutEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not any(f(event) for f in self.drop_filters):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not any(f(event) for f in self.drop_filters):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if not any(f(event) for f in self.drop_filters):
            super().dropEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.live is not None:  # other paragraphs may have come into view
            self.live.schedule_render()

    # -- hover ---------------------------------------------------------------------------------
    def marks_at_point(self, point: QPoint) -> list[Mark]:
        if self.live is None:
            return []
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():  # below the last line
            return []
        marks = self.live.marks_at(cursor.position())
        if not marks and cursor.position() > 0:  # hovering the right half of a last character
            marks = self.live.marks_at(cursor.position() - 1)
        return marks

    def tooltip_for(self, point: QPoint) -> str:
        """The tooltip text shown at ``point`` in viewport coordinates ('' when none)."""
        marks = self.marks_at_point(point)
        return tooltip_html(marks, self.fixable) if marks else ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The tooltip is chosen as the pointer moves (not in a viewport event handler, which
        would put Python on every paint, i.e. every keystroke); Qt shows it on hover."""
        super().mouseMoveEvent(event)
        self._tip_point = event.position().toPoint()
        self.refresh_tip()

    def refresh_tip(self) -> None:
        """The tooltip for where the pointer is (results arrived, or it moved)."""
        text = self.tooltip_for(self._tip_point) if self._tip_point is not None else ""
        if text != self.viewport().toolTip():
            self.viewport().setToolTip(text)

    # -- menu ----------------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            marks = self.marks_at_point(event.pos())
        else:
            marks = self.live.marks_at(self.textCursor().position()) if self.live else []
        menu = self.build_menu(marks)
        menu.exec(event.globalPos())

    def show_fix_menu_at_cursor(self) -> None:
        """Ctrl+.: the fixes for the finding at the cursor, without the mouse."""
        marks = self.live.marks_at(self.textCursor().position()) if self.live else []
        menu = self.build_menu(marks)
        menu.exec(self.viewport().mapToGlobal(self.cursorRect().bottomRight()))

    def build_menu(self, marks: list[Mark]) -> QMenu:
        """Finding actions first (one click applies a fix), then the usual editing actions."""
        menu = QMenu(self)
        for mark in marks:
            f = mark.finding
            title = menu.addAction(f.message if len(f.message) < 90 else f.message[:87] + "…")
            title.setEnabled(False)
            for replacement in f.replacements[:MAX_MENU_FIXES] if self.fixable(mark) else ():
                act = menu.addAction(replacement_label(replacement))
                act.setObjectName("fix")
                act.triggered.connect(
                    lambda _=False, m=mark, r=replacement: self.apply_fix(m, r))
            why = menu.addAction(self.tr("Why? (the standard)"))
            why.triggered.connect(lambda _=False, r=f.rule: self.why_requested.emit(r))
            ignore = menu.addAction(self.tr("Ignore here"))
            if f.severity is Severity.ERROR:
                ignore.setEnabled(False)
                ignore.setToolTip(self.tr("Errors can only be overridden when copying."))
            ignore.triggered.connect(lambda _=False, m=mark: self.ignore_requested.emit(m))
            disable = menu.addAction(self.tr("Disable this rule"))
            disable.triggered.connect(lambda _=False, r=f.rule: self.disable_requested.emit(r))
            if f.category == "spelling" and dictionary_available():
                add = menu.addAction(self.tr("Add “%1” to dictionary").replace("%1", mark.matched))
                add.triggered.connect(
                    lambda _=False, w=mark.matched: self.add_word_requested.emit(w))
            menu.addSeparator()
        standard = self.createStandardContextMenu()
        for act in standard.actions():
            act.setParent(menu)
            menu.addAction(act)
        return menu

    # -- fixes ---------------------------------------------------------------------------------
    def _located(self, mark: Mark) -> tuple[str, Finding] | None:
        """The document's text and ``mark``'s finding at its ``str`` offsets in it, or None when
        the marked text has changed since."""
        text = editor_text(self)
        start, end = from_utf16(text, mark.start), from_utf16(text, mark.end)
        if text[start:end] != mark.matched.replace("\u2029", "\n"):  # Qt's paragraph mark
            return None
        return text, replace(mark.finding, start=start, end=end)

    def fixable(self, mark: Mark) -> bool:
        """Whether ``mark``'s fixes may be offered: not a contact's whose fix would leave the
        contact behind (see :func:`ozon_assistant.checker.fixing.leaves_contact`)."""
        from ozon_assistant.checker.fixing import leaves_contact

        located = self._located(mark)
        return located is not None and not leaves_contact(*located)

    def apply_fix(self, mark: Mark, replacement: str) -> bool:
        """Replace the marked text, as one undo step, keeping the text around it well-formed
        (a sentence start keeps its capital, no double space: the edit "Fix all safe" makes).
        Refuses when the text has changed since, or when the fix would leave a contact behind."""
        from ozon_assistant.checker.fixing import leaves_contact, shape

        located = self._located(mark)
        if located is None or leaves_contact(*located):
            return False
        text, finding = located
        edit = shape(text, finding.start, finding.end, replacement)
        cursor = QTextCursor(self.document())
        cursor.setPosition(to_utf16(text, edit.start))
        cursor.setPosition(to_utf16(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(edit.new)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.fix_applied.emit()
        return True
