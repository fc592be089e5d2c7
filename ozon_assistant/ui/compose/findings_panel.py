"""The findings panel beside the text: every finding with category, severity and message.

Activating an item (click, Enter) jumps to it in the text; "Fix all safe" applies every finding
with exactly one replacement as one undo step; "Why?" opens the rule in the Standard view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.shared.labels import (
    SEVERITY_COLORS,
    category_name,
    joined,
    labelled,
    severity_name,
    symbol_names,
)
from ozon_assistant.ui.shared.retranslate import Retranslated

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

MAX_ITEMS = 200  # more is pasted junk; rebuilding 500 rows stalled typing at 50,000 characters
# The window's shortcut for "Fix all safe" (window/parts.py binds it; the tooltip names it)
FIX_ALL_SHORTCUT = "Ctrl+Shift+A"


def same_place(findings: list[Finding]) -> list[list[Finding]]:
    """Findings on the same words with the same severity, as one row: «WhatsApp» is both a
    contact and a move off Ozon — one problem for the seller, shown with both categories."""
    groups: dict[tuple[int, int, Severity], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.start, f.end, f.severity), []).append(f)
    return list(groups.values())


def severity_counts(findings: list[Finding]) -> dict[Severity, int]:
    """How many findings of each severity: the window's and `check`'s one way of counting."""
    return {s: sum(1 for f in findings if f.severity is s) for s in Severity}


def severity_icon(severity: Severity) -> QIcon:
    """A round dot in the underline colour, so the list and the text speak the same colours."""
    from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap  # (after start-up)

    pix = QPixmap(12, 12)
    pix.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(SEVERITY_COLORS[severity]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pix)


class FindingsPanel(Retranslated, QDockWidget):
    jump_requested = Signal(object)  # Finding
    why_requested = Signal(str)  # rule id
    fix_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings")
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("findings-list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(False)
        buttons = QHBoxLayout()
        self.fix_all = QPushButton()
        self.fix_all.setObjectName("fix-all")
        self.why = QPushButton()
        buttons.addWidget(self.fix_all)
        buttons.addWidget(self.why)
        buttons.addStretch(1)
        col.addWidget(self.summary)
        col.addWidget(self.list, 1)
        col.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(260)
        self._shown: tuple[tuple[int, int, str, str, str], ...] = ()
        self._showing: tuple[list[Finding], bool, bool, str] = ([], True, False, "")

        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.fix_all.clicked.connect(self.fix_all_requested.emit)
        self.why.clicked.connect(self._why)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Title, buttons, and the list again: its category labels in the current language."""
        self.setWindowTitle(self.tr("Findings"))
        self.fix_all.setText(self.tr("Fix all safe"))
        self.fix_all.setToolTip(self.tr(
            "Apply every finding that has exactly one fix (%1); Ctrl+Z undoes it")
            .replace("%1", FIX_ALL_SHORTCUT))
        self.why.setText(self.tr("Why?"))
        self.why.setToolTip(self.tr("Open the rule in the Standard view (F1)"))
        findings, complete, has_text, text = self._showing
        self._shown = ()  # rebuilt even if the findings are the same
        self.show_findings(findings, complete=complete, has_text=has_text, text=text)

    def show_findings(self, findings: list[Finding], *, complete: bool, has_text: bool,
                      text: str = "") -> None:
        """Rebuild the list when it changed (keeps the selection steady while typing).
        ``text``: the reply, so that a finding about an emoji can name which one."""
        self._showing = (findings, complete, has_text, text)
        key = tuple((f.start, f.end, f.rule, f.message, text[f.start:f.end])
                    for f in findings[:MAX_ITEMS])
        self.fix_all.setEnabled(any(len(f.replacements) == 1 for f in findings))
        groups = same_place(findings)
        if not has_text:
            self.summary.setText(self.tr("Start typing: findings appear here."))
        elif not findings:
            self.summary.setText(self.tr("Checking…") if not complete
                                 else self.tr("No findings. The reply meets the standard."))
        else:
            # every finding counted, as `ozon-assistant check` counts them; the rows that merge
            # findings on the same words are said, so the list's length is no surprise
            counts = severity_counts(findings)
            summary = joined((
                self.tr("%n error(s)", "", counts[Severity.ERROR]),
                self.tr("%n warning(s)", "", counts[Severity.WARNING]),
                self.tr("%n suggestion(s)", "", counts[Severity.SUGGESTION])))
            if len(groups) < len(findings):
                summary += "\n" + self.tr(
                    "Shown in %n row(s): findings on the same words share one.", "", len(groups))
            self.summary.setText(summary)
        if key == self._shown:
            return
        self._shown = key
        current = self.list.currentRow()
        self.list.clear()
        icons = {s: severity_icon(s) for s in Severity}
        for group in groups[:MAX_ITEMS]:
            f = group[0]
            label = " · ".join(dict.fromkeys(category_name(g.category) for g in group))
            symbols = symbol_names(text[f.start:f.end])  # which emoji, even without its font
            message = f"{f.message} — {symbols}" if symbols else f.message
            item = QListWidgetItem(icons[f.severity], labelled(label, message))
            item.setToolTip("\n\n".join(
                f"{severity_name(g.severity)} · {g.rule}\n{g.message}\n{g.description}"
                if len(group) > 1 else f"{severity_name(g.severity)} · {g.rule}\n{g.description}"
                for g in group))
            item.setData(Qt.ItemDataRole.UserRole, f)
            self.list.addItem(item)
        if len(groups) > MAX_ITEMS:
            more = QListWidgetItem(self.tr("… and %n more", "", len(groups) - MAX_ITEMS))
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(more)
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    def finding_at(self, row: int) -> Finding | None:
        item = self.list.item(row)
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        return data if isinstance(data, Finding) else None

    def _activated(self, item: QListWidgetItem) -> None:
        f = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(f, Finding):
            self.jump_requested.emit(f)

    def _why(self) -> None:
        f = self.finding_at(self.list.currentRow()) or self.finding_at(0)
        self.why_requested.emit(f.rule if f else "")

    def focus_list(self) -> None:
        self.show()
        self.raise_()
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
