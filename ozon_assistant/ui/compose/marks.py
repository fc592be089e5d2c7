"""A finding placed in the editor (Qt positions), the word the seller is typing, and the layer
that draws the underlines.

Findings carry ``str`` offsets relative to their paragraph or reply; a :class:`Mark` pairs one
with its current Qt span, which is what tooltips, menus and fixes need.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit

from ozon_assistant.core.offsets import from_utf16, to_utf16
from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.shared.labels import SEVERITY_COLORS

_WORD_EXTRA = "-'’_"


@dataclass(frozen=True)
class Mark:
    finding: Finding
    start: int  # Qt position (UTF-16) in the document
    end: int
    matched: str  # the text the finding covers, to check a fix still applies


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in _WORD_EXTRA


def typed_word_span(editor: QPlainTextEdit) -> tuple[int, int] | None:
    """The Qt span of the word touching the cursor, or None (selection, or no word there).

    Like Sonnet, the live checker leaves this word alone while the seller is still typing it.
    """
    cursor = editor.textCursor()
    if cursor.hasSelection():
        return None
    block = cursor.block()
    text = block.text()
    i = from_utf16(text, cursor.positionInBlock())
    start = i
    while start > 0 and _wordish(text[start - 1]):
        start -= 1
    end = i
    while end < len(text) and _wordish(text[end]):
        end += 1
    if start == end:
        return None
    base = block.position()
    return base + to_utf16(text, start), base + to_utf16(text, end)


# -- drawing -----------------------------------------------------------------------------------
#: (start, end) Qt span that is not drawn right now (the word being typed), or None
HiddenSpan = Callable[[], "tuple[int, int] | None"]

_SEVERITY = QTextFormat.Property.UserProperty + 1  # which severity a range draws
_SPANNING = QTextFormat.Property.UserProperty + 2  # a whole-reply finding (grows with edits)
_ORDER = tuple(Severity)


@dataclass(frozen=True)
class Underline:
    """One underline to draw: a cursor (it moves along with edits) and how it looks."""

    cursor: QTextCursor
    severity: Severity
    spanning: bool = False  # a whole-reply finding: may cross paragraphs, never hidden


def _format(severity: Severity, spanning: bool) -> QTextCharFormat:
    """Wavy red errors and orange warnings over a faint tint (visible even where a wave is
    thin, as under "!!!"), blue dotted suggestions. A whole-reply finding (the text past the
    channel's limit) has its wave over whole lines and no tint: tinting every paragraph past
    the limit would colour the reply, and cost each keystroke a fill of the paragraph."""
    fmt = QTextCharFormat()
    color = SEVERITY_COLORS[severity]
    fmt.setUnderlineColor(color)
    if severity is Severity.SUGGESTION:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        if not spanning:
            tint = QColor(color)
            tint.setAlpha(28)
            fmt.setBackground(tint)
    fmt.setProperty(_SEVERITY, _ORDER.index(severity))
    fmt.setProperty(_SPANNING, spanning)
    return fmt


class UnderlineLayer:
    """Draws the underlines of the visible paragraphs as formats of their text layouts.

    Qt's ExtraSelections draw the text of every selection a second time, and a paint layer in
    Python ran on every repaint, i.e. every keystroke (0.3–0.5 ms, most of a keystroke's cost).
    Here the underlines are additional formats of the paragraphs' QTextLayouts: Qt draws waves,
    dots and tints itself, in the same pass as the text, with no Python in the paint at all.
    Formats are set when results arrive (``set_underlines``) and kept in place by ``edited`` on
    each change: typing after every underline of a paragraph (the usual case) costs one look-up;
    an edit before an underline moves it, an edit inside one drops it until the next check
    (it is being rewritten), and a whole-reply finding grows or shrinks with the edit.
    The block's ``userState`` holds the end of its last range plus one (0/−1: none).
    """

    def __init__(self, editor: QPlainTextEdit, hidden: HiddenSpan,
                 typing_at: Callable[[], int] = lambda: -1) -> None:
        self.editor = editor
        self.doc = editor.document()
        self.hidden = hidden
        self.typing_at = typing_at  # kept for callers; the typed word is settled at set time
        self._formats = {(sev, spanning): _format(sev, spanning)
                         for sev in Severity for spanning in (False, True)}
        self._underlines: list[Underline] = []
        self._formatted: list[QTextCursor] = []  # at the start of each block with formats
        self._hidden: tuple[int, int] | None = None

    # -- what is drawn ---------------------------------------------------------------------------
    def set_underlines(self, underlines: list[Underline]) -> None:
        """Draw these (the visible paragraphs'); the word being typed is left out for now."""
        self._underlines = underlines
        hidden = self._hidden = self.hidden()
        wanted: dict[int, list[tuple[int, int, Severity, bool]]] = {}
        blocks: dict[int, QTextBlock] = {}
        for u in underlines:
            s, e = u.cursor.selectionStart(), u.cursor.selectionEnd()
            if e <= s:  # an empty span draws nothing, as in Qt
                continue
            if not u.spanning and hidden is not None and s < hidden[1] and hidden[0] < e:
                continue
            block = self.doc.findBlock(s)
            while block.isValid() and block.position() < e:
                base = block.position()
                number = block.blockNumber()
                blocks[number] = block
                a, b = max(s, base) - base, min(e, base + block.length() - 1) - base
                if b > a:
                    wanted.setdefault(number, []).append((a, b, u.severity, u.spanning))
                if not u.spanning:
                    break
                block = block.next()
        keep: list[QTextCursor] = []
        for cursor in self._formatted:  # blocks drawn before that have nothing to draw now
            block = cursor.block()
            if block.isValid() and block.blockNumber() not in wanted and block.userState() > 0:
                self._apply(block, [])
        for number, ranges in wanted.items():
            block = blocks[number]
            self._apply(block, ranges)
            keep.append(QTextCursor(block))
        self._formatted = keep

    def _apply(self, block: QTextBlock, ranges: list[tuple[int, int, Severity, bool]]) -> None:
        """Set ``block``'s underline formats when they differ from what it has."""
        ranges = sorted(ranges, key=lambda r: (r[0], r[1]))
        layout = block.layout()
        if _ranges(layout.formats()) == ranges:
            return
        out = []
        for a, b, severity, spanning in ranges:
            fr = QTextLayout.FormatRange()
            fr.start, fr.length, fr.format = a, b - a, self._formats[(severity, spanning)]
            out.append(fr)
        layout.setFormats(out)
        block.setUserState(max((b for _a, b, _s, _sp in ranges), default=-1) + 1 or -1)
        self.doc.markContentsDirty(block.position(), block.length())

    def edited(self, block: QTextBlock, position: int, removed: int, added: int,
               one_block: bool) -> None:
        """Keep the formats on their text after an edit (called on every change)."""
        end = block.userState() - 1  # the end of the block's last range; < 0: none
        if end < 0:
            return
        rel = position - block.position()
        if rel >= end and one_block:  # typing after every underline: nothing moves
            return
        layout = block.layout()
        if not one_block:  # paragraphs split or joined: drawn again after the next check
            layout.setFormats([])
            block.setUserState(-1)
            return
        delta = added - removed
        out = []
        for fr in layout.formats():
            s, e = fr.start, fr.start + fr.length
            if e <= rel:
                pass
            elif s >= rel + removed:
                fr.start = s + delta
            elif fr.format.property(_SPANNING):
                fr.length = max(0, fr.length + delta)
                if not fr.length:
                    continue
            else:  # the edit is inside it: being rewritten, drawn again after the check
                continue
            out.append(fr)
        layout.setFormats(out)
        block.setUserState(max((f.start + f.length for f in out), default=-1) + 1 or -1)

    def spans(self, hide: bool = True) -> list[tuple[int, int, Severity]]:
        """(start, end, severity) in Qt positions of what is drawn now (the visible paragraphs'
        formats), in document order; a whole-reply finding is one span across paragraphs."""
        del hide  # what is drawn already leaves the typed word out
        out: list[tuple[int, int, Severity, bool]] = []
        block = self.editor.firstVisibleBlock()
        offset = self.editor.contentOffset()
        height = self.editor.viewport().height()
        while block.isValid() and self.editor.blockBoundingGeometry(block).translated(
                offset).top() <= height:
            if block.userState() > 0:
                base = block.position()
                for a, b, severity, spanning in _ranges(block.layout().formats()):
                    last = out[-1] if out else None
                    if (spanning and last is not None and last[3] and last[2] is severity
                            and last[1] + 1 == base + a):  # continues over the paragraph end
                        out[-1] = (last[0], base + b, severity, True)
                    else:
                        out.append((base + a, base + b, severity, spanning))
            block = block.next()
        return sorted(((s, e, sev) for s, e, sev, _sp in out), key=lambda t: (t[0], t[1]))

    def unhide(self) -> None:
        """The word that was being typed gets its underlines back."""
        if self._hidden is not None:
            self._hidden = None
            self.set_underlines(self._underlines)

    def font_changed(self) -> None:
        """Nothing to redo: Qt draws the formats for whatever font the editor has."""


def _ranges(formats: list[QTextLayout.FormatRange]) -> list[tuple[int, int, Severity, bool]]:
    return sorted(((f.start, f.start + f.length, _ORDER[int(f.format.property(_SEVERITY))],
                    bool(f.format.property(_SPANNING))) for f in formats
                   if f.format.property(_SEVERITY) is not None),
                  key=lambda r: (r[0], r[1]))
