"""Finding sources beyond the house rules, chosen from settings and ``--languagetool``.

The CLI and the window build the same sources from the same settings here. LanguageTool comes
first: where it and the built-in speller flag the same word, the merge keeps the first one, and
LanguageTool's grammar-aware suggestion is the better one to show.
"""

from __future__ import annotations

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import FindingSource, SourceStatus
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import Finding

LANGUAGETOOL_MODES = ("off", "local", "public")


class LanguageToolOff:
    """LanguageTool switched off (the default): what :class:`LanguageToolSource` is in mode
    ``off`` — no findings, state "off" — without importing its HTTP client and server code
    (urllib, http.client, subprocess: 18 ms of every command line check)."""

    name = "languagetool"
    mode = "off"

    def check_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        return []

    def status(self) -> SourceStatus:
        return SourceStatus(self.name, "off", "LanguageTool is off")


def validate_languagetool_mode(mode: str) -> str:
    """'off' | 'local' | 'public' | an http(s) URL with a host; anything else is a usage error."""
    from urllib.parse import urlsplit

    mode = mode.strip()
    if mode in LANGUAGETOOL_MODES:
        return mode
    if mode.startswith(("http://", "https://")):
        try:
            parts = urlsplit(mode)
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError:
            parts = None
        if parts is not None and parts.hostname:
            return mode
    raise OzonError(f"--languagetool must be off, local, public or a URL, not {mode!r}")


def build_sources(settings: Settings, languagetool: str | None = None, *,
                  wait_for_limit: bool = False) -> list[FindingSource]:
    """LanguageTool (in the mode asked for; its status says 'off' when off), then the built-in
    speller, always on: a seller who wants it quiet switches its rules off like any other
    (``[rules] "spelling.unknown-word" = "off"``) or teaches it words (``dict add``).
    ``wait_for_limit``: past the public server's limit, wait for it on the checking thread (the
    window) rather than leave paragraphs unchecked by it (the command line)."""
    from ozon_assistant.spelling.speller import shared_speller

    mode = validate_languagetool_mode(languagetool or settings.languagetool or "off")
    languagetool_source: FindingSource = LanguageToolOff()
    if mode != "off":
        from ozon_assistant.languagetool.source import LanguageToolSource

        languagetool_source = LanguageToolSource(mode, timeout=settings.languagetool_timeout,
                                                 path=settings.languagetool_path,
                                                 proxy=settings.languagetool_proxy,
                                                 wait_for_limit=wait_for_limit)
    return [languagetool_source, shared_speller()]
