"""Reading a reply from a file: strict UTF-8 for check; a legacy reading only as an offer."""

from __future__ import annotations


def test_a_legacy_reading_is_found_only_where_the_text_reads_as_a_reply() -> None:
    from ozon_assistant.core.textio import legacy_reading

    reply = "Здравствуйте! Спасибо за заказ, Анна.\r\nДо встречи! Размер 42-44, «Уют» №5."
    assert legacy_reading(reply.encode("cp1251")) == ("cp1251", reply.replace("\r\n", "\n"))
    assert legacy_reading(reply.encode("gb18030")) == ("gb18030", reply.replace("\r\n", "\n"))
    koi8 = "Здравствуйте! Спасибо за заказ, Анна. До встречи!".encode("koi8_r")
    assert legacy_reading(koi8) is None  # as Windows-1251 it reads «ъДТБЧУФЧХКФЕ! уРБУЙВП»
    assert legacy_reading(reply.encode("utf-16")) is None
    assert legacy_reading(bytes(range(0x80, 0x100))) is None
    french = "Le café arrivera demain, déjà emballé.".encode("cp1252")  # as 1251: «cafй»
    assert legacy_reading(french) is None
    brand = "Спасибо за отзыв о чехле для iPhone 15. Новый чехол отправим завтра."
    assert legacy_reading(brand.encode("cp1251")) == ("cp1251", brand)
