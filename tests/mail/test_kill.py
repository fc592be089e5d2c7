"""Kill during send: a real ``ozon-assistant send`` process is killed mid-attempt.

Killed after the end of DATA (the server has the whole message, the outbox has not yet marked it
sent): the message shows as "may have been sent" and is not resent silently. Killed before DATA:
the server cannot have it, so it goes back to the queue and is delivered exactly once.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.mail.outbox import Outbox
from tests.mail.fixtures import (
    REPLY,
    Behaviour,
    Certs,
    add_account,
    assert_password_in_no_file,
    cli_env,
)


def _spawn_send(reply: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "ozon_assistant", "send", str(reply), "--to",
                             "anna@example.com", "--subject", "Заказ 35142875-0153-1"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for(condition, what: str, proc: subprocess.Popen[bytes]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 60
    while not condition():
        if proc.poll() is not None:
            _out, err = proc.communicate()
            pytest.fail(f"send ended before {what}: rc {proc.returncode} {err.decode()[-500:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def _states(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["outbox", "list", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_killed_after_end_of_data_is_may_have_been_sent(
        smtp_server, certs: Certs, mail_env: dict[str, str], tmp_path: Path, capsys) -> None:
    hold = threading.Event()
    server = smtp_server(Behaviour(hold=hold))
    add_account(server.port, certs.ca_pem)
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    proc = _spawn_send(reply, cli_env(mail_env))
    # the server has the final dot: the client is between the end of DATA and "sent"
    _wait_for(server.behaviour.got_data.is_set, "the end of DATA", proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    hold.set()  # the server had taken it for delivery; its 250 reaches nobody
    assert len(server.received) == 1
    rows = _states(capsys)
    assert len(rows) == 1
    assert rows[0]["state"] == "uncertain" and rows[0]["status"] == "may have been sent"
    assert "may have been sent" in str(rows[0]["last_error"])
    # not resent silently: neither by retry --all nor by the window's backoff timer
    capsys.readouterr()
    assert main(["outbox", "retry", "--all"]) == 0
    assert "may have been sent: not resent" in capsys.readouterr().out
    from ozon_assistant.core.settings import Settings
    from ozon_assistant.mail.dispatch import Mailer

    mailer = Mailer(Settings())
    assert mailer.retry_due() == []
    mailer.close()
    assert len(server.received) == 1
    # the seller checked and wants it again: an explicit --force sends the same message
    assert main(["outbox", "retry", str(rows[0]["id"]), "--force"]) == 0
    assert len(server.received) == 2
    assert server.received[0].data == server.received[1].data  # same bytes, same Message-ID
    assert_password_in_no_file(tmp_path)


def test_killed_before_data_goes_back_to_the_queue(
        smtp_server, certs: Certs, mail_env: dict[str, str], tmp_path: Path, capsys) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(REPLY, encoding="utf-8")
    with socket.socket() as silent:  # never greets: the client sits in "connecting"
        silent.bind(("127.0.0.1", 0))
        silent.listen(5)
        add_account(silent.getsockname()[1], certs.ca_pem, timeout=60)
        proc = _spawn_send(reply, cli_env(mail_env))

        def sending() -> bool:
            box = Outbox()
            try:
                return any(e.state == "sending" for e in box.entries())
            finally:
                box.close()

        _wait_for(sending, "the attempt to start", proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    rows = _states(capsys)  # opening the outbox recovers the dead attempt
    assert [r["state"] for r in rows] == ["queued"]
    server = smtp_server()
    add_account(server.port, certs.ca_pem)
    assert main(["outbox", "retry", "--all"]) == 0
    assert main(["outbox", "retry", "--all"]) == 0
    assert len(server.received) == 1
    assert _states(capsys)[0]["state"] == "sent"
    assert_password_in_no_file(tmp_path)
