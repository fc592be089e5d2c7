"""checker/checks/disguise.py: look-alike letters folded, numbers read in words, spaced letters."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.checks.disguise import despaced, lower, number_atoms, skeleton


@pytest.mark.parametrize("disguised, plain", [
    ("тeлeгрaм", "телеграм"),  # Latin e and a in a Cyrillic word
    ("whatsаpp", "whatsapp"),  # a Cyrillic а in a Latin word
    ("telegr4m", "telegram"),
    ("v1ber", "viber"),
])
def test_look_alikes_share_the_plain_words_skeleton(disguised: str, plain: str) -> None:
    assert skeleton(disguised) == skeleton(plain)
    assert disguised != plain


def test_a_plain_number_stays_a_number() -> None:
    assert skeleton("1688") == "1688"
    assert skeleton("Телеграм") == skeleton("телеграм")


def test_lower_keeps_every_offset() -> None:
    text = "İSTANBUL и ЗВОНИТЕ"
    assert len(lower(text)) == len(text)
    assert lower(text).endswith("звоните")


def test_a_phone_in_words_reads_as_its_digit_groups() -> None:
    groups = [a.digits for a in number_atoms("Звоните: восемь девятьсот двенадцать триста сорок пять")]
    assert groups == ["8", "912", "345"]
    text = "call nine hundred twelve"
    assert [a.digits for a in number_atoms(text)] == ["912"]


def test_digits_only_when_words_are_not_read() -> None:
    assert [a.digits for a in number_atoms("заказ 35142875 и восемь", words=False)] == ["35142875"]


def test_letters_set_apart_close_up_with_a_map_back() -> None:
    text = "Пишите на s h o p @ m a i l . r u сегодня"
    [(start, joined, index)] = despaced(text)
    assert joined == "shop@mail.ru"
    at = joined.index("@")
    assert text[start + index[at]] == "@"
