"""Item 9: input limits. The 20 MB limit is on what is read — stdin, a pipe, a FIFO,
``/dev/zero`` — not on the size a file claims, and the per-word work of the speller is linear
in the paragraph's length (it sliced the whole text before every word)."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ozon_assistant.core.errors import InputError
from ozon_assistant.core.textio import MAX_BYTES, read_at_most
from ozon_assistant.spelling import words
from tests.faults.helpers import one_line

LIMIT_MB = MAX_BYTES // (1024 * 1024)


def _small_memory() -> None:
    """The child may not take more than 1.5 GB of address space: reading without a bound
    then ends in MemoryError (the old behaviour) instead of eating the machine's memory."""
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))


def check(*args: str, stdin: object = None, data: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", "check", *args], stdin=stdin,
                          input=data, capture_output=True, env=os.environ.copy(), timeout=120,
                          preexec_fn=_small_memory)


def test_stdin_from_dev_zero_is_refused_in_one_line() -> None:
    with open("/dev/zero", "rb") as zero:
        r = check("-", stdin=zero)
    assert r.returncode == 2
    assert one_line(r.stderr.decode()) == f"ozon-assistant: stdin: larger than {LIMIT_MB} MB"


def test_dev_zero_named_as_a_file_is_refused_in_one_line() -> None:
    r = check("/dev/zero")
    assert r.returncode == 2
    assert one_line(r.stderr.decode()) == f"ozon-assistant: /dev/zero: larger than {LIMIT_MB} MB"


def test_a_pipe_of_more_than_the_limit_is_refused_without_checking_it() -> None:
    """21 MB of reply through a pipe (stat says nothing of its size): refused, not checked."""
    r = check("-", data=("Здравствуйте! " * (MAX_BYTES // 20)).encode() + b"x" * (1 << 20))
    assert r.returncode == 2 and r.stdout == b""
    assert "larger than 20 MB" in one_line(r.stderr.decode())


def test_a_fifo_is_read_up_to_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "reply.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        try:
            with open(fifo, "wb") as fh:
                for _ in range(LIMIT_MB + 2):
                    fh.write(b"a " * (1 << 19))
        except BrokenPipeError:  # the reader stopped at the limit: as it should
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    r = check(str(fifo))
    writer.join(30)
    assert r.returncode == 2
    assert one_line(r.stderr.decode()) == f"ozon-assistant: {fifo}: larger than {LIMIT_MB} MB"


def test_the_bound_is_exact_and_nothing_past_it_is_kept() -> None:
    assert read_at_most(io.BytesIO(b"x" * 10), "n", 10) == b"x" * 10
    stream = io.BytesIO(b"x" * 100)
    with pytest.raises(InputError) as err:
        read_at_most(stream, "n", 10)
    assert err.value.code == "too_large" and stream.tell() == 11  # read one byte past, no more


class CountingStr(str):
    """A str that counts how many characters are sliced out of it."""

    sliced = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        part = super().__getitem__(key)
        if isinstance(key, slice):
            CountingStr.sliced += len(part)
        return part


def test_words_of_a_long_paragraph_cost_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word used to slice the text before it (text[:start]): 50,000 characters of
    words cost 50,000²/2 characters copied. Now each character is sliced about once."""
    text = "Здравствуйте спасибо за заказ, посылка уже в пути. " * 1000
    monkeypatch.setattr(words, "_masked", lambda t: CountingStr(t))
    CountingStr.sliced = 0
    found = list(words.words_to_check(text, "ru"))
    assert len(found) == 7000
    assert CountingStr.sliced <= 2 * len(text), CountingStr.sliced
    starts = [w.text for w in found if w.sentence_start]
    assert starts[:2] == ["Здравствуйте", "Здравствуйте"] and len(starts) == 1000
