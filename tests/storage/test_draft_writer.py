"""The draft writer on a real SQLite file: the caller never waits for the disk, the last state
of each draft is what ends up written, a write that fails is reported and loses nothing on the
caller's side, and closing writes everything handed over."""

from __future__ import annotations

import threading
from pathlib import Path

from ozon_assistant.storage.draft_writer import DraftWriter
from ozon_assistant.storage.drafts import Draft, DraftStore


class _SlowStore(DraftStore):
    """A real store whose disk is stuck until the test lets it go (a busy disk, an antivirus)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.go = threading.Event()
        self.writes: list[str] = []

    def save(self, draft: Draft) -> None:
        assert self.go.wait(10), "the test never released the disk"
        self.writes.append(draft.text)
        super().save(draft)


def test_saving_returns_at_once_while_the_disk_is_stuck_and_the_last_state_wins(
        tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    store = DraftStore(path)
    store.begin_session()
    draft = store.create("chat", "ru")
    errors: list[Exception] = []
    stuck = _SlowStore(path)
    writer = DraftWriter(store, errors.append, opener=lambda _path: stuck)
    for text in ("Здравствуйте", "Здравствуйте, Анна", "Здравствуйте, Анна! Заказ собран."):
        draft.text = text
        writer.save(draft)  # returns although nothing can be written yet
    draft.text = "typed after the last save"  # not part of any save
    assert store.get(draft.id).text == ""
    other = store.create("email", "en")  # the window's own calls are not held up either
    store.delete(other.id)
    assert not writer.flush(timeout=0.2)  # still stuck: flushing gives up when told to
    stuck.go.set()
    assert writer.flush()
    saved = store.get(draft.id)
    assert saved is not None and saved.text == "Здравствуйте, Анна! Заказ собран."
    assert saved.updated > 0
    assert len(stuck.writes) <= 2  # the states queued behind a stuck write became one write
    assert errors == []
    writer.close()


def test_a_failed_write_is_reported_and_the_next_one_goes_through(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    store = DraftStore(path)
    store.begin_session()
    draft = store.create("chat", "ru")
    errors: list[Exception] = []

    def impatient(p: Path) -> DraftStore:  # gives up on a locked file after 50 ms, not 10 s
        own = DraftStore(p)
        own._conn.execute("PRAGMA busy_timeout = 50")
        return own

    writer = DraftWriter(store, errors.append, opener=impatient)
    locker = DraftStore(path)._conn  # another process holds the database: writes time out
    locker.execute("PRAGMA busy_timeout = 0")
    locker.execute("BEGIN IMMEDIATE")
    draft.text = "Спасибо за заказ!"
    writer.save(draft)
    writer.flush()
    assert len(errors) == 1 and "locked" in str(errors[0])  # (the writer's own connection)
    locker.execute("ROLLBACK")
    writer.save(draft)  # the text is still the caller's; the next autosave writes it
    writer.close()
    assert store.get(draft.id).text == "Спасибо за заказ!"
    assert len(errors) == 1


def test_after_closing_saves_are_written_at_once(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d.sqlite3")
    store.begin_session()
    draft = store.create("email", "en", "Dear Anna,")
    writer = DraftWriter(store, lambda exc: None)
    writer.close()
    draft.text = "Dear Anna, thank you."
    writer.save(draft)
    assert store.get(draft.id).text == "Dear Anna, thank you."
