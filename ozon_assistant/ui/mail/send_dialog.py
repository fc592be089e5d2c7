"""Send by e-mail: To, Cc, Subject and account, then one attempt off the UI thread.

The subject is prefilled from the buyer's e-mail ("Re: …") or from an Ozon order number in the
reply ("Заказ 35142875-0153-1"). The message is written to the outbox before the attempt (the core
does it), so closing the dialog, cancelling or a failure never loses it; after a failure the fields
lock and the button retries *that* message, so a second click can't queue a duplicate. An
unapproved reply is sent only after an explicit confirmation, recorded in history as an override.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import CheckResult, Severity
from ozon_assistant.inbox import replies, thanks
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.dispatch import Mailer, Outcome, check_reply
from ozon_assistant.mail.eml import BuyerMail
from ozon_assistant.mail.errors import SendError
from ozon_assistant.mail.message import Draft, body_with_signature, suggested_subject
from ozon_assistant.mail.smtp import Cancel
from ozon_assistant.storage.inbox import InboxStore
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import clauses, fill, labelled, quoted
from ozon_assistant.ui.shared.retranslate import Retranslated, Texts
from ozon_assistant.ui.shared.translations import installed_language
from ozon_assistant.ui.window.parts import menu_path

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate

OK_COLOR, BAD_COLOR = "#1b7f3b", "#b3261e"
W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """``widget`` with an object name (tests and style sheets find widgets by it)."""
    widget.setObjectName(name)
    return widget


class Task(QObject):
    """Runs ``work(progress)`` on a Python thread; results come back as queued signals.

    Shared by the send, outbox and account dialogs: SMTP calls block for seconds, and the window
    must stay responsive (and cancellable) meanwhile.
    """

    progress = Signal(str)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Callable[[str], None]], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._thread = threading.Thread(target=self._run, name="mail-task", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit)
        except Exception as exc:  # reported to the dialog; never a crash of the window
            self.failed.emit(exc)
            return
        self.done.emit(result)


@dataclass(frozen=True)
class InboxReply:
    """A draft that answers a message of the buyers' inbox (``kind`` "reply"), or thanks its
    buyer ("thanks"): Send links it to the message (inbox.replies / inbox.thanks) and marks the
    message answered, or thanked, once the server accepted it."""

    message_id: int
    buyer: BuyerMail
    kind: str = "reply"


def stage_text(stage: str) -> str:
    texts = {
        "connecting": translate("SendDialog", "Connecting to the server…"),
        "securing": translate("SendDialog", "Checking the server's certificate…"),
        "signing_in": translate("SendDialog", "Signing in…"),
        "sending": translate("SendDialog", "Sending the message…"),
        "waiting": translate("SendDialog", "Waiting for the server to confirm…"),
    }
    return texts.get(stage, stage)


class SendDialog(Retranslated, QDialog):
    """The Send dialog. ``mailer`` is created on demand so the dialog opens without a database."""

    sent = Signal(object)  # Outcome

    def __init__(self, settings: Settings, text: str, language: str = "ru",
                 buyer: BuyerMail | None = None, parent: QWidget | None = None,
                 accounts: AccountStore | None = None, inbox: InboxReply | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send-dialog")
        self.inbox = inbox
        self.inbox_later = False  # sent, but the IMAP server is told \Answered at the next sync
        if inbox is not None:
            buyer = inbox.buyer
        self.setMinimumWidth(560)
        self.texts = Texts()
        self.texts.set(self.setWindowTitle, lambda: self.tr("Send by e-mail"))
        self.settings, self.text, self.buyer = settings, text, buyer
        self.accounts = accounts or AccountStore()
        self.entry_id: int | None = None
        self.cancel_token: Cancel | None = None
        self.task: Task | None = None
        self.outcome: Outcome | None = None
        self.uncertain = False  # it may have reached the server: only the Outbox resends it
        body = body_with_signature(text, settings.signature).rstrip()
        # the findings' messages in the language the window speaks (also when it follows the
        # system's, which the settings leave empty)
        speaking = replace(settings, ui_lang=settings.ui_lang or installed_language() or "en")
        self.result_: CheckResult = check_reply(speaking, body)

        form = QFormLayout()
        self.account = named(QComboBox(), "account")
        self.setup_button = named(QPushButton(), "setup-account")
        self.texts.set(self.setup_button.setText, lambda: self.tr("Set up an e-mail account…"))
        self.setup_button.clicked.connect(self.setup_account)
        self.account_dialog: QDialog | None = None
        self.to = named(QLineEdit(), "to")
        self.to.setPlaceholderText("buyer@example.com")
        self.cc = named(QLineEdit(), "cc")
        self.subject = named(QLineEdit(), "subject")
        if buyer is not None:
            self.to.setText(buyer.reply_to)
            self.subject.setText(buyer.reply_subject)
        else:
            self.subject.setText(suggested_subject(text, language))
        sender = QHBoxLayout()
        sender.addWidget(self.account, 1)
        sender.addWidget(self.setup_button)
        self.texts.row(form, lambda: self.tr("From:"), sender)
        self.texts.row(form, lambda: self.tr("To:"), self.to)
        self.texts.row(form, lambda: self.tr("Cc:"), self.cc)
        self.texts.row(form, lambda: self.tr("Subject:"), self.subject)
        if buyer is not None:
            thread = QLabel()
            self.texts.set(thread.setText, lambda: self._thread_text(buyer))
            thread.setObjectName("thread")
            thread.setWordWrap(True)
            form.addRow("", thread)

        self.approval = named(QLabel(), "approval")
        self.approval.setWordWrap(True)
        self.approval.setTextFormat(Qt.TextFormat.RichText)
        self.texts.call(self._show_approval)

        self.progress = named(QProgressBar(), "progress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = named(QLabel(), "status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_button = named(QPushButton(), "send")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.cancel_button = named(QPushButton(), "cancel")
        self.texts.call(self._button_texts)
        self.texts.call(self._fill_accounts)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.send_button)

        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.approval)
        col.addWidget(self.progress)
        col.addWidget(self.status)
        col.addLayout(buttons)
        (self.subject if self.to.text() else self.to).setFocus()

    def retranslate_ui(self) -> None:
        self.texts.retranslate()

    def _thread_text(self, buyer: BuyerMail) -> str:
        about = buyer.subject or buyer.sender
        if self.inbox is not None and self.inbox.kind == "thanks":
            return self.tr("A thank-you letter in the thread of “%1”; sent once per message").replace(
                "%1", about)
        if self.inbox is not None:
            return self.tr("Answers the buyer's e-mail “%1” (threaded); marked answered on the "
                           "mail server once sent").replace("%1", about)
        return self.tr("Answers the buyer's e-mail “%1” (threaded)").replace("%1", about)

    def _button_texts(self) -> None:
        """Send/Retry and Cancel/Close as the state of the attempt has them."""
        failed = self.entry_id is not None and self.outcome is None
        self.send_button.setText(self.tr("Retry now") if failed and self.task is None
                                 else self.tr("&Send"))
        if self.task is not None:
            self.cancel_button.setText(self.tr("Cancel sending"))
        else:
            self.cancel_button.setText(self.tr("Close") if self.entry_id is not None
                                       else self.tr("Cancel"))

    # -- state ----------------------------------------------------------------------------------
    def _fill_accounts(self) -> None:
        """The accounts to send with; with none, where to set one up (the menu as the window
        calls it, and a button), and Send waits for one."""
        chosen = self.account.currentData()
        self.account.clear()
        accounts = []
        try:
            accounts = self.accounts.all()
            default = chosen or self.accounts.default_name()
        except OzonError as exc:
            self.account.addItem(error_text(exc), None)
        for a in accounts:
            label = f"{a.display_name} <{a.from_addr}>" if a.display_name else a.from_addr
            self.account.addItem(label, a.name)
            if a.name == default:
                self.account.setCurrentIndex(self.account.count() - 1)
        if not accounts and self.account.count() == 0:
            self.account.addItem(fill(self.tr("No e-mail account yet: set one up in %1"), menu_path(
                "Mail", translate("MailExtension", "E-mail &accounts…"))), None)
        self.setup_button.setVisible(not accounts)
        if hasattr(self, "send_button"):
            self._busy(self.task is not None)

    def setup_account(self) -> None:
        """E-mail accounts, from here; the accounts are read again once it closes."""
        from ozon_assistant.ui.mail.account_dialog import AccountDialog

        dialog = AccountDialog(self, self.accounts)
        dialog.finished.connect(lambda _code: self._fill_accounts())
        self.account_dialog = dialog
        dialog.show()

    def _show_approval(self) -> None:
        r = self.result_
        if r.approved:
            self.approval.setText(f"<span style='color:{OK_COLOR}'>✔ "
                                  + html.escape(self.tr("Approved: score %1/10").replace("%1", str(r.score)))
                                  + "</span>")
            return
        errors = [f for f in r.findings if f.severity is Severity.ERROR]
        first = errors[0]
        # one sentence for the translator: the count, the first error's text and its message
        line = fill(self.tr("<b>Not approved: %n error(s)</b> — “%1”: %2", "", len(errors)),
                    html.escape(r.text[first.start:first.end][:50]), html.escape(first.message))
        self.approval.setText(
            f"<span style='color:{BAD_COLOR}'>{line}</span><br/>"
            + html.escape(self.tr("Sending it anyway needs your confirmation and is recorded in history.")))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        done = (self.outcome is not None and self.outcome.sent) or self.uncertain
        self.send_button.setEnabled(not busy and not done and self.account.currentData() is not None)
        self._button_texts()
        locked = busy or self.entry_id is not None
        for w in (self.to, self.cc, self.subject, self.account):
            w.setEnabled(not locked and (w is not self.account or self.account.currentData() is not None))

    def _say(self, text: str, color: str = "") -> None:
        style = f"color:{color}" if color else ""
        self.status.setText(f"<span style='{style}'>{html.escape(text)}</span>")

    # -- actions --------------------------------------------------------------------------------
    def confirm_override(self) -> bool:
        """Explicit confirmation for an unapproved reply; overridable in tests."""
        errors = [f for f in self.result_.findings if f.severity is Severity.ERROR]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reply not approved"),
                          self.tr("This reply breaks Ozon's communication standard (%n error(s)). "
                                  "Send it anyway? Your choice is recorded in history.", "",
                                  len(errors)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("override-confirm")
        box.setDetailedText("\n".join(labelled(quoted(self.result_.text[f.start:f.end]), f.message)
                                      for f in errors))
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is send

    def send(self) -> None:
        if self.task is not None:
            return
        if self.entry_id is None and self.account.currentData() is None:
            # (the core would answer with a command to type; a window user gets the menu)
            self._say(self.account.currentText(), BAD_COLOR)
            return
        if self.entry_id is None and not self._queue():
            return
        assert self.entry_id is not None
        entry_id = self.entry_id
        self.cancel_token = Cancel()
        token = self.cancel_token

        inbox = self.inbox

        def work(progress: Callable[[str], None]) -> Outcome:
            mailer = Mailer(self.settings, accounts=self.accounts)
            try:  # queued (first try) or failed (the seller's retry): both go now
                outcome = mailer.retry(entry_id, progress=progress, cancel=token)
                if inbox is not None and inbox.kind == "thanks":
                    thanks.thanks_sent(mailer, entry_id, inbox.message_id, outcome)
                elif inbox is not None:  # answered here, and \Answered on the IMAP server
                    self.inbox_later = replies.reply_sent(mailer, entry_id, inbox.message_id,
                                                          outcome) is not None
                return outcome
            finally:
                mailer.close()

        self.task = Task(work, self)
        self.task.progress.connect(lambda stage: self._say(stage_text(stage)))
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self._busy(True)
        self._say(stage_text("connecting"))
        self.task.start()

    def _queue(self) -> bool:
        force = False
        if not self.result_.approved:
            if not self.confirm_override():
                self._say(self.tr("Not sent."))
                return False
            force = True
        draft = Draft(to=(self.to.text(),), cc=(self.cc.text(),) if self.cc.text().strip() else (),
                      subject=self.subject.text(), text=self.text,
                      in_reply_to=self.buyer.message_id if self.buyer else "",
                      references=self.buyer.thread_references if self.buyer else ())
        mailer: Mailer | None = None
        try:
            mailer = Mailer(self.settings, accounts=self.accounts)
            if self.inbox is None:
                self.entry_id = mailer.queue(draft, self.account.currentData(), force=force)
            else:  # the same path as `send --reply-to-inbox`: linked to its message first
                self.entry_id = self._queue_inbox(mailer, draft, force)
        except OzonError as exc:
            self._say(error_text(exc), BAD_COLOR)
            return False
        finally:
            if mailer is not None:
                mailer.close()
        return True

    def _queue_inbox(self, mailer: Mailer, draft: Draft, force: bool) -> int:
        assert self.inbox is not None
        store = InboxStore()
        try:
            message = store.get(self.inbox.message_id)
            queue = thanks.queue_thanks if self.inbox.kind == "thanks" else replies.queue_reply
            return queue(mailer, draft, message, self.account.currentData(), force, store)
        finally:
            store.close()

    def sent_text(self) -> str:
        if self.inbox is not None and self.inbox.kind == "thanks":
            return self.tr("Thank-you letter sent to %1.").replace("%1", self.to.text())
        if self.inbox is not None and self.inbox_later:
            return self.tr("Sent to %1. The message is marked answered here; the mail server "
                           "learns it at the next sync.").replace("%1", self.to.text())
        if self.inbox is not None:
            return self.tr("Sent to %1; the message is marked answered.").replace(
                "%1", self.to.text())
        return self.tr("Sent to %1.").replace("%1", self.to.text())

    def _done(self, outcome: Outcome) -> None:
        self.task = None
        self.outcome = outcome
        self._busy(False)
        if outcome.sent:
            said = self.sent_text()
            if outcome.warnings:  # (the core's words are English: said here instead)
                said = clauses(said.rstrip("."), self.tr("but it could not be added to the history."))
            self._say(said, OK_COLOR)
            self.send_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Close"))
            self.sent.emit(outcome)
        else:  # another attempt has it (the core's sentence is English): point to the Outbox
            self._say(fill(self.tr("This message is already being sent or was sent: see %1."),
                           menu_path("Mail", translate("MailExtension", "&Outbox"))))

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        text = error_text(exc) if isinstance(exc, OzonError) else f"{exc.__class__.__name__}: {exc}"
        self._say(text, BAD_COLOR)
        state = getattr(exc, "kind", "")
        if isinstance(exc, SendError) and state == "uncertain":
            self.uncertain = True
            self.send_button.setEnabled(False)  # never resent from here: the Outbox asks first
        else:
            self.send_button.setText(self.tr("Retry now"))

    def cancel(self) -> None:
        if self.task is not None and self.cancel_token is not None:
            self.cancel_token.cancel()
            self._say(self.tr("Cancelling…") if not self.cancel_token.too_late else
                      self.tr("Too late to cancel: the server already has the message."))
            return
        self.reject() if self.outcome is None or not self.outcome.sent else self.accept()

    def reject(self) -> None:
        if self.task is not None:  # Esc while sending cancels the attempt, not the dialog
            self.cancel()
            return
        super().reject()
