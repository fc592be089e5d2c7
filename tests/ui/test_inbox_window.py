"""The buyers' inbox in the real main window (create_window, as the app starts), against a real
Dovecot (tests/inbox/dovecot.py) and the aiosmtpd server of tests/mail, with keyrings.alt's file
keyring: the list's order, answering a message threaded, a failed sync's reason, thank-you
letters once per message, and the account dialog's incoming side."""

from __future__ import annotations

import time
from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ozon_assistant.mail import passwords
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.storage.inbox import InboxStore
from tests.inbox.dovecot import Dovecot, dovecot
from tests.mail.fixtures import REPLY, USER, Certs, add_account, certs, mail_env, smtp_server

__all__ = ["certs", "dovecot", "mail_env", "smtp_server"]
pytestmark = pytest.mark.usefixtures("mail_env")
DAY = 86400.0


def _mail(frm: str, subject: str, body: str, mid: str) -> EmailMessage:
    e = EmailMessage()
    e["From"], e["To"], e["Subject"], e["Message-ID"] = frm, "shop@example.com", subject, mid
    e.set_content(body)
    return e


LATE = _mail("Анна Петрова <anna@example.com>", "Заказ 35142875-0153 опаздывает",
             "Здравствуйте! Доставка заказа 35142875-0153 задерживается уже на неделю, обещали "
             "привезти 20 мая, а заказа всё нет.", "<late@example.com>")
RECENT = _mail("olga@example.com", "Возврат", "Хочу вернуть платье, размер не подошёл. Как "
               "оформить возврат?\n\nОльга", "<recent@example.com>")
MIDDLE = _mail("Ivan <ivan@example.com>", "Брак", "Добрый день, пришёл чайник с трещиной на "
               "корпусе, что делать?", "<middle@example.com>")
DONE = _mail("Мария <maria@example.com>", "Заказ 35142875-0154", "Здравствуйте, заказ "
             "35142875-0154 пришёл с опозданием, но всё целое. Спасибо!", "<done@example.com>")


def _account(dovecot: Dovecot, smtp_port: int, ca: Path) -> None:
    a = add_account(smtp_port, ca)
    AccountStore().put(replace(a, imap_host="127.0.0.1", imap_port=dovecot.port,
                               imap_security="starttls"))


def _fill(dovecot: Dovecot) -> None:
    now = time.time()
    dovecot.append(USER, RECENT, when=now - 1800)
    dovecot.append(USER, LATE, when=now - 3 * DAY)
    dovecot.append(USER, DONE, when=now - 5 * DAY, flags="(\\Answered)")
    dovecot.append(USER, MIDDLE, when=now - 5 * 3600)


def _inbox(window: Any) -> Any:
    from ozon_assistant.ui.inbox.extension import InboxExtension

    [ext] = window.findChildren(InboxExtension)
    return ext


def _synced(qtbot: Any, ext: Any, count: int | None = None) -> None:
    """Sync now and wait until the list shows what it fetched."""
    qtbot.waitUntil(lambda: ext.sync_task is None, timeout=30_000)
    ext.sync(asked=True)
    qtbot.waitUntil(lambda: ext.sync_task is None and ext.load_task is None, timeout=30_000)
    if count is not None:
        qtbot.waitUntil(lambda: len(ext.rows) == count, timeout=30_000)


def _rows(ext: Any) -> list[list[str]]:
    tree = ext.dock.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount())]



def _send_threaded_reply(qtbot, mail, server, late_id: int):  # type: ignore[no-untyped-def]
    """Send the current draft from the Send dialog: to Anna, "Re: …", threaded on her message.
    The dialog, and the stored message as it is afterwards."""
    dialog = mail.open_send()
    assert dialog.to.text() == "anna@example.com"
    assert dialog.subject.text() == "Re: Заказ 35142875-0153 опаздывает"
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.sent, dialog.status.text()
    [got] = server.received
    sent = message_from_bytes(got.data)
    assert sent["In-Reply-To"] == "<late@example.com>"
    assert "<late@example.com>" in sent["References"]
    store = InboxStore()
    try:
        return dialog, store.get(late_id)
    finally:
        store.close()

