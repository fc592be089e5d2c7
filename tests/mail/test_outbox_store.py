"""The outbox's states on a real SQLite file: claims, backoff, recovery after a dead process."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from ozon_assistant.core.errors import OzonError
from ozon_assistant.mail import outbox as ob
from ozon_assistant.mail.errors import PERMANENT, TEMPORARY, UNCERTAIN
from ozon_assistant.mail.outbox import Outbox


def _add(box: Outbox, n: int = 1) -> int:
    return box.add(account="default", message_id=f"<m{n}@example.com>", sender="shop@example.com",
                   recipients=("anna@example.com",), to="anna@example.com", cc="", subject=f"s{n}",
                   raw=b"Subject: s\r\n\r\nbody\r\n", meta={"action": "send"})


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


def test_claim_is_exclusive_and_counts_attempts(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    other = Outbox(tmp_path / "o.sqlite3")  # a second process's view of the same file
    i = _add(box)
    assert box.due() == [i]
    first = box.claim(i)
    assert first is not None and first.state == "sending" and first.attempts == 1
    assert other.claim(i) is None
    assert other.due() == []


def test_temporary_backs_off_then_gives_up(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    i = _add(box)
    delays = []
    for _ in range(ob.MAX_TEMPORARY_ATTEMPTS):
        assert box.claim(i) is not None
        before = time.time()
        state = box.mark_failed(i, "451 later", TEMPORARY, "try_later",
                                {"where": "h:25", "answer": "451 later"})
        entry = box.get(i)
        if state == "queued":
            assert entry.next_attempt is not None
            delays.append(round(entry.next_attempt - before))
            box._set(i, ("queued",), next_attempt=time.time())  # time passes
    assert delays[:5] == [30, 120, 600, 1800, 3600] and delays[-1] == 3600
    entry = box.get(i)
    assert entry.state == "failed" and "gave up after 10 attempts" in entry.last_error
    assert entry.error_params["gave_up"] == "10"  # for the window's wording
    assert box.due() == []


def test_permanent_and_uncertain_wait_for_the_seller(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    a, b = _add(box, 1), _add(box, 2)
    box.claim(a)
    assert box.mark_failed(a, "550 no such user", PERMANENT) == "failed"
    box.claim(b)
    box.mark_data_end(b)
    assert box.mark_failed(b, "no answer", UNCERTAIN) == "uncertain"
    assert box.due() == []
    with pytest.raises(OzonError, match="may already have been delivered"):
        box.requeue(b)
    assert box.requeue(a).state == "queued"
    assert box.requeue(b, force=True).state == "queued"


def test_recovery_after_the_process_died(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    before, after, mine = _add(box, 1), _add(box, 2), _add(box, 3)
    for i in (before, after, mine):
        box.claim(i)
    box.mark_data_end(after)
    dead = _dead_pid()
    box._set(before, ("sending",), owner_pid=dead)
    box._set(after, ("data_sent",), owner_pid=dead)
    reopened = Outbox(tmp_path / "o.sqlite3")  # the app starts again
    assert reopened.get(before).state == "queued"  # the server cannot have it: send again
    assert reopened.get(after).state == "uncertain"  # it may: the seller decides
    assert "may have been sent" in reopened.get(after).last_error
    assert reopened.get(mine).state == "sending"  # this process is alive and still sending


def test_delete_and_missing(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    i = _add(box)
    box.claim(i)
    with pytest.raises(OzonError, match="being sent"):
        box.delete(i)
    box.mark_failed(i, "x", PERMANENT)
    box.delete(i)
    with pytest.raises(OzonError, match="no message with id"):
        box.get(i)


def test_the_last_error_keeps_its_code_and_facts_and_an_old_outbox_gains_them(
        tmp_path: Path) -> None:
    """A window says an outbox error in the seller's language from its code; an outbox file
    written before the code was kept opens with its rows whole."""
    import sqlite3

    path = tmp_path / "o.sqlite3"
    old = sqlite3.connect(path)  # the schema as the first release wrote it
    old.executescript(";\n".join(ob.MIGRATIONS[0]) + ";\nPRAGMA user_version = 1;")
    old.execute("INSERT INTO outbox (created, updated, account, message_id, sender, recipients,"
                " to_addrs, subject, raw, state, last_error) VALUES (1, 1, 'default', '<o@x>',"
                " 's@x', '[]', 'anna@example.com', 's', x'00', 'failed', '550 no such user')")
    old.commit()
    old.close()
    box = Outbox(path)
    (legacy,) = box.entries()
    assert legacy.error_code == "" and legacy.error_params == {}
    error = legacy.error()
    assert error is not None and str(error) == "550 no such user" and error.code == ""
    i = _add(box, 2)
    box.claim(i)
    box.mark_failed(i, "h:25 refused the user name or password (535 no)", PERMANENT,
                    "auth_refused", {"where": "h:25", "answer": "535 no"})
    reopened = Outbox(path).get(i)
    assert reopened.error_code == "auth_refused"
    assert reopened.error_params == {"where": "h:25", "answer": "535 no"}
    box.requeue(i)
    box.claim(i)
    box.mark_sent(i, "250 ok")
    assert box.get(i).error() is None and box.get(i).error_code == ""
