"""Shared fixtures. Every test runs with its own temporary config/data/cache folders, so nothing
touches the developer's real settings and no test depends on another's leftovers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "app-home"
    monkeypatch.setenv("OZON_ASSISTANT_HOME", str(home))
    monkeypatch.setenv("OZON_ASSISTANT_NO_FIRST_RUN", "1")
    return home


@pytest.fixture
def speak(qapp: Any) -> Iterator[Callable[[str], None]]:
    """speak("ru") / speak("zh"): the window's translations for that language from now on."""
    from ozon_assistant.ui.window.app import install_translations
    from tests.helpers.i18n import ensure_qm

    installed: list[Any] = []

    def use(lang: str) -> None:
        for t in installed:
            qapp.removeTranslator(t)
        ensure_qm({"ru": "ru", "zh": "zh_CN"}[lang])
        installed[:] = install_translations(qapp, lang)
        assert installed, f"no {lang} translator installed"

    yield use
    for t in installed:
        qapp.removeTranslator(t)
