"""Where libraries live and how they are stacked: bundled, then team folders, then the user's.

The bundled library and team folders are read-only; the user's library (``<data dir>/snippets``)
is the only one the app writes to (see :mod:`store`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.core.settings import Settings, load_settings
from ozon_assistant.snippets.loader import add_folder, load_phrases, toml_files
from ozon_assistant.snippets.model import Library, LoadProblem, Snippet


def user_library_dir() -> Path:
    return paths.user_snippets_dir()


def phrases_dir() -> Path:
    return paths.phrases_dir()


@dataclass(frozen=True)
class Locations:
    """The folders one library is loaded from."""

    bundled: Path
    phrases: Path
    user: Path
    teams: tuple[Path, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Locations:
        settings = settings if settings is not None else load_settings()
        teams = tuple(Path(p).expanduser() for p in settings.team_libraries if str(p).strip())
        return cls(paths.snippets_dir(), phrases_dir(), user_library_dir(), teams)


def load_library(locations: Locations | None = None) -> Library:
    """Every library folder merged; broken files and entries land in ``library.problems``."""
    loc = locations or Locations.from_settings()
    lib = Library()
    seen: dict[str, tuple[str, Snippet]] = {}
    add_folder(lib, loc.bundled, "bundled", "bundled", seen)
    for team in loc.teams:
        if not team.is_dir():
            lib.problems.append(LoadProblem(team, None, "team library folder not found"))
            continue
        add_folder(lib, team, str(team), "team", seen)
    add_folder(lib, loc.user, "user", "user", seen)
    for path in toml_files(loc.phrases):
        phrases, problems = load_phrases(path)
        lib.phrases.extend(phrases)
        lib.problems.extend(problems)
    return lib
