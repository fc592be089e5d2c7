"""Every rule's own examples run as tests: a rule that misses its bad example or fires on its
good one fails CI (as LanguageTool's <example> and proselint's must-flag/must-pass do)."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.rules import Rule
from ozon_assistant.core.text import guess_language
from tests.checker.helpers import shared_checker

RULES = shared_checker().rules


def _ctx(rule: Rule, text: str) -> CheckContext:
    lang = guess_language(text)
    if lang not in rule.languages:
        lang = rule.languages[0]
    return CheckContext(language=lang)


def _hits(rule: Rule, text: str) -> list:  # type: ignore[type-arg]
    """The rule's own findings, before merging (another rule may report the same words)."""
    return [f for f in shared_checker().rule_findings(text, _ctx(rule, text)) if f.rule == rule.id]


def test_packs_have_rules() -> None:
    assert len(RULES) >= 10


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_bad_examples_fire(rule: Rule) -> None:
    for text in rule.examples_bad:
        assert _hits(rule, text), f"{rule.id} ({rule.pack}) missed its bad example: {text!r}"


@pytest.mark.parametrize("rule", [r for r in RULES if any(r.example_marks)],
                         ids=lambda r: r.id)
def test_marked_examples_flag_exactly_their_words(rule: Rule) -> None:
    """A bad example's <marker> names the words the rule must flag, and its fix='…' the
    first replacement it must offer (LanguageTool's <marker> and correction)."""
    for text, mark in zip(rule.examples_bad, rule.example_marks, strict=True):
        if mark is None:
            continue
        start, end, fix = mark
        spans = [(f.start, f.end) for f in _hits(rule, text)]
        assert (start, end) in spans, \
            f"{rule.id}: want {text[start:end]!r} flagged in {text!r}, got " + \
            ", ".join(repr(text[a:b]) for a, b in spans)
        if fix:
            got = next(f for f in _hits(rule, text) if (f.start, f.end) == (start, end))
            assert got.replacements[:1] == (fix,), \
                f"{rule.id}: want the fix {fix!r} for {text[start:end]!r}, got {got.replacements}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_good_examples_pass(rule: Rule) -> None:
    for text in rule.examples_good:
        hits = _hits(rule, text)
        assert not hits, f"{rule.id} ({rule.pack}) fired on its good example {text!r}: " + \
            ", ".join(repr(text[f.start:f.end]) for f in hits)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_replacements_apply_cleanly(rule: Rule) -> None:
    """Applying a rule's first fix to its bad example removes that finding at that place."""
    for text in rule.examples_bad:
        for f in _hits(rule, text):
            if not f.replacements:
                continue
            fixed = text[: f.start] + f.replacements[0] + text[f.end :]
            again = [g for g in _hits(rule, fixed) if g.start == f.start and g.rule == f.rule
                     and fixed[g.start:g.end] == text[f.start:f.end]]
            assert not again, f"{rule.id}: fix {f.replacements[0]!r} did not cure {text!r}"
