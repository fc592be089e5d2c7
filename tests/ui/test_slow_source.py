""""Checking…" after the first English reply (issue 17): the speller's first check in a language
waits for its dictionaries (seconds on the first start after an install) and held the approval
badge at "Checking…" although the house rules had given their verdict. The badge follows the
house rules; a slow source's findings join when they come."""

from __future__ import annotations

import threading

from ozon_assistant.checker.engine import SourceStatus
from ozon_assistant.core.types import Finding, Severity
from tests.ui.compose_helpers import type_text


class LoadingSpeller:
    """A source whose first check waits, as the speller does while its dictionaries load."""

    name = "spelling"

    def __init__(self) -> None:
        self.loaded = threading.Event()

    def check_paragraph(self, text: str, ctx) -> list[Finding]:  # type: ignore[no-untyped-def]
        self.loaded.wait(30)
        i = text.find("ordr")
        return [] if i < 0 else [Finding(i, i + 4, "spelling.en", "spelling", Severity.WARNING,
                                         "a typo", replacements=("order",), source="spelling")]

    def status(self) -> SourceStatus:
        return SourceStatus(self.name, "ready" if self.loaded.is_set() else "loading", "")


def test_a_loading_source_does_not_hold_the_verdict(qtbot, window) -> None:
    from ozon_assistant.checker.engine import get_checker

    speller = LoadingSpeller()
    checker = get_checker(window.settings, [speller])
    window.checker_service.use(checker, keep_house=True)
    tab = window.current_tab()
    assert tab.live.checker is checker
    try:
        type_text(tab.editor, "Hello! Thank you for your ordr, it ships today.")
        # the house rules answer at once: the badge says the verdict while the speller loads
        qtbot.waitUntil(lambda: tab.header.state.text() == "✓ Approved", timeout=5000)
        assert tab.live.sources_busy and not tab.live.house_busy
        assert not tab.up_to_date()  # everything (the speller too) is not in yet
    finally:
        speller.loaded.set()
    # the speller's finding joins when it comes
    qtbot.waitUntil(tab.up_to_date, timeout=10000)
    assert [f.rule for f in tab.findings] == ["spelling.en"]
    assert tab.header.state.text() == "✓ Approved"
    assert window.panel.summary.text() == "0 errors, 1 warning, 0 suggestions"
