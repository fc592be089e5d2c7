"""``account``, ``send`` and ``outbox`` from the command line, as a seller's script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.mail import passwords
from ozon_assistant.mail.accounts import AccountStore, accounts_file
from tests.mail.fixtures import (
    BUYER_EML,
    PASSWORD,
    REPLY,
    USER,
    Certs,
    add_account,
    assert_password_in_no_file,
    cli_env,
    run_cli,
)

pytestmark = pytest.mark.usefixtures("mail_env")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_account_set_show_test_remove_as_processes(
        smtp_server, certs: Certs, mail_env: dict[str, str], tmp_path: Path) -> None:
    server = smtp_server()
    env = cli_env(mail_env)
    base = ["account", "set", "--host", "127.0.0.1", "--port", str(server.port), "--security",
            "starttls", "--user", USER, "--from", "shop@example.com", "--name", "Магазин Уют",
            "--cafile", str(certs.ca_pem)]
    r = run_cli([*base, "--password-stdin"], env, stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert "password stored in the system keyring (keyrings.alt.file.PlaintextKeyring)" in r.stdout
    assert passwords.get_password("default") == PASSWORD  # the newline is not part of it
    r = run_cli(["account", "show", "--format", "json"], env)
    shown = json.loads(r.stdout)
    assert shown[0]["from_addr"] == "shop@example.com" and shown[0]["password"] == "stored"
    assert PASSWORD not in r.stdout
    r = run_cli(["account", "test"], env)
    assert r.returncode == 0 and "certificate verified" in r.stdout and "signed in" in r.stdout, r.stderr
    # changing the account without --password-stdin keeps the stored password
    assert run_cli([*base, "--timeout", "9"], env).returncode == 0
    assert AccountStore().get().timeout == 9.0 and passwords.get_password("default") == PASSWORD
    assert PASSWORD not in accounts_file().read_text(encoding="utf-8")
    assert_password_in_no_file(tmp_path)
    r = run_cli(["account", "remove"], env)
    assert r.returncode == 0 and "with its password" in r.stdout
    assert passwords.get_password("default") is None
    r = run_cli(["send", "-", "--to", "anna@example.com", "--subject", "x"], env, stdin=REPLY)
    assert r.returncode == 2 and "no e-mail account yet" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_account_test_reports_failure_with_exit_3(smtp_server, certs: Certs, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem, password="nope")
    rc, _, err = _run(capsys, "account", "test")
    assert rc == 3 and "refused the user name or password" in err
    assert len(err.strip().splitlines()) == 1


def test_account_set_refusals(certs: Certs, capsys) -> None:
    common = ["--port", "2525", "--user", USER, "--from", "shop@example.com"]
    rc, _, err = _run(capsys, "account", "set", "--host", "smtp.example.com", "--security", "none",
                      *common)
    assert rc == 2 and "only allowed to 127.0.0.1 or localhost" in err
    rc, _, err = _run(capsys, "account", "set", "--host", "127.0.0.1", "--security", "starttls",
                      *common)
    assert rc == 2 and "--password-stdin" in err  # a user but no password anywhere
    rc, _, err = _run(capsys, "account", "set", "--host", "127.0.0.1", "--security", "starttls",
                      "--port", "2525", "--from", "not-an-address")
    assert rc == 2 and "--from" in err
    rc, _, err = _run(capsys, "account", "set", "--host", "127.0.0.1", "--security", "ssl",
                      "--cafile", "/no/such.pem", *common)
    assert rc == 2 and "--cafile" in err
    assert not accounts_file().exists()


def test_security_none_to_localhost_warns(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"pw\n")))
    rc, _out, err = _run(capsys, "account", "set", "--host", "localhost", "--port", "2525",
                        "--security", "none", "--user", USER, "--from", "shop@example.com",
                        "--password-stdin")
    assert rc == 0 and "warning: security none" in err


def test_reply_to_buyer_eml_threads(smtp_server, certs: Certs, tmp_path: Path, capsys) -> None:
    from email import message_from_bytes, policy

    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    buyer = tmp_path / "buyer.eml"
    buyer.write_bytes(BUYER_EML)
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rc, _out, err = _run(capsys, "send", str(reply), "--reply-to-eml", str(buyer))
    assert rc == 0, err
    msg = message_from_bytes(server.received[0].data, policy=policy.default)
    assert str(msg["To"]) == "anna.reply@example.org"
    assert str(msg["Subject"]) == "Re: Заказ не пришёл"
    assert str(msg["In-Reply-To"]) == "<buyer-2@example.org>"
    assert str(msg["References"]) == "<shop-1@example.com> <buyer-2@example.org>"
    # the buyer's shouting is not the seller's: only the reply was checked, and it was approved
    from ozon_assistant.storage.history import History

    assert History().search()[0].action == "send"


def test_outbox_list_text_json_delete(smtp_server, certs: Certs, tmp_path: Path, capsys) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    add_account(port, certs.ca_pem)
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    rc, _, err = _run(capsys, "send", str(reply), "--to", "anna@example.com", "--subject", "Второе")
    assert rc == 3
    rc, out, _ = _run(capsys, "outbox", "list")
    assert rc == 0 and "queued" in out and "Второе" in out and "connection refused" in out
    rc, out, _ = _run(capsys, "outbox", "list", "--format", "json")
    rows = json.loads(out)
    assert {"id", "to", "subject", "state", "attempts", "last_error"} <= set(rows[0])
    assert rows[0]["subject"] == "Второе" and rows[0]["attempts"] == 1
    rc, _, err = _run(capsys, "outbox", "retry")
    assert rc == 2 and "ID or --all" in err
    rc, _, err = _run(capsys, "outbox", "delete", "99")
    assert rc == 2 and "no message with id 99" in err
    rc, out, _ = _run(capsys, "outbox", "delete", str(rows[0]["id"]))
    assert rc == 0
    rc, out, _ = _run(capsys, "outbox", "list")
    assert "empty" in out
    assert_password_in_no_file(tmp_path)


def test_send_reads_stdin_and_needs_to_and_subject(smtp_server, certs: Certs, mail_env, capsys) -> None:
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    env = cli_env(mail_env)
    r = run_cli(["send", "-", "--to", "anna@example.com", "--subject", "Заказ"], env, stdin=REPLY)
    assert r.returncode == 0, r.stderr
    assert len(server.received) == 1
    r = run_cli(["send", "-", "--subject", "x"], env, stdin=REPLY)
    assert r.returncode == 2 and "--to" in r.stderr
    rc, _, err = _run(capsys, "send", "/no/such/reply.txt", "--to", "a@example.com", "--subject", "x")
    assert rc == 2 and "no such file" in err


def test_security_none_sends_to_a_local_relay_without_sign_in(tmp_path: Path, capsys) -> None:
    import socket
    from types import SimpleNamespace

    from aiosmtpd.controller import Controller

    from tests.mail.fixtures import Behaviour, Handler

    holder = SimpleNamespace(behaviour=Behaviour(), received=[])  # a plain relay: no TLS, no AUTH
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    relay = Controller(Handler(holder), hostname="127.0.0.1", port=port)
    relay.start()
    try:
        rc, _, err = _run(capsys, "account", "set", "--host", "127.0.0.1", "--port", str(port),
                          "--security", "none", "--from", "shop@example.com")
        assert rc == 0 and "warning: security none" in err
        reply = tmp_path / "reply.txt"
        reply.write_text(REPLY, encoding="utf-8")
        rc, _, err = _run(capsys, "send", str(reply), "--to", "anna@example.com", "--subject", "Заказ")
        assert rc == 0, err
    finally:
        relay.stop()
    assert len(holder.received) == 1 and holder.received[0].recipients == ["anna@example.com"]
