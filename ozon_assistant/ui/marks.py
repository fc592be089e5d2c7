"""A finding placed in the editor (Qt positions), the word the seller is typing, and the layer
that draws the underlines.

Findings carry ``str`` offsets relative to their paragraph or reply; a :class:`Mark` pairs one
with its current Qt span, which is what tooltips, menus and fixes need.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.labels import SEVERITY_COLORS
from ozon_assistant.ui.offsets import from_utf16, to_utf16

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
_CACHE_LIMIT = 4000


#: tint, wave tile, its height, pen (dotted suggestions)
_Style = tuple["QColor | None", "QPixmap | None", float, "QPen | None"]


def _start_of(u: Underline) -> int:
    return u.cursor.selectionStart()


@dataclass(frozen=True)
class Underline:
    """One underline to draw: a cursor (it moves along with edits) and how it looks."""

    cursor: QTextCursor
    severity: Severity
    spanning: bool = False  # a whole-reply finding: may cross paragraphs, never hidden


class UnderlineLayer:
    """Draws the underlines of the visible paragraphs under the editor's text.

    Qt's ExtraSelections redraw the text of every selection a second time (clipped), which made
    each keystroke in an underlined paragraph cost about 0.3 ms more than in a plain editor, and a
    long over-limit span several milliseconds. Here a wave is a tiled pixmap and a tint a
    rectangle, drawn before the text in the same paint event; line geometry is cached by the
    line's text, so a keystroke recomputes only the line being typed.
    """

    def __init__(self, editor: QPlainTextEdit, hidden: HiddenSpan) -> None:
        self.editor = editor
        self.hidden = hidden
        self._local: list[Underline] = []  # within one paragraph, sorted by start
        self._starts_key = 0
        self._spanning: list[Underline] = []
        self._lines: dict[tuple[str, int], list[tuple[int, int, float, float, float, float]]] = {}
        self._x: dict[tuple[str, int], float] = {}
        self._tiles: dict[tuple[str, float, int], QPixmap] = {}
        self._styles_key: tuple[float, int, int] = (0.0, 0, 0)
        self._style_cache: dict[Severity, _Style] = {}
        self._last_hidden: tuple[int, int] | None = None

    # -- what is drawn ---------------------------------------------------------------------------
    def set_underlines(self, underlines: list[Underline]) -> None:
        """Replace what is drawn; repaints only when it changed."""
        before = self.spans(hide=False)
        self._local = sorted((u for u in underlines if not u.spanning),
                             key=lambda u: u.cursor.selectionStart())
        self._spanning = [u for u in underlines if u.spanning]
        if self.spans(hide=False) != before:
            self.editor.viewport().update()

    def spans(self, hide: bool = True) -> list[tuple[int, int, Severity]]:
        """(start, end, severity) in Qt positions of what is drawn now, in document order."""
        hidden = self.hidden() if hide else None
        out = []
        for u in self._local + self._spanning:
            s, e = u.cursor.selectionStart(), u.cursor.selectionEnd()
            if hidden is not None and not u.spanning and s < hidden[1] and hidden[0] < e:
                continue
            out.append((s, e, u.severity))
        return sorted(out, key=lambda t: (t[0], t[1]))

    def unhide(self) -> None:
        """The word that was being typed gets its underlines back: repaint its paragraph."""
        if self._last_hidden is not None:
            block = self.editor.document().findBlock(self._last_hidden[0])
            if block.isValid():
                rect = self.editor.blockBoundingGeometry(block).translated(
                    self.editor.contentOffset()).toAlignedRect()
                self.editor.viewport().update(rect)
            self._last_hidden = None

    # -- painting --------------------------------------------------------------------------------
    def paint(self, exposed: QRect) -> None:
        """Called by the editor's paintEvent before the text is drawn: the underlines of the
        paragraphs in ``exposed`` (a keystroke repaints only the paragraph being typed)."""
        if not self._local and not self._spanning:
            return
        editor = self.editor
        local = self._local
        painter: QPainter | None = None
        offset = editor.contentOffset()
        top_limit, bottom_limit = exposed.top(), exposed.bottom()
        width = editor.viewport().width()
        block = editor.firstVisibleBlock()
        top = editor.blockBoundingGeometry(block).translated(offset).top()
        left = offset.x()
        hidden: tuple[int, int] | None = None
        hidden_known = False
        while block.isValid() and top <= bottom_limit:
            height = editor.blockBoundingRect(block).height()
            if top + height > top_limit and block.isVisible():
                base = block.position()
                end = base + block.length() - 1
                spans: list[tuple[int, int, Severity]] = []
                i = bisect.bisect_left(local, base, key=_start_of) if local else 0
                while i < len(local):
                    u = local[i]
                    s = u.cursor.selectionStart()
                    if s > end:
                        break
                    e = u.cursor.selectionEnd()
                    i += 1
                    if e <= s:  # an empty span draws nothing, as in Qt
                        continue
                    if not hidden_known:
                        hidden, hidden_known = self.hidden(), True
                        self._last_hidden = hidden
                    if hidden is None or not (s < hidden[1] and hidden[0] < e):
                        spans.append((s - base, min(e, end) - base, u.severity))
                for u in self._spanning:
                    s, e = u.cursor.selectionStart(), u.cursor.selectionEnd()
                    if s < end and e > base and e > s:
                        spans.append((max(s, base) - base, min(e, end) - base, u.severity))
                if spans:
                    if painter is None:
                        painter = QPainter(editor.viewport())
                    self._paint_block(painter, block, left, top, width, spans,
                                      top_limit - top, bottom_limit - top)
            top += height
            block = block.next()
        if painter is not None:
            painter.end()

    def _paint_block(self, painter: QPainter, block: QTextBlock, left: float, top: float,
                     width: int, spans: list[tuple[int, int, Severity]], low: float,
                     high: float) -> None:
        """``low``/``high``: the exposed band in block coordinates; other lines are skipped
        (Qt does not repaint them either)."""
        text = block.text()
        lines = self._line_table(block, text, width)
        styles = self._styles()
        ascent = self._styles_key[2]
        x_cache = self._x
        for s, e, severity in spans:
            tint, tile, tile_height, pen = styles[severity]
            for number, (ls, le, x, y, height, natural) in enumerate(lines):
                if le <= s:
                    continue
                if ls >= e:
                    break
                if y > high or y + height <= low:
                    continue
                if s <= ls and e >= le:  # the whole line (a long span): no lookups
                    x1, x2 = left + x, left + x + natural
                else:
                    line_text = text[ls:le]
                    a, b = max(s, ls) - ls, min(e, le) - ls
                    xa = x_cache.get((line_text, a))
                    if xa is None:
                        xa = self._x_of(block, number, line_text, a)
                    xb = x_cache.get((line_text, b))
                    if xb is None:
                        xb = self._x_of(block, number, line_text, b)
                    x1, x2 = left + x + xa, left + x + xb
                line_top = top + y
                if tint is not None:
                    painter.fillRect(QRectF(x1, line_top, x2 - x1, height), tint)
                if tile is not None:
                    painter.drawTiledPixmap(QRectF(x1, line_top + ascent + 1, x2 - x1,
                                                   tile_height), tile)
                elif pen is not None:
                    painter.setPen(pen)
                    painter.drawLine(QPointF(x1, line_top + ascent + 2.5),
                                     QPointF(x2, line_top + ascent + 2.5))

    def _line_table(self, block: QTextBlock, text: str,
                    width: int) -> list[tuple[int, int, float, float, float, float]]:
        """(start, end, x, y, height, width) of each line of ``block``, cached by its text and
        the editor's width."""
        key = (text, width)
        table = self._lines.get(key)
        if table is None:
            layout = block.layout()
            table = []
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                start = line.textStart()
                table.append((start, start + line.textLength(), line.x(), line.y(),
                              line.height(), line.naturalTextWidth()))
            if len(self._lines) > _CACHE_LIMIT:
                self._lines.clear()
            self._lines[key] = table
        return table

    def _x_of(self, block: QTextBlock, number: int, line_text: str, offset: int) -> float:
        """x of ``offset`` within line ``number``: it depends only on the line's text (and the
        editor's font), so typing recomputes only the line being typed."""
        key = (line_text, offset)
        x = self._x.get(key)
        if x is None:
            line = block.layout().lineAt(number)
            found = line.cursorToX(line.textStart() + offset)  # PySide: (x, position)
            x = float(found[0] if isinstance(found, tuple) else found) - line.x()  # type: ignore[arg-type]
            if len(self._x) > _CACHE_LIMIT:
                self._x.clear()
            self._x[key] = x
        return x

    def _styles(self) -> dict[Severity, _Style]:
        """Tint, wave tile and pen of each severity for the editor's font and screen (cached)."""
        metrics = self.editor.fontMetrics()
        key = (self.editor.devicePixelRatioF(), metrics.descent(), metrics.ascent())
        if self._styles_key != key:
            self._styles_key = key
            self._style_cache = {}
            for severity in Severity:
                color = SEVERITY_COLORS[severity]
                if severity is Severity.SUGGESTION:  # blue dotted, no tint
                    pen = QPen(color, 1.0, Qt.PenStyle.DotLine)
                    self._style_cache[severity] = (None, None, 0.0, pen)
                else:  # a wave and a faint tint: visible even where a wave is thin
                    tint = QColor(color)
                    tint.setAlpha(28)
                    tile = self._tile(color.name(), key[1])
                    height = tile.height() / tile.devicePixelRatio()
                    self._style_cache[severity] = (tint, tile, height, None)
        return self._style_cache

    def _tile(self, color: str, descent: int) -> QPixmap:
        """One period of the wave, like Qt's own wavy underline, for this colour and font."""
        ratio = self.editor.devicePixelRatioF()
        key = (color, ratio, descent)
        tile = self._tiles.get(key)
        if tile is None:
            radius = max(1.5, min(descent - 1, 4) / 2)
            w, h = 4 * radius, 2 * radius + 1
            tile = QPixmap(max(1, round(w * ratio)), max(1, round(h * ratio)))
            tile.setDevicePixelRatio(ratio)
            tile.fill(Qt.GlobalColor.transparent)
            p = QPainter(tile)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(QColor(color), 1.0))
            path = QPainterPath(QPointF(0, radius + 0.5))
            path.quadTo(radius, -radius + 0.5, 2 * radius, radius + 0.5)
            path.quadTo(3 * radius, 3 * radius + 0.5, 4 * radius, radius + 0.5)
            p.drawPath(path)
            p.end()
            self._tiles[key] = tile
        return tile
