"""The drafts file went while the window runs (deleted by hand or by a cleaning tool, or another
file put in its place): made again, every open draft saved into it, and the seller told.

SQLite keeps writing into a deleted file without a word, and that file is gone at the next
start: everything typed after the deletion would be lost. The store refuses such a write
(:class:`~ozon_assistant.storage.drafts.DraftsGone`) and the window comes here. Both
connections to the old file are closed first (SQLite's -wal and -shm files are named after the
path, so a new file must never share them with the old one), leftovers of the old file are
renamed aside, never deleted, and a new session is begun in the new file with every tab's text.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ozon_assistant.core.errors import OzonError
from ozon_assistant.storage.draft_writer import DraftWriter
from ozon_assistant.storage.drafts import DraftStore
from ozon_assistant.ui.shared.error_text import error_text

if TYPE_CHECKING:
    from ozon_assistant.ui.window.main_window import MainWindow


def recreate_drafts(w: MainWindow) -> bool:
    """Make the drafts file again and save every open draft into it; True when done. Nothing
    happens when the window's file is still in place (a late failure from before a recovery)."""
    old = w.drafts
    if old is None or not old.gone():
        return False
    if w.draft_writer is not None:
        w.draft_writer.close(timeout=2)  # its own connection to the old file closes with it
    old.close()
    if not old.path.exists():  # the old file's -wal and -shm, if someone else keeps them
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for suffix in ("-wal", "-shm"):
            side = old.path.with_name(old.path.name + suffix)
            if side.exists():
                try:
                    os.rename(side, side.with_name(f"{side.name}.left-{stamp}"))
                except OSError:
                    pass
    try:
        store = DraftStore(old.path)
        store.begin_session()
        for position, tab in enumerate(w.compose_tabs()):
            draft = store.create(tab.draft.channel, tab.draft.language, tab.text(), position)
            tab.draft.id = draft.id
    except OzonError as exc:
        w.drafts = w.draft_writer = None
        w.status_message(QCoreApplication.translate(
            "MainWindow", "The drafts file was deleted and cannot be made again: %1 Your "
            "drafts stay on screen but are not saved.").replace("%1", error_text(exc)))
        return False
    w.drafts = store
    w.draft_writer = DraftWriter(store, w._draft_not_saved.emit)
    for tab in w.compose_tabs():
        tab.save()  # the cursor, the choices and the ignored findings too
    w.status_message(QCoreApplication.translate(
        "MainWindow", "The drafts file %1 was deleted while the app was open: it was made "
        "again and every open draft was saved into it.").replace("%1", str(old.path)))
    return True
