"""The inbox message a draft answers is kept with the draft (issue 21): a drafts file of the
version before it is migrated in place, its drafts kept, and the link survives a restart."""

from __future__ import annotations

from pathlib import Path

from ozon_assistant.storage.db import connect
from ozon_assistant.storage.drafts import MIGRATIONS, DraftStore


def test_an_older_drafts_file_gains_the_link_and_keeps_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    old = connect(path, MIGRATIONS[:1])  # as the app before the inbox left it
    with old:
        old.execute("INSERT INTO drafts (created, updated, channel, language, text) "
                    "VALUES (1, 1, 'email', 'ru', 'Здравствуйте, Анна!')")
    old.close()

    store = DraftStore(path)
    store.begin_session()
    [draft] = store.reopen()
    assert draft.text == "Здравствуйте, Анна!" and draft.inbox_message is None
    assert draft.inbox_kind == ""
    draft.inbox_message, draft.inbox_kind = 7, "thanks"
    store.save(draft)
    store.end_session()
    store.close()

    again = DraftStore(path)
    again.begin_session()
    [back] = again.reopen()
    assert (back.id, back.inbox_message, back.inbox_kind) == (draft.id, 7, "thanks")
    plain = again.create("chat", text="Спасибо!")
    assert again.get(plain.id).inbox_message is None  # a draft of its own answers nothing
    again.close()
