"""The empty Outbox says what is true: nothing was ever sent (and, with no account, that none is
set up, with a button to set one up) — never "every message was sent" when none ever was."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ozon_assistant.core.settings import Settings
from ozon_assistant.mail.outbox import Outbox
from ozon_assistant.ui.mail.account_dialog import AccountDialog
from tests.mail.fixtures import add_account, mail_env
from tests.ui.test_i18n import _ensure_qm
from tests.ui.ui_texts import CYRILLIC, english_left, texts

__all__ = ["mail_env"]
pytestmark = pytest.mark.usefixtures("mail_env")


def test_empty_outbox_without_an_account_offers_to_set_one_up(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.mail.extension import MailExtension

    [ext] = window.findChildren(MailExtension)
    dialog = ext.open_outbox()
    qtbot.addWidget(dialog)
    status = dialog.status.text()
    assert "every message was sent" not in status
    assert "No e-mail has been sent" in status and "no e-mail account" in status
    assert dialog.setup_button.isVisible()
    dialog.setup_button.click()
    accounts = dialog.account_dialog
    assert isinstance(accounts, AccountDialog) and accounts.isVisible()
    add_account(2525)  # set up meanwhile; the Outbox says so once the dialog closes
    accounts.close()
    QApplication.processEvents()
    assert not dialog.setup_button.isVisible()
    assert "no e-mail account" not in dialog.status.text()
    assert "No e-mail has been sent" in dialog.status.text()


def test_every_message_was_sent_only_when_some_were(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.mail.outbox_view import OutboxDialog

    add_account(2525)
    box = Outbox()
    entry = box.add(account="default", message_id="<1@example.com>", sender="shop@example.com",
                    recipients=("anna@example.com",), to="anna@example.com", cc="",
                    subject="Заказ", raw=b"Subject: x\r\n\r\nbody\r\n", meta={})
    box.claim(entry)
    box.mark_sent(entry, "250 OK")
    box.close()
    dialog = OutboxDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.timer.stop()
    assert dialog.status.text() == "Nothing waiting: every message was sent."
    dialog.show_sent.setChecked(False)  # the sent one is hidden, and still it was sent
    assert dialog.table.rowCount() == 0
    assert dialog.status.text() == "Nothing waiting: every message was sent."
    assert not dialog.setup_button.isVisible()


@pytest.mark.parametrize("lang,locale", [("ru", "ru"), ("zh", "zh_CN")])
def test_empty_outbox_speaks_the_ui_language(qtbot, qapp, lang: str, locale: str) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.mail.outbox_view import OutboxDialog
    from ozon_assistant.ui.window.app import install_translations

    _ensure_qm(locale)
    install_translations(qapp, lang)
    try:
        dialog = OutboxDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.timer.stop()
        found = texts(dialog)
        assert not english_left(found, locale), english_left(found, locale)
        assert dialog.setup_button.isVisible()
        if lang == "ru":
            assert CYRILLIC.search(dialog.status.text())
    finally:
        install_translations(qapp, "en")
