"""Items 6 and 7: the databases under an unlucky or hostile disk. The drafts file deleted while
the window runs is made again, the seller is told and nothing typed afterwards is lost; a full
disk, a drafts file damaged in the middle or locked by another program (``BEGIN EXCLUSIVE`` in a
real process), ``outbox list`` on a damaged outbox and ``send`` on a locked one: each is one
clear line (in the window, in its language), a damaged file is renamed aside and kept, never
deleted, and the app goes on."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from ozon_assistant.core import paths
from ozon_assistant.storage.drafts import DraftStore
from tests.faults.helpers import cli, one_line
from tests.mail.fixtures import mail_env
from tests.ui.compose_helpers import type_text

__all__ = ["mail_env"]  # a fixture

# -- helpers -------------------------------------------------------------------------------------


def drafts_in(path: Path) -> list[str]:
    """The texts of the drafts in the database at ``path``, read by a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM drafts WHERE text != '' ORDER BY id")]
    finally:
        conn.close()


def damage_in_the_middle(path: Path) -> bytes:
    """Overwrite the page in the middle of the file with garbage (the header stays sound, so
    the file opens; a read of the middle fails). The damaged bytes."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // 2) // page * page
    data[middle:middle + page] = b"\x55" * page
    path.write_bytes(bytes(data))
    return bytes(data)


def drafts_with_text(n: int = 30) -> Path:
    """A drafts database left by an earlier run: ``n`` long drafts, spread over many pages."""
    store = DraftStore()
    store.begin_session()
    for i in range(n):
        store.create("chat", "ru", "Здравствуйте! Спасибо за заказ. " * 120 + str(i))
    store.end_session()
    store.close()
    return store.path


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program (a real process) holding ``BEGIN EXCLUSIVE`` on the database at
    ``path`` until the block ends."""
    code = ("import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\nprint('held', flush=True)\ntime.sleep(300)\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.kill()
        holder.wait(30)


def set_aside_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + ".damaged-")
                  and not p.name.endswith(("-wal", "-shm")))


# -- item 6: the drafts file deleted while the window runs ----------------------------------------


@pytest.mark.parametrize("what", ["the file", "the file, its -wal and -shm"])
def test_deleting_the_drafts_file_while_typing_loses_nothing_typed_afterwards(
        qtbot, make_window, what: str) -> None:
    w = make_window()
    first = w.current_tab()
    type_text(first.editor, "Здравствуйте, Анна!")
    second = w.new_draft("Добрый день! Ответ второму покупателю.")
    w.tabs.setCurrentWidget(first)
    first.save()
    second.save()
    assert w.draft_writer.flush(10)
    path = paths.drafts_db()
    path.unlink()
    if what != "the file":
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    type_text(first.editor, " Посылка уже в пути.")  # typed after the deletion
    # the next autosave finds the file gone: it is made again and the seller is told
    qtbot.waitUntil(lambda: path.exists() and "Посылка уже в пути." in " ".join(drafts_in(path)),
                    timeout=10000)
    assert "was deleted" in w.statusBar().currentMessage()
    assert sorted(drafts_in(path)) == sorted(["Здравствуйте, Анна! Посылка уже в пути.",
                                              "Добрый день! Ответ второму покупателю."])
    type_text(first.editor, " Хорошего дня!")  # and typing goes on into the new file
    qtbot.waitUntil(lambda: "Хорошего дня!" in " ".join(drafts_in(path)), timeout=10000)
    w.shutdown()
    again = make_window()
    texts = sorted(t.text() for t in again.compose_tabs())
    assert texts == ["Добрый день! Ответ второму покупателю.",
                     "Здравствуйте, Анна! Посылка уже в пути. Хорошего дня!"]


def test_a_drafts_file_deleted_after_the_last_autosave_is_made_again_on_closing(
        make_window) -> None:
    w = make_window()
    tab = w.current_tab()
    type_text(tab.editor, "Здравствуйте! Заказ отправлен.")
    tab.save()
    assert w.draft_writer.flush(10)
    path = paths.drafts_db()
    path.unlink()
    w.shutdown()  # nothing typed since: the clean exit still finds the file gone
    assert drafts_in(path) == ["Здравствуйте! Заказ отправлен."]


# -- item 7: the drafts file damaged or locked at start -------------------------------------------


def test_a_drafts_file_damaged_in_the_middle_is_set_aside_and_the_window_opens(
        qtbot, make_window) -> None:
    path = drafts_with_text()
    damaged = damage_in_the_middle(path)
    w = make_window()  # it raised "database disk image is malformed"
    [kept] = set_aside_copies(path)
    assert kept.read_bytes() == damaged  # kept for recovery, byte for byte
    box = w.drafts_error_box
    assert box is not None and str(kept) in box.text() and "nothing in it was deleted" in box.text()
    tab = w.current_tab()
    type_text(tab.editor, "Здравствуйте! Новый черновик.")
    tab.save()
    assert w.draft_writer.flush(10)
    assert drafts_in(path) == ["Здравствуйте! Новый черновик."]


def test_a_drafts_file_damaged_in_the_middle_is_said_in_russian(qtbot, make_window) -> None:
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text('ui_lang = "ru"\n', encoding="utf-8")
    damage_in_the_middle(drafts_with_text())
    w = make_window()
    text = w.drafts_error_box.text()
    assert "переименован" in text and "could not be read" not in text, text


