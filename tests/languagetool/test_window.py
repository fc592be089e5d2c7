"""The window and the local LanguageTool: the status bar shows it starting, ready (with its memory)
or failed with the reason in the interface language; the window stops the server it started when
it closes, and when LanguageTool is switched away from local."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ozon_assistant.core.settings import Settings, save_settings
from ozon_assistant.languagetool import processes
from tests.languagetool.conftest import real_installation
from tests.ui.conftest import make_window  # noqa: F401 - the window fixture of the UI tests


def _local(path: str, **more: Any) -> None:
    s = Settings()
    s.languagetool = "local"
    s.languagetool_path = path
    for k, v in more.items():
        setattr(s, k, v)
    save_settings(s)


def test_no_installation_is_shown_as_a_failure_with_its_reason(
        make_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _local(str(tmp_path / "nowhere"), ui_lang="ru")
    w = make_window()
    qtbot.waitUntil(lambda: "не запустился" in w.status.sources.text(), timeout=30000)
    text = w.status.sources.text()
    assert "LanguageTool: не запустился — установка не найдена" in text, text
    assert "no LanguageTool installation found" in w.status.sources.toolTip()


@pytest.mark.languagetool_real
def test_the_window_starts_a_real_languagetool_and_stops_it(
        make_window, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    folder, _java = real_installation()
    _local(folder)
    w = make_window()
    source = next(s for s in w.checker.sources if s.name == "languagetool")
    server = source._server
    assert server is not None and server.setting == folder
    qtbot.waitUntil(lambda: server.state != "stopped", timeout=10000)
    if server.state == "starting":
        assert w.status.sources.text().startswith("LanguageTool: starting…")
    qtbot.waitUntil(lambda: server.state in ("ready", "failed"), timeout=300000)
    assert server.state == "ready", server.error
    qtbot.waitUntil(lambda: "MB)" in w.status.sources.text(), timeout=10000)
    assert "LanguageTool: ready (on this computer, " in w.status.sources.text()
    assert "heap capped at" in w.status.sources.toolTip()
    pid = server.pid
    assert pid is not None and processes.alive(pid) and server.owned

    # switched off in Settings: the server goes at once, not at exit
    off = w.settings
    off.languagetool = "off"
    w.apply_settings(off)
    assert not processes.alive(pid) and server.state == "stopped"
    w.status.refresh()
    assert "LanguageTool: off" in w.status.sources.text()

    # and back on: started again, stopped when the window closes
    on = w.settings
    on.languagetool = "local"
    w.apply_settings(on)
    qtbot.waitUntil(lambda: server.state in ("ready", "failed"), timeout=300000)
    again = server.pid
    assert server.state == "ready" and again is not None and again != pid
    w.shutdown()
    assert not processes.alive(again) and server.state == "stopped"
