"""Where the app keeps its files: the one place that knows.

platformdirs gives each system its usual folders (XDG on Linux, ``AppData`` on Windows,
``Library/Application Support`` on macOS). ``OZON_ASSISTANT_HOME`` puts everything under one
folder instead, for tests, portable installs and scripted use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ozon-assistant"


def _override(sub: str) -> Path | None:
    home = os.environ.get("OZON_ASSISTANT_HOME")
    return Path(home) / sub if home else None


def config_dir() -> Path:
    """config.toml, the personal dictionary, account settings (never passwords)."""
    if p := _override("config"):
        return p
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """SQLite databases (drafts, history, outbox, usage) and the user's snippet library."""
    if p := _override("data"):
        return p
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Compiled rule packs and other things that can be rebuilt at any time."""
    if p := _override("cache"):
        return p
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_file() -> Path:
    return config_dir() / "config.toml"


def personal_dictionary_file() -> Path:
    return config_dir() / "dictionary.txt"


def resources_dir() -> Path:
    """Bundled, read-only resources: the source tree's, the wheel's or the frozen bundle's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent.parent
    inside = here / "resources"  # installed wheel: ozon_assistant/resources
    if inside.is_dir():
        return inside
    return here.parent / "resources"  # source tree: <root>/resources


def rules_dir() -> Path:
    return resources_dir() / "rules"


def snippets_dir() -> Path:
    return resources_dir() / "snippets"
