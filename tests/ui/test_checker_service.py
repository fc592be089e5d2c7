"""The window's checker has one owner, CheckerService: the house rules load on a thread (whoever
needs them first waits, and a failure on the thread is loaded again, and reported, where they
are needed), the sources join later, settings build it again, and every new checker is
announced with ``checker_changed``."""

from __future__ import annotations

import threading

import pytest

from ozon_assistant.core.settings import Settings
from ozon_assistant.ui.window.checker_service import BackgroundLoad, CheckerService


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


def test_done_is_called_on_the_thread_also_when_the_load_failed() -> None:
    finished: list[str] = []

    def broken() -> int:
        raise OSError("disk hiccup")

    job = BackgroundLoad(broken, done=lambda: finished.append(threading.current_thread().name))
    job.start()
    assert job._thread is not None
    job._thread.join(5)
    assert finished == ["checker-load"]


def test_the_service_loads_the_house_rules_then_adds_the_sources(qtbot, qapp) -> None:
    service = CheckerService(Settings())
    changes: list[tuple[object, bool]] = []
    service.checker_changed.connect(lambda c, keep: changes.append((c, keep)))
    assert service.loaded is None and not service.ready  # nothing before start-up asks
    service.start()
    # the GUI thread takes it over by itself once the thread is done
    qtbot.waitUntil(lambda: len(changes) == 1, timeout=10000)
    house, keep_house = changes[0]
    assert service.loaded is house and service.checker is house and not keep_house
    assert house.sources == []  # type: ignore[attr-defined]
    service.add_sources()
    full, keep_house = changes[1]
    assert keep_house and service.checker is full
    assert "speller" in [s.name for s in full.sources]  # type: ignore[attr-defined]
    service.add_sources()  # once
    assert len(changes) == 2


def test_the_checker_asked_for_before_the_thread_is_done_is_waited_for(qtbot, qapp) -> None:
    service = CheckerService(Settings())
    changes: list[object] = []
    service.checker_changed.connect(lambda c, _keep: changes.append(c))
    service.start()
    checker = service.checker  # waits
    assert changes == [checker]
    qtbot.wait(50)  # the thread's own announcement comes to nothing: it is taken already
    assert changes == [checker]


def test_settings_go_through_the_service(qtbot, qapp) -> None:
    service = CheckerService(Settings())
    changes: list[tuple[object, bool]] = []
    service.checker_changed.connect(lambda c, keep: changes.append((c, keep)))
    first = service.checker
    off = Settings(rules={"all.capitals.caps": "off"})
    service.apply(off)
    checker, keep_house = changes[-1]
    assert checker is service.checker and checker is not first and not keep_house
    assert dict(service.checker.overrides.states).get("all.capitals.caps") == "off"
    service.add_sources()  # after apply the sources are in already: not built a third time
    assert changes[-1][0] is checker


def test_a_problem_is_announced(qtbot, qapp, monkeypatch) -> None:
    from ozon_assistant.checker import sources
    from ozon_assistant.core.errors import OzonError

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OzonError("LanguageTool cannot start")

    monkeypatch.setattr(sources, "build_sources", broken)
    service = CheckerService(Settings())
    said: list[str] = []
    service.problem.connect(said.append)
    service.checker  # noqa: B018 - the house rules need no source
    assert said == []
    service.add_sources()
    assert said and service.checker.sources == []
