"""The fault matrix: each way a send can go wrong, against a real SMTP server and a real keyring.

After every case the message is either in the outbox or delivered exactly once, and the password
is in no file the app wrote.
"""

from __future__ import annotations

import socket
import threading
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.core.settings import Settings
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.dispatch import Mailer
from ozon_assistant.mail.message import Draft, build
from ozon_assistant.mail.outbox import Outbox
from ozon_assistant.storage.history import History
from tests.mail.fixtures import REPLY, Behaviour, Certs, add_account, assert_password_in_no_file

pytestmark = pytest.mark.usefixtures("mail_env")


def _send(capsys: pytest.CaptureFixture[str], reply: Path, *extra: str,
          to: str = "anna@example.com", subject: str = "Заказ 35142875-0153-1") -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(["send", str(reply), "--to", to, "--subject", subject, *extra])
    out, err = capsys.readouterr()
    return rc, out, err


def _outbox() -> list[dict[str, object]]:
    box = Outbox()
    try:
        return [e.as_json() for e in box.entries()]
    finally:
        box.close()


@pytest.fixture
def reply(tmp_path: Path) -> Path:
    p = tmp_path / "reply.txt"
    p.write_text(REPLY, encoding="utf-8")
    return p


def _failed_once(rc: int, err: str, state: str, server: object = None) -> dict[str, object]:
    assert rc == 3, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    rows = _outbox()
    assert len(rows) == 1 and rows[0]["state"] == state, rows
    assert rows[0]["attempts"] == 1 and rows[0]["last_error"]
    if server is not None:
        assert server.received == []  # type: ignore[attr-defined]
    return rows[0]


