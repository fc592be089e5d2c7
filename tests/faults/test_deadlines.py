"""Item 8: never stuck. A server that drips one line every 3 s never trips a 5-second timeout
applied per read; every operation now has an overall deadline — an SMTP send, an IMAP sign-in
and each IMAP command, a LanguageTool request — and ends within about its timeout, with one line
saying so. Real processes against tiny servers on 127.0.0.1 (see servers.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ozon_assistant.mail.outbox import Outbox
from tests.faults.helpers import accounts, one_line
from tests.faults.servers import LineServer, imap_session, smtp_session
from tests.mail.fixtures import REPLY, cli_env, mail_env, run_cli

__all__ = ["mail_env"]

TIMEOUT = 5.0
#: how long past its timeout an operation may take here: process start-up, a busy machine
SLACK = 12.0


@pytest.fixture
def servers() -> Iterator[list[LineServer]]:
    started: list[LineServer] = []
    yield started
    for s in started:
        s.stop()


def timed(args: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    start = time.monotonic()
    r = run_cli(args, env, timeout=120)
    return time.monotonic() - start, r.returncode, r.stderr


def _send(env: dict[str, str], tmp_path: Path) -> tuple[float, int, str]:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    return timed(["send", str(reply), "--to", "anna@example.com", "--subject", "Заказ 1"], env)


def _state() -> str:
    box = Outbox()
    try:
        [entry] = box.entries()
        return entry.state
    finally:
        box.close()


@pytest.mark.usefixtures("mail_env")
def test_smtp_dripping_its_greeting_ends_at_the_timeout(
        servers: list[LineServer], mail_env: dict[str, str], tmp_path: Path) -> None:
    server = LineServer(smtp_session("greeting"))
    servers.append(server)
    accounts("127.0.0.1", server.port)
    took, rc, err = _send(cli_env(mail_env), tmp_path)
    assert rc == 3, err
    assert f"127.0.0.1:{server.port}: timed out after 5 s" in one_line(err)
    assert took < TIMEOUT + SLACK, took
    assert _state() == "queued"  # nothing reached the server: sent again later


@pytest.mark.usefixtures("mail_env")
def test_smtp_dripping_after_the_message_ends_as_may_have_been_sent(
        servers: list[LineServer], mail_env: dict[str, str], tmp_path: Path) -> None:
    server = LineServer(smtp_session("data"))
    servers.append(server)
    accounts("127.0.0.1", server.port)
    took, rc, err = _send(cli_env(mail_env), tmp_path)
    assert rc == 3, err
    assert "no answer after the message was sent" in one_line(err)
    assert took < TIMEOUT + SLACK, took
    assert _state() == "uncertain"  # never resent by itself


@pytest.mark.usefixtures("mail_env")
def test_account_test_against_a_dripping_server_ends_at_the_timeout(
        servers: list[LineServer], mail_env: dict[str, str]) -> None:
    server = LineServer(smtp_session("greeting"))
    servers.append(server)
    accounts("127.0.0.1", server.port)
    took, rc, err = timed(["account", "test"], cli_env(mail_env))
    assert rc == 3 and "timed out after 5 s" in one_line(err), err
    assert took < TIMEOUT + SLACK, took


@pytest.mark.usefixtures("mail_env")
@pytest.mark.parametrize("drip_at", ["greeting", "select"])
def test_imap_dripping_ends_at_the_timeout(drip_at: str, servers: list[LineServer],
                                           mail_env: dict[str, str]) -> None:
    server = LineServer(imap_session(drip_at))
    servers.append(server)
    accounts("127.0.0.1", 2525, "none", imap="127.0.0.1", imap_port=server.port)
    took, rc, err = timed(["inbox", "sync"], cli_env(mail_env))
    assert rc == 3, err
    assert f"IMAP 127.0.0.1:{server.port}: timed out after 5 s" in one_line(err)
    assert took < TIMEOUT + SLACK, took
