"""The program's entry: commands run with the cycle collector off (they exit in a moment),
the window with it on (it runs for hours)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from ozon_assistant.cli import main


def test_a_command_through_the_entry_point_works_and_exits_with_its_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("ПИШИТЕ В ТЕЛЕГРАМ @shop_seller!!!", encoding="utf-8")
    code = ("import gc, sys; from ozon_assistant.cli import entry; "
            "sys.argv = ['ozon-assistant', 'check', '--format', 'json', sys.argv[1]]; entry()")
    done = subprocess.run([sys.executable, "-c", code, str(bad)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    assert '"approved": false' in done.stdout and "contacts" in done.stdout


def test_the_window_turns_collection_back_on(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    import ozon_assistant.ui.window.app as app

    monkeypatch.setattr(app, "run_app", lambda *a, **k: seen.append(gc.isenabled()) or 0)
    gc.disable()
    try:
        assert main(["--no-first-run"]) == 0
    finally:
        gc.enable()
    assert seen == [True]
