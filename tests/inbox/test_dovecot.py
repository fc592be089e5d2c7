"""The test server itself: Dovecot takes a message by APPEND and gives it back over STARTTLS."""

from __future__ import annotations

from email.message import EmailMessage

from tests.inbox.dovecot import Dovecot
from tests.mail.fixtures import USER


def test_dovecot_appends_and_serves(dovecot: Dovecot) -> None:
    e = EmailMessage()
    e["From"], e["Subject"] = "anna@example.com", "Заказ"
    e.set_content("Где заказ?")
    dovecot.append(USER, e)
    assert dovecot.search(USER, "ALL") == [1]
