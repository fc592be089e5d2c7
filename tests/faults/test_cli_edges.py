"""Item 14 (the command line's part): an empty reply is not "approved, 10/10" — it is refused
in one line, as a reply with nothing to check — and a reader that goes away (``| head``) does
not turn a reply with errors into exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.helpers import cli, one_line

BAD = "ЗВОНИТЕ +7 912 345-67-89!!! 😊 Привет, норм)))\n" * 50
GOOD = ("Здравствуйте! Спасибо за заказ. Посылка уже в пути, ожидаемая дата доставки указана "
        "в личном кабинете Ozon.\n")


@pytest.mark.parametrize("content", ["", "   ", "\n\n", " \t\r\n \n", "\ufeff"])
def test_an_empty_reply_file_is_refused_not_approved(tmp_path: Path, content: str) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text(content, encoding="utf-8")
    for fmt in ("text", "json"):
        r = cli("check", "--format", fmt, str(reply))
        assert r.returncode == 2 and r.stdout == ""
        assert one_line(r.stderr) == (f"ozon-assistant: {reply}: no text in it (empty, or only "
                                      "spaces and line breaks): nothing to check")


def test_empty_stdin_is_refused(tmp_path: Path) -> None:
    r = cli("check", "-", stdin="")
    assert r.returncode == 2 and "stdin: no text in it" in one_line(r.stderr)


def test_one_empty_file_among_several_stops_the_run_before_any_output(tmp_path: Path) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(GOOD, encoding="utf-8")
    empty.write_text("\n", encoding="utf-8")
    r = cli("check", str(good), str(empty))
    assert r.returncode == 2 and r.stdout == "" and str(empty) in one_line(r.stderr)


def into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """The command with its stdout a pipe nobody reads any more: every write fails (EPIPE)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        r = subprocess.run([sys.executable, "-m", "ozon_assistant", *args], stdout=write_end,
                           stderr=subprocess.PIPE, text=True, env=os.environ.copy(), timeout=120)
    finally:
        os.close(write_end)
    return r


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_broken_pipe_keeps_the_verdict_of_a_reply_with_errors(tmp_path: Path, fmt: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD, encoding="utf-8")
    r = into_closed_pipe("check", "--format", fmt, str(bad), str(bad))
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr


def test_a_broken_pipe_after_an_approved_reply_exits_0(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    r = into_closed_pipe("check", str(good))
    assert r.returncode == 0 and "Traceback" not in r.stderr and "Exception ignored" not in r.stderr


def test_a_reader_that_takes_one_line_of_many_findings(tmp_path: Path) -> None:
    """The shell's own pipe to a reader that stops after one line (a guard: here a partial
    write ended the old run with its verdict too; a pipe closed before the first write did
    not, see above)."""
    bad = tmp_path / "bad.txt"
    bad.write_text(BAD * 40, encoding="utf-8")  # more findings than a pipe's buffer holds
    reader = f'"{sys.executable}" -c "import sys; sys.stdin.readline()"'
    r = subprocess.run(["bash", "-c", f'"{sys.executable}" -m ozon_assistant check "{bad}" '
                        f'| {reader}; echo "${{PIPESTATUS[0]}}"'],
                       capture_output=True, text=True, env=os.environ.copy(), timeout=120)
    assert r.stdout.strip() == "1", r.stderr
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr


def test_other_commands_into_a_closed_pipe_end_quietly() -> None:
    r = into_closed_pipe("snippets", "list")
    assert r.returncode == 0 and r.stderr == ""
