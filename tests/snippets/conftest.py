"""A fixture library copied into a temporary folder for each test (real files, real SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ozon_assistant.snippets.libraries import Locations
from ozon_assistant.snippets.service import SnippetService

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    bundled = tmp_path / "bundled"
    shutil.copytree(FIXTURES / "library", bundled)
    phrases = tmp_path / "phrases"
    shutil.copytree(FIXTURES / "phrases", phrases)
    return Locations(bundled=bundled, phrases=phrases, user=tmp_path / "user")


@pytest.fixture
def service(locations: Locations, tmp_path: Path) -> SnippetService:
    svc = SnippetService(locations, usage_path=tmp_path / "usage.sqlite3")
    yield svc
    svc.close()
