"""Errors a user can act on. Each carries one line of text fit for stderr or a dialog.

Anything that is not an ``OzonError`` is a bug and may show a traceback; these never should.
"""

from __future__ import annotations

from pathlib import Path


class OzonError(Exception):
    """Base for errors with a clear, one-line message for the user.

    ``str(error)`` is that line in English: what the CLI prints. ``code`` and ``params`` say
    the same as data, so the window can say it in the seller's language (``ui.shared.error_text`` has
    the translated wording for each code); an error without a code is shown as its English line.
    """

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


class InputError(OzonError):
    """A file the user gave us cannot be read (missing, not UTF-8, unreadable)."""


class ConfigError(OzonError):
    """A configuration or data file is broken. Names the path and, when known, the line."""

    def __init__(self, path: Path | str, detail: str, line: int | None = None, *,
                 code: str = "", **params: object) -> None:
        self.path = Path(path)
        self.detail = detail
        self.line = line
        # the file and line travel with the facts, so a wording shown later (an Outbox row of
        # a send that failed on a broken accounts file) still names them
        super().__init__(f"{self.where}: {detail}", code=code, file=self.where, **params)

    @property
    def where(self) -> str:
        """``path:line``, or the path alone when the line is not known."""
        return f"{self.path}:{self.line}" if self.line else str(self.path)


def toml_error(path: Path | str, exc: Exception) -> ConfigError:
    """A TOML file that does not parse: its path, the line tomllib names, and tomllib's words."""
    return ConfigError(path, f"not valid TOML: {exc}", toml_error_line(exc), code="not_toml",
                       reason=exc)


def toml_error_line(exc: Exception) -> int | None:
    """The line number tomllib reports in its message ("... (at line 3, column 7)"), if any."""
    import re

    m = re.search(r"line (\d+)", str(exc))
    return int(m.group(1)) if m else None
