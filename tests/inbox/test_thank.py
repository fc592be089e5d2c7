"""`inbox thank ID`: the thank-you letter from the command line, against a real Dovecot and the
aiosmtpd server of tests/mail: threaded under the buyer's message, through the outbox, signed
once when Settings has a signature, and refused in one line the second time."""

from __future__ import annotations

import email
import email.policy
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.storage.inbox import InboxStore
from tests.inbox.dovecot import Dovecot
from tests.mail.fixtures import USER, Certs, add_account

pytestmark = pytest.mark.usefixtures("mail_env")
SIGNATURE = "С уважением,\nкоманда магазина «Уют»\nozon.ru/seller/uyut"


def _mail(frm: str, subject: str, body: str, mid: str) -> EmailMessage:
    e = EmailMessage()
    e["From"], e["To"], e["Subject"], e["Message-ID"] = frm, "shop@example.com", subject, mid
    e.set_content(body)
    return e


def _account(dovecot: Dovecot, smtp_port: int, ca: Path) -> None:
    from dataclasses import replace

    from ozon_assistant.mail.accounts import AccountStore

    a = add_account(smtp_port, ca)
    AccountStore().put(replace(a, imap_host="127.0.0.1", imap_port=dovecot.port,
                               imap_security="starttls"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _signature(text: str) -> None:
    from ozon_assistant.core import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    quoted = text.replace("\n", "\\n")
    paths.config_file().write_text(f'signature = "{quoted}"\n', encoding="utf-8")


def test_inbox_thank_sends_once_threaded_and_signed_once(
        dovecot: Dovecot, smtp_server, certs: Certs, capsys: pytest.CaptureFixture[str]) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    _signature(SIGNATURE)
    now = time.time()
    dovecot.append(USER, _mail("Мария <maria@example.com>", "Заказ 35142875-0154",
                               "Здравствуйте, заказ 35142875-0154 пришёл с опозданием, но всё "
                               "целое. Спасибо!", "<done@example.com>"),
                   when=now - 5 * 86400, flags="(\\Answered)")
    dovecot.append(USER, _mail("ivan@example.com", "Брак", "Пришёл чайник с трещиной, что "
                               "делать?", "<open@example.com>"), when=now - 3600)
    rc, out, err = _run(capsys, "inbox", "sync")
    assert rc == 0, err
    store = InboxStore()
    try:
        by = {m.subject: m for m in store.messages()}
    finally:
        store.close()
    done, waiting = by["Заказ 35142875-0154"], by["Брак"]

    # not resolved yet: nothing to thank for, one line, nothing queued
    rc, out, err = _run(capsys, "inbox", "thank", str(waiting.id))
    assert rc == 2 and len(err.splitlines()) == 1 and "not answered yet" in err, err
    assert not server.received

    rc, out, err = _run(capsys, "inbox", "thank", str(done.id), "--dry-run")
    assert rc == 0, err
    assert out.startswith("Здравствуйте, Мария!") and "35142875-0154" in out
    assert "С уважением" not in out  # the signature from Settings signs it when it goes
    assert not server.received

    rc, out, err = _run(capsys, "inbox", "thank", str(done.id))
    assert rc == 0, err
    assert "thanked" in out
    [got] = server.received
    sent = email.message_from_bytes(got.data, policy=email.policy.default)
    assert got.recipients == ["maria@example.com"]
    assert sent["In-Reply-To"] == "<done@example.com>"
    assert "<done@example.com>" in sent["References"]
    assert sent["Subject"] == "Re: Заказ 35142875-0154"
    body = sent.get_content()
    assert body.startswith("Здравствуйте, Мария!") and "35142875-0154" in body
    assert body.count("С уважением") == 1 and body.rstrip().endswith("ozon.ru/seller/uyut"), body
    assert "Магазин Уют" not in body  # the template's own sign-off is gone
    store = InboxStore()
    try:
        assert store.get(done.id).thanked
    finally:
        store.close()

    # the second time: refused in one line, nothing sent, nothing queued
    rc, out, err = _run(capsys, "inbox", "thank", str(done.id))
    assert rc == 2 and out == "" and len(err.splitlines()) == 1, err
    assert "thank-you letter" in err and "already" in err and "Traceback" not in err
    assert len(server.received) == 1
    rc, out, err = _run(capsys, "outbox", "list", "--format", "json")
    assert rc == 0 and out.count('"id"') == 1, out


def test_inbox_thank_without_a_signature_keeps_the_letters_own_and_asks_for_missing_fields(
        dovecot: Dovecot, smtp_server, certs: Certs, capsys: pytest.CaptureFixture[str]) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    dovecot.append(USER, _mail("buyer@example.com", "Thanks", "Hello, all sorted now, thank you!",
                               "<en@example.com>"), flags="(\\Answered)")
    rc, _out, err = _run(capsys, "inbox", "sync")
    assert rc == 0, err
    store = InboxStore()
    try:
        [message] = store.messages()
    finally:
        store.close()
    # no order number in the message: said in one line, nothing sent
    rc, _out, err = _run(capsys, "inbox", "thank", str(message.id))
    assert rc == 2 and len(err.splitlines()) == 1 and "--set" in err, err
    assert "order_number" in err and not server.received
    rc, _out, err = _run(capsys, "inbox", "thank", str(message.id), "--set", "buyer_name=Kate",
                        "--set", "order_number=35142875-0160")
    assert rc == 0, err
    body = email.message_from_bytes(server.received[0].data,
                                    policy=email.policy.default).get_content()
    assert body.startswith("Hello, Kate!") and "35142875-0160" in body
    assert body.replace("\r\n", "\n").rstrip().endswith("Best regards,\nМагазин Уют"), body


@pytest.mark.parametrize(("signature", "ending"), [
    ("", "С уважением,\n{shop_name}"),                       # the letter signs itself
    ("С уважением,\nМагазин Уют", "на Ozon."),              # the signature's closing only
    ("Best regards,\nUyut shop", "на Ozon."),
    ("Магазин Уют\nozon.ru/seller/uyut", "на Ozon.\n\nС уважением,"),  # a name alone: the phrase stays
], ids=["no-signature", "ru-closing", "en-closing", "name-alone"])
def test_a_signature_in_settings_takes_the_letters_own_sign_off(signature: str,
                                                                ending: str) -> None:
    from ozon_assistant.inbox.thanks import unsigned

    template = ("Здравствуйте, {buyer_name}!\n\nСпасибо. Мы всегда на связи в чате с продавцом "
                "на Ozon.\n\nС уважением,\n{shop_name}")
    assert unsigned(template, signature).endswith(ending)
    from ozon_assistant.mail.message import body_with_signature

    sent = body_with_signature(unsigned(template, signature), signature)
    assert sent.lower().count("с уважением") + sent.lower().count("best regards") == 1, sent
