"""Drafts on real SQLite: clean exits reopen, crashes (a real SIGKILL) are recoverable, and two
running windows never take each other's drafts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ozon_assistant.storage.drafts import DraftStore, pid_alive


def test_save_and_read_back(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d.sqlite3")
    store.begin_session()
    d = store.create("review", "ru", "Здравствуйте")
    d.text, d.cursor, d.ignored = "Здравствуйте, Анна 😊", 3, [("all.capitals.caps", "ТЕСЛА")]
    store.save(d)
    again = store.get(d.id)
    assert again is not None
    assert (again.text, again.channel, again.language, again.cursor) == \
        ("Здравствуйте, Анна 😊", "review", "ru", 3)
    assert again.ignored == [("all.capitals.caps", "ТЕСЛА")]


def test_clean_exit_reopens_non_empty_drafts_without_asking(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    first = DraftStore(path)
    first.begin_session()
    first.create("chat", text="Ответ покупателю")
    first.create("chat", text="")  # empty: dropped on exit
    first.end_session()
    first.close()
    second = DraftStore(path)
    second.begin_session()
    assert second.recoverable() == []
    assert [d.text for d in second.reopen()] == ["Ответ покупателю"]
    assert len(second.all()) == 1


def test_a_killed_process_leaves_recoverable_drafts(tmp_path: Path) -> None:
    """A real crash: a child process saves a draft and is killed with SIGKILL."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL here")
    path = tmp_path / "d.sqlite3"
    code = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from ozon_assistant.storage.drafts import DraftStore
        s = DraftStore(Path({str(path)!r}))
        s.begin_session()
        d = s.create("chat", text="Здравствуйте! Черновик до сбоя")
        d.text += " и после"
        s.save(d)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    store = DraftStore(path)
    store.begin_session()
    assert store.reopen() == []  # not silently reopened: offered
    [draft] = store.recoverable()
    assert draft.text == "Здравствуйте! Черновик до сбоя и после"
    store.adopt([draft.id])
    assert store.recoverable() == []
    store.end_session()
    third = DraftStore(path)
    third.begin_session()
    assert [d.text for d in third.reopen()] == ["Здравствуйте! Черновик до сбоя и после"]


def test_discarding_recoverable_drafts_deletes_them(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    crashed = DraftStore(path)
    crashed.begin_session()
    crashed.create("chat", text="потерянный текст")
    crashed.close()  # never ended: as after a crash (same pid, earlier session)
    store = DraftStore(path)
    store.begin_session()
    drafts = store.recoverable()
    assert [d.text for d in drafts] == ["потерянный текст"]
    store.discard(d.id for d in drafts)
    assert store.recoverable() == [] and store.all() == []


def test_a_running_window_keeps_its_drafts(tmp_path: Path) -> None:
    """Another process that is still alive: its session is neither recovered nor reopened."""
    path = tmp_path / "d.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        other = DraftStore(path)
        other.begin_session()
        other._conn.execute("UPDATE sessions SET pid = ?", (child.pid,))
        other.create("chat", text="чужой черновик")
        mine = DraftStore(path)
        mine.begin_session()
        assert mine.recoverable() == [] and mine.reopen() == []
        mine.end_session()
        assert [d.text for d in other.all()] == ["чужой черновик"]
    finally:
        child.kill()
        child.wait()
    assert not pid_alive(child.pid)
    assert pid_alive(os.getpid())