def test_the_inbox_lists_unanswered_first_oldest_first_with_wait_and_situation(
        qtbot, make_window, dovecot: Dovecot, smtp_server, certs: Certs) -> None:
    _account(dovecot, smtp_server().port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    assert ext.dock.isVisible()  # an account reads mail: the inbox is shown
    rows = _rows(ext)
    assert [r[2] for r in rows] == ["Анна Петрова", "Ivan", "olga@example.com", "Мария"]
    assert [r[0] for r in rows] == ["Waiting", "Waiting", "Waiting", "Answered"]
    assert rows[0][1] == "3 d 0 h" and rows[1][1] in ("5 h 0 min", "4 h 59 min")
    assert rows[2][1] in ("30 min", "29 min", "31 min")
    from ozon_assistant.ui.snippets.extension import SnippetsExtension

    [snippets] = window.findChildren(SnippetsExtension)
    delay = snippets.service.library.situation("delivery_delay").title_for("en")
    assert rows[0][4] == delay
    assert rows[1][4] == snippets.service.library.situation("defect_warranty").title_for("en")
    assert rows[2][4] == snippets.service.library.situation("return_howto").title_for("en")
    tree = ext.dock.tree
    grey = tree.topLevelItem(3).foreground(0).color()
    assert grey == QColor("#7a7a7a") and tree.topLevelItem(0).foreground(0).color() != grey
    assert "3 waiting for an answer" in ext.dock.summary.text()
    assert "Inbox synced at" in ext.status.text() and ext.status.isVisible()
    # every few minutes while the window is open
    assert ext.sync_timer.isActive() and ext.sync_timer.interval() <= 10 * 60_000


def test_opening_a_message_fills_buyer_wrote_and_its_reply_goes_threaded_and_marks_it_answered(
        qtbot, make_window, dovecot: Dovecot, smtp_server, certs: Certs) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    from ozon_assistant.ui.mail.extension import MailExtension
    from ozon_assistant.ui.snippets.sidebar import SnippetSidebar

    [mail] = window.findChildren(MailExtension)
    [sidebar] = window.findChildren(SnippetSidebar)
    tabs_before = window.tabs.count()
    late_id = ext.rows[0].message.id
    ext.dock.select_message(late_id)
    ext.dock.open_button.click()

    assert "задерживается уже на неделю" in sidebar.buyer.toPlainText()
    top = [sidebar.tree.topLevelItem(i) for i in range(sidebar.tree.topLevelItemCount())]
    assert top[0].text(0) == "Proposed for the buyer's message"
    delay = sidebar.service.library.situation("delivery_delay").title_for("en")
    assert delay in [top[0].child(i).text(0) for i in range(top[0].childCount())]
    assert window.tabs.count() == tabs_before + 1
    assert window.current_text().startswith("Здравствуйте, Анна!")
    assert window.current_channel() == "email"
    assert "задерживается уже на неделю" in mail.dock.text.toPlainText()  # beside the compose pane
    ext.dock.open_button.click()  # the same message again: its draft, not a second one
    assert window.tabs.count() == tabs_before + 1

    window.current_editor().setPlainText(REPLY)
    dialog, late = _send_threaded_reply(qtbot, mail, server, late_id)
    assert late.answered and late.answered_on_server and late.reply_outbox_id is not None
    assert late.uid in dovecot.search(USER, "ANSWERED")
    assert "marked answered" in dialog.status.text()
    qtbot.waitUntil(lambda: [r[0] for r in _rows(ext)] == ["Waiting", "Waiting", "Answered",
                                                            "Answered"], timeout=10_000)
    assert window.tabs.count() == tabs_before  # the sent reply's draft closed
    dialog.close()

    # a second reply to the same message is refused by the core, said in the window's words
    ext.open_message(late.id)
    window.current_editor().setPlainText(REPLY)
    again = mail.open_send()
    again.send()
    assert again.entry_id is None and "already has a reply" in again.status.text()
    assert len(server.received) == 1
    again.close()


def test_a_failed_sync_says_why_in_the_sellers_language(qtbot, make_window, dovecot: Dovecot,
                                                        smtp_server, certs: Certs) -> None:
    from ozon_assistant.core import paths

    try:
        from tests.helpers.i18n import ensure_qm
    except ImportError:  # (where the .qm helper lived before tests/helpers)
        from tests.ui.test_i18n import _ensure_qm as ensure_qm
    ensure_qm("ru")
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text('ui_lang = "ru"\n', encoding="utf-8")
    _account(dovecot, smtp_server().port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    assert ext.dock.windowTitle() != "Buyers' inbox"  # (the whole window: test_no_english_left)
    ok = ext.status.text()
    assert ok and "Inbox" not in ok and "—" not in ok
    from ozon_assistant.ui.shared.error_text import WORDINGS

    def wording(code: str) -> str:
        return QCoreApplication.translate("Errors", WORDINGS[code]).replace(
            "{where}", f"127.0.0.1:{dovecot.port}")

    assert wording("auth_refused") != WORDINGS["auth_refused"]  # Russian, not English
    passwords.set_password("default", "wrong password")
    _synced(qtbot, ext)
    said = ext.status.toolTip()  # the whole line; the label shows its beginning
    assert wording("auth_refused").split("(")[0] in said, said
    assert said.startswith(ext.status.text().rstrip("…")) and len(ext.rows) == 4  # fetched: kept

    dovecot.stop()
    passwords.set_password("default", "Pw-7731-секрет")
    _synced(qtbot, ext)
    assert wording("net_refused") in ext.status.toolTip(), ext.status.toolTip()

    dovecot.start()
    _synced(qtbot, ext)
    assert ext.status.text().split()[0] == ok.split()[0] and "—" not in ext.status.text(), \
        ext.status.text() + dovecot.log()


def test_a_thank_you_letter_goes_once_per_message(qtbot, make_window, dovecot: Dovecot,
                                                  smtp_server, certs: Certs) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    from ozon_assistant.ui.mail.extension import MailExtension

    [mail] = window.findChildren(MailExtension)
    waiting, done = ext.rows[0].message, ext.rows[3].message
    ext.dock.select_message(waiting.id)
    assert not ext.dock.thank_button.isEnabled()  # not resolved yet: nothing to thank for
    ext.dock.select_message(done.id)
    assert ext.dock.thank_button.isEnabled()
    tabs_before = window.tabs.count()
    ext.dock.thank_button.click()
    assert window.tabs.count() == tabs_before + 1
    letter = window.current_text()
    assert letter.startswith("Здравствуйте, Мария!")
    assert "35142875-0154" in letter and "Магазин Уют" in letter and "{" not in letter
    dialog = mail.open_send()
    dialog.confirm_override = lambda: pytest.fail("the thank-you letter was not approved")
    assert dialog.to.text() == "maria@example.com"
    dialog.send()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert dialog.outcome is not None and dialog.outcome.sent, dialog.status.text()
    assert "Thank-you letter sent" in dialog.status.text()
    assert len(server.received) == 1
    assert message_from_bytes(server.received[0].data)["In-Reply-To"] == "<done@example.com>"
    qtbot.waitUntil(lambda: _rows(ext)[3][0] == "Answered, thanked", timeout=10_000)
    dialog.close()

    # never twice: the view offers no second letter, asking for one opens none, and the core
    # refuses one queued behind the view's back
    ext.dock.select_message(done.id)
    assert not ext.dock.thank_button.isEnabled()
    tabs = window.tabs.count()
    ext.thank(done.id)
    assert window.tabs.count() == tabs
    from ozon_assistant.core.settings import load_settings
    from ozon_assistant.inbox import replies, thanks
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.errors import MailInputError
    from ozon_assistant.mail.message import Draft

    store = InboxStore()
    mailer = Mailer(load_settings())
    try:
        message = store.get(done.id)
        assert message.thanked
        with pytest.raises(MailInputError) as refused:
            thanks.queue_thanks(mailer, Draft(to=(message.reply_to,), subject="Re:", text=letter),
                                message, store=store)
        assert refused.value.code == "inbox_thanked"
        # and a letter linked meanwhile by another window wins over this one
        fresh = replace(message, thanked_at=None, thanks_outbox_id=None)
        with pytest.raises(MailInputError):
            thanks.queue_thanks(mailer, Draft(to=(message.reply_to,), subject="Re:",
                                              text=letter), fresh, store=store)
        assert len(mailer.outbox.entries()) == 1  # the letter sent: none added
        assert replies.buyer_mail(message).reply_subject == "Re: Заказ 35142875-0154"
    finally:
        mailer.close()
        store.close()
    assert len(server.received) == 1


def test_the_account_dialog_keeps_the_incoming_side(qtbot, dovecot: Dovecot, smtp_server,
                                                    certs: Certs) -> None:
    from ozon_assistant.ui.mail.account_dialog import AccountDialog

    server = smtp_server()
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("shop")
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.user.setText(USER)
    dialog.password.setText("Pw-7731-секрет")
    dialog.from_addr.setText("shop@example.com")
    dialog.cafile.setText(str(certs.ca_pem))
    assert not dialog.imap_port.isEnabled()  # no incoming server: its port does not matter
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("starttls"))
    assert dialog.imap_port.value() == 143  # a standard port follows the security
    dialog.imap_port.setValue(dovecot.port)
    assert dialog.save(), dialog.status.text()
    saved = AccountStore().get("shop")
    assert (saved.imap_host, saved.imap_port, saved.imap_security) == \
        ("127.0.0.1", dovecot.port, "starttls")

    dialog.test_connection()  # both sides, off the UI thread
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    said = dialog.status.text()
    assert "Works:" in said and f"Incoming mail: 127.0.0.1:{dovecot.port}" in said, \
        said + dovecot.log()

    again = AccountDialog()
    qtbot.addWidget(again)
    again.picker.setCurrentIndex(again.picker.findData("shop"))
    assert again.imap_host.text() == "127.0.0.1" and again.imap_port.value() == dovecot.port
    assert again.imap_security.currentData() == "starttls"
    # no encryption: only to this computer, with a warning, as for SMTP
    again.imap_security.setCurrentIndex(again.imap_security.findData("none"))
    assert "Incoming mail without encryption" in again.warning.text()
    again.imap_host.setText("imap.example.com")
    assert not again.save()
    assert "127.0.0.1" in again.status.text() and "Incoming security" in again.status.text()
    assert AccountStore().get("shop").imap_host == "127.0.0.1"
    # an emptied incoming server removes the incoming side, as `account set --imap-host ""`
    again.imap_host.setText("")
    assert again.save(), again.status.text()
    assert not AccountStore().get("shop").has_imap
    assert not again.warning.text()


def test_a_reply_draft_reopened_after_a_restart_still_answers_its_message(
        qtbot, make_window, dovecot: Dovecot, smtp_server, certs: Certs) -> None:
    """The link from a draft to the message it answers is kept with the draft: the window
    closed and opened again, Send still threads the reply and marks the message answered."""
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    late_id = ext.rows[0].message.id
    ext.open_message(late_id)
    window.current_editor().setPlainText(REPLY)
    window.shutdown()  # a clean exit: the drafts reopen next time
    window.close()

    again = make_window()
    ext = _inbox(again)
    from ozon_assistant.ui.mail.extension import MailExtension

    [mail] = again.findChildren(MailExtension)
    texts = [again.tabs.widget(i).text() for i in range(again.tabs.count())]
    assert REPLY in texts
    qtbot.waitUntil(lambda: ext.loaded_once and ext.load_task is None, timeout=30_000)
    again.tabs.setCurrentIndex(texts.index(REPLY))
    assert mail.draft_for(late_id, "reply") is again.current_editor()
    dialog, late = _send_threaded_reply(qtbot, mail, server, late_id)
    assert late.answered and late.answered_on_server
    assert late.uid in dovecot.search(USER, "ANSWERED")
    dialog.close()


def test_an_open_feedback_view_counts_again_after_a_sync(
        qtbot, make_window, dovecot: Dovecot, smtp_server, certs: Certs) -> None:
    _account(dovecot, smtp_server().port, certs.ca_pem)
    _fill(dovecot)
    window = make_window()
    ext = _inbox(window)
    _synced(qtbot, ext, 4)
    from ozon_assistant.ui.inbox.feedback_view import open_feedback

    view = open_feedback(window)
    qtbot.waitUntil(lambda: view.report is not None and not view.busy, timeout=30_000)
    assert view.report is not None and view.report.messages == 4
    dovecot.append(USER, _mail("petr@example.com", "Заказ 35142875-0160", "Где мой заказ? "
                               "Обещали вчера.", "<new@example.com>"))
    _synced(qtbot, ext, 5)
    qtbot.waitUntil(lambda: view.report is not None and view.report.messages == 5 and
                    not view.busy, timeout=30_000)  # counted again without being asked
    view.close()
    dovecot.append(USER, _mail("lena@example.com", "Вопрос", "Есть ли размер M?",
                               "<closed@example.com>"))
    _synced(qtbot, ext, 6)
    assert view.report.messages == 5 and not view.busy  # closed: nothing computed for it
