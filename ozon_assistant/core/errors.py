"""Errors a user can act on. Each carries one line of text fit for stderr or a dialog.

Anything that is not an ``OzonError`` is a bug and may show a traceback; these never should.
"""

from __future__ import annotations

from pathlib import Path


class OzonError(Exception):
    """Base for errors with a clear, one-line message for the user."""


class InputError(OzonError):
    """A file the user gave us cannot be read (missing, not UTF-8, unreadable)."""


class ConfigError(OzonError):
    """A configuration or data file is broken. Names the path and, when known, the line."""

    def __init__(self, path: Path | str, detail: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.detail = detail
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {detail}")


def toml_error_line(exc: Exception) -> int | None:
    """The line number tomllib reports in its message ("... (at line 3, column 7)"), if any."""
    import re

    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None
