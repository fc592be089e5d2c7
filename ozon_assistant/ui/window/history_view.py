"""History: find an old reply (copied or sent) and reuse it in a new draft.

Each row shows when, how (copied, copied with findings, sent), the channel and the score; the
preview shows the full text and any findings that were overridden.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.storage.history import HistoryEntry
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import category_name, channel_name, labelled
from ozon_assistant.ui.shared.retranslate import Retranslated, Texts


class HistoryView(Retranslated, QDialog):
    reuse_requested = Signal(str, str)  # text, channel

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("history-view")
        self.window_ = window
        self.resize(820, 560)
        self.texts = Texts()
        self.texts.set(self.setWindowTitle, lambda: self.tr("History of replies"))
        self.entries: list[HistoryEntry] = []
        col = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setObjectName("history-search")
        self.texts.set(self.search.setPlaceholderText,
                       lambda: self.tr("Search text, recipient or subject…"))
        self.search.setClearButtonEnabled(True)
        col.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("history-table")
        self.texts.call(lambda: self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("How"), self.tr("Channel"), self.tr("Score"),
            self.tr("Reply")]))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([320, 180])
        col.addWidget(split, 1)
        row = QHBoxLayout()
        self.reuse = QPushButton()
        self.reuse.setObjectName("reuse")
        self.texts.set(self.reuse.setText, lambda: self.tr("&Use in a new draft"))
        self.copy = QPushButton()
        self.texts.set(self.copy.setText, lambda: self.tr("&Copy text"))
        row.addStretch(1)
        row.addWidget(self.copy)
        row.addWidget(self.reuse)
        col.addLayout(row)
        self.setTabOrder(self.search, self.table)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.table.setFocus)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())
        self.table.cellDoubleClicked.connect(lambda *_: self._reuse())
        self.reuse.clicked.connect(self._reuse)
        self.copy.clicked.connect(self._copy)

    def retranslate_ui(self) -> None:
        self.texts.retranslate()
        if self.isVisible():
            self.refresh()

    def how(self, action: str) -> str:
        return {
            "copy": self.tr("Copied"),
            "copy_override": self.tr("Copied with findings"),
            "send": self.tr("Sent"),
            "send_override": self.tr("Sent with findings"),
        }.get(action, action)

    def refresh(self) -> None:
        try:
            self.entries = self.window_.history().search(self.search.text())  # type: ignore[attr-defined]
        except Exception as exc:
            self.entries = []
            self.preview.setPlainText(error_text(exc))
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            cells = [time.strftime("%Y-%m-%d %H:%M", time.localtime(e.created)), self.how(e.action),
                     channel_name(e.channel), f"{e.score}/10", " ".join(e.text.split())[:120]]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if self.entries:
            self.table.selectRow(0)
        else:
            self.preview.setPlainText(self.tr("No replies yet.") if not self.search.text()
                                      else self.tr("Nothing matches."))

    def current(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show_current(self) -> None:
        e = self.current()
        if e is None:
            return
        text = e.text
        if e.overridden:  # each by its category (its id only for a rule no longer there)
            lines = ["• " + labelled(self._rule_name(str(o.get("rule", ""))),
                                     str(o.get("message", ""))) for o in e.overridden]
            text += "\n\n" + self.tr("Overridden findings:") + "\n" + "\n".join(lines)
        self.preview.setPlainText(text)

    def _rule_name(self, rule_id: str) -> str:
        service = getattr(self.window_, "checker_service", None)
        checker = service.loaded if service is not None else None
        rule = next((r for r in checker.rules if r.id == rule_id), None) if checker else None
        return category_name(rule.category) if rule is not None else rule_id

    def _reuse(self) -> None:
        e = self.current()
        if e is not None:
            self.reuse_requested.emit(e.text, e.channel)
            self.close()

    def _copy(self) -> None:
        e = self.current()
        if e is not None:
            QGuiApplication.clipboard().setText(e.text)
