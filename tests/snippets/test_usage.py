"""Usage counts, favourites and remembered values in a real SQLite file."""

from __future__ import annotations

from pathlib import Path

from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.snippets.usage import REMEMBER_PER_FIELD, UsageStore


def test_counts_recent_and_favourites_survive_reopening(tmp_path: Path) -> None:
    db = tmp_path / "u.sqlite3"
    store = UsageStore(db)
    store.record_use("a")
    store.record_use("b")
    store.record_use("a")
    store.set_favourite("c")
    store.close()
    again = UsageStore(db)
    assert again.counts() == {"a": 2, "b": 1}
    assert again.recent() == ["a", "b"]
    assert again.favourites() == {"c"}
    boosts = again.boosts()
    assert boosts["c"] > boosts["a"] > boosts["b"] > 0
    again.set_favourite("c", False)
    again.forget("a")
    assert again.favourites() == set() and "a" not in again.counts()
    again.close()


def test_remembered_values_newest_first_and_bounded(tmp_path: Path) -> None:
    store = UsageStore(tmp_path / "u.sqlite3")
    for i in range(REMEMBER_PER_FIELD + 3):
        store.remember_value("shop_name", f"shop {i}")
    store.remember_value("shop_name", "shop 0")
    store.remember_value("shop_name", "  ")
    values = store.recent_values("shop_name")
    assert values[0] == "shop 0" and len(values) == REMEMBER_PER_FIELD
    assert store.recent_values("other") == []
    store.close()


def test_service_remembers_only_fields_marked_remember(service: SnippetService) -> None:
    service.record_use("order-status-in-transit",
                       {"shop_name": "магазин «Уют»", "buyer_name": "Анна"})
    assert service.usage.recent_values("shop_name") == ["магазин «Уют»"]
    assert service.usage.recent_values("buyer_name") == []
    assert service.usage.counts() == {"order-status-in-transit": 1}


def test_favourites_and_use_sort_search_results(service: SnippetService) -> None:
    first = [h.snippet.id for h in service.search("")]
    target = first[-1]
    service.usage.set_favourite(target)
    assert service.search("")[0].snippet.id == target
