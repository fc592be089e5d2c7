"""A finding placed in the editor (Qt positions), the word the seller is typing, and the layer
that draws the underlines.

Findings carry ``str`` offsets relative to their paragraph or reply; a :class:`Mark` pairs one
with its current Qt span, which is what tooltips, menus and fixes need.
"""

from __future__ import annotations

import bisect
import math
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
_PIXMAP_LIMIT = 300  # line pixmaps (a few KB each)
_NEAR = 100  # spans this far from where the seller types may touch the word being typed


#: tint, wave tile, its height, pen (dotted suggestions)
_Style = tuple["QColor | None", "QPixmap | None", float, "QPen | None"]


def _start_of(u: Underline) -> int:
    return u.cursor.selectionStart()


def _draw_span(p: QPainter, x1: float, x2: float, height: float, ascent: int,
               style: _Style) -> None:
    """One span on a line whose top is at y = 0: the tint over the line, the wave (or the
    dotted line) under the text."""
    tint, tile, tile_height, pen = style
    if tint is not None:
        p.fillRect(QRectF(x1, 0, x2 - x1, height), tint)
    if tile is not None:
        p.drawTiledPixmap(QRectF(x1, ascent + 1, x2 - x1, tile_height), tile)
    elif pen is not None:
        p.setPen(pen)
        p.drawLine(QPointF(x1, ascent + 2.5), QPointF(x2, ascent + 2.5))


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
    long over-limit span several milliseconds. Here the tints and waves of one line are drawn
    once into a small pixmap, cached by the line's geometry (where its spans start and end), and
    a repaint draws one cached pixmap per underlined line in the exposed band. A keystroke
    repaints its paragraph; lines whose spans did not move hit the cache, and x positions are
    cached by the text before them, so text typed after an underline costs no new look-ups.
    """

    def __init__(self, editor: QPlainTextEdit, hidden: HiddenSpan,
                 typing_at: Callable[[], int] = lambda: -1) -> None:
        self.editor = editor
        self.hidden = hidden
        self.typing_at = typing_at  # where the seller is typing (-1: not typing): cheap to ask
        self._font_changed = True
        self._local: list[Underline] = []  # within one paragraph, sorted by start
        self._spanning: list[Underline] = []
        self._lines: dict[tuple[str, int], list[tuple[int, int, float, float, float, float]]] = {}
        self._x: dict[tuple[int, str], float] = {}
        self._tiles: dict[tuple[str, float, int], QPixmap] = {}
        self._styles_key: tuple[float, int, int] = (0.0, 0, 0)
        self._style_cache: dict[Severity, _Style] = {}
        self._extent = 0.0  # how far below a line's top its drawing reaches
        self._overhang = 0.0  # … and how far that is below the line (a wave may hang lower)
        self._pixmaps: dict[tuple[float, tuple[tuple[float, float, Severity], ...]],
                            tuple[float, QPixmap]] = {}
        self._strips: dict[tuple[Severity, float], tuple[QPixmap, float, int]] = {}
        self._seen: set[tuple[float, tuple[tuple[float, float, Severity], ...]]] = set()
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

    def font_changed(self) -> None:
        """The editor's font changed (its ``changeEvent``): waves and caches are made anew."""
        self._font_changed = True

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
        lines in ``exposed`` (a keystroke repaints only the paragraph being typed)."""
        if not self._local and not self._spanning:
            return
        editor = self.editor
        local = self._local
        styles = self._styles()
        overhang = self._overhang
        painter: QPainter | None = None
        offset = editor.contentOffset()
        top_limit, bottom_limit = exposed.top(), exposed.bottom()
        width = editor.viewport().width()
        block, top = self._first_block(top_limit - overhang, offset)
        left = offset.x()
        hidden: tuple[int, int] | None = None
        hidden_known = False  # the typed word is looked up only for spans near the typing
        near = self.typing_at()
        while block.isValid() and top <= bottom_limit:
            height = editor.blockBoundingRect(block).height()
            if top + height + overhang > top_limit and block.isVisible():
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
                    if near >= 0 and s <= near + _NEAR and e >= near - _NEAR:
                        if not hidden_known:
                            hidden, hidden_known = self.hidden(), True
                            self._last_hidden = hidden
                        if hidden is not None and s < hidden[1] and hidden[0] < e:
                            continue
                    spans.append((s - base, min(e, end) - base, u.severity))
                for u in self._spanning:
                    s, e = u.cursor.selectionStart(), u.cursor.selectionEnd()
                    if s < end and e > base and e > s:
                        spans.append((max(s, base) - base, min(e, end) - base, u.severity))
                if spans:
                    if painter is None:
                        painter = QPainter(editor.viewport())
                    self._paint_block(painter, block, left, top, width, spans,
                                      top_limit - top, bottom_limit - top, styles)
            top += height
            block = block.next()
        if painter is not None:
            painter.end()

    def _first_block(self, band_top: float, offset: QPointF) -> tuple[QTextBlock, float]:
        """A paragraph at or before the first one reaching below ``band_top``, and its top.
        A keystroke repaints the paragraph being typed, so the walk starts there when it is in
        view (a hit test, or a walk down from the top of the view, costs more than the rest of
        such a repaint)."""
        editor = self.editor
        first = editor.firstVisibleBlock()
        block = editor.textCursor().block()
        top = editor.blockBoundingGeometry(block).translated(offset).top()
        if block.blockNumber() <= first.blockNumber() or top > editor.viewport().height():
            return first, editor.blockBoundingGeometry(first).translated(offset).top()
        while top > band_top and block.blockNumber() > first.blockNumber():
            block = block.previous()
            top -= editor.blockBoundingRect(block).height()
        return block, top

    def _paint_block(self, painter: QPainter, block: QTextBlock, left: float, top: float,
                     width: int, spans: list[tuple[int, int, Severity]], low: float,
                     high: float, styles: dict[Severity, _Style]) -> None:
        """``low``/``high``: the exposed band in block coordinates; other lines are skipped
        (Qt does not repaint them either)."""
        text = block.text()
        lines = self._line_table(block, text, width)
        extent = self._extent
        x_cache = self._x
        pixmaps = self._pixmaps
        for number, (ls, le, x, y, height, natural) in enumerate(lines):
            if y > high or y + max(height, extent) <= low:
                continue
            geometry: list[tuple[float, float, Severity]] = []
            whole = False
            line_text: str | None = None
            for s, e, severity in spans:
                if e <= ls or s >= le:
                    continue
                if s <= ls and e >= le:  # the whole line (a long span): no look-ups
                    geometry.append((0.0, natural, severity))
                    whole = True
                    continue
                if line_text is None:
                    line_text = text[ls:le]
                a, b = max(s, ls) - ls, min(e, le) - ls
                # x of an offset depends on the text before it (and the next character, which
                # kerning may pull closer), not on what follows: typing further on keeps it
                xa = x_cache.get((a, line_text[:a + 1]))
                if xa is None:
                    xa = self._x_of(block, number, line_text, a)
                xb = x_cache.get((b, line_text[:b + 1]))
                if xb is None:
                    xb = self._x_of(block, number, line_text, b)
                geometry.append((xa, xb, severity))
            if not geometry:
                continue
            key = (height, tuple(geometry))
            found = pixmaps.get(key)
            if found is None and whole and key not in self._seen:
                # The line being typed under a long span grows on every key: its whole-line
                # parts are cut from a strip, and only a line seen twice gets its own pixmap.
                if len(self._seen) > _PIXMAP_LIMIT:
                    self._seen.clear()
                self._seen.add(key)
                rest = []
                for x1, x2, severity in geometry:
                    if x1 == 0.0 and x2 == natural:
                        strip, strip_height = self._strip(severity, height, width, styles)
                        ratio = strip.devicePixelRatio()
                        painter.drawPixmap(round(left + x), round(top + y), round(natural),
                                           round(strip_height), strip, 0, 0,
                                           round(natural * ratio), round(strip_height * ratio))
                    else:
                        rest.append((x1, x2, severity))
                if not rest:
                    continue
                key = (height, tuple(rest))
                found = pixmaps.get(key)
                geometry = rest
            if found is None:
                found = self._line_pixmap(height, geometry, styles)
                if len(pixmaps) > _PIXMAP_LIMIT:
                    pixmaps.clear()
                pixmaps[key] = found
            painter.drawPixmap(round(left + x + found[0]), round(top + y), found[1])

    def _line_pixmap(self, height: float, geometry: list[tuple[float, float, Severity]],
                     styles: dict[Severity, _Style]) -> tuple[float, QPixmap]:
        """The tints and waves of one line, drawn once: (x where the pixmap starts, pixmap)."""
        ratio = self.editor.devicePixelRatioF()
        ascent = self._styles_key[2]
        origin = float(math.floor(min(x1 for x1, _x2, _sev in geometry)))
        right = math.ceil(max(x2 for _x1, x2, _sev in geometry))
        pixmap = QPixmap(max(1, round((right - origin) * ratio)),
                         max(1, math.ceil(max(height, self._extent) * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        for x1, x2, severity in geometry:
            _draw_span(p, x1 - origin, x2 - origin, height, ascent, styles[severity])
        p.end()
        return origin, pixmap

    def _strip(self, severity: Severity, height: float, width: int,
               styles: dict[Severity, _Style]) -> tuple[QPixmap, float]:
        """A line-high strip of one severity's tint and wave, at least ``width`` wide: whole
        lines under a long span (the over-limit finding) are cuts of it, however wide the line
        being typed grows."""
        key = (severity, height)
        found = self._strips.get(key)
        if found is not None and found[2] >= width:
            return found[0], found[1]
        ratio = self.editor.devicePixelRatioF()
        strip_height = float(math.ceil(max(height, self._extent)))
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(strip_height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        _draw_span(p, 0.0, float(width), height, self._styles_key[2], styles[severity])
        p.end()
        self._strips[key] = (pixmap, strip_height, width)
        return pixmap, strip_height

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
        """x of ``offset`` within line ``number``, cached by the line's text up to it."""
        line = block.layout().lineAt(number)
        found = line.cursorToX(line.textStart() + offset)  # PySide: (x, position)
        x = float(found[0] if isinstance(found, tuple) else found) - line.x()  # type: ignore[arg-type]
        if len(self._x) > _CACHE_LIMIT:
            self._x.clear()
        self._x[(offset, line_text[:offset + 1])] = x
        return x

    def _styles(self) -> dict[Severity, _Style]:
        """Tint, wave tile and pen of each severity for the editor's font and screen (cached)."""
        ratio = self.editor.devicePixelRatioF()
        if ratio == self._styles_key[0] and not self._font_changed:
            return self._style_cache
        self._font_changed = False
        metrics = self.editor.fontMetrics()
        key = (ratio, metrics.descent(), metrics.ascent())
        if self._styles_key != key:
            self._styles_key = key
            self._style_cache = {}
            self._pixmaps.clear()
            self._strips.clear()
            self._x.clear()
            self._lines.clear()
            extent = float(metrics.height())
            for severity in Severity:
                color = SEVERITY_COLORS[severity]
                if severity is Severity.SUGGESTION:  # blue dotted, no tint
                    pen = QPen(color, 1.0, Qt.PenStyle.DotLine)
                    self._style_cache[severity] = (None, None, 0.0, pen)
                    extent = max(extent, key[2] + 3.5)
                else:  # a wave and a faint tint: visible even where a wave is thin
                    tint = QColor(color)
                    tint.setAlpha(28)
                    tile = self._tile(color.name(), key[1])
                    height = tile.height() / tile.devicePixelRatio()
                    self._style_cache[severity] = (tint, tile, height, None)
                    extent = max(extent, key[2] + 1 + height)
            self._extent = extent
            self._overhang = max(0.0, extent - metrics.height())
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
