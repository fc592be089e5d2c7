"""The bundled library as shipped: it loads cleanly and every snippet, rendered with its sample
values, passes our own checker (no error, no warning) in each language and for each channel."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.engine import context_for, get_checker
from ozon_assistant.checker.sources import build_sources
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import Severity
from ozon_assistant.snippets.fill import render_snippet, sample_values
from ozon_assistant.snippets.libraries import Locations, load_library
from ozon_assistant.snippets.model import PHRASE_PURPOSES, Library
from ozon_assistant.snippets.render import render

SITUATIONS = {
    "order_status", "delivery_delay", "return_howto", "refund_timing", "defect_warranty",
    "wrong_or_missing_item", "damaged_parcel", "size_fit", "product_question", "out_of_stock",
    "review_positive", "review_negative", "ozon_support", "cross_border_customs", "order_change",
    "thank_you_letter", "feedback_request",
}


@pytest.fixture(scope="module")
def bundled() -> Library:
    lib = load_library(Locations.from_settings(Settings()))
    assert lib.snippets, "the bundled snippet library (resources/snippets) is EMPTY or did not load"
    return lib


def test_bundled_library_loads_without_problems(bundled: Library) -> None:
    assert not bundled.problems, "\n".join(str(p) for p in bundled.problems)
    assert all(s.source == "bundled" for s in bundled.snippets.values())


def test_every_bundled_snippet_is_clean_under_the_checker(bundled: Library) -> None:
    settings = Settings()
    checker = get_checker(settings, build_sources(settings))  # house rules and the speller
    dirty: list[str] = []
    checked = 0
    for s in bundled.ordered():
        for lang in s.languages:
            values = sample_values(bundled, s, lang)
            rendered = render_snippet(bundled, s, lang, values)
            if rendered.unfilled:
                dirty.append(f"{s.id} [{lang}]: no sample for {', '.join(rendered.unfilled)}")
                continue
            for channel in s.channels:
                ctx = context_for(settings, rendered.text, lang, channel, "en")
                result = checker.check(rendered.text, ctx)
                checked += 1
                for f in result.findings:
                    if f.severity in (Severity.ERROR, Severity.WARNING):
                        dirty.append(f"{s.id} [{lang}/{channel}] {f.severity.value} {f.rule}: "
                                     f"{rendered.text[f.start:f.end]!r} — {f.message}")
    assert checked > 0, "no bundled snippet was checked"
    assert not dirty, f"{len(dirty)} problem(s):\n" + "\n".join(dirty)


def test_every_bundled_snippet_is_complete(bundled: Library) -> None:
    missing = []
    for s in bundled.ordered():
        if s.languages != ["ru", "en"]:
            missing.append(f"{s.id}: body in {s.languages}, want ru and en")
        if not s.gloss.get("zh"):
            missing.append(f"{s.id}: no zh gloss")
        for what, texts in (("title", s.title), ("tags", s.tags)):
            absent = [lang for lang in ("en", "ru", "zh") if not texts.get(lang)]
            if absent:
                missing.append(f"{s.id}: {what} lacks {', '.join(absent)}")
        if s.category not in SITUATIONS:
            missing.append(f"{s.id}: category {s.category!r} is not one of the issue's situations")
        if set(s.placeholder_names("ru")) != set(s.placeholder_names("en")):
            missing.append(f"{s.id}: ru and en bodies use different placeholders")
    assert not missing, "\n".join(missing)


def test_bundled_placeholders_have_labels_and_samples(bundled: Library) -> None:
    bad = []
    for s in bundled.ordered():
        for name in s.placeholder_names():
            ph = bundled.placeholder(s, name)
            if not all(ph.label.get(k) for k in ("en", "ru", "zh")):
                bad.append(f"{s.id}: {{{name}}} lacks a label in en/ru/zh")
            if not (ph.sample or ph.choices):
                bad.append(f"{s.id}: {{{name}}} has no sample value")
    assert not bad, "\n".join(bad)


def test_bundled_phrase_bank_covers_every_purpose(bundled: Library) -> None:
    assert bundled.phrases, "the bundled phrase bank (resources/phrases) is EMPTY"
    for lang in ("ru", "en"):
        have = {p.purpose for p in bundled.phrases if p.lang == lang}
        assert have == set(PHRASE_PURPOSES), f"{lang}: missing {set(PHRASE_PURPOSES) - have}"


def test_bundled_phrases_are_clean_under_the_checker(bundled: Library) -> None:
    settings = Settings()
    checker = get_checker(settings, build_sources(settings))  # house rules and the speller
    samples = {n: ph.sample for n, ph in bundled.placeholders.items()}
    dirty = []
    for p in bundled.phrases:
        text = render(p.text, {n: v.get(p.lang, "") for n, v in samples.items()}).text
        ctx = context_for(settings, text, p.lang, "chat", "en")
        for f in checker.check_paragraph(text, ctx):
            if f.severity in (Severity.ERROR, Severity.WARNING):
                dirty.append(f"{p.lang} {p.purpose} {text!r}: {f.rule} {f.message}")
    assert not dirty, "\n".join(dirty)


def test_bundled_library_size(bundled: Library) -> None:
    cats = {s.category for s in bundled.snippets.values()}
    assert len(bundled.snippets) >= 60, f"only {len(bundled.snippets)} bundled snippets (want ≥ 60)"
    assert len(cats) >= 12, f"only {len(cats)} situations (want ≥ 12)"
