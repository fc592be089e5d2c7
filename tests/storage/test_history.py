from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ozon_assistant.core.errors import ConfigError
from ozon_assistant.storage.history import History


def test_add_search_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    h = History(path)
    h.add(action="copy", channel="chat", language="ru", score=10, text="Здравствуйте! Спасибо.")
    h.add(action="copy_override", channel="chat", language="ru", score=3, text="Звоните нам",
          overridden=[{"rule": "all.contacts.phone", "message": "phone"}])
    h.close()
    again = History(path)
    rows = again.search()
    assert [r.action for r in rows] == ["copy_override", "copy"]
    assert rows[0].overridden == [{"rule": "all.contacts.phone", "message": "phone"}]
    assert [r.text for r in again.search("спасибо")] == ["Здравствуйте! Спасибо."]
    assert len(again.recent_texts()) == 2


def test_unknown_action_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        History(tmp_path / "h.sqlite3").add(action="x", channel="chat", language="ru", score=1, text="t")


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(ConfigError) as err:
        History(path)
    assert "newer version" in str(err.value)
