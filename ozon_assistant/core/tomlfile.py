"""Reading one of the app's TOML files (config.toml, accounts.toml): one way for all of them.

A missing file is an empty table; a file that cannot be read, is not UTF-8 or is not TOML is a
:class:`ConfigError` naming its path (and line), with a code the window words in the seller's
language. The file itself is never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ozon_assistant.core.errors import ConfigError, toml_error


def read_toml(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        reason = exc.strerror or exc
        raise ConfigError(path, f"cannot read: {reason}", code="config_unreadable",
                          reason=reason) from None
    import tomllib  # here: with no config.toml, `check` never needs the parser

    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, "not UTF-8 text", code="config_not_utf8") from None
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(path, exc) from None
