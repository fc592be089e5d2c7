"""What a slip hides: the paragraph is checked again as its likely correction reads, and what only
appears then is reported on the words the seller wrote."""

from __future__ import annotations

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.recheck import behind_slips
from ozon_assistant.core.types import Finding, Severity
from tests.checker.helpers import shared_checker


def _findings(text: str, lang: str) -> list[Finding]:
    return shared_checker().check(text, CheckContext(language=lang)).findings


def test_a_contraction_without_its_apostrophe_does_not_hide_an_unlawful_refusal() -> None:
    text = "Hello! We dont accept returns of opened items."
    legal = [f for f in _findings(text, "en") if f.category == "legal"]
    assert legal and legal[0].severity is Severity.ERROR
    assert text[legal[0].start:legal[0].end].startswith("We dont accept returns")
    assert not shared_checker().check(text, CheckContext(language="en")).approved


def test_should_of_does_not_hide_blame() -> None:
    text = "Hello! You should of read the description."
    blame = [f for f in _findings(text, "en") if f.category == "negativity"]
    assert blame and text[blame[0].start:blame[0].end] == "You should of read"


def _slip(start: int, end: int, fix: str) -> Finding:
    return Finding(start, end, "x.slip", "grammar", Severity.WARNING, "", replacements=(fix,))


def test_offsets_map_back_across_longer_and_shorter_fixes() -> None:
    text = "aa bb cc dd"
    found = [_slip(0, 2, "aaaa"), _slip(6, 8, "c")]  # corrected: "aaaa bb c dd"

    def check(corrected: str) -> list[Finding]:
        assert corrected == "aaaa bb c dd"
        i, k = corrected.index("bb"), corrected.index("dd")
        return [Finding(i, i + 2, "r.one", "rudeness", Severity.ERROR, ""),
                Finding(k, k + 2, "r.two", "rudeness", Severity.ERROR, ""),
                Finding(1, 3, "r.inside", "rudeness", Severity.ERROR, ""),
                Finding(i, i + 2, "x.again", "grammar", Severity.WARNING, "")]

    got = {(f.rule, text[f.start:f.end]) for f in behind_slips(check, text, found)}
    assert got == {("r.one", "bb"), ("r.two", "dd"), ("r.inside", "aa")}


def test_nothing_is_checked_twice_without_a_slip() -> None:
    def check(corrected: str) -> list[Finding]:
        raise AssertionError("no slip, no second check")

    assert behind_slips(check, "Hello!", []) == []
