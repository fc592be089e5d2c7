"""Message building, validation and the buyer's .eml: the parts that need no server."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from ozon_assistant.core.errors import InputError
from ozon_assistant.mail import eml, validate
from ozon_assistant.mail.accounts import Account
from ozon_assistant.mail.errors import MailInputError
from ozon_assistant.mail.message import (
    Draft,
    body_with_signature,
    build,
    order_number,
    seven_bit,
    suggested_subject,
)
from tests.mail.fixtures import BUYER_EML

ACCOUNT = Account(name="default", host="127.0.0.1", port=25, security="none", user="",
                  from_addr="shop@example.com", display_name="Магазин «Уют», ООО")


def _parse(raw: bytes):  # type: ignore[no-untyped-def]
    return message_from_bytes(raw, policy=policy.default)


def test_order_number_and_subject() -> None:
    assert order_number("Ваш заказ 35142875-0153-1 в пути") == "35142875-0153-1"
    assert order_number("Заказ 35142875-0153 собран") == "35142875-0153"
    assert order_number("телефон 8-912-345-67-89") is None
    assert order_number("135142875-0153-1") is None  # longer runs are not order numbers
    assert suggested_subject("Заказ 35142875-0153-1 передан", "ru") == "Заказ 35142875-0153-1"
    assert suggested_subject("Order 35142875-0153-1 shipped", "en") == "Order 35142875-0153-1"
    assert suggested_subject("Спасибо за отзыв!") == ""


def test_signature_added_once() -> None:
    assert body_with_signature("Текст\r\n", "С уважением,\nУют") == "Текст\n\nС уважением,\nУют\n"
    assert body_with_signature("Текст\n\nС уважением,\nУют", "С уважением,\nУют") == \
        "Текст\n\nС уважением,\nУют\n"
    assert body_with_signature("Текст", "") == "Текст\n"


def test_build_encodes_headers_and_keeps_utf8_body() -> None:
    draft = Draft(to=("Анна Петрова <anna@пример.рф>",), cc=("petr@example.com",),
                  subject="Заказ 35142875-0153-1: доставка", text="Здравствуйте!\n.строка с точкой",
                  in_reply_to="<buyer-1@mail.example.org>",
                  references=("<root@mail.example.org> junk <buyer-1@mail.example.org>",))
    built = build(ACCOUNT, draft, signature="Уют")
    raw = built.as_bytes()
    head, body = raw.split(b"\r\n\r\n", 1)
    assert head.isascii()
    assert b"\r\n" in head and b"\n" not in head.replace(b"\r\n", b"")
    msg = _parse(raw)
    assert msg["From"].addresses[0].display_name == "Магазин «Уют», ООО"
    assert msg["To"].addresses[0].domain == "xn--e1afmkfd.xn--p1ai"  # IDN as punycode
    assert str(msg["Subject"]) == "Заказ 35142875-0153-1: доставка"
    assert str(msg["In-Reply-To"]) == "<buyer-1@mail.example.org>"
    assert str(msg["References"]).split() == ["<root@mail.example.org>", "<buyer-1@mail.example.org>"]
    assert built.recipients == ("anna@xn--e1afmkfd.xn--p1ai", "petr@example.com")
    assert msg["Message-ID"] == built.message_id
    assert msg.get_content().replace("\r\n", "\n") == "Здравствуйте!\n.строка с точкой\n\nУют\n"
    assert "Здравствуйте".encode() in body
    # for a server without 8BITMIME: same headers, base64 body, same text
    seven = seven_bit(raw)
    assert seven.isascii()
    again = _parse(seven)
    assert again["Message-ID"] == built.message_id and again["Date"] == msg["Date"]
    assert again.get_content().replace("\r\n", "\n") == msg.get_content().replace("\r\n", "\n")


def test_each_build_gets_a_new_message_id() -> None:
    draft = Draft(to=("anna@example.com",), subject="s", text="t")
    assert build(ACCOUNT, draft).message_id != build(ACCOUNT, draft).message_id


@pytest.mark.parametrize("draft", [
    Draft(to=(), subject="s", text="t"),
    Draft(to=("anna@example.com",), subject="  ", text="t"),
    Draft(to=("anna@example.com",), subject="s", text=" \n "),
    Draft(to=("anna@example.com\nBcc: x@example.com",), subject="s", text="t"),
    Draft(to=("anna@example.com",), subject="s\x00", text="t"),
    Draft(to=("anna@example.com",), subject="s" * 1000, text="t"),
])
def test_build_refuses_bad_drafts(draft: Draft) -> None:
    with pytest.raises(MailInputError):
        build(ACCOUNT, draft)


def test_address_list_forms() -> None:
    got = validate.address_list("--to", ["a@example.com, Б <b@example.com>; a@EXAMPLE.com", "c@ex.co"])
    assert [a.addr_spec for a in got] == ["a@example.com", "b@example.com", "c@ex.co"]
    assert got[1].display_name == "Б"
    assert validate.message_ids("<a@b> <bad> <c@d>\r\nX: y") == ["<a@b>", "<c@d>"]


def test_eml_reply_fields(tmp_path: Path) -> None:
    p = tmp_path / "buyer.eml"
    p.write_bytes(BUYER_EML)
    buyer = eml.read(p)
    assert buyer.reply_to == "anna.reply@example.org"
    assert buyer.sender == "Анна <anna@example.org>"
    assert buyer.reply_subject == "Re: Заказ не пришёл"  # no "Re: Re:"
    assert buyer.message_id == "<buyer-2@example.org>"
    assert buyer.thread_references == ("<shop-1@example.com>", "<buyer-2@example.org>")
    assert buyer.text.startswith("Где мой заказ")
    built = build(ACCOUNT, Draft(to=(buyer.reply_to,), subject=buyer.reply_subject, text="Ответ",
                                 in_reply_to=buyer.message_id, references=buyer.thread_references))
    msg = _parse(built.as_bytes())
    assert str(msg["In-Reply-To"]) == "<buyer-2@example.org>"
    assert str(msg["References"]) == "<shop-1@example.com> <buyer-2@example.org>"


def test_eml_pasted_headers_html_and_errors(tmp_path: Path) -> None:
    pasted = "\n\nFrom: Buyer <b@example.org>\nSubject: Question\nMessage-ID: <q@example.org>\n"
    buyer = eml.parse(pasted.encode())
    assert (buyer.reply_to, buyer.reply_subject, buyer.text) == ("b@example.org", "Re: Question", "")
    html_mail = ("From: b@example.org\r\nSubject: Вопрос\r\nContent-Type: text/html; charset=utf-8"
                 "\r\n\r\n<p>Размер <b>M</b> есть?</p><script>x()</script>").encode()
    assert eml.parse(html_mail).text == "Размер M есть?"
    with pytest.raises(MailInputError):
        eml.parse(b"Subject: no sender\r\n\r\nbody")
    with pytest.raises(MailInputError):
        eml.parse(b"From: not-an-address\r\n\r\nbody")
    with pytest.raises(InputError):
        eml.read(tmp_path / "missing.eml")
