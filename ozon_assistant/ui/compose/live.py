"""Live checking of one compose editor without blocking the event loop (after novelWriter/Sonnet).

- ``contentsChange`` marks the edited paragraphs (blocks) dirty; nothing is checked per keystroke.
- A short debounce (``DEBOUNCE_MS``) then hands dirty paragraphs, visible ones first and at most
  ``MAX_PER_FLUSH`` at a time, to workers (house rules and the slower sources on separate pools).
- Each job carries the block's revision; a result for a block whose text has changed since is
  dropped for display (results are cached by paragraph text, so undo gets them back for free).
- Underlines exist for the visible blocks only, rebuilt on results, scrolling and resizing (not
  on keystrokes: their cursors move along with the text), and are drawn by ``marks.UnderlineLayer``
  under the text; the word being typed is left out at paint time until the seller moves on.
- Paragraphs longer than ``MAX_PARAGRAPH`` are checked on their first part only, so a 1 MB paste
  cannot stall anything.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ozon_assistant.core.text import paragraphs
from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.compose.marks import Mark, Underline, UnderlineLayer, typed_word_span
from ozon_assistant.ui.shared.offsets import editor_text, span_to_utf16
from ozon_assistant.ui.shared.workers import (
    DocumentJob,
    Item,
    JobSignals,
    ParagraphJob,
    Result,
    house_pool,
    source_pool,
)

if TYPE_CHECKING:  # the checker loads after the first paint (start-up): its module too
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker

DEBOUNCE_MS = 250
MAX_PARAGRAPH = 5000
MAX_PER_FLUSH = 300
CHUNK = 50
CACHE_LIMIT = 50_000
CURSOR_REST_MS = 60  # the typed word is underlined this long after the cursor leaves it


class LiveChecker(QObject):
    """Keeps the findings of one editor up to date and draws them."""

    findings_changed = Signal()  # results arrived: panel, score and counter may change
    rendered = Signal()  # underlines were redrawn
    long_paragraph = Signal()  # a paragraph was only partly checked

    def __init__(self, editor: QPlainTextEdit, checker: Checker | None,
                 context: Callable[[], CheckContext]) -> None:
        """``checker``: None while it loads (start-up, so the window can be on screen before
        the checker is): the checks wait for ``set_checker``."""
        super().__init__(editor)
        self.editor, self.doc = editor, editor.document()
        self._checker = checker
        self._context = context
        self._ctx: CheckContext | None = None
        self._generation = 0
        self._house: dict[str, list[Finding]] = {}
        self._source: dict[str, list[Finding]] = {}
        self._pending: dict[str, set[str]] = {"house": set(), "source": set()}
        self._dirty: set[int] = set()
        self._doc_findings: list[Finding] = []
        self._doc_text: str | None = None
        self._doc_marks: list[tuple[QTextCursor, Finding]] = []
        self._doc_requested = -1
        self._doc_revision_done = -1
        self._rendered: list[tuple[QTextCursor, Finding]] = []
        self._glyph_blocks: list[QTextCursor] = []  # the paragraphs keeping their glyphs
        self._drawn_range = (0, -1)  # the paragraphs (numbers) on screen at the last redraw
        self._typing = False
        self._edit_end = -1
        self.edited_from = sys.maxsize  # the lowest Qt position edited since a reader reset it
        self._hidden_key: tuple[int, int] = (-1, -1)
        self._hidden: tuple[int, int] | None = None
        self._closed = False
        self.ignored: set[tuple[str, str]] = set()
        self.layer = UnderlineLayer(editor, self._hidden_span,
                                    lambda: self._edit_end if self._typing else -1)

        self._signals = JobSignals()
        self._signals.paragraphs_done.connect(self._on_paragraphs)
        self._signals.document_done.connect(self._on_document)
        self._debounce = self._timer(DEBOUNCE_MS, self._on_debounce)
        self._quiet_until = 0.0  # no check before this (monotonic seconds): typing goes on
        self._render_timer = self._timer(0, self._render)
        self._summary_timer = self._timer(30, self.findings_changed.emit)

        self.doc.contentsChange.connect(self._on_change)
        # whether the cursor left the word being typed is asked once the cursor rests (Qt
        # restarts the timer on every move, typing included): no Python per keystroke
        self._cursor_timer = self._timer(CURSOR_REST_MS, self._on_cursor)
        editor.cursorPositionChanged.connect(self._cursor_timer.start)
        editor.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.recheck_all()

    def _timer(self, msecs: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(msecs)
        timer.timeout.connect(slot)
        return timer

    # -- public ------------------------------------------------------------------------------
    @property
    def checker(self) -> Checker | None:
        """The checker the checks use; None until the window's has loaded."""
        return self._checker

    def close(self) -> None:
        """Stop drawing and ignore results still on their way (the tab is closing)."""
        self._closed = True
        for t in (self._debounce, self._render_timer, self._summary_timer, self._cursor_timer):
            t.stop()

    def set_checker(self, checker: Checker, keep_house: bool = False) -> None:
        """A new checker: everything is checked again, or with ``keep_house`` (the same house
        rules, sources added after start-up) only what the sources say. The first checker
        (none before: it was loading) starts the checks that waited for it."""
        previous, self._checker = self._checker, checker
        if previous is None or (keep_house and not previous.sources):
            # nothing checked yet, or the house results stay (no source results on their way)
            self._source.clear()
            self._pending["source"].clear()
            self._dirty = set(range(self.doc.blockCount()))
            if not self._debounce.isActive():
                self._debounce.start(0)
            return
        self.recheck_all()

    def recheck_all(self, now: bool = False) -> None:
        """Forget every result (settings, dictionary or context changed) and check again."""
        self._generation += 1
        self._ctx = None
        self._house.clear()
        self._source.clear()
        for pending in self._pending.values():
            pending.clear()
        self._doc_requested = -1
        self._dirty = set(range(self.doc.blockCount()))
        self._debounce.start(0 if now else DEBOUNCE_MS)

    def flush_now(self) -> None:
        """Dispatch dirty paragraphs at once instead of after the debounce."""
        self._debounce.stop()
        self._flush()

    @property
    def busy(self) -> bool:
        """Anything still to come: the house rules or the slower sources."""
        return self.house_busy or bool(self._pending["source"])

    @property
    def house_busy(self) -> bool:
        """The house rules (the verdict) still to come for some paragraph or the whole reply.

        The sources are not waited for here: the speller's first check in a language waits for
        its dictionaries (built on the first start after an install: seconds, more on a slow
        laptop) and LanguageTool for the network, and neither decides approval."""
        return bool(self._dirty or self._pending["house"]
                    or self._doc_requested != self._doc_revision_done)

    @property
    def sources_busy(self) -> bool:
        """The speller or LanguageTool still to answer for some paragraph."""
        return bool(self._pending["source"])

    @property
    def generation(self) -> int:
        """Bumped whenever every result is forgotten (checker, settings or context changed)."""
        return self._generation

    @property
    def context(self) -> CheckContext | None:
        return self._ctx

    def schedule_render(self) -> None:
        if not self._closed:
            self._render_timer.start()

    def _on_scroll(self) -> None:
        """Redraw when other paragraphs came into view. Typing at the end of a long reply
        scrolls a line at every wrap with the same paragraphs on screen: nothing to redo."""
        if self._visible_range() != self._drawn_range:
            self.schedule_render()

    def stop_typing(self) -> None:
        """Every underline is shown again, including the word at the cursor."""
        self._typing = False
        self.layer.unhide()

    def paragraph_findings(self, text: str) -> list[Finding] | None:
        """Cached findings of one paragraph (house + sources), or None when not checked yet."""
        key = text[:MAX_PARAGRAPH]
        house = self._house.get(key)
        if house is None:
            return None
        source = self._source.get(key)
        if source:
            from ozon_assistant.checker.engine import merge_findings

            found = merge_findings(house + source)
        else:
            found = house
        return [f for f in found if (f.rule, text[f.start:f.end]) not in self.ignored]

    def cached_source(self, text: str) -> list[Finding]:
        return list(self._source.get(text[:MAX_PARAGRAPH], ()))

    def all_findings(self) -> tuple[list[Finding], bool]:
        """Every known finding in document ``str`` offsets, and whether the picture is complete."""
        from ozon_assistant.checker.engine import sort_findings

        text = editor_text(self.editor)
        out: list[Finding] = []
        complete = True
        for offset, para in paragraphs(text):
            if not para.strip():
                continue
            found = self.paragraph_findings(para)
            if found is None:
                complete = False
                continue
            out.extend(f.shifted(offset) for f in found)
        if self._doc_text == text:
            out.extend(f for f in self._doc_findings
                       if (f.rule, text[f.start:f.end]) not in self.ignored)
        else:
            complete = False
        return sort_findings(out), complete

    def marks_at(self, position: int) -> list[Mark]:
        """The findings under Qt position ``position``, as marks (for tooltips and menus)."""
        return [m for m in self.block_marks(self.doc.findBlock(position))
                if m.start <= position < m.end or (m.start == m.end == position)]

    def block_marks(self, block: QTextBlock) -> list[Mark]:
        """Findings touching ``block`` with their current Qt spans."""
        if not block.isValid():
            return []
        text = block.text()
        base = block.position()
        out: list[Mark] = []
        for f in self.paragraph_findings(text) or []:
            s, e = span_to_utf16(text, f.start, f.end)
            out.append(Mark(f, base + s, base + e, text[f.start:f.end]))
        end = base + block.length()
        for cursor, f in self._doc_marks:
            s, e = cursor.selectionStart(), cursor.selectionEnd()
            if s < end and (e > base or s == base):
                out.append(Mark(f, s, e, cursor.selectedText()))
        return out

    def underlines(self) -> list[tuple[int, int, Severity]]:
        """What is drawn now: (start, end, severity) in Qt positions (for tests and checks)."""
        return self.layer.spans()

    def _hidden_span(self) -> tuple[int, int] | None:
        """The word being typed (asked on every repaint: cached until the text changes)."""
        if not self._typing:
            return None
        key = (self.doc.revision(), self._edit_end)
        if key != self._hidden_key:
            self._hidden_key, self._hidden = key, typed_word_span(self.editor)
        return self._hidden

    # -- edits -------------------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        """Per keystroke: mark the edited paragraphs dirty, keep the underlines on their text
        and restart the debounce, no more."""
        if self._closed:
            return
        block = self.doc.findBlock(position)
        first = block.blockNumber()
        if position + added < block.position() + block.length():  # a key: within one paragraph
            self._dirty.add(first)
            self.layer.edited(block, position, removed, added, True)
        else:
            last_block = self.doc.findBlock(position + added)
            last = last_block.blockNumber() if last_block.isValid() else self.doc.blockCount() - 1
            self._dirty.update(range(max(first, 0), last + 1))
            if last_block.isValid() and last_block == self.editor.textCursor().block():
                self._glyph_blocks.append(_keeping(last_block))  # a new paragraph (Enter)
            while block.isValid() and block.blockNumber() <= last:
                self.layer.edited(block, position, removed, added, False)
                block = block.next()
        if position < self.edited_from:
            self.edited_from = position
        self._typing = True
        self._edit_end = position + added
        # the debounce is not restarted on every key (re-arming a timer costs more than the
        # rest of this); when it fires too early it waits out the remainder
        self._quiet_until = time.monotonic() + DEBOUNCE_MS / 1000
        if not self._debounce.isActive():
            self._debounce.start(DEBOUNCE_MS)

    def _on_cursor(self) -> None:
        if self._typing and self.editor.textCursor().position() != self._edit_end:
            self._typing = False
            self.layer.unhide()

    # -- dispatch ----------------------------------------------------------------------------
    def _visible_numbers(self) -> list[int]:
        viewport = self.editor.viewport()
        top = self.editor.cursorForPosition(viewport.rect().topLeft()).block().blockNumber()
        bottom = self.editor.cursorForPosition(viewport.rect().bottomLeft()).block().blockNumber()
        return list(range(max(top, 0), max(bottom, top) + 2))

    def _on_debounce(self) -> None:
        wait = self._quiet_until - time.monotonic()
        if wait > 0.001:
            self._debounce.start(int(wait * 1000) + 1)
            return
        self._flush()

    def _flush(self) -> None:
        if self._closed:
            return
        checker = self._checker
        if checker is None:  # still loading (start-up): set_checker starts the checks
            return
        ctx = self._context()
        if ctx != self._ctx:
            if self._ctx is not None:
                self._generation += 1
                self._house.clear()
                self._source.clear()
                for pending in self._pending.values():
                    pending.clear()
                self._doc_requested = -1
                self._dirty = set(range(self.doc.blockCount()))
            self._ctx = ctx
        if len(self._house) > CACHE_LIMIT:
            self._house.clear()
            self._source.clear()
            self._dirty = set(range(self.doc.blockCount()))
        visible = self._visible_numbers()
        shown = set(visible)
        # the visible paragraphs first, then the rest (also when fewer are dirty than visible:
        # Enter at the top and a scroll away left those waiting, the tab "checking" for ever)
        order = [n for n in visible if n in self._dirty] + sorted(self._dirty - shown)
        house: list[Item] = []
        source: list[Item] = []
        known_visible = False
        for n in order[:MAX_PER_FLUSH]:
            self._dirty.discard(n)
            block = self.doc.findBlockByNumber(n)
            if not block.isValid():
                continue
            full = block.text()
            if not full.strip():
                continue
            if len(full) > MAX_PARAGRAPH:
                self.long_paragraph.emit()
            text = full[:MAX_PARAGRAPH]
            item = (n, block.revision(), text)
            if n in shown and text in self._house:
                known_visible = True
            if text not in self._house and text not in self._pending["house"]:
                self._pending["house"].add(text)
                house.append(item)
            if checker.sources and text not in self._source \
                    and text not in self._pending["source"]:
                self._pending["source"].add(text)
                source.append(item)
        self._dispatch(checker, "house", house)
        self._dispatch(checker, "source", source)
        if known_visible:
            self.schedule_render()  # drawn from the cache (undo, a paragraph split and joined)
        self._dispatch_document(checker, ctx)
        if self._dirty:
            self._debounce.start(20)  # the rest in the next round, keeping the loop free
        elif not self.busy:
            self._summary_timer.start()  # all from cache: still tell the header it is done

    def _dispatch(self, checker: Checker, kind: str, items: list[Item]) -> None:
        ctx = self._ctx
        assert ctx is not None
        if kind == "house":
            def check(text: str) -> list[Finding]:
                return checker.house_paragraph(text, ctx)
            pool = house_pool()
        else:
            def check(text: str) -> list[Finding]:
                return checker.source_paragraph(text, ctx)
            pool = source_pool()
        for i in range(0, len(items), CHUNK):
            pool.start(ParagraphJob(self._signals, self._generation, kind, check,
                                    items[i:i + CHUNK]))

    def _dispatch_document(self, checker: Checker, ctx: CheckContext) -> None:
        revision = self.doc.revision()
        if revision == self._doc_requested:
            return
        self._doc_requested = revision

        def check(text: str) -> list[Finding]:
            return checker.check_document(text, ctx)

        house_pool().start(DocumentJob(self._signals, self._generation, revision,
                                       editor_text(self.editor), check))

    # -- results -----------------------------------------------------------------------------
    def _on_paragraphs(self, generation: int, kind: str, results: list[Result]) -> None:
        if self._closed or generation != self._generation:
            return
        cache = self._house if kind == "house" else self._source
        pending = self._pending[kind]
        visible = False
        first, last = self._visible_range()
        for number, revision, text, found in results:
            cache[text] = found
            pending.discard(text)
            block = self.doc.findBlockByNumber(number)
            fresh = block.isValid() and block.revision() == revision
            if fresh and first <= number <= last:
                visible = True
        if visible:
            self.schedule_render()
        self._summary_timer.start()

    def _visible_range(self) -> tuple[int, int]:
        numbers = self._visible_numbers()
        return numbers[0], numbers[-1]

    def _on_document(self, generation: int, revision: int, text: str,
                     found: list[Finding]) -> None:
        if self._closed or generation != self._generation:
            return
        if revision != self.doc.revision():
            return  # stale: a newer check is on its way
        self._doc_revision_done = revision
        self._doc_text = text
        self._doc_findings = found
        self._doc_marks = []
        for f in found:
            s, e = span_to_utf16(text, f.start, f.end)
            cursor = QTextCursor(self.doc)
            cursor.setPosition(s)
            cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
            self._doc_marks.append((cursor, f))
        self.schedule_render()
        self._summary_timer.start()

    # -- drawing -----------------------------------------------------------------------------
    def _keep_glyphs(self, first: int, last: int) -> None:
        """The paragraphs on screen keep their shaped glyphs between layout and paint.

        By default Qt shapes a paragraph to lay it out, throws the glyphs away, and shapes it
        again to paint it (and again for each cursor position asked). A keystroke re-lays out
        and repaints its paragraph (and, measured, more of the screen than that), so it was
        shaped twice per key; with the layout's cache, once: a keystroke 15–20% cheaper.
        Paragraphs that left the screen are laid out once more without the cache, which lets
        their glyphs go, so memory stays that of one screen (kept, it grew by about 7 bytes a
        character scrolled through). Cursors that stay put when text is typed at them, not
        numbers, say which paragraphs keep glyphs, as paragraphs come and go above them."""
        for cursor in self._glyph_blocks:
            block = cursor.block()
            if block.isValid() and not first <= block.blockNumber() <= last \
                    and block.layout().cacheEnabled():
                block.layout().setCacheEnabled(False)
                self.doc.markContentsDirty(block.position(), block.length())
        kept = []
        block = self.doc.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            kept.append(_keeping(block))
            block = block.next()
        self._glyph_blocks = kept
        self._drawn_range = (first, last)

    def _render(self) -> None:
        if self._closed:
            return
        first, last = self._visible_range()
        self._keep_glyphs(first, last)
        previous = self._rendered
        rendered: list[tuple[QTextCursor, Finding]] = []
        block = self.doc.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            text = block.text()
            found = self.paragraph_findings(text)
            base = block.position()
            if found is None:  # not checked yet: keep what was drawn (its cursors moved along)
                end = base + block.length()
                rendered.extend((c, f) for c, f in previous
                                if base <= c.selectionStart() < end and f.source != "document")
            else:
                for f in found:
                    s, e = span_to_utf16(text, f.start, f.end)
                    cursor = QTextCursor(self.doc)
                    cursor.setPosition(base + s)
                    cursor.setPosition(base + e, QTextCursor.MoveMode.KeepAnchor)
                    rendered.append((cursor, f))
            block = block.next()
        top = self.doc.findBlockByNumber(first).position()
        bottom_block = self.doc.findBlockByNumber(last)
        bottom = (bottom_block.position() + bottom_block.length() if bottom_block.isValid()
                  else self.doc.characterCount())
        for cursor, f in self._doc_marks:
            if cursor.selectionEnd() >= top and cursor.selectionStart() <= bottom:
                matched = cursor.selectedText()
                if (f.rule, matched) not in self.ignored:
                    rendered.append((cursor, replace(f, source="document")))
        self._rendered = rendered
        self.layer.set_underlines([Underline(c, f.severity, f.source == "document")
                                   for c, f in rendered])
        self.rendered.emit()


def _keeping(block: QTextBlock) -> QTextCursor:
    """``block`` keeps its glyphs; the cursor returned stays on it (at its start, also when
    text is typed there) so that it can be told to let them go."""
    block.layout().setCacheEnabled(True)
    cursor = QTextCursor(block)
    cursor.setKeepPositionOnInsert(True)
    return cursor
