"""Marketplace words ship with the app: sellers never see «Ozon» or «промокод» flagged."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.spelling.domain import domain_words
from ozon_assistant.spelling.speller import shared_speller


def test_domain_list_loads_and_has_no_comments() -> None:
    words = domain_words()
    assert {"ozon", "промокод", "промокодами", "маркетплейс"} <= words
    assert not any(w.startswith("#") for w in words)


@pytest.mark.parametrize("text,lang", [
    ("Your Ozon order is on its way.", "en"),
    ("Промокоды действуют на маркетплейсе Озон.", "ru"),
    ("Заберите заказ из постамата по трек-номеру.", "ru"),
])
def test_domain_words_are_not_flagged(text: str, lang: str) -> None:
    found = shared_speller().check_paragraph(text, CheckContext(language=lang))
    assert not found, [text[f.start:f.end] for f in found]


def test_a_real_typo_is_still_flagged() -> None:
    ctx = CheckContext(language="ru")
    found = shared_speller().check_paragraph("Ваш пормокод уже в личном кабинете.", ctx)
    assert [f.category for f in found] == ["spelling"]
