"""The Mail parts inside the real main window (create_window, as the app starts)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from ozon_assistant.mail.outbox import Outbox
from ozon_assistant.storage.history import History
from tests.mail.fixtures import BUYER_EML, REPLY, Certs, add_account, certs, mail_env, smtp_server

__all__ = ["certs", "mail_env", "smtp_server"]
pytestmark = pytest.mark.usefixtures("mail_env")


def test_mail_menu_send_and_outbox_in_the_main_window(qtbot, make_window, smtp_server, certs: Certs,
                                                      tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    window = make_window(str(reply))
    gc.collect()  # the extension must be kept alive by the window, not by a local variable
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName().startswith("mail-")}
    assert set(actions) == {"mail-send", "mail-outbox", "mail-accounts", "mail-eml", "mail-paste"}
    mail_menu = window.menu("Mail")
    assert actions["mail-send"] in mail_menu.actions()
    dock = window.findChild(QDockWidget, "buyer-mail-dock")
    assert dock is not None and not dock.isVisible()

    from ozon_assistant.ui.mail.extension import MailExtension

    [ext] = window.findChildren(MailExtension)
    buyer = tmp_path / "buyer.eml"
    buyer.write_bytes(BUYER_EML)
    ext.open_eml(str(buyer))
    assert dock.isVisible() and "ЗВОНИТЕ" in ext.dock.text.toPlainText()
    assert window.current_text() == REPLY  # the buyer's text is not in the compose pane
    assert dock.widget().findChild(type(window.current_editor()), "buyer-text") is not window.current_editor()

    window.activateWindow()  # shortcuts fire only in the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window.current_editor(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = ext.send_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.to.text() == "anna.reply@example.org"
    assert dialog.subject.text() == "Re: Заказ не пришёл"
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.sent, dialog.status.text()
    assert len(server.received) == 1
    assert [e.action for e in History().search()] == ["send"]
    assert [e.state for e in Outbox().entries()] == ["sent"]
    actions["mail-outbox"].trigger()
    assert ext.outbox_dialog is not None and ext.outbox_dialog.table.rowCount() == 1
    ext.outbox_dialog.close()


def test_an_eml_dropped_on_the_compose_pane_opens_as_the_buyers_mail(qtbot, make_window,
                                                                     tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from ozon_assistant.ui.mail.extension import MailExtension

    window = make_window()
    [ext] = window.findChildren(MailExtension)
    buyer = tmp_path / "buyer.eml"
    buyer.write_bytes(BUYER_EML)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(buyer))])
    viewport = window.current_editor().viewport()
    point = viewport.rect().center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert ext.buyer is not None and "ЗВОНИТЕ" in ext.dock.text.toPlainText()
    assert window.current_text() == ""  # the e-mail did not land in the reply
