"""Words in quotation marks are someone else's: style findings there are dropped (as proselint
does), what a reply must never carry is still reported."""

from __future__ import annotations

import pytest

from ozon_assistant.core.text import quoted_spans
from tests.checker.helpers import check


@pytest.mark.parametrize(("text", "inside"), [
    ("Вы пишете: «ПОЧЕМУ ТАК ДОЛГО???» — понимаем.", ["ПОЧЕМУ ТАК ДОЛГО???"]),
    ("«внешняя „внутренняя“ цитата» и «ещё»", ["внешняя „внутренняя“ цитата", "ещё"]),
    ("«вложенные «кавычки» тоже» конец", ["вложенные «кавычки» тоже"]),
    ('You wrote "WHERE IS MY ORDER" and “thx”.', ["WHERE IS MY ORDER", "thx"]),
    ('Экран 15" и больше ничего', []),  # an inch sign opens nothing
    ("«Незакрытая цитата до конца", []),
])
def test_quoted_spans(text: str, inside: list[str]) -> None:
    assert [text[a:b] for a, b in quoted_spans(text)] == inside


def categories(text: str) -> set[str]:
    return {f.category for f in check(text, "ru").findings}


def test_the_buyers_words_in_quotes_are_not_the_sellers_style() -> None:
    quoted = ("Здравствуйте! Вы написали: «ГДЕ МОЙ ЗАКАЗ??? щас напишу жалобу 😡». "
              "Приносим извинения: посылка уже в пункте выдачи.")
    assert not {"capitals", "punctuation", "emoticons", "formality"} & categories(quoted)
    said = ("Здравствуйте! ГДЕ ВАШ ЗАКАЗ??? щас проверим 😡 "
            "Приносим извинения: посылка уже в пункте выдачи.")
    assert {"capitals", "punctuation", "emoticons", "formality"} <= categories(said)


def test_what_a_reply_must_never_carry_counts_inside_quotes_too() -> None:
    contact = check("Здравствуйте! Напишите нам в «Телеграм: @shop_uyut», там ответим быстрее.",
                    "ru")
    assert "contacts" in {f.category for f in contact.findings} and not contact.approved
    insult = check("Здравствуйте! Вы просто «идиот», раз не прочитали описание.", "ru")
    assert "rudeness" in {f.category for f in insult.findings} and not insult.approved
