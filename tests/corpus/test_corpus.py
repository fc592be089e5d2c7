"""The labelled corpus: real-sounding replies, each with what the checker must say about it.

Every ``tests/corpus/*.toml`` holds ``[[case]]`` tables:

    text = "..."                 # the reply
    lang = "ru"                  # optional, else guessed
    channel = "chat"             # optional
    clean = true                 # no error and no warning may be reported (suggestions allowed)
    blocked = true               # must not be approved (a policy breach or a legal error)
    expect = ["formality"]       # categories that must be reported
    absent = ["contacts"]        # categories that must not be reported
    note = "why this case"       # optional
    known_gap = "why"            # optional: the checker still gets this case wrong (xfail)

Aims (issue 3): ≥ 95 % of labelled problems found, no error/warning on a clean reply, every
breach refused, every clean reply approved. The figures are printed with ``-s``.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import Checker
from ozon_assistant.checker.sources import build_sources
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.text import guess_language
from ozon_assistant.core.types import CheckResult
from tests.checker.helpers import shared_checker

HERE = Path(__file__).parent


@lru_cache(maxsize=1)
def full_checker() -> Checker:
    return Checker(shared_checker().packs, sources=build_sources(Settings(), "off"))


def check(text: str, lang: str | None, channel: str) -> CheckResult:
    """As ``ozon-assistant check`` judges it: house rules and the built-in speller (a clean
    reply must not get a spelling warning either)."""
    checker = full_checker()
    ctx = CheckContext(language=lang or guess_language(text), channel=channel)  # type: ignore[arg-type]
    return checker.check(text, ctx)


def _cases() -> list[tuple[str, dict]]:  # type: ignore[type-arg]
    out = []
    for path in sorted(HERE.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("case", [])):
            out.append((f"{path.stem}#{i + 1}", case))
    return out


CASES = _cases()


def _describe(result) -> str:  # type: ignore[no-untyped-def]
    return "; ".join(f"{f.severity.value} {f.rule} {result.text[f.start:f.end]!r}"
                     for f in result.findings)


def _params() -> list:  # type: ignore[type-arg]
    """Each case; one marked ``known_gap`` is an expected failure, strict: fixing it fails the
    test until the mark is removed, so the corpus never hides what the checker cannot do."""
    return [pytest.param(name, case, id=name, marks=pytest.mark.xfail(
                strict=True, reason=case["known_gap"])) if case.get("known_gap")
            else pytest.param(name, case, id=name) for name, case in CASES]


@pytest.mark.parametrize("name,case", _params())
def test_case(name: str, case: dict) -> None:  # type: ignore[type-arg]
    result = check(case["text"], case.get("lang"), case.get("channel", "chat"))
    cats = {f.category for f in result.findings}
    if case.get("clean"):
        loud = [f for f in result.findings if f.severity.value in ("error", "warning")]
        assert not loud, f"clean reply got findings: {_describe(result)}"
        assert result.approved
    if case.get("blocked"):
        assert not result.approved, f"policy/legal breach was approved: {case['text']!r}"
    missing = set(case.get("expect", [])) - cats
    assert not missing, f"missed {sorted(missing)}; got {_describe(result)}"
    unwanted = set(case.get("absent", [])) & cats
    assert not unwanted, f"unwanted {sorted(unwanted)}; got {_describe(result)}"


def test_corpus_figures(capsys: pytest.CaptureFixture[str]) -> None:
    labelled = found = clean = clean_ok = blocked = refused = 0
    for _, case in CASES:
        result = check(case["text"], case.get("lang"), case.get("channel", "chat"))
        cats = {f.category for f in result.findings}
        labelled += len(case.get("expect", []))
        found += len(set(case.get("expect", [])) & cats)
        if case.get("clean"):
            clean += 1
            clean_ok += result.approved and not any(
                f.severity.value in ("error", "warning") for f in result.findings)
        if case.get("blocked"):
            blocked += 1
            refused += not result.approved
    with capsys.disabled():
        print(f"\ncorpus: {len(CASES)} cases; problems found {found}/{labelled}; "
              f"clean approved without warnings {clean_ok}/{clean}; breaches refused {refused}/{blocked}")
    assert labelled == 0 or found / labelled >= 0.95
