"""Issue 18, item 14: what `send` refuses, and says. A forced unapproved send goes out only when
the history can record the override (a read-only or locked history file refused it after the
message had left: the server had it, the history had nothing); a subject taken from a buyer's
.eml that cannot be used is said as the .eml's problem, never as a `--subject` the seller did
not give; a damaged outbox that `send` sets aside is said on stderr. Real processes, real files,
aiosmtpd on 127.0.0.1, keyrings.alt's file keyring."""

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
from ozon_assistant.storage.history import History
from tests.faults.helpers import cli, one_line
from tests.mail.fixtures import Certs, add_account, certs, mail_env, smtp_server

__all__ = ["certs", "mail_env", "smtp_server"]  # fixtures

#: an unapproved reply: a phone number and a shout (errors), sent only with --force
UNAPPROVED = "ЗВОНИТЕ +7 912 345-67-89!!! Привет, норм)))"
APPROVED = ("Здравствуйте, Анна! Спасибо за заказ 35142875-0153-1. Посылка передана в доставку, "
            "ожидаемая дата указана в личном кабинете Ozon.\n\nС уважением,\nмагазин «Уют»")


def history_with_a_row() -> Path:
    history = History()
    history.add(action="copy", channel="chat", language="ru", score=10, text="Спасибо!")
    history.close()
    return paths.history_db()


