"""`inbox sync|list|show` and `send --reply-to-inbox` against a real Dovecot (messages put there
with IMAP APPEND) and the aiosmtpd server of tests/mail, with keyrings.alt's file keyring."""

from __future__ import annotations

import json
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.storage.inbox import InboxStore
from tests.inbox.dovecot import Dovecot
from tests.mail.fixtures import PASSWORD, REPLY, USER, Certs, add_account

pytestmark = pytest.mark.usefixtures("mail_env")
DAY = 86400.0


def _mail(frm: str, subject: str, body: str, charset: str = "utf-8", mid: str = "",
          html: bool = False) -> EmailMessage:
    e = EmailMessage()
    e["From"], e["To"], e["Subject"] = frm, "shop@example.com", subject
    if mid:
        e["Message-ID"] = mid
    e.set_content(body, subtype="html" if html else "plain", charset=charset)
    return e


def _account(dovecot: Dovecot, smtp_port: int, ca: Path) -> None:
    from dataclasses import replace

    from ozon_assistant.mail.accounts import AccountStore

    a = add_account(smtp_port, ca)
    AccountStore().put(replace(a, imap_host="127.0.0.1", imap_port=dovecot.port,
                               imap_security="starttls"))


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _list(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:
    rc, out, err = _run(capsys, "inbox", "list", "--format", "json", *extra)
    assert rc == 0, err
    return json.loads(out)


def _fill(dovecot: Dovecot) -> None:
    day_ago = time.time() - DAY
    dovecot.append(USER, _mail("Анна <anna@example.com>", "Заказ 35142875-0153", "Здравствуйте! "
                   "Заказ должен был прийти три дня назад, где он? Трек не обновляется.",
                   mid="<q1@example.com>"), when=day_ago)
    dovecot.append(USER, _mail("ivan@example.com", "Брак", "Добрый день, пришёл чайник с трещиной "
                   "на корпусе, что делать?", "koi8-r", "<q2@example.com>"), when=day_ago)
    dovecot.append(USER, _mail("olga@example.com", "Возврат", "Хочу вернуть платье, размер не "
                   "подошёл. Как оформить возврат?", "windows-1251", "<q3@example.com>"))
    dovecot.append(USER, _mail("john@example.com", "Size question", "<html><body><p>Hello, does "
                   "the jacket run small?</p><p>I am usually a M &amp; L.</p></body></html>",
                   mid="<q4@example.com>", html=True))
    with_file = _mail("kate@example.com", "Photo", "See the photo of the damage.", mid="<q5@example.com>")
    with_file.add_attachment(b"\x89PNG" + b"\0" * 5000, maintype="image", subtype="png",
                             filename="damage.png")
    dovecot.append(USER, with_file)
    dovecot.append(USER, b"From: <<<broken\r\nSubject: =?x-unknown?B?////?=\r\nDate: yesterday\r\n"
                   b"Content-Type: text/plain; charset=x-nonsense\r\n\r\n\xcf\xf0\xe8\xe2\xe5\xf2\r\n")


def test_sync_list_show_and_reply(dovecot: Dovecot, smtp_server, certs: Certs,
                                  capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    _fill(dovecot)
    rc, out, err = _run(capsys, "inbox", "sync")
    assert rc == 0, err
    assert "6 new message(s)" in out and "1 stored with an error" in out
    rc, out, err = _run(capsys, "inbox", "sync")  # idempotent
    assert rc == 0 and "0 new message(s), 6 already here" in out, err
    assert dovecot.search(USER, "SEEN") == []  # fetched with BODY.PEEK: nothing marked read
    rows = _list(capsys)
    assert len(rows) == 6
    by = {r["subject"]: r for r in rows}
    assert "Брак" in by and "чайник с трещиной" in InboxStore().get(by["Брак"]["id"]).body
    assert "платье" in InboxStore().get(by["Возврат"]["id"]).body  # windows-1251
    html = InboxStore().get(by["Size question"]["id"]).body
    assert "run small?" in html and "M & L." in html and "<p>" not in html
    photo = InboxStore().get(by["Photo"]["id"])
    assert photo.attachments[0]["name"] == "damage.png" and photo.attachments[0]["type"] == "image/png"
    broken = [r for r in rows if r["error"]]
    assert len(broken) == 1 and "Привет" in InboxStore().get(broken[0]["id"]).body
    late = by["Заказ 35142875-0153"]
    assert late["situations"] and late["situations"][0] in ("order_status", "delivery_delay")
    assert 23 <= late["waiting_hours"] <= 25 and not late["answered"]
    assert rows[0]["id"] in (late["id"], by["Брак"]["id"])  # the longest wait first
    assert late["received"].startswith(time.strftime("%Y-"))
    rc, out, err = _run(capsys, "inbox", "list")
    assert rc == 0 and len(out.splitlines()) == 6 and "\twaiting 2" in out and "Брак" in out, err
    rc, out, err = _run(capsys, "inbox", "show", str(photo.id))
    assert rc == 0 and "damage.png" in out and "not opened" in out and "See the photo" in out, err
    # the reply: threaded, through the outbox, \Answered on the server and here
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rc, out, err = _run(capsys, "send", str(reply), "--reply-to-inbox", str(late["id"]))
    assert rc == 0, err
    assert "marked answered" in out
    assert len(server.received) == 1
    import email
    import email.policy

    sent = email.message_from_bytes(server.received[0].data, policy=email.policy.default)
    assert sent["In-Reply-To"] == "<q1@example.com>" and "<q1@example.com>" in sent["References"]
    assert sent["Subject"] == "Re: Заказ 35142875-0153"
    assert server.received[0].recipients == ["anna@example.com"]
    assert len(dovecot.search(USER, "ANSWERED")) == 1
    assert len(_list(capsys, "--unanswered")) == 5
    # a second reply to the same message is refused: nothing sent twice
    rc, out, err = _run(capsys, "send", str(reply), "--reply-to-inbox", str(late["id"]))
    assert rc == 2 and "already has a reply" in err and len(server.received) == 1


def test_imap_down_when_replying_is_marked_at_next_sync(
        dovecot: Dovecot, smtp_server, certs: Certs, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    server = smtp_server()
    _account(dovecot, server.port, certs.ca_pem)
    dovecot.append(USER, _mail("anna@example.com", "Где заказ?", "Где мой заказ?", mid="<a@x>"))
    assert _run(capsys, "inbox", "sync")[0] == 0
    [row] = _list(capsys)
    dovecot.stop()
    reply = tmp_path / "r.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rc, out, err = _run(capsys, "send", str(reply), "--reply-to-inbox", str(row["id"]))
    assert rc == 0 and "the next sync does it" in err and len(server.received) == 1
    assert _list(capsys)[0]["answered"] is True
    # the server is down: one line, exit 3
    rc, out, err = _run(capsys, "inbox", "sync")
    assert rc == 3 and err.count("\n") == 1 and "connection refused" in err
    dovecot.start()
    rc, out, err = _run(capsys, "inbox", "sync")
    assert rc == 0 and "1 marked answered on the server" in out, err
    assert dovecot.search(USER, "ANSWERED") == [1]
    assert len(server.received) == 1


def test_wrong_password_is_one_line(dovecot: Dovecot, smtp_server, certs: Certs,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    from ozon_assistant.mail import passwords

    _account(dovecot, smtp_server().port, certs.ca_pem)
    passwords.set_password("default", "not-the-password")
    rc, _out, err = _run(capsys, "inbox", "sync")
    assert rc == 3 and err.count("\n") == 1 and "refused the user name or password" in err
    assert PASSWORD not in err


def test_message_deleted_on_server_is_kept_here(dovecot: Dovecot, smtp_server, certs: Certs,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _account(dovecot, smtp_server().port, certs.ca_pem)
    dovecot.append(USER, _mail("a@example.com", "one", "Первое", mid="<1@x>"))
    dovecot.append(USER, _mail("b@example.com", "two", "Второе", mid="<2@x>"))
    assert _run(capsys, "inbox", "sync")[0] == 0
    dovecot.expunge_uid(USER, 1)
    dovecot.append(USER, _mail("c@example.com", "three", "Третье", mid="<3@x>"))
    rc, out, err = _run(capsys, "inbox", "sync")
    assert rc == 0 and "1 new message(s)" in out, err
    rows = {r["subject"]: r for r in _list(capsys)}
    assert set(rows) == {"one", "two", "three"} and rows["one"]["on_server"] is False


def test_huge_message_is_stored_with_its_error(dovecot: Dovecot, smtp_server, certs: Certs) -> None:
    from ozon_assistant.inbox.sync import sync

    _account(dovecot, smtp_server().port, certs.ca_pem)
    big = _mail("a@example.com", "big", "Смотрите файл.", mid="<big@x>")
    big.add_attachment(b"\0" * (2 * 1024 * 1024), maintype="application", subtype="octet-stream",
                       filename="big.bin")
    dovecot.append(USER, big)
    result = sync(max_bytes=1024 * 1024)
    assert result.added == 1 and len(result.with_errors) == 1
    m = InboxStore().get(result.with_errors[0])
    assert "only its headers were fetched" in m.error and m.subject == "big"


def test_connection_cut_mid_sync_resumes_without_duplicates(
        dovecot: Dovecot, smtp_server, certs: Certs, monkeypatch: pytest.MonkeyPatch) -> None:
    import imaplib

    from ozon_assistant.inbox import sync as sync_module
    from ozon_assistant.mail.imap import ReceiveError

    _account(dovecot, smtp_server().port, certs.ca_pem)
    for i in range(5):
        dovecot.append(USER, _mail(f"b{i}@example.com", f"n{i}", f"Сообщение {i}", mid=f"<{i}@x>"))
    real = sync_module.fetch_one
    calls = {"n": 0}

    def cut_after_two(conn, uid, max_bytes=sync_module.MAX_BYTES):
        calls["n"] += 1
        if calls["n"] == 3:
            conn.shutdown()  # the connection goes away mid-fetch
            raise imaplib.IMAP4.abort("socket error: EOF")
        return real(conn, uid, max_bytes)

    monkeypatch.setattr(sync_module, "fetch_one", cut_after_two)
    with pytest.raises(ReceiveError, match="connection was broken"):
        sync_module.sync()
    assert len(InboxStore().messages()) == 2
    monkeypatch.setattr(sync_module, "fetch_one", real)
    result = sync_module.sync()
    assert (result.added, result.known) == (3, 2)
    assert sorted(m.subject for m in InboxStore().messages()) == [f"n{i}" for i in range(5)]
    assert InboxStore().state("default").last_uid == 5


def test_two_syncs_at_once_store_each_message_once(dovecot: Dovecot, smtp_server,
                                                   certs: Certs) -> None:
    import threading

    from ozon_assistant.inbox.sync import sync

    _account(dovecot, smtp_server().port, certs.ca_pem)
    for i in range(8):
        dovecot.append(USER, _mail(f"b{i}@example.com", f"n{i}", f"Сообщение {i}", mid=f"<{i}@x>"))
    results, errors = [], []

    def run() -> None:
        try:
            results.append(sync())
        except Exception as exc:
            errors.append(exc)

    InboxStore().close()  # created first: two first-ever opens at once are storage/db.py's matter
    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sum(r.added for r in results) == 8
    assert len(InboxStore().messages()) == 8


def test_kill_9_during_sync_loses_nothing_and_stores_nothing_twice(
        dovecot: Dovecot, smtp_server, certs: Certs, mail_env: dict[str, str]) -> None:
    import os
    import signal
    import subprocess
    import sys

    from ozon_assistant.inbox.sync import sync
    from tests.mail.fixtures import cli_env

    _account(dovecot, smtp_server().port, certs.ca_pem)
    n = 30
    for i in range(n):
        big = _mail(f"b{i}@example.com", f"n{i}", f"Сообщение {i}", mid=f"<{i}@x>")
        big.add_attachment(os.urandom(300 * 1024), maintype="application", subtype="octet-stream",
                           filename=f"f{i}.bin")
        dovecot.append(USER, big)
    proc = subprocess.Popen([sys.executable, "-m", "ozon_assistant", "inbox", "sync"],
                            env=cli_env(mail_env), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    store = InboxStore()
    while time.monotonic() < deadline and proc.poll() is None and not store.messages():
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    kept = len(store.messages())
    assert kept >= 1
    result = sync()
    assert result.added == n - kept
    messages = store.messages()
    assert sorted(m.subject for m in messages) == sorted(f"n{i}" for i in range(n))
    store.close()
