"""The window's e-mail parts, plugged in through the window's public API (ui/window/extensions.py).

Mail menu: Send by e-mail… (Ctrl+Shift+Return), Outbox, Accounts, Open buyer's e-mail (.eml),
Paste buyer's e-mail headers. A "Buyer's e-mail" dock shows the message being answered beside the
compose pane — read-only and never checked as the seller's text — and accepts a dropped ``.eml``
(so does the compose editor). While the window is open, queued messages whose backoff has run
out are retried on a timer, off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.mail import eml
from ozon_assistant.mail.dispatch import Mailer
from ozon_assistant.mail.eml import BuyerMail
from ozon_assistant.ui.mail.account_dialog import AccountDialog
from ozon_assistant.ui.mail.outbox_view import OutboxDialog
from ozon_assistant.ui.mail.send_dialog import InboxReply, SendDialog, Task, named
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.retranslate import Retranslated, RetranslatedObject

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate

RETRY_INTERVAL_MS = 30_000


def _eml_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.toLocalFile().lower().endswith(".eml")]


class BuyerDock(Retranslated, QDockWidget):
    """The buyer's message, for reference while answering. Drop an .eml here."""

    def __init__(self, ext: MailExtension) -> None:
        super().__init__()
        self.setObjectName("buyer-mail-dock")
        self.ext = ext
        self.setAcceptDrops(True)
        body = QWidget()
        col = QVBoxLayout(body)
        self.header = named(QLabel(), "buyer-header")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = named(QPlainTextEdit(), "buyer-text")
        self.text.setReadOnly(True)
        self.text.setAcceptDrops(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666666")
        self.clear = QPushButton()
        self.clear.clicked.connect(lambda: ext.set_buyer(None))
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.clear)
        col.addWidget(self.header)
        col.addWidget(self.text, 1)
        col.addLayout(row)
        self.setWidget(body)
        self.buyer: BuyerMail | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("MailExtension", "Buyer's e-mail"))
        self.note.setText(translate("MailExtension",
                                    "For reference only: the buyer's words are not checked."))
        self.clear.setText(translate("MailExtension", "Clear"))
        self.show_buyer(self.buyer)

    def show_buyer(self, buyer: BuyerMail | None) -> None:
        self.buyer = buyer
        if buyer is None:
            self.header.setText(translate(
                "MailExtension", "Open or drop a buyer's .eml to answer it by e-mail."))
            self.text.clear()
            return
        label_from = translate("MailExtension", "From:")
        label_subject = translate("MailExtension", "Subject:")
        lines = [f"<b>{label_from}</b> {_esc(buyer.sender or buyer.reply_to)}",
                 f"<b>{label_subject}</b> {_esc(buyer.subject)}"]
        if buyer.date:
            label_date = translate("MailExtension", "Date:")
            lines.append(f"<b>{label_date}</b> {_esc(_local_date(buyer.date))}")
        self.header.setText("<br/>".join(lines))
        self.text.setPlainText(buyer.text or translate("MailExtension", "(headers only)"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _eml_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _eml_paths(event)
        if paths:
            event.acceptProposedAction()
            self.ext.open_eml(paths[0])


def _local_date(date: str) -> str:
    """An e-mail's Date header as the seller reads a date: 12.05.2025 10:00, local time (the
    header's own text, "Mon, 12 May 2025 …", when it does not parse)."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(date).astimezone().strftime("%d.%m.%Y %H:%M")
    except (TypeError, ValueError, IndexError):
        return date


def _esc(text: str) -> str:
    import html

    return html.escape(text)


class MailExtension(RetranslatedObject, QObject):
    """Owns the Mail menu actions, the buyer dock and the background retry timer."""

    sent = Signal(object)  # InboxReply or None: a reply went out (the Inbox view refreshes)
    outbox_set_aside = Signal(str, str)  # a damaged outbox renamed aside (from any thread)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.buyer: BuyerMail | None = None
        # drafts that answer (or thank) a message of the buyers' inbox: their editor → the link
        self.inbox_links: dict[QWidget, InboxReply] = {}
        self.send_dialog: SendDialog | None = None
        self.outbox_dialog: OutboxDialog | None = None
        self.account_dialog: AccountDialog | None = None
        self.retry_task: Task | None = None

        self.dock = BuyerDock(self)
        window.add_dock(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.actions: dict[str, QAction] = {}
        self._action("send", self.open_send, "Ctrl+Shift+Return", "Ctrl+Shift+Enter")
        self._action("outbox", self.open_outbox, "Ctrl+Shift+O")
        self._action("accounts", self.open_accounts)
        self._action("eml", self.open_eml, "Ctrl+Shift+E")
        self._action("paste", self.paste_headers)
        self.retranslate_ui()

        editor_created = getattr(window, "editor_created", None)
        if editor_created is not None:
            editor_created.connect(self._watch_editor)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_INTERVAL_MS)
        self.timer.timeout.connect(self.retry_due)
        self.timer.start()
        QTimer.singleShot(3000, self.retry_due)  # messages left from the last session
        self._hear_set_aside()

    def _hear_set_aside(self) -> None:
        """A damaged outbox that any part of the window opens (the retry timer, the Outbox, a
        send) is renamed aside: the status bar says so, in the seller's language."""
        from ozon_assistant.mail import outbox

        def heard(path: Path, dest: Path) -> None:
            try:
                self.outbox_set_aside.emit(str(path), str(dest))  # queued to the UI thread
            except RuntimeError:  # this window is gone
                forget()

        def forget(*_args: object) -> None:
            if heard in outbox.set_aside_listeners:
                outbox.set_aside_listeners.remove(heard)

        self.outbox_set_aside.connect(self._outbox_set_aside)
        outbox.set_aside_listeners.append(heard)
        self.destroyed.connect(forget)

    def _outbox_set_aside(self, path: str, dest: str) -> None:
        self.window.status_message(self.tr(
            "The outbox %1 was damaged: it was renamed to %2 and kept for recovery (nothing in it "
            "was deleted). A new outbox was started; the messages in the damaged one are not in "
            "it.").replace("%1", path).replace("%2", dest))

    def retranslate_ui(self) -> None:
        """The Mail menu's entries in the current interface language."""
        texts = {"send": self.tr("&Send by e-mail…"), "outbox": self.tr("&Outbox"),
                 "accounts": self.tr("E-mail &accounts…"),
                 "eml": self.tr("Open buyer's &e-mail (.eml)…"),
                 "paste": self.tr("&Paste buyer's e-mail headers")}
        for key, action in self.actions.items():
            action.setText(texts[key])

    def _action(self, key: str, slot: Any, *shortcuts: str) -> None:
        action = QAction(self.window)
        action.setObjectName(f"mail-{key}")
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _=False: slot())
        self.window.add_action("Mail", action)
        self.actions[key] = action

    # -- the buyer's e-mail ---------------------------------------------------------------------
    def set_buyer(self, buyer: BuyerMail | None) -> None:
        self.buyer = buyer
        self.dock.show_buyer(buyer)
        if buyer is not None:
            self.dock.show()
            self.dock.raise_()

    def link_draft(self, editor: QWidget, link: InboxReply, show: bool = True) -> None:
        """The draft in ``editor`` answers (or thanks) an inbox message: Send threads it and
        marks the message; its buyer is shown beside it (unless ``show`` is False: a draft
        reopened in the background)."""
        self.inbox_links[editor] = link
        editor.destroyed.connect(lambda *_a: self.inbox_links.pop(editor, None))
        if show:
            self.set_buyer(link.buyer)

    def draft_for(self, message_id: int, kind: str = "reply") -> QWidget | None:
        """The open draft's editor that answers (or thanks) inbox message ``message_id``."""
        for editor, link in self.inbox_links.items():
            if link.message_id == message_id and link.kind == kind:
                return editor
        return None

    def open_eml(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open buyer's e-mail"), "",
                                                  self.tr("E-mail (*.eml);;All files (*)"))
            if not path:
                return
        try:
            self.set_buyer(eml.read(path))
        except OzonError as exc:
            self.window.status_message(error_text(exc))
            return
        self.window.status_message(self.tr("Answering %1").replace("%1", Path(path).name))

    def paste_headers(self) -> None:
        text = QGuiApplication.clipboard().text()
        try:
            self.set_buyer(eml.parse(text.encode("utf-8"), self.tr("pasted headers")))
        except OzonError as exc:
            self.window.status_message(error_text(exc))

    def _watch_editor(self, editor: QWidget) -> None:
        """The compose editor hands us its drag-and-drop events only; any other editor gets an
        event filter on its viewport, where drops land (a filter there also sees every paint,
        i.e. every keystroke, which the compose editor spares us)."""
        drop_filters = getattr(editor, "drop_filters", None)
        if isinstance(drop_filters, list):
            drop_filters.append(self.take_drop)
            return
        viewport = getattr(editor, "viewport", None)
        (viewport() if viewport is not None else editor).installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        return self.take_drop(event)

    def take_drop(self, event: QEvent) -> bool:
        """An .eml dropped on the compose pane opens as the buyer's e-mail, not as reply text."""
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and _eml_paths(event):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            return True
        if event.type() == QEvent.Type.Drop and (paths := _eml_paths(event)):  # type: ignore[arg-type]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self.open_eml(paths[0])
            return True
        return False

    # -- dialogs --------------------------------------------------------------------------------
    def open_send(self) -> SendDialog | None:
        text = self.window.current_text()
        if not text.strip():
            self.window.status_message(self.tr("Nothing to send: the reply is empty."))
            return None
        old = self.send_dialog
        if old is not None and old.isVisible():
            if old.task is not None or old.entry_id is not None:  # mid-send or after: keep it
                old.raise_()
                return old
            old.close()  # untouched: reopen with the current reply and buyer's e-mail
        editor = self.window.current_editor()
        link = self.inbox_links.get(editor)
        dialog = SendDialog(self.window.settings, text, self.window.current_language(),
                            buyer=self.buyer, parent=self.window, inbox=link)
        dialog.sent.connect(lambda outcome: self._sent(dialog, editor))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "send_dialog", None))
        self.send_dialog = dialog
        dialog.show()
        return dialog

    def _sent(self, dialog: SendDialog, editor: QWidget) -> None:
        """Sent: said in the UI language, and the draft closes (History keeps the reply)."""
        self.window.status_message(dialog.sent_text())
        finish = getattr(self.window, "finish_draft", None)
        if finish is not None:
            finish(editor, dialog.text)
        self.sent.emit(dialog.inbox)

    def open_outbox(self) -> OutboxDialog:
        if self.outbox_dialog is None:
            self.outbox_dialog = OutboxDialog(self.window.settings, self.window)
        self.outbox_dialog.refresh()
        self.outbox_dialog.timer.start()
        self.outbox_dialog.show()
        self.outbox_dialog.raise_()
        return self.outbox_dialog

    def open_accounts(self) -> AccountDialog:
        self.account_dialog = AccountDialog(self.window)
        self.account_dialog.show()
        return self.account_dialog

    # -- background retries ---------------------------------------------------------------------
    def retry_due(self) -> None:
        """Queued messages whose wait is over go out again, one task at a time."""
        if self.retry_task is not None:
            return
        settings = self.window.settings

        def work(_progress: Any) -> Any:
            mailer = Mailer(settings)
            try:
                if not mailer.outbox.due():
                    mailer.outbox.recover()
                    return []
                return mailer.retry_due()
            finally:
                mailer.close()

        self.retry_task = Task(work, self)
        self.retry_task.done.connect(self._retried)
        self.retry_task.failed.connect(self._retried)
        self.retry_task.start()

    def _retried(self, result: object) -> None:
        self.retry_task = None
        if isinstance(result, list):
            sent = [r for _, r in result if getattr(r, "sent", False)]
            if sent:
                self.window.status_message(self.tr("Sent %n queued e-mail(s)", "", len(sent)))
        elif isinstance(result, Exception):
            self.window.status_message(error_text(result))


def extension_of(window: Any) -> MailExtension | None:
    """The window's e-mail parts (the Inbox view answers through them), once installed."""
    found = window.findChild(MailExtension)
    return found if isinstance(found, MailExtension) else None


def install(window: Any) -> MailExtension:
    """Called by ui/window/extensions.py once the main window is built."""
    return MailExtension(window)