def history_rows(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT action FROM history ORDER BY id")]
    finally:
        conn.close()


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """``path`` read-only for the processes started meanwhile: by its mode, or, for root (whom
    no mode bit stops), as a read-only bind mount of the file itself."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["mount", "--bind", str(path), str(path)],
                      capture_output=True).returncode != 0:
        pytest.skip("running as root and cannot mount a read-only file here")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(path)],
                          capture_output=True).returncode != 0:
            pytest.skip("running as root and cannot remount a file read-only here")
        yield
    finally:
        subprocess.run(["umount", str(path)], capture_output=True, check=True)


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program (a real process) holding ``BEGIN EXCLUSIVE`` on the database."""
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


def outbox_count() -> int:
    return cli("outbox", "list", "--format", "json").stdout.count('"id"')


# -- a forced unapproved send and a history that cannot record it ---------------------------------


@pytest.mark.parametrize("how", ["read-only", "locked"])
def test_a_forced_send_is_refused_when_history_cannot_record_the_override(
        how: str, smtp_server, certs: Certs, mail_env, tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    history = history_with_a_row()
    reply = tmp_path / "bad.txt"
    reply.write_text(UNAPPROVED, encoding="utf-8")
    hold = read_only_file(history) if how == "read-only" else held_exclusively(history)
    with hold:
        r = cli("send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1",
                "--force", env=dict(os.environ))
    assert server.received == [], "the message went out with no record of the override"
    assert r.returncode == 2, r.stdout + r.stderr
    line = one_line(r.stderr)
    assert line.startswith(f"ozon-assistant: {history}: the history cannot be written ("), line
    assert line.endswith("so sending an unapproved reply anyway cannot be recorded: nothing "
                         "was sent"), line
    assert ("locked" if how == "locked" else "read-only") in line
    assert outbox_count() == 0  # not even queued
    assert history_rows(history) == ["copy"]
    # the history writable again: the same command sends, and the override is recorded
    r = cli("send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1", "--force",
            env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    assert len(server.received) == 1
    assert history_rows(history) == ["copy", "send_override"]


def test_an_approved_send_does_not_need_the_history(smtp_server, certs: Certs, mail_env,
                                                    tmp_path: Path) -> None:
    """Only an override must be recorded before it leaves: an approved reply still goes out
    with a locked history (a warning says the history missed it)."""
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    history = history_with_a_row()
    reply = tmp_path / "good.txt"
    reply.write_text(APPROVED, encoding="utf-8")
    with read_only_file(history):
        r = cli("send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1",
                env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    assert len(server.received) == 1


def test_the_window_says_why_in_russian(qapp, speak, smtp_server, certs: Certs, mail_env) -> None:
    """The same refusal through the core, in the window's words (Russian)."""
    from ozon_assistant.core.settings import Settings
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.errors import MailInputError
    from ozon_assistant.mail.message import Draft
    from ozon_assistant.ui.shared.error_text import error_text

    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    history = history_with_a_row()
    mailer = Mailer(Settings())
    try:
        with read_only_file(history), pytest.raises(MailInputError) as info:
            mailer.submit(Draft(to=("anna@example.com",), subject="Заказ 1", text=UNAPPROVED),
                          force=True)
    finally:
        mailer.close()
    assert server.received == []
    assert info.value.code == "override_unrecorded"
    speak("ru")
    text = error_text(info.value)
    assert text.startswith(f"{history}: ") and "ничего не отправлено" in text, text


# -- a subject that comes from the buyer's e-mail -------------------------------------------------


def buyer_eml(subject_header: str) -> bytes:
    return ("From: =?utf-8?b?0JDQvdC90LA=?= <anna@example.org>\r\n"
            f"Subject: {subject_header}\r\n"
            "Message-ID: <buyer-7@example.org>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\nГде мой заказ?\r\n").encode()


def encoded(text: str) -> str:
    import base64

    return f"=?utf-8?b?{base64.b64encode(text.encode()).decode()}?="


@pytest.mark.parametrize("subject, says", [
    (encoded("Заказ\x01 35142875-0153\x7f"),
     "the buyer's Subject header holds control characters (they could add hidden headers to the "
     "reply), so it cannot be the reply's subject: give the reply a subject of your own"),
    ("Где мой заказ " * 70,
     "the buyer's Subject header is too long to be the reply's subject (983 characters, at most "
     "900): give the reply a subject of your own"),
])
def test_a_buyers_subject_that_cannot_be_used_is_named_as_theirs(
        subject: str, says: str, smtp_server, certs: Certs, mail_env, tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    mail = tmp_path / "buyer.eml"
    mail.write_bytes(buyer_eml(subject))
    reply = tmp_path / "reply.txt"
    reply.write_text(APPROVED, encoding="utf-8")
    r = cli("send", str(reply), "--reply-to-eml", str(mail), env=dict(os.environ))
    assert r.returncode == 2, r.stdout + r.stderr
    line = one_line(r.stderr)
    assert "--subject" not in line, line  # the seller gave none: it was "--subject: …"
    assert line == f"ozon-assistant: {mail}: {says}"
    assert server.received == [] and outbox_count() == 0
    # a subject of the seller's own: it goes, threaded to the buyer's message
    r = cli("send", str(reply), "--reply-to-eml", str(mail), "--subject", "Заказ 35142875-0153",
            env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    [got] = server.received
    assert got.recipients == ["anna@example.org"] and b"<buyer-7@example.org>" in got.data


def test_an_inbox_messages_subject_is_named_as_the_buyers(smtp_server, certs: Certs, mail_env,
                                                          tmp_path: Path) -> None:
    from ozon_assistant.storage.inbox import InboxStore, NewMessage

    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    store = InboxStore()
    message_id = store.add("default", 1, NewMessage(
        uid=1, received=1.0, message_id="<buyer-8@example.org>", sender="anna@example.org",
        reply_to="anna@example.org", subject="Заказ\x0235142875-0153", body="Где мой заказ?"))
    store.close()
    reply = tmp_path / "reply.txt"
    reply.write_text(APPROVED, encoding="utf-8")
    r = cli("send", str(reply), "--reply-to-inbox", str(message_id), env=dict(os.environ))
    assert r.returncode == 2, r.stdout + r.stderr
    line = one_line(r.stderr)
    assert line.startswith(f"ozon-assistant: inbox message {message_id}: the buyer's Subject "
                           "header holds control characters") and "--subject" not in line, line
    assert server.received == []


# -- a damaged outbox that `send` sets aside ------------------------------------------------------


def damaged_outbox() -> tuple[Path, bytes]:
    """An outbox left by an earlier run with messages in it, then damaged in the middle."""
    from ozon_assistant.mail.outbox import Outbox

    box = Outbox()
    for i in range(6):
        box.add(account="default", message_id=f"<m{i}@example.com>", sender="shop@example.com",
                recipients=("buyer@example.com",), to="buyer@example.com", cc="",
                subject=f"Заказ {i}", raw=b"Subject: x\r\n\r\n" + b"text " * 2000, meta={})
    box.close()
    data = bytearray(box.path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle:middle + 4096] = b"\x55" * 4096
    box.path.write_bytes(bytes(data))
    return box.path, bytes(data)


def set_aside_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + ".damaged-")
                  and not p.name.endswith(("-wal", "-shm")))


def test_send_says_on_stderr_that_a_damaged_outbox_was_set_aside(
        smtp_server, certs: Certs, mail_env, tmp_path: Path) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    path, damaged = damaged_outbox()
    reply = tmp_path / "reply.txt"
    reply.write_text(APPROVED, encoding="utf-8")
    r = cli("send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1",
            env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    [kept] = set_aside_copies(path)
    assert kept.read_bytes() == damaged
    assert one_line(r.stderr) == (
        f"ozon-assistant: warning: {path} was damaged: it was renamed to {kept} and kept for "
        "recovery (nothing in it was deleted); a new outbox was started, so the messages in the "
        "damaged one are not here")  # it said nothing
    assert len(server.received) == 1


@pytest.mark.parametrize("lang, says", [("ru", "были повреждены"), ("zh", "已损坏")])
def test_the_window_says_in_its_status_bar_that_a_damaged_outbox_was_set_aside(
        qtbot, make_window, mail_env, lang: str, says: str) -> None:
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text(f'ui_lang = "{lang}"\n', encoding="utf-8")
    path, damaged = damaged_outbox()
    w = make_window()
    from ozon_assistant.ui.mail.extension import extension_of

    ext = extension_of(w)
    assert ext is not None
    ext.retry_due()  # the window's timer: the outbox is opened off the UI thread
    qtbot.waitUntil(lambda: bool(set_aside_copies(path)) and ext.retry_task is None,
                    timeout=10000)
    [kept] = set_aside_copies(path)
    assert kept.read_bytes() == damaged
    qtbot.waitUntil(lambda: str(kept) in w.statusBar().currentMessage(), timeout=5000)
    message = w.statusBar().currentMessage()
    assert says in message and str(path) in message, message
