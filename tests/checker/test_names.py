"""checker/checks/names.py: other channels' names in every spelling, and their disguises."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.checks.names import scan_names


def names(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], name) for s, e, _group, name in scan_names(text)]


@pytest.mark.parametrize("text, word", [
    ("Напишите нам в вотсапе, ответим быстрее.", "вотсапе"),
    ("Скиньте фото в телегу, пожалуйста.", "телегу"),
    ("Write to us on WhatsApp and we will sort it out.", "WhatsApp"),
])
def test_a_name_as_written_and_in_its_russian_forms(text: str, word: str) -> None:
    assert [w for w, _ in names(text)] == [word]


@pytest.mark.parametrize("text", [
    "Напишите нам в t e l e g r a m, там быстрее.",
    "Пишите в т.е.л.е.г.р.а.м — ответим сразу.",
    "Message us on w*h*a*t*s*a*p*p today.",
])
def test_letters_set_apart_are_one_name(text: str) -> None:
    [(word, _name)] = names(text)
    assert len(word.replace(" ", "").replace(".", "").replace("*", "")) >= 8


@pytest.mark.parametrize("text", [
    "Напишите нам в тeлeгрaм, там быстрее.",  # Latin e and a inside a Cyrillic word
    "Contact us on telegr4m for a discount.",  # a digit for a letter
])
def test_look_alike_letters_and_digits_are_seen_through(text: str) -> None:
    assert len(names(text)) == 1


def test_a_name_cut_into_pieces() -> None:
    assert len(names("Find us on whats app, we reply within the hour.")) == 1


@pytest.mark.parametrize("text", [
    "Здравствуйте! Спасибо за заказ, посылка уже в пути.",
    "Мы в контакте с курьером и сообщим, когда он приедет.",  # ordinary Russian
    "Your order 35142875-0153-1 has been handed to the courier.",
])
def test_ordinary_replies_name_no_channel(text: str) -> None:
    assert names(text) == []