def test_delivered_once_with_headers_encoding_and_signature(
        smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    from ozon_assistant.core.settings import save_settings

    save_settings(Settings(signature="Магазин «Уют» на Ozon"))
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    rc, _out, err = _send(capsys, reply, "--cc", "Пётр <petr@example.com>")
    assert rc == 0, err
    assert len(server.received) == 1
    got = server.received[0]
    assert got.sender == "shop@example.com"
    assert sorted(got.recipients) == ["anna@example.com", "petr@example.com"]
    raw = got.data
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii(), "headers must be 7-bit (RFC 2047 encoded)"
    assert b"=?utf-8?" in head.lower()  # display name and subject encoded
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["From"].addresses[0].display_name == "Магазин Уют"
    assert msg["From"].addresses[0].addr_spec == "shop@example.com"
    assert str(msg["To"]) == "anna@example.com"
    assert msg["Cc"].addresses[0].display_name == "Пётр"
    assert str(msg["Subject"]) == "Заказ 35142875-0153-1"
    assert msg["Date"].datetime is not None
    assert str(msg["Message-ID"]).endswith("@example.com>")
    assert msg.get_content_type() == "text/plain" and msg.get_content_charset() == "utf-8"
    body = msg.get_content()
    assert body.startswith("Здравствуйте, Анна!")
    assert body.rstrip().endswith("Магазин «Уют» на Ozon")
    assert "ожидаемая дата".encode() in raw  # 8bit UTF-8 body as announced (8BITMIME)
    rows = _outbox()
    assert rows[0]["state"] == "sent" and rows[0]["message_id"] == str(msg["Message-ID"])
    hist = History().search()
    assert [(h.action, h.channel, h.subject) for h in hist] == [("send", "email", "Заказ 35142875-0153-1")]
    assert "anna@example.com" in hist[0].recipient and "petr@example.com" in hist[0].recipient
    assert_password_in_no_file(tmp_path)


def test_implicit_tls_ssl_account(smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    server = smtp_server(implicit_tls=True)
    add_account(server.port, certs.ca_pem, security="ssl")
    rc, _, err = _send(capsys, reply)
    assert rc == 0, err
    assert len(server.received) == 1
    assert_password_in_no_file(tmp_path)


def test_auth_refused(smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem, password="wrong-password")
    rc, _, err = _send(capsys, reply)
    row = _failed_once(rc, err, "failed", server)  # permanent: waits for the seller
    assert "refused the user name or password" in str(row["last_error"])
    assert "wrong-password" not in err
    assert_password_in_no_file(tmp_path, "wrong-password")


def test_server_down_is_retried_later_with_the_same_message_id(
        smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    add_account(port, certs.ca_pem)
    rc, _, err = _send(capsys, reply)
    row = _failed_once(rc, err, "queued")
    assert "connection refused" in err and "retried" in err
    assert row["next_attempt"] and row["next_attempt"] > row["created"]  # type: ignore[operator]
    # the server comes up; the retry sends the stored bytes: same Message-ID
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    assert main(["outbox", "retry", "--all"]) == 0
    assert len(server.received) == 1
    got = message_from_bytes(server.received[0].data, policy=policy.default)
    assert str(got["Message-ID"]) == row["message_id"]
    assert _outbox()[0]["state"] == "sent" and _outbox()[0]["attempts"] == 2
    assert main(["outbox", "retry", "--all"]) == 0  # nothing left: not sent twice
    assert len(server.received) == 1
    assert_password_in_no_file(tmp_path)


def test_connection_closed_mid_data(smtp_server, certs: Certs, tmp_path: Path) -> None:
    server = smtp_server(Behaviour(close_in_data=True))
    account = add_account(server.port, certs.ca_pem)
    # a message far larger than the socket buffers, so the drop lands while it is being written
    big = "\n".join(f"Строка {i}: товар передан в доставку." for i in range(300_000))
    built = build(account, Draft(to=("anna@example.com",), subject="Большое", text=big))
    mailer = Mailer(Settings())
    entry_id = mailer.outbox.add(account=account.name, message_id=built.message_id,
                                 sender=built.sender, recipients=built.recipients,
                                 to="anna@example.com", cc="", subject="Большое",
                                 raw=built.as_bytes(), meta={"action": "send"})
    from ozon_assistant.mail.errors import SendError

    with pytest.raises(SendError) as err:
        mailer.attempt(entry_id)
    assert err.value.kind == "temporary", err.value
    assert server.behaviour.got_data.is_set(), str(err.value)
    assert server.received == []
    assert mailer.outbox.get(entry_id).state == "queued"  # never got to the end: safe to resend
    mailer.close()
    assert_password_in_no_file(tmp_path)


@pytest.mark.parametrize("code", ["421 4.3.2 Service not available, closing channel",
                                  "451 4.7.1 Greylisted, try again later"])
def test_temporary_4xx_stays_queued(code: str, smtp_server, certs: Certs, reply: Path,
                                    tmp_path: Path, capsys) -> None:
    behaviour = Behaviour(mail_reply=code) if code.startswith("421") else Behaviour(rcpt_reply=code)
    server = smtp_server(behaviour)
    add_account(server.port, certs.ca_pem)
    rc, _, err = _send(capsys, reply)
    row = _failed_once(rc, err, "queued", server)
    assert code[:3] in str(row["last_error"])
    # the server recovers: one retry delivers it, once
    server.behaviour = Behaviour()
    assert main(["outbox", "retry", str(row["id"])]) == 0
    assert len(server.received) == 1
    assert_password_in_no_file(tmp_path)


def test_451_after_the_final_dot_is_not_delivered_and_retried(
        smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    server = smtp_server(Behaviour(data_reply="451 4.3.0 Temporary local problem"))
    add_account(server.port, certs.ca_pem)
    rc, _, err = _send(capsys, reply)
    _failed_once(rc, err, "queued", server)  # the server said no: not "may have been sent"
    assert_password_in_no_file(tmp_path)


def test_550_is_permanent(smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    server = smtp_server(Behaviour(rcpt_reply="550 5.1.1 No such user here"))
    add_account(server.port, certs.ca_pem)
    rc, _, err = _send(capsys, reply)
    row = _failed_once(rc, err, "failed", server)
    assert "550" in err and "anna@example.com" in err
    assert "550 5.1.1" in str(row["last_error"])
    # permanent failures are not retried behind the seller's back
    mailer = Mailer(Settings())
    assert mailer.retry_due() == []
    mailer.close()
    assert server.received == []
    assert_password_in_no_file(tmp_path)


@pytest.mark.parametrize("which", ["untrusted", "wrong_host"])
def test_bad_certificate_refused(which: str, smtp_server, certs: Certs, reply: Path,
                                 tmp_path: Path, capsys) -> None:
    server = smtp_server(cert=getattr(certs, which))
    add_account(server.port, certs.ca_pem)
    rc, _, err = _send(capsys, reply)
    row = _failed_once(rc, err, "failed", server)
    want = "not trusted" if which == "untrusted" else "for another host"
    assert want in err and "certificate" in err, err
    assert "refused" in str(row["last_error"])
    assert_password_in_no_file(tmp_path)


def test_no_cafile_means_system_trust_only(smtp_server, certs: Certs, reply: Path, capsys) -> None:
    server = smtp_server()
    add_account(server.port, "")  # the test CA is not in the system store
    rc, _, err = _send(capsys, reply)
    _failed_once(rc, err, "failed", server)
    assert "not trusted" in err and "--cafile" in err


def test_server_silent_at_greeting_times_out(certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    with socket.socket() as silent:  # accepts connections (backlog) and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        add_account(silent.getsockname()[1], certs.ca_pem, timeout=1)
        rc, _, err = _send(capsys, reply)
    _failed_once(rc, err, "queued")
    assert "timed out after 1 s" in err
    assert_password_in_no_file(tmp_path)


def test_slow_answer_after_data_is_may_have_been_sent(
        smtp_server, certs: Certs, reply: Path, tmp_path: Path, capsys) -> None:
    hold = threading.Event()
    server = smtp_server(Behaviour(hold=hold))
    add_account(server.port, certs.ca_pem, timeout=1)
    rc, _, err = _send(capsys, reply)
    assert rc == 3 and "may have been delivered" in err and len(err.strip().splitlines()) == 1
    assert len(server.received) == 1  # the server took it; only its answer was too slow
    hold.set()
    rows = _outbox()
    assert rows[0]["state"] == "uncertain" and rows[0]["status"] == "may have been sent"
    # never resent silently: not by --all, not by the backoff timer, not by a plain retry
    assert main(["outbox", "retry", "--all"]) == 0
    mailer = Mailer(Settings())
    assert mailer.retry_due() == []
    mailer.close()
    assert main(["outbox", "retry", str(rows[0]["id"])]) == 2
    assert len(server.received) == 1
    assert_password_in_no_file(tmp_path)


def test_header_injection_refused_before_anything(smtp_server, certs: Certs, reply: Path,
                                                   tmp_path: Path, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    for field, value in (("--to", "anna@example.com\r\nBcc: evil@example.com"),
                         ("--cc", "petr@example.com\nBcc: evil@example.com"),
                         ("--subject", "Заказ\r\nBcc: evil@example.com"),
                         ("--subject", "Заказ\u2028Bcc: evil@example.com")):
        capsys.readouterr()
        args = ["send", str(reply), "--to", "anna@example.com", "--subject", "x", field, value]
        rc = main(args)
        err = capsys.readouterr().err
        assert rc == 2, (field, value, err)
        assert "line breaks" in err and len(err.strip().splitlines()) == 1
    # and in the account's display name
    capsys.readouterr()
    assert main(["account", "set", "--host", "127.0.0.1", "--port", str(server.port), "--security",
                 "starttls", "--user", "seller", "--from", "shop@example.com", "--name",
                 "Уют\r\nBcc: evil@example.com"]) == 2
    assert server.received == [] and _outbox() == []
    assert_password_in_no_file(tmp_path)


@pytest.mark.parametrize("bad", ["anna", "anna@", "@example.com", "anna@example", "an na@example.com",
                                 "anna@@example.com", "anna@-example.com", "anna@exa_mple.com",
                                 ".anna@example.com", "anna..b@example.com", "анна@example.com",
                                 "Anna <anna@example.com"])
def test_invalid_address_refused(bad: str, smtp_server, certs: Certs, reply: Path, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    rc, _, err = _send(capsys, reply, to=bad)
    assert rc == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert "--to" in err
    assert server.received == [] and _outbox() == []


def test_unapproved_needs_force_and_is_recorded(smtp_server, certs: Certs, tmp_path: Path, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    bad = tmp_path / "bad.txt"
    bad.write_text("ЗВОНИТЕ +7 912 345-67-89!!! Привет, норм)))", encoding="utf-8")
    rc, _, err = _send(capsys, bad)
    assert rc == 2 and "not approved" in err and "--force" in err
    assert server.received == [] and _outbox() == []
    rc, _, err = _send(capsys, bad, "--force")
    assert rc == 0, err
    assert len(server.received) == 1
    hist = History().search()
    assert hist[0].action == "send_override"
    assert any("contacts" in str(o["rule"]) for o in hist[0].overridden)
    assert AccountStore().get().name == "default"
