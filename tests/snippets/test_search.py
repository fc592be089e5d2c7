"""Search as you type: inflection, typos, prefixes, three languages, usage boosts."""

from __future__ import annotations

import pytest

from ozon_assistant.snippets.service import SnippetService


def ids(service: SnippetService, query: str) -> list[str]:
    return [h.snippet.id for h in service.search(query)]


@pytest.mark.parametrize("query", ["возврат", "возврата", "возвратом", "возвраты ", "ВОЗВРАТ"])
def test_russian_inflection_finds_the_lemma(service: SnippetService, query: str) -> None:
    assert ids(service, query)[0] == "return-howto-steps"


@pytest.mark.parametrize("query", ["возрват", "вазврат", "retrun", "tracknig", "задерржка"])
def test_one_typo_is_tolerated(service: SnippetService, query: str) -> None:
    found = ids(service, query)
    assert found, query
    assert found[0] in {"return-howto-steps", "order-status-in-transit", "delivery-delay-apology"}


def test_typing_a_prefix_finds_the_word(service: SnippetService) -> None:
    assert ids(service, "задерж")[0] == "delivery-delay-apology"
    assert ids(service, "trac")[0] == "order-status-in-transit"


def test_english_and_chinese(service: SnippetService) -> None:
    assert ids(service, "returns")[0] == "return-howto-steps"
    assert ids(service, "退货")[0] == "return-howto-steps"
    assert ids(service, "尺码")[0] == "return-size-exchange"


def test_more_query_words_matched_ranks_first(service: SnippetService) -> None:
    assert ids(service, "вернуть размер")[0] == "return-size-exchange"
    assert ids(service, "заказ задержка")[0] == "delivery-delay-apology"


def test_placeholder_names_are_not_searchable(service: SnippetService) -> None:
    assert "order-status-in-transit" not in ids(service, "buyer_name")


def test_nothing_found(service: SnippetService) -> None:
    assert ids(service, "zzzqqq") == []


def test_category_filter(service: SnippetService) -> None:
    """The filter keeps exactly the (one-word) query's hits of that category, in their order."""
    everything = service.search("заказ", limit=1000)
    assert {h.snippet.category for h in everything} > {"order_status"}  # there is something to drop
    filtered = service.search("заказ", limit=1000, category="order_status")
    assert [h.snippet.id for h in filtered] == \
        [h.snippet.id for h in everything if h.snippet.category == "order_status"] != []
