"""Finding sources beyond the house rules, chosen from settings and ``--languagetool``.

The speller and the LanguageTool client plug in here, so the CLI and the window build the same
set of sources from the same settings.
"""

from __future__ import annotations

from ozon_assistant.checker.engine import FindingSource
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings

LANGUAGETOOL_MODES = ("off", "local", "public")


def validate_languagetool_mode(mode: str) -> str:
    """'off' | 'local' | 'public' | an http(s) URL; anything else is a usage error."""
    if mode in LANGUAGETOOL_MODES or mode.startswith(("http://", "https://")):
        return mode
    raise OzonError(f"--languagetool must be off, local, public or a URL, not {mode!r}")


def build_sources(settings: Settings, languagetool: str | None = None) -> list[FindingSource]:
    """The extra sources for this run. Only 'off' exists until the LanguageTool client lands."""
    mode = validate_languagetool_mode(languagetool or settings.languagetool or "off")
    if mode != "off":
        raise OzonError(f"LanguageTool mode {mode!r} is not available in this version")
    return []
