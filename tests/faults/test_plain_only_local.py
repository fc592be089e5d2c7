"""Item 3: ``security = "none"`` holds where the connection is made, not only in ``account set``.
A hand-edited accounts file naming another host (a LAN address, a name) with no encryption is
refused before anything is sent — no AUTH, no connection — for SMTP and IMAP alike; a name that
resolves to this computer ("127.1", "localhost") is fine. Real processes, a real keyring file,
tiny servers on this machine's own addresses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ozon_assistant.mail.accounts import is_loopback, loopback_address
from ozon_assistant.mail.outbox import Outbox
from tests.faults.helpers import accounts, one_line
from tests.faults.servers import LineServer, imap_session, non_loopback_address, smtp_session
from tests.mail.fixtures import PASSWORD, REPLY, USER, cli_env, mail_env, run_cli

__all__ = ["mail_env"]  # fixture: a temporary HOME with a file keyring (speak: tests/conftest.py)

pytestmark = pytest.mark.usefixtures("mail_env")





@pytest.fixture
def lan() -> str:
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no address but loopback")
    return address


@pytest.fixture
def servers() -> Iterator[list[LineServer]]:
    started: list[LineServer] = []
    yield started
    for s in started:
        s.stop()


def send(env: dict[str, str], tmp_path: Path) -> tuple[int, str]:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    r = run_cli(["send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1"], env,
                timeout=60)
    return r.returncode, r.stderr


def test_a_lan_server_without_encryption_gets_no_password(
        lan: str, servers: list[LineServer], mail_env: dict[str, str], tmp_path: Path) -> None:
    server = LineServer(smtp_session(), host=lan)
    servers.append(server)
    accounts(lan, server.port)
    env = cli_env(mail_env)
    rc, err = send(env, tmp_path)
    line = one_line(err)
    assert rc == 3, err
    assert f"{lan}:{server.port}: refused to connect without encryption" in line
    assert server.connections == 0 and not server.saw_password(PASSWORD), server.lines
    box = Outbox()
    try:
        [entry] = box.entries()
        assert entry.state == "failed" and "without encryption" in (entry.last_error or "")
    finally:
        box.close()
    r = run_cli(["account", "test"], env, timeout=60)
    assert r.returncode == 3 and "refused to connect without encryption" in one_line(r.stderr)
    assert server.connections == 0


def test_a_name_elsewhere_without_encryption_is_refused(mail_env: dict[str, str],
                                                        tmp_path: Path) -> None:
    accounts("example.org", 25)
    rc, err = send(cli_env(mail_env), tmp_path)
    assert rc == 3 and "example.org:25: refused to connect without encryption: example.org is " \
                      "not this computer" in one_line(err), err


def test_a_name_for_this_computer_is_fine(servers: list[LineServer], mail_env: dict[str, str],
                                          tmp_path: Path) -> None:
    server = LineServer(smtp_session())  # on 127.0.0.1
    servers.append(server)
    accounts("127.1", server.port)
    rc, err = send(cli_env(mail_env), tmp_path)
    assert rc == 0, err
    assert any(line.upper().startswith("AUTH") for line in server.lines)


def test_imap_to_a_lan_server_without_encryption_gets_no_password(
        lan: str, servers: list[LineServer], mail_env: dict[str, str]) -> None:
    server = LineServer(imap_session(), host=lan)
    servers.append(server)
    accounts("127.0.0.1", 2525, "none", imap=lan, imap_port=server.port)
    r = run_cli(["inbox", "sync"], cli_env(mail_env), timeout=60)
    assert r.returncode == 3, r.stderr
    assert f"IMAP {lan}:{server.port}: refused to connect without encryption" in one_line(r.stderr)
    assert server.connections == 0 and not server.saw_password(PASSWORD)


def test_imap_to_this_computer_without_encryption_signs_in(
        servers: list[LineServer], mail_env: dict[str, str]) -> None:
    server = LineServer(imap_session())
    servers.append(server)
    accounts("127.0.0.1", 2525, "none", imap="localhost", imap_port=server.port)
    r = run_cli(["inbox", "sync"], cli_env(mail_env), timeout=60)
    assert r.returncode == 0, r.stderr
    assert any(" AUTHENTICATE " in f" {line} " for line in server.lines), server.lines


def test_a_made_up_security_is_one_line_not_plain_text(mail_env: dict[str, str],
                                                       tmp_path: Path) -> None:
    path = accounts("example.org", 25, "plain")
    rc, err = send(cli_env(mail_env), tmp_path)
    assert rc == 2, err
    assert f"{path}:5: setting 'accounts.default.security': must be one of starttls, ssl, none" \
        in one_line(err)


@pytest.mark.parametrize("address,local", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("::ffff:127.0.0.1", True),
    ("10.0.0.1", False), ("192.168.1.5", False), ("::ffff:10.0.0.1", False), ("fe80::1%1", False),
    ("0.0.0.0", False), ("", False)])
def test_which_addresses_are_this_computer(address: str, local: bool) -> None:
    assert is_loopback(address) is local


def test_names_resolve_before_they_are_judged() -> None:
    assert loopback_address("127.1", 25) == "127.0.0.1"
    assert loopback_address("localhost", 25) in ("127.0.0.1", "::1")
    assert loopback_address("192.0.2.7", 25) is None
    assert loopback_address("no-such-host.invalid", 25) is None


def test_the_refusal_reads_in_the_sellers_language(speak: Any) -> None:
    from ozon_assistant.mail import smtp
    from ozon_assistant.mail.accounts import Account
    from ozon_assistant.mail.errors import PERMANENT, SendError
    from ozon_assistant.ui.shared.error_text import error_text

    account = Account(name="default", host="example.org", port=25, security="none", user=USER,
                      from_addr="shop@example.com", timeout=5.0)
    with pytest.raises(SendError) as err:
        smtp.deliver(account, PASSWORD, b"Subject: x\r\n\r\nx\r\n", "shop@example.com",
                     ("anna@example.com",))
    assert err.value.kind == PERMANENT and err.value.code == "plain_not_local"
    speak("ru")
    ru = error_text(err.value)
    assert ru.startswith("example.org:25: учётная запись подключается без шифрования") and \
        "example.org — не такой сервер" in ru, ru
    speak("zh")
    assert error_text(err.value).startswith("example.org:25：该账户以不加密方式连接"), \
        error_text(err.value)