def test_a_drafts_file_locked_by_another_program_leaves_the_window_running(
        qtbot, make_window) -> None:
    path = drafts_with_text(3)
    before = path.read_bytes()
    with held_exclusively(path):
        w = make_window()  # it raised "database is locked" after 10 s
        box = w.drafts_error_box
        assert box is not None and "in use by another program" in box.text(), box.text()
        assert str(path) in box.text() and "not saved as a draft" in box.text()
        tab = w.current_tab()
        type_text(tab.editor, "Здравствуйте!")  # the window works
        assert tab.text() == "Здравствуйте!"
        w.shutdown()
    assert path.read_bytes() == before and not set_aside_copies(path)  # the file left alone
    assert len(drafts_in(path)) == 3


# -- item 7: the outbox ---------------------------------------------------------------------------


def outbox_with_messages(n: int = 20) -> Path:
    from ozon_assistant.mail.outbox import Outbox

    box = Outbox()
    for i in range(n):
        box.add(account="default", message_id=f"<m{i}@example.com>", sender="shop@example.com",
                recipients=("buyer@example.com",), to="buyer@example.com", cc="",
                subject=f"Заказ {i}", raw=b"Subject: x\r\n\r\n" + b"text " * 2000, meta={})
    box.close()
    return box.path


def test_outbox_list_on_a_damaged_outbox_sets_it_aside_in_one_line() -> None:
    path = outbox_with_messages()
    damaged = damage_in_the_middle(path)
    r = cli("outbox", "list")  # it was a traceback
    assert r.returncode == 0, r.stderr
    line = one_line(r.stderr)
    [kept] = set_aside_copies(path)
    assert line == (f"ozon-assistant: warning: {path} was damaged: it was renamed to {kept} and "
                    "kept for recovery (nothing in it was deleted); a new outbox was started, so "
                    "the messages in the damaged one are not here")
    assert kept.read_bytes() == damaged
    assert r.stdout.strip() == "the outbox is empty"
    again = cli("outbox", "list", "--format", "json")
    assert again.returncode == 0 and again.stderr == "" and again.stdout.strip() == "[]"


def test_send_on_a_locked_outbox_is_one_line_and_sends_nothing(tmp_path: Path, mail_env) -> None:
    from tests.mail.fixtures import add_account

    add_account(2, security="none", password=None)  # port 2: nothing listens, nothing is sent
    path = outbox_with_messages(1)
    reply = tmp_path / "reply.txt"
    reply.write_text("Здравствуйте! Ваш заказ отправлен, ожидайте доставку в пятницу.",
                     encoding="utf-8")
    with held_exclusively(path):
        r = cli("send", str(reply), "--to", "buyer@example.com", "--subject", "Заказ 1",
                env=dict(os.environ))
    assert r.returncode == 2, r.stdout + r.stderr
    assert one_line(r.stderr) == (f"ozon-assistant: {path}: the database is in use by another "
                                  "program (it is locked); nothing was changed: try again when "
                                  "that program is done")
    assert not set_aside_copies(path)
    assert cli("outbox", "list", "--format", "json").stdout.count('"id"') == 1  # nothing added


# -- item 7: a full disk --------------------------------------------------------------------------


@contextmanager
def full_disk(base: Path, size: str = "64k") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``base`` (``fill`` then takes every free byte:
    every write there fails with ENOSPC); skipped where mounting is not allowed."""
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                            str(base)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield base
    finally:
        subprocess.run(["umount", "-l", str(base)], capture_output=True)


def fill(folder: Path) -> None:
    """Take every free byte of the disk ``folder`` is on."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        for size in (4096, 512, 1):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                pass


def home_on(disk: Path, tmp_path: Path) -> Path:
    """An app home whose config and data are on ``disk``; its cache (compiled rules, which
    alone would fill 64 KB) elsewhere."""
    home = disk / "home"
    (home / "data").mkdir(parents=True)
    (tmp_path / "cache").mkdir()
    (home / "cache").symlink_to(tmp_path / "cache")
    return home


def test_start_up_and_commands_on_a_full_disk(tmp_path: Path, monkeypatch) -> None:
    with full_disk(tmp_path / "disk") as disk:
        home = home_on(disk, tmp_path)
        fill(disk)
        env = dict(os.environ, OZON_ASSISTANT_HOME=str(home))
        monkeypatch.setenv("OZON_ASSISTANT_HOME", str(home))
        r = cli("--no-first-run", "--quit-after-start", env=env)  # the window, started and closed
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        reply = tmp_path / "reply.txt"
        reply.write_text("Здравствуйте! Спасибо за заказ.", encoding="utf-8")
        r = cli("check", str(reply), env=env)
        assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
        r = cli("outbox", "list", env=env)
        assert r.returncode == 2 and "the disk is full" in one_line(r.stderr), r.stderr


def test_the_window_on_a_full_disk_says_so_and_keeps_the_text(tmp_path: Path, monkeypatch,
                                                              qtbot, make_window) -> None:
    with full_disk(tmp_path / "disk", "512k") as disk:  # room for the drafts' WAL files
        home = home_on(disk, tmp_path)
        monkeypatch.setenv("OZON_ASSISTANT_HOME", str(home))
        w = make_window()  # the drafts file is made while there is room
        tab = w.current_tab()
        type_text(tab.editor, "Здравствуйте!")
        tab.save()
        assert w.draft_writer.flush(10)
        fill(disk)
        type_text(tab.editor, " Заказ отправлен. " * 400)  # more than any free page holds
        tab.save()
        qtbot.waitUntil(lambda: "the disk is full: nothing could be written" in
                        w.statusBar().currentMessage(), timeout=10000)
        assert tab.text().startswith("Здравствуйте! Заказ отправлен.")  # on screen, untouched
        (disk / "filler").unlink()  # room again: the next autosave writes it
        type_text(tab.editor, "!")
        qtbot.waitUntil(lambda: drafts_in(paths.drafts_db()) == [tab.text()], timeout=10000)
        w.shutdown()
