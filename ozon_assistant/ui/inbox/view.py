"""The Inbox view (a dock): the buyers' e-mails, unanswered first and the longest wait first, each
with how long the buyer has waited, what it is about and whether it was answered (and thanked).

It only shows and asks: opening a message, thanking its buyer and syncing are done by whoever
listens to its signals (``ui.inbox.extension``), so the dock works without a main window in tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import getaddresses

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.storage.inbox import Message
from ozon_assistant.ui.shared.labels import fill, joined
from ozon_assistant.ui.shared.retranslate import Retranslated

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole
LATE_HOURS = 24.0  # Ozon's standard: a buyer's e-mail is answered within a day
LATE_COLOR, SOON_COLOR, DONE_COLOR = "#b3261e", "#a15c00", "#7a7a7a"
STATUS, WAITED, FROM, SUBJECT, SITUATION = range(5)


@dataclass(frozen=True)
class InboxRow:
    """One message as the view lists it: the message and its situations, best first."""

    message: Message
    situations: list[str] = field(default_factory=list)


def waiting_text(hours: float) -> str:
    """A wait the way a person says it: "40 min", "3 h 20 min", "26 h", "3 d 4 h"."""
    minutes = round(hours * 60)
    if minutes < 1:
        return translate("Inbox", "under a minute")
    if minutes < 60:
        return fill(translate("Inbox", "%1 min"), minutes)
    whole = minutes // 60
    if whole < 10:
        return fill(translate("Inbox", "%1 h %2 min"), whole, minutes % 60)
    if whole < 48:
        return fill(translate("Inbox", "%1 h"), whole)
    return fill(translate("Inbox", "%1 d %2 h"), whole // 24, whole % 24)


def sender_name(message: Message) -> str:
    """From as a person reads it: the name, else the address."""
    for display, addr in getaddresses([message.sender]):
        if display.strip() or addr:
            return display.strip().strip('"') or addr
    return message.sender or message.reply_to


def status_text(message: Message) -> str:
    if message.thanked:
        return translate("Inbox", "Answered, thanked")
    if message.answered:
        return translate("Inbox", "Answered")
    if message.reply_outbox_id is not None:
        return translate("Inbox", "Reply in the Outbox")
    return translate("Inbox", "Waiting")


class InboxDock(Retranslated, QDockWidget):
    open_requested = Signal(int)   # inbox message id: answer it
    thank_requested = Signal(int)  # inbox message id: thank its buyer
    sync_requested = Signal()

    def __init__(self, situation_title: Callable[[str], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox-dock")
        self.situation_title = situation_title
        self.rows: list[InboxRow] = []
        self.now = time.time()
        self.notice_text: Callable[[], str] = lambda: ""

        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(6, 4, 6, 6)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("inbox-summary")
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("inbox-sync")
        self.open_button = QPushButton()
        self.open_button.setObjectName("inbox-open")
        self.thank_button = QPushButton()
        self.thank_button.setObjectName("inbox-thank")
        bar.addWidget(self.summary, 1)
        for b in (self.open_button, self.thank_button, self.sync_button):
            bar.addWidget(b)
        col.addLayout(bar)
        self.notice = QLabel()
        self.notice.setObjectName("inbox-notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        col.addWidget(self.notice)
        self.tree = QTreeWidget()
        self.tree.setObjectName("inbox-list")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(5)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in ((STATUS, QHeaderView.ResizeMode.Interactive),
                             (WAITED, QHeaderView.ResizeMode.Interactive),
                             (FROM, QHeaderView.ResizeMode.Interactive),
                             (SUBJECT, QHeaderView.ResizeMode.Stretch),
                             (SITUATION, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(FROM, 200)
        header.resizeSection(SITUATION, 230)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 6)
        col.addWidget(self.tree, 1)
        self.setWidget(body)

        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.open_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.thank_button.clicked.connect(self._thank)
        self.sync_button.clicked.connect(self.sync_requested.emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Buyers' inbox"))
        self.tree.setHeaderLabels([self.tr("Status"), self.tr("Waited"), self.tr("From"),
                                   self.tr("Subject"), self.tr("Situation")])
        self.open_button.setText(self.tr("&Reply"))
        self.open_button.setToolTip(self.tr("Answer the selected e-mail in a new draft (Enter)"))
        self.thank_button.setText(self.tr("Send a &thank-you letter"))
        self.thank_button.setToolTip(self.tr(
            "For a buyer whose issue was resolved: a thank-you letter to review and send, once "
            "per message"))
        self.sync_button.setText(self.tr("S&ync"))
        self.show_rows(self.rows, self.now)
        self.set_notice(self.notice_text)

    # -- contents -------------------------------------------------------------------------------
    def set_notice(self, text: Callable[[], str]) -> None:
        """A line above the list (no account yet, nothing fetched yet …), in the UI language."""
        self.notice_text = text
        said = text()
        self.notice.setText(said)
        self.notice.setVisible(bool(said))

    def show_rows(self, rows: list[InboxRow], now: float | None = None) -> None:
        """List ``rows`` (in their order: ``inbox.listing.ordered``), keeping the selection."""
        keep = self.current_id()
        self.rows = rows
        self.now = time.time() if now is None else now
        self.tree.clear()
        select: QTreeWidgetItem | None = None
        for row in rows:
            item = self._item(row)
            if row.message.id == keep:
                select = item
        waiting = sum(1 for r in rows if not r.message.answered)
        self.summary.setText(self.tr("%n waiting for an answer", "", waiting) if rows else "")
        if select is not None:
            self.tree.setCurrentItem(select)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Status and wait fit their widest text, in bold where a row is waiting (Qt's own
        fit measures the plain font and cuts the bold text short)."""
        bold = QFont(self.tree.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        header = self.tree.header()
        for column in (STATUS, WAITED):
            texts = [self.tree.headerItem().text(column)]
            texts += [self.tree.topLevelItem(i).text(column)  # type: ignore[union-attr]
                      for i in range(self.tree.topLevelItemCount())]
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)

    def _item(self, row: InboxRow) -> QTreeWidgetItem:
        m = row.message
        hours = m.waiting_hours(self.now)
        waited = waiting_text(hours)
        situations = [self.situation_title(s) for s in row.situations[:1]]
        item = QTreeWidgetItem(self.tree, [
            status_text(m), waited, sender_name(m), m.subject or self.tr("(no subject)"),
            joined(situations) or "—"])
        item.setData(0, ID_ROLE, m.id)
        tip = [f"{m.sender}", m.subject]
        if row.situations:
            tip.append(joined(self.situation_title(s) for s in row.situations))
        if m.error:
            tip.append(self.tr("Not read in full: open it to see what could be read."))
            item.setText(SUBJECT, "⚠ " + item.text(SUBJECT))
        for column in range(5):
            item.setToolTip(column, "\n".join(x for x in tip if x))
        if m.answered:
            grey = QBrush(QColor(DONE_COLOR))
            for column in range(5):
                item.setForeground(column, grey)
        else:
            color = LATE_COLOR if hours >= LATE_HOURS else SOON_COLOR
            item.setForeground(STATUS, QBrush(QColor(color)))
            item.setForeground(WAITED, QBrush(QColor(color)))
            bold = QFont(item.font(WAITED))
            bold.setBold(True)
            item.setFont(STATUS, bold)
            item.setFont(WAITED, bold)
        return item

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def current_message(self) -> Message | None:
        wanted = self.current_id()
        return next((r.message for r in self.rows if r.message.id == wanted), None)

    def select_message(self, message_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == message_id:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        m = self.current_message()
        self.open_button.setEnabled(m is not None and bool(m.reply_to))
        self.thank_button.setEnabled(m is not None and can_thank(m))

    def _open(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and item.data(0, ID_ROLE) is not None:
            self.open_requested.emit(int(item.data(0, ID_ROLE)))

    def _thank(self) -> None:
        m = self.current_message()
        if m is not None:
            self.thank_requested.emit(m.id)


def can_thank(message: Message) -> bool:
    """Whether the view offers a thank-you letter: answered, with an address, not thanked and
    no letter on its way (the core decides at Send; a failed letter's may be written again)."""
    return bool(message.reply_to) and message.answered and not message.thanked and \
        message.thanks_outbox_id is None
