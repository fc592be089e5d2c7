"""Versioning from one place: the package's __version__; everything else must agree with it."""

from __future__ import annotations

import re
from pathlib import Path

from ozon_assistant import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_changelog_and_metainfo_follow_the_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## (\S+)", changelog, re.M)
    assert first and first.group(1) == __version__
    meta = (ROOT / "packaging/linux/io.github.ozon_assistant.OzonAssistant.metainfo.xml").read_text(
        encoding="utf-8")
    assert f'<release version="{__version__}"' in meta


def test_version_is_semver() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
