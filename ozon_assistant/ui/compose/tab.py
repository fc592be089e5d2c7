"""One draft: its header bar, its editor, its live checker and its autosave.

The tab owns the per-draft choices (channel, reply language, ignored findings) and turns the live
checker's cached results into the header's score and approval state. Approval decisions use
:meth:`fresh_result`, a synchronous check of the text as it is now, never cached underlines.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ozon_assistant.core.text import guess_language, one_line, paragraphs
from ozon_assistant.core.types import CheckResult, Finding, Severity
from ozon_assistant.storage.drafts import Draft
from ozon_assistant.ui.compose.draft_title import subject, when
from ozon_assistant.ui.compose.editor import ComposeEditor
from ozon_assistant.ui.compose.header import HeaderBar
from ozon_assistant.ui.compose.live import MAX_PARAGRAPH, LiveChecker
from ozon_assistant.ui.compose.marks import Mark
from ozon_assistant.ui.shared.labels import channel_name
from ozon_assistant.ui.shared.offsets import editor_text, to_utf16, utf16_length

if TYPE_CHECKING:
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.ui.window.main_window import MainWindow

# The README promises that a crash (kill -9, power loss of the process) takes at most half a
# second of typing. The autosave starts with the first key after a save and fires this much
# later; the other half of the second is for the event loop being busy when it is due (a paint,
# a check's results) and for the write on the writer thread. With 500 the promise held only
# when both took no time at all: a key typed 0.505 s before a kill was lost.
AUTOSAVE_MS = 250
LANGUAGE_SAMPLE = 5000
COUNT_MS = 40  # the live counter is updated once typing pauses this long


class ComposeTab(QWidget):
    findings_updated = Signal()
    title_changed = Signal()

    def __init__(self, window: MainWindow, draft: Draft) -> None:
        super().__init__()
        self.window_ = window
        self.draft = draft
        self.started = draft.updated or time.time()  # when the reply was begun (or last saved)
        self.header = HeaderBar(self)
        self.editor = ComposeEditor(self)
        self.editor.setObjectName("compose")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.editor, 1)
        self.header.set_channel(draft.channel)
        self.header.set_language(draft.language)
        self.editor.setPlainText(draft.text)
        cursor = self.editor.textCursor()
        cursor.setPosition(min(to_utf16(draft.text, draft.cursor), len(draft.text) * 2))
        self.editor.setTextCursor(cursor)
        self.editor.document().clearUndoRedoStacks()
        self.setFocusProxy(self.editor)
        self.setTabOrder(self.editor, self.header.approve)
        self.setTabOrder(self.header.approve, self.header.channel)
        self.setTabOrder(self.header.channel, self.header.language)

        self.findings: list[Finding] = []
        self.complete = False
        self._state_revision: tuple[int, int] = (-1, -1)
        self._shown_checking = True
        self.copied_text: str | None = None
        self._guess: str | None = None  # the reply language guessed under "auto"
        self._guess_units = sys.maxsize
        # None while the window's checker loads: the window hands it over when it is in
        self.live = LiveChecker(self.editor, window.checker_service.loaded, self.context)
        self.live.ignored = set(draft.ignored)
        self.editor.live = self.live
        self.live.rendered.connect(self.editor.refresh_tip)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may be 5% late
        self._save_timer.setInterval(AUTOSAVE_MS)
        self._save_timer.timeout.connect(self.save)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_MS)
        self._count_timer.timeout.connect(self._update_count)

        # Nothing in Python per keystroke here: the counter's timer is restarted by Qt itself
        # (it shows the count once typing pauses for COUNT_MS), and the autosave starts when the
        # document turns modified; saving marks it unmodified again, so the next key starts the
        # next save (at most AUTOSAVE_MS of typing at risk).
        doc = self.editor.document()
        doc.contentsChanged.connect(self._count_timer.start)
        doc.modificationChanged.connect(self._on_modified)
        self.live.findings_changed.connect(self.refresh_state)
        self.live.long_paragraph.connect(lambda: window.status_message(self.tr(
            "A very long paragraph: only its first 5,000 characters are checked.")))
        self.header.channel_changed.connect(self._on_choice_changed)
        self.header.language_changed.connect(self._on_choice_changed)
        self.header.approve_clicked.connect(window.approve_and_copy)
        self.editor.ignore_requested.connect(self.ignore)
        self.editor.fix_applied.connect(self.live.stop_typing)
        self._update_count()

    # -- choices and context -------------------------------------------------------------------
    def channel(self) -> str:
        return self.header.current_channel()

    def language(self) -> str:
        """ru or en: the seller's choice, or the guess from the text under "auto"."""
        chosen = self.header.current_language()
        if chosen in ("ru", "en"):
            return chosen
        # The guess is kept while every edit since was past the sample it was made from
        # (typing at the end of a long reply), so it is not made again on every key.
        if self._guess is None or self.live.edited_from < self._guess_units:
            sample = editor_text(self.editor)[:LANGUAGE_SAMPLE]
            # the Qt positions (UTF-16) the sample covers; a shorter text is all sample
            self._guess_units = (utf16_length(sample) if len(sample) == LANGUAGE_SAMPLE
                                 else sys.maxsize)
            self._guess = guess_language(sample)
            self.live.edited_from = sys.maxsize
        return self._guess

    def context(self) -> CheckContext:
        from ozon_assistant.checker.engine import context_for

        w = self.window_
        ctx = context_for(w.settings, language=self.language(), channel=self.channel(),
                          ui_lang=w.ui_lang)
        self.header.show_resolved_language(ctx.language
                                           if self.header.current_language() == "auto" else "")
        return ctx

    def _on_choice_changed(self, _value: str) -> None:
        self._update_count()
        self.header.refresh_count()
        self.live.flush_now()
        self.schedule_save()

    # -- text ----------------------------------------------------------------------------------
    def text(self) -> str:
        """The reply exactly as typed (non-breaking spaces kept: ui/offsets.editor_text)."""
        return editor_text(self.editor)

    def title(self) -> str:
        """Whom and what, the channel and the time: "Анна · Chat · 14:05" (ui/compose/draft_title.py).
        The order number is looked for once the add-ons are in (not before the first paint)."""
        text = self.text()
        if not text.strip():
            return self.tr("New reply")
        who = subject(text, with_order=self.window_.extensions_ready)
        return " · ".join((who, channel_name(self.channel()), when(self.started)))

    def tooltip(self) -> str:
        """The reply's beginning, for the tab's tooltip."""
        return one_line(self.text(), 160)

    def _on_modified(self, modified: bool) -> None:
        if modified:
            self.schedule_save()

    def _update_count(self) -> None:
        self.header.set_count(len(self.editor.toPlainText()))

    def schedule_save(self) -> None:
        if not self._save_timer.isActive():  # not restarted: continuous typing still saves
            self._save_timer.start()

    def save(self) -> None:
        """Write the draft now (the autosave timer calls this)."""
        self._save_timer.stop()
        d = self.draft
        self.editor.document().setModified(False)  # the next edit schedules the next save
        d.text = self.text()
        d.channel, d.language = self.channel(), self.header.current_language()
        d.cursor = self.editor.textCursor().position()
        d.ignored = sorted(self.live.ignored)
        self.window_.save_draft(d)
        self.title_changed.emit()

    @property
    def unsaved(self) -> bool:
        return self._save_timer.isActive()

    # -- findings ------------------------------------------------------------------------------
    def refresh_state(self) -> None:
        """Header and panel from the cached results (cheap; runs after results arrive)."""
        findings, complete = self.live.all_findings()
        self.findings, self.complete = findings, complete
        self._state_revision = (self.editor.document().revision(), self.live.generation)
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)  # as `check` counts
        # "Checking…" while the verdict is not known: the house rules on every paragraph and the
        # whole reply. A source still at work (the speller loading its dictionaries for the
        # first English reply) no longer holds the badge: its findings join the list when they
        # come, and the status bar says it is loading (issue 17: "Checking…" for over 10 s)
        checking = not complete or self.live.house_busy
        self._shown_checking = checking or self.live.busy  # what is shown lacks something yet
        shown = CheckResult(text=self.text(), language="", channel="", findings=findings)
        # an empty reply is never approved: "Nothing to approve yet", no score
        self.header.set_state(score=None if shown.empty else shown.score,
                              approved=shown.approved, errors=errors, checking=checking)
        self.findings_updated.emit()

    def up_to_date(self) -> bool:
        """Every paragraph checked and the header/panel reflect the text as it is now."""
        return (self.complete and not self.live.busy and not self._shown_checking
                and self._state_revision == (self.editor.document().revision(),
                                             self.live.generation))

    def fresh_result(self) -> CheckResult:
        """A synchronous check of the current text (house rules now, sources from the cache)."""
        return self.result_for(self.text(), self.context())

    def result_for(self, text: str, ctx: CheckContext) -> CheckResult:
        """A synchronous check of ``text`` in ``ctx`` as the tab sees it: house rules now, the
        sources' findings where the live checker has them, the seller's ignored findings left
        out."""
        from ozon_assistant.checker.engine import merge_findings, sort_findings

        checker = self.window_.checker
        ignored = self.live.ignored
        found: list[Finding] = []
        for offset, para in paragraphs(text):
            if not para.strip():
                continue
            house = checker.house_paragraph(para[:MAX_PARAGRAPH], ctx)
            source = self.live.cached_source(para)
            merged = merge_findings(house + source) if source else house
            found.extend(f.shifted(offset) for f in merged
                         if (f.rule, para[f.start:f.end]) not in ignored)
        found.extend(f for f in checker.check_document(text, ctx)
                     if (f.rule, text[f.start:f.end]) not in ignored)
        return CheckResult(text=text, language=ctx.language, channel=ctx.channel,
                           findings=sort_findings(found))

    def mark_for(self, finding: Finding, text: str | None = None) -> Mark:
        """A finding in document ``str`` offsets as a mark with Qt positions."""
        text = self.text() if text is None else text
        return Mark(finding, to_utf16(text, finding.start), to_utf16(text, finding.end),
                    text[finding.start:finding.end])

    def jump_to(self, finding: Finding) -> None:
        mark = self.mark_for(finding)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def fix_all_safe(self) -> int:
        """Every safe fix, checked again and repeated while anything safe is left — the function
        ``ozon-assistant fix`` uses — as ONE undo step that replaces only the changed part of
        the text. Returns how many fixes went in."""
        from ozon_assistant.checker.fixing import fix_all

        text = self.text()
        ctx = self.context()
        fixed = fix_all(text, lambda t: self.result_for(t, ctx))
        if fixed.text == text:
            return 0
        head = 0  # the changed part: what lies between the common beginning and ending
        limit = min(len(text), len(fixed.text))
        while head < limit and text[head] == fixed.text[head]:
            head += 1
        tail = 0
        while tail < limit - head and text[-1 - tail] == fixed.text[-1 - tail]:
            tail += 1
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(to_utf16(text, head))
        cursor.setPosition(to_utf16(text, len(text) - tail), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(fixed.text[head : len(fixed.text) - tail])
        cursor.endEditBlock()
        self.live.stop_typing()
        return fixed.applied

    def ignore(self, mark: Mark) -> None:
        """"Ignore here": this rule on this text, in this draft (never for errors)."""
        if mark.finding.severity is Severity.ERROR:
            return
        self.live.ignored.add((mark.finding.rule, mark.matched))
        self.live.schedule_render()
        self.refresh_state()
        self.schedule_save()

    def close(self) -> bool:
        self.live.close()
        return super().close()
