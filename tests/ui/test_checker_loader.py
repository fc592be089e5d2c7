"""The first checker loads on a thread; whoever needs it first waits for it, and a failure on
the thread is loaded again (and reported) where it is needed."""

from __future__ import annotations

import threading

import pytest

from ozon_assistant.ui.checker_loader import BackgroundLoad


def test_the_value_is_loaded_once_on_the_thread_and_waited_for() -> None:
    gate = threading.Event()
    calls: list[str] = []

    def load() -> str:
        calls.append(threading.current_thread().name)
        gate.wait(5)
        return "checker"

    job = BackgroundLoad(load)
    assert not job.ready  # not started
    job.start()
    job.start()  # once
    assert not job.ready  # still at work
    gate.set()
    assert job.result() == "checker"
    assert job.ready and job.result() == "checker"
    assert calls == ["checker-load"]


def test_without_a_thread_it_loads_where_it_is_asked() -> None:
    job = BackgroundLoad(lambda: threading.current_thread().name)
    assert job.result() == threading.current_thread().name


def test_a_failure_on_the_thread_is_loaded_again_where_needed() -> None:
    attempts: list[int] = []

    def load() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return len(attempts)

    job = BackgroundLoad(load)
    job.start()
    assert job.result() == 2  # the thread's failure is not the answer

    def broken() -> int:
        raise ValueError("broken rule pack")

    job = BackgroundLoad(broken)
    job.start()
    with pytest.raises(ValueError):
        job.result()  # a real error surfaces where the checker is needed
