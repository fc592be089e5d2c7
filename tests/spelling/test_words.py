"""Which tokens the speller looks at."""

from __future__ import annotations

from ozon_assistant.spelling.words import neighbours, words_to_check


def texts(text: str, lang: str = "ru", personal: frozenset[str] = frozenset()) -> list[str]:
    return [w.text for w in words_to_check(text, lang, personal)]


def test_skips_numbers_codes_urls_mail_caps_and_other_script() -> None:
    text = "Модель T480, XPS и МЧС; заказ 123-45; www.ozon.ru и a@b.ru; Ozon и iPhone; 你好 мир"
    assert texts(text) == ["Модель", "заказ", "мир"]  # one-letter words («и») are skipped too


def test_long_all_caps_words_and_hyphenated_words_are_checked() -> None:
    assert texts("ОГРОМНОЕ спасибо, интернет-магазин") == ["ОГРОМНОЕ", "спасибо", "интернет-магазин"]


def test_latin_words_in_english_and_cyrillic_skipped_there() -> None:
    assert texts("Thanks for the order, спасибо", "en") == ["Thanks", "for", "the", "order"]


def test_sentence_starts() -> None:
    words = list(words_to_check("Привет. Как дела? «Хорошо» — Анна", "ru"))
    assert [w.text for w in words if w.sentence_start] == ["Привет", "Как", "Хорошо"]


def test_personal_words_are_skipped_folded() -> None:
    assert texts("Магазин Уютик ждёт", personal=frozenset({"уютик"})) == ["Магазин", "ждёт"]


def test_neighbours_stop_at_punctuation() -> None:
    text = "on the gound, really"
    [w] = [w for w in words_to_check(text, "en") if w.text == "gound"]
    assert neighbours(text, w) == ("the", "")
