"""The Outbox: every e-mail not yet sent (and the recent sent ones), its state and last error.

Retry and delete work on the selected message; retries run off the UI thread. A message that
"may have been sent" is resent only after the seller confirms, in words that say why it might
arrive twice. The list refreshes itself while open, so the background retries show up.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.dispatch import Mailer, Outcome
from ozon_assistant.mail.outbox import Entry, Outbox
from ozon_assistant.ui.mail.send_dialog import BAD_COLOR, OK_COLOR, Task, named
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import clauses, fill
from ozon_assistant.ui.shared.retranslate import Retranslated, Texts

STATE_COLORS = {"sent": OK_COLOR, "failed": BAD_COLOR, "uncertain": "#a15c00", "queued": "#555555",
                "sending": "#1a5fb4", "data_sent": "#1a5fb4"}


class OutboxDialog(Retranslated, QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 outbox_factory: Callable[[], Outbox] = Outbox,
                 accounts_factory: Callable[[], AccountStore] = AccountStore) -> None:
        super().__init__(parent)
        self.setObjectName("outbox-dialog")
        self.resize(900, 380)
        self.texts = Texts()
        self.texts.set(self.setWindowTitle, lambda: self.tr("Outbox"))
        self.settings = settings
        self._outbox_factory = outbox_factory
        self._accounts_factory = accounts_factory
        self.account_dialog: QDialog | None = None
        self.entries: list[Entry] = []
        self.task: Task | None = None

        self.table = named(QTableWidget(0, 6), "outbox-table")
        self.texts.call(lambda: self.table.setHorizontalHeaderLabels(
            [self.tr("To"), self.tr("Subject"), self.tr("Status"), self.tr("Tries"),
             self.tr("Last error"), self.tr("Created")]))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate([QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Interactive,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.Stretch,
                                    QHeaderView.ResizeMode.ResizeToContents]):
            header.setSectionResizeMode(column, mode)
        self.table.setColumnWidth(1, 200)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.show_sent = named(QCheckBox(), "show-sent")
        self.texts.set(self.show_sent.setText, lambda: self.tr("Show sent messages"))
        self.show_sent.setChecked(True)
        self.show_sent.toggled.connect(self.refresh)
        self.status = named(QLabel(), "outbox-status")
        self.status.setWordWrap(True)
        self.setup_button = named(QPushButton(), "setup-account")
        self.texts.set(self.setup_button.setText, lambda: self.tr("Set up an e-mail account…"))
        self.setup_button.clicked.connect(self.setup_account)
        self.setup_button.hide()
        self.retry_button = named(QPushButton(), "retry")
        self.texts.set(self.retry_button.setText, lambda: self.tr("&Retry"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button = named(QPushButton(), "retry-all")
        self.texts.set(self.retry_all_button.setText, lambda: self.tr("Retry &all"))
        self.retry_all_button.clicked.connect(self.retry_all)
        self.delete_button = named(QPushButton(), "delete")
        self.texts.set(self.delete_button.setText, lambda: self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton()
        self.texts.set(close.setText, lambda: self.tr("Close"))
        close.clicked.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.show_sent)
        row.addStretch(1)
        for b in (self.retry_button, self.retry_all_button, self.delete_button, close):
            row.addWidget(b)
        col = QVBoxLayout(self)
        col.addWidget(self.table, 1)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.setup_button)
        col.addLayout(state)
        col.addLayout(row)

        self.timer = QTimer(self)
        self.timer.setInterval(3000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.texts.retranslate()
        self.refresh()

    # -- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        try:
            box = self._outbox_factory()
            try:
                everything = box.entries(include_sent=True)
            finally:
                box.close()
        except OzonError as exc:
            self.status.setText(error_text(exc))
            return
        self.entries = [e for e in everything if self.show_sent.isChecked() or e.state != "sent"]
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            created = time.strftime("%d.%m %H:%M", time.localtime(e.created))
            values = [e.to, e.subject, self._status_text(e), str(e.attempts),
                      "" if e.state == "sent" else self._error(e), created]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if c == 4 and value:
                    item.setToolTip(value)
                if c == 2:
                    item.setForeground(QColor(STATE_COLORS.get(e.state, "#000000")))
                self.table.setItem(r, c, item)
            if selected is not None and e.id == selected.id:
                self.table.selectRow(r)
        if self.task is None:
            self._say_state(everything)
        self._update_buttons()

    def _say_state(self, everything: list[Entry]) -> None:
        """What is true of the Outbox: messages waiting, all sent, or none ever — and then
        whether there is an account to send with (if not, the way to set one up)."""
        pending = sum(e.state != "sent" for e in everything)
        no_account = False
        if pending:
            text = self.tr("%n message(s) waiting", "", pending)
        elif everything:
            text = self.tr("Nothing waiting: every message was sent.")
        else:
            no_account = not self._has_account()
            text = (self.tr("No e-mail has been sent from this app yet, and no e-mail account is "
                            "set up: set one up to send replies by e-mail.") if no_account
                    else self.tr("No e-mail has been sent from this app yet. A reply you send "
                                 "by e-mail waits here until the server accepts it."))
        self.status.setText(text)
        self.setup_button.setVisible(no_account)

    def _has_account(self) -> bool:
        try:
            return bool(self._accounts_factory().all())
        except OzonError:  # a broken accounts file: the accounts dialog says why
            return False

    def setup_account(self) -> None:
        """The E-mail accounts dialog; the Outbox says what is true again once it closes."""
        from ozon_assistant.ui.mail.account_dialog import AccountDialog

        dialog = AccountDialog(self, self._accounts_factory())
        dialog.finished.connect(lambda _code: self.refresh())
        self.account_dialog = dialog
        dialog.show()

    @staticmethod
    def _error(e: Entry) -> str:
        """The entry's last error in the UI language (its English line when it has no code)."""
        error = e.error()
        return error_text(error) if error is not None else ""

    def _status_text(self, e: Entry) -> str:
        if e.state == "queued" and e.next_attempt and e.attempts:
            when = time.strftime("%H:%M", time.localtime(e.next_attempt))
            return self.tr("retry at %1").replace("%1", when)
        return self._state_name(e.state)

    def _state_name(self, state: str) -> str:
        return {"queued": self.tr("queued"), "sending": self.tr("sending"),
                "data_sent": self.tr("sending"), "sent": self.tr("sent"), "failed": self.tr("failed"),
                "uncertain": self.tr("may have been sent")}.get(state, state)

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        e = self.selected()
        idle = self.task is None
        if idle and e is not None and e.last_error and e.state != "sent":
            self.status.setText(self._error(e))  # the whole error, not the cut-off cell
        self.retry_button.setEnabled(idle and e is not None and e.state in ("queued", "failed", "uncertain"))
        self.delete_button.setEnabled(idle and e is not None and e.state not in ("sending", "data_sent"))
        self.retry_all_button.setEnabled(idle and any(x.state in ("queued", "failed") for x in self.entries))

    # -- actions --------------------------------------------------------------------------------
    def confirm_resend(self, entry: Entry) -> bool:
        """A message that may have arrived already: resend only on an explicit yes."""
        answer = QMessageBox.warning(
            self, self.tr("May have been sent"),
            self.tr("The message to %1 may already have been delivered: the app stopped or the "
                    "connection broke after the server received it. Check your mail server's Sent "
                    "folder or ask the buyer. Send it again anyway? The buyer could get it twice.")
            .replace("%1", entry.to),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_delete(self, entry: Entry) -> bool:
        if entry.state == "sent":
            return True
        answer = QMessageBox.question(
            self, self.tr("Delete message"),
            self.tr("Delete the unsent message to %1? It will not be sent.").replace("%1", entry.to))
        return answer == QMessageBox.StandardButton.Yes

    def retry_selected(self) -> None:
        e = self.selected()
        if e is None or self.task is not None:
            return
        force = e.state == "uncertain"
        if force and not self.confirm_resend(e):
            return
        self._run(lambda progress: self._mailer_call(lambda m: m.retry(e.id, force=force, progress=progress)),
                  self.tr("Sending to %1…").replace("%1", e.to))

    def retry_all(self) -> None:
        if self.task is None:
            self._run(lambda progress: self._mailer_call(lambda m: m.retry_all()),
                      self.tr("Sending the waiting messages…"))

    def delete_selected(self) -> None:
        e = self.selected()
        if e is None or not self.confirm_delete(e):
            return
        try:
            box = self._outbox_factory()
            try:
                box.delete(e.id)
            finally:
                box.close()
        except OzonError as exc:
            self.status.setText(error_text(exc))
        self.refresh()

    def _mailer_call(self, call):  # type: ignore[no-untyped-def]
        mailer = Mailer(self.settings, outbox=self._outbox_factory())
        try:
            return call(mailer)
        finally:
            mailer.close()

    def _run(self, work, what: str) -> None:  # type: ignore[no-untyped-def]
        self.task = Task(work, self)
        self.task.done.connect(self._finished)
        self.task.failed.connect(self._finished)
        self.status.setText(what)
        self._update_buttons()
        self.task.start()

    def _finished(self, result: object) -> None:
        self.task = None
        if isinstance(result, list):
            failed = [r for _, r in result if isinstance(r, Exception)]
            text = self.tr("%n message(s) sent", "", len(result) - len(failed))
            if failed:
                text = clauses(text, self.tr("%n failed", "", len(failed)))
        elif isinstance(result, Exception):
            text = error_text(result)
        elif isinstance(result, Outcome):  # the core's sentence is English: say it from the state
            to = next((e.to for e in self.entries if e.id == result.id), "")
            text = (fill(self.tr("Sent to %1."), to) if result.sent
                    else fill(self.tr("Not sent again: the message is %1."),
                              self._state_name(result.state)))
        else:
            text = str(result)
        self.refresh()
        self.status.setText(text)

    def done(self, code: int) -> None:
        self.timer.stop()
        super().done(code)
