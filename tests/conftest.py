"""Shared fixtures. Every test runs with its own temporary config/data/cache folders, so nothing
touches the developer's real settings and no test depends on another's leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "app-home"
    monkeypatch.setenv("OZON_ASSISTANT_HOME", str(home))
    monkeypatch.setenv("OZON_ASSISTANT_NO_FIRST_RUN", "1")
    return home
