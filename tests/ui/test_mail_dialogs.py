"""The Send, Outbox and Accounts dialogs and the Mail extension, as real widgets against a real
SMTP server and keyring, installed into a small stand-in window (the public window API only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPlainTextEdit

from ozon_assistant.core.settings import Settings
from ozon_assistant.mail import passwords
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.outbox import Outbox
from ozon_assistant.storage.history import History
from ozon_assistant.ui.mail import extension as mail_ext
from ozon_assistant.ui.mail.account_dialog import AccountDialog
from ozon_assistant.ui.mail.outbox_view import OutboxDialog
from ozon_assistant.ui.mail.send_dialog import SendDialog
from tests.mail.fixtures import (
    BUYER_EML,
    PASSWORD,
    REPLY,
    USER,
    Behaviour,
    Certs,
    add_account,
    assert_password_in_no_file,
    certs,
    mail_env,
    smtp_server,
)

__all__ = ["certs", "mail_env", "smtp_server"]  # fixtures used by name below
pytestmark = pytest.mark.usefixtures("mail_env")
BAD = "ЗВОНИТЕ +7 912 345-67-89!!! Привет, норм)))"


class StandInWindow(QMainWindow):
    """Only what extensions may use: the documented public API of the main window."""

    editor_created = Signal(QPlainTextEdit)

    def __init__(self, text: str = REPLY) -> None:
        super().__init__()
        self.settings = Settings(signature="Магазин «Уют»")
        self.editor = QPlainTextEdit(text)
        self.setCentralWidget(self.editor)
        self.actions_by_menu: dict[str, list[QAction]] = {}
        self.docks: list[QDockWidget] = []
        self.messages: list[str] = []

    def add_action(self, menu: str, action: QAction) -> None:
        self.actions_by_menu.setdefault(menu, []).append(action)
        self.addAction(action)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self.docks.append(dock)
        self.addDockWidget(area, dock)

    def current_editor(self) -> QPlainTextEdit:
        return self.editor

    def current_text(self) -> str:
        return self.editor.toPlainText()

    def current_language(self) -> str:
        return "ru"

    def current_channel(self) -> str:
        return "email"

    def status_message(self, text: str) -> None:
        self.messages.append(text)


def _wait_done(qtbot: Any, dialog: SendDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)


def test_send_dialog_prefills_and_sends_off_the_ui_thread(qtbot, smtp_server, certs: Certs,
                                                           tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    dialog = SendDialog(Settings(signature="Магазин «Уют»"), REPLY, "ru")
    qtbot.addWidget(dialog)
    assert dialog.subject.text() == "Заказ 35142875-0153-1"  # from the order number in the reply
    assert "Approved" in dialog.approval.text()
    assert dialog.account.currentData() == "default"
    dialog.to.setText("anna@example.com")
    dialog.send()
    assert dialog.task is not None and not dialog.send_button.isEnabled()
    assert not dialog.to.isEnabled()  # locked while sending
    _wait_done(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.sent, dialog.status.text()
    assert "Sent to anna@example.com" in dialog.status.text()
    assert len(server.received) == 1
    assert "Магазин «Уют»".encode() in server.received[0].data
    assert [h.action for h in History().search()] == ["send"]
    assert not dialog.send_button.isEnabled()  # can't be sent twice from here
    assert_password_in_no_file(tmp_path)


def test_send_dialog_bad_input_stays_open_and_queues_nothing(qtbot, smtp_server, certs: Certs) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    dialog = SendDialog(Settings(), REPLY, "ru")
    qtbot.addWidget(dialog)
    dialog.to.setText("anna@example.com\nBcc: evil@example.com")
    dialog.send()
    assert dialog.task is None and "line breaks" in dialog.status.text()
    assert Outbox().entries() == []
    dialog.to.setText("anna@example.com")
    dialog.send()
    _wait_done(qtbot, dialog)
    assert len(server.received) == 1


def test_unapproved_needs_confirmation_which_is_recorded(qtbot, smtp_server, certs: Certs) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    dialog = SendDialog(Settings(), BAD, "ru")
    qtbot.addWidget(dialog)
    assert "Not approved" in dialog.approval.text()
    dialog.to.setText("anna@example.com")
    dialog.subject.setText("Ответ")
    answers = iter([False, True])
    dialog.confirm_override = lambda: next(answers)  # type: ignore[method-assign]
    dialog.send()  # declined
    assert dialog.task is None and Outbox().entries() == [] and server.received == []
    dialog.send()  # confirmed
    _wait_done(qtbot, dialog)
    assert len(server.received) == 1
    entry = History().search()[0]
    assert entry.action == "send_override" and entry.overridden


def test_failed_send_locks_the_draft_and_retries_the_same_message(qtbot, smtp_server, certs: Certs) -> None:
    server = smtp_server(Behaviour(rcpt_reply="451 4.7.1 Greylisted"))
    add_account(server.port, certs.ca_pem)
    dialog = SendDialog(Settings(), REPLY, "ru")
    qtbot.addWidget(dialog)
    dialog.to.setText("anna@example.com")
    dialog.send()
    _wait_done(qtbot, dialog)
    assert "asked to try again later (the server answered 451" in dialog.status.text()
    assert "kept in the Outbox and sent again automatically" in dialog.status.text()
    assert not dialog.to.isEnabled() and dialog.send_button.text() == dialog.tr("Retry now")
    server.behaviour = Behaviour()
    dialog.send()
    _wait_done(qtbot, dialog)
    assert dialog.outcome is not None and dialog.outcome.sent
    assert len(server.received) == 1 and len(Outbox().entries()) == 1


def test_cancel_while_connecting(qtbot, certs: Certs) -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        add_account(silent.getsockname()[1], certs.ca_pem, timeout=60)
        dialog = SendDialog(Settings(), REPLY, "ru")
        qtbot.addWidget(dialog)
        dialog.to.setText("anna@example.com")
        dialog.send()
        assert dialog.cancel_button.text() == dialog.tr("Cancel sending")
        dialog.cancel()
        _wait_done(qtbot, dialog)
    assert "cancelled" in dialog.status.text()
    rows = Outbox().entries()
    assert [r.state for r in rows] == ["failed"]  # kept, waiting for the seller


def test_outbox_dialog_lists_retries_and_asks_before_resending_uncertain(
        qtbot, smtp_server, certs: Certs) -> None:
    from ozon_assistant.mail.message import Draft, build

    server = smtp_server()
    account = add_account(server.port, certs.ca_pem)
    box = Outbox()
    ids = []
    for n, subject in enumerate(["Первое", "Второе"]):
        built = build(account, Draft(to=("anna@example.com",), subject=subject, text=REPLY))
        i = box.add(account="default", message_id=built.message_id, sender=built.sender,
                    recipients=built.recipients, to="anna@example.com", cc="", subject=subject,
                    raw=built.as_bytes(), meta={"action": "send", "text": REPLY})
        box.claim(i)
        if n == 0:
            box.mark_failed(i, "550 5.1.1 No such user", "permanent")
        else:
            box.mark_data_end(i)
            box.mark_failed(i, "no answer", "uncertain")
        ids.append(i)
    dialog = OutboxDialog(Settings())
    qtbot.addWidget(dialog)
    texts = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text()
             for r in range(dialog.table.rowCount())}
    assert texts == {"Первое": "failed", "Второе": "may have been sent"}
    assert dialog.retry_all_button.isEnabled()
    # the uncertain one: declined, nothing sent
    dialog.table.selectRow([e.id for e in dialog.entries].index(ids[1]))
    dialog.confirm_resend = lambda entry: False  # type: ignore[method-assign]
    dialog.retry_selected()
    assert dialog.task is None and server.received == []
    # the failed one: retried off the UI thread
    dialog.table.selectRow([e.id for e in dialog.entries].index(ids[0]))
    dialog.retry_selected()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert len(server.received) == 1
    assert Outbox().get(ids[0]).state == "sent" and Outbox().get(ids[1]).state == "uncertain"
    # retry all leaves "may have been sent" alone
    dialog.retry_all()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert len(server.received) == 1
    dialog.table.selectRow([e.id for e in dialog.entries].index(ids[1]))
    dialog.confirm_delete = lambda entry: True  # type: ignore[method-assign]
    dialog.delete_selected()
    assert [e.id for e in Outbox().entries()] == [ids[0]]


def test_account_dialog_saves_to_keyring_and_tests_off_thread(qtbot, smtp_server, certs: Certs,
                                                              tmp_path: Path) -> None:
    server = smtp_server()
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    assert dialog.picker.currentData() is None and dialog.name.text() == "default"
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert "only to 127.0.0.1" in dialog.warning.text()
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.port.setValue(server.port)
    dialog.user.setText(USER)
    dialog.from_addr.setText("shop@example.com")
    dialog.display_name.setText("Магазин Уют")
    dialog.cafile.setText(str(certs.ca_pem))
    assert not dialog.save()  # no password anywhere yet
    dialog.password.setText(PASSWORD)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "Works" in dialog.status.text() and "certificate verified" in dialog.status.text()
    assert dialog.save()
    assert passwords.get_password("default") == PASSWORD
    assert AccountStore().get().port == server.port
    assert dialog.password.text() == "" and "stored" in dialog.password.placeholderText()
    assert_password_in_no_file(tmp_path)
    dialog.password.setText("wrong")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "Failed" in dialog.status.text() and "refused" in dialog.status.text()


def test_extension_menu_dock_and_eml_drop(qtbot, smtp_server, certs: Certs, tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    window = StandInWindow()
    qtbot.addWidget(window)
    ext = mail_ext.install(window)
    import gc

    gc.collect()
    keys = [a.objectName() for a in window.actions_by_menu["Mail"]]
    assert keys == ["mail-send", "mail-outbox", "mail-accounts", "mail-eml", "mail-paste"]
    assert ext.actions["send"].shortcut().toString() == "Ctrl+Shift+Return"
    buyer = tmp_path / "buyer.eml"
    buyer.write_bytes(BUYER_EML)
    # dropped on the compose pane: opens as the buyer's e-mail, the reply text is untouched
    window.editor_created.emit(window.editor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(buyer))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert ext.eventFilter(window.editor.viewport(), drop)
    assert window.current_text() == REPLY
    assert ext.buyer is not None and ext.buyer.reply_to == "anna.reply@example.org"
    assert "ЗВОНИТЕ" in ext.dock.text.toPlainText() and ext.dock.text.isReadOnly()
    ext.actions["send"].trigger()
    dialog = ext.send_dialog
    assert dialog is not None
    assert dialog.to.text() == "anna.reply@example.org" and dialog.subject.text() == "Re: Заказ не пришёл"
    assert "Approved" in dialog.approval.text()  # the buyer's shouting was not checked as ours
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert len(server.received) == 1 and b"In-Reply-To: <buyer-2@example.org>" in server.received[0].data
    ext.actions["outbox"].trigger()
    assert ext.outbox_dialog is not None and ext.outbox_dialog.table.rowCount() == 1
    ext.outbox_dialog.close()
    ext.actions["accounts"].trigger()
    assert ext.account_dialog is not None and ext.account_dialog.host.text() == "127.0.0.1"
    ext.account_dialog.close()


def test_background_retry_sends_due_messages(qtbot, smtp_server, certs: Certs) -> None:
    server = smtp_server(Behaviour(mail_reply="421 4.3.2 Try later"))
    add_account(server.port, certs.ca_pem)
    dialog = SendDialog(Settings(), REPLY, "ru")
    qtbot.addWidget(dialog)
    dialog.to.setText("anna@example.com")
    dialog.send()
    _wait_done(qtbot, dialog)
    box = Outbox()
    [entry] = box.entries()
    assert entry.state == "queued" and box.due() == []  # backing off
    box._set(entry.id, ("queued",), next_attempt=0)  # the wait is over
    server.behaviour = Behaviour()
    window = StandInWindow()
    qtbot.addWidget(window)
    ext = mail_ext.install(window)
    ext.retry_due()
    qtbot.waitUntil(lambda: ext.retry_task is None, timeout=30_000)
    assert len(server.received) == 1 and Outbox().get(entry.id).state == "sent"
    assert any("Sent 1 queued" in m for m in window.messages)


def test_reopening_send_picks_up_a_buyer_mail_loaded_since(qtbot, tmp_path: Path) -> None:
    window = StandInWindow()
    qtbot.addWidget(window)
    ext = mail_ext.install(window)
    first = ext.open_send()
    assert first is not None and first.to.text() == ""
    buyer = tmp_path / "buyer.eml"
    buyer.write_bytes(BUYER_EML)
    ext.open_eml(str(buyer))
    second = ext.open_send()
    assert second is not None and second is not first
    assert second.to.text() == "anna.reply@example.org"
    window.editor.setPlainText("   ")
    second.close()
    assert ext.open_send() is None and "Nothing to send" in window.messages[-1]
