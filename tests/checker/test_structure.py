"""The whole-reply structure checks on real sentences: the greeting, its misspellings."""

from __future__ import annotations

from ozon_assistant.checker.checks.structure import missing_greeting
from ozon_assistant.checker.context import CheckContext

PARAMS = {"ru": ["Здравствуйте", "Добрый день", "Уважаемый"], "en": ["Hello", "Dear", "Hi"]}


def fixes(text: str, language: str) -> list[tuple[str, tuple[str, ...]]]:
    ctx = CheckContext(language=language)
    return [(text[h.start:h.end], h.replacements) for h in missing_greeting(text, ctx, PARAMS)]


def test_a_reply_without_a_greeting_gets_one_in_front() -> None:
    assert fixes("Ваш заказ отправлен.", "ru") == [("Ваш", ("Здравствуйте! Ваш",))]
    assert fixes("Your parcel is on its way.", "en") == [("Your", ("Hello! Your",))]
    assert fixes("Добрый день! Заказ в пути.", "ru") == []


def test_a_misspelt_russian_greeting_is_left_to_the_speller() -> None:
    assert fixes("Здравсвуйте, Анна! Заказ в пути.", "ru") == []  # two slips in a long word
    assert fixes("Добрвй день! Заказ в пути.", "ru") == []
    # a real word one slip from a greeting is no greeting
    assert fixes("Добрые новости: заказ в пути.", "ru") == [("Добрые", ("Здравствуйте! Добрые",))]
    assert fixes("Уважаем ваше решение.", "ru") == [("Уважаем", ("Здравствуйте! Уважаем",))]


def test_a_latin_near_miss_is_replaced_by_the_greeting_meant() -> None:
    assert fixes("Helo, Anna! Your parcel is on its way.", "en") == [("Helo", ("Hello",))]
    assert fixes("Hallo Anna, your parcel is on its way.", "en") == [("Hallo", ("Hello",))]
