"""The shape detectors of issue 15 — unfilled placeholders in any family's shape — on the
replies in shape_cases.toml, and what data cannot show: the vocabulary coming from the packs,
texts built to be slow.

(Dictated phones and written-out e-mail addresses extend the tables of test_contacts.py.)
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from ozon_assistant.checker.checks.structure import placeholders
from ozon_assistant.checker.context import CheckContext
from tests.checker.helpers import check, shared_checker

CASES = tomllib.loads((Path(__file__).parent / "shape_cases.toml").read_text(encoding="utf-8"))
PLACEHOLDER = "all.placeholders.unfilled"


def _params(rule: str) -> dict[str, Any]:
    return shared_checker().rule(rule).params  # type: ignore[union-attr]


def _words(text: str, rule: str) -> list[str]:
    return [text[f.start:f.end] for f in check(text).findings if f.rule == rule]


@pytest.mark.parametrize("case", CASES["flag"], ids=lambda c: c["words"])
def test_flagged_exactly_and_not_approved(case: dict[str, str]) -> None:
    assert _words(case["text"], case["rule"]) == [case["words"]]
    assert not check(case["text"]).approved


@pytest.mark.parametrize("case", CASES["pass"], ids=lambda c: c["text"][:40])
def test_look_alike_is_not_flagged(case: dict[str, str]) -> None:
    assert _words(case["text"], case["rule"]) == []


@pytest.mark.parametrize("text", [c["text"] for c in CASES["clean"]], ids=lambda t: t[:40])
def test_clean_reply_gets_no_error_and_no_warning(text: str) -> None:
    result = check(text)
    assert [(f.rule, text[f.start:f.end]) for f in result.findings
            if f.severity.value in ("error", "warning")] == []
    assert result.approved


# -- placeholders ------------------------------------------------------------------------------

def test_russian_field_words_count_in_every_form() -> None:
    """The pack lists «имя», «заказ», «адрес»: «имени», «заказов», «адресу» count."""
    for text in ("Спасибо, [имени покупателя] нет в заказе.", "Список [заказов клиента] ниже.",
                 "Доставим по [адресу получателя]."):
        assert len(_words(text, PLACEHOLDER)) == 1, text


def test_placeholder_words_are_the_packs_not_pythons() -> None:
    """Without the rule's field words only template syntax counts; a word a team lead adds to
    the pack makes its slot an error."""
    ctx, params = CheckContext(language="ru"), _params(PLACEHOLDER)
    text = "Здравствуйте, [Имя покупателя]! Ваш логин: [логин], код {code}."

    def slots(p: dict[str, Any]) -> list[str]:
        return [text[h.start:h.end] for h in placeholders(text, ctx, p)]

    assert slots(params) == ["[Имя покупателя]", "{code}"]
    assert slots({}) == ["{code}"]
    assert slots({**params, "fields": [*params["fields"], "логин"]}) == \
        ["[Имя покупателя]", "[логин]", "{code}"]


@pytest.mark.parametrize("junk", ["(" * 5_000, "[a " * 3_000, "%a" * 5_000, "X." * 5_000,
                                  "_ " * 5_000, "$a" * 5_000, "(имя) " * 1_000, "1234 " * 2_000])
def test_long_pathological_texts_finish(junk: str) -> None:
    ctx = CheckContext(language="ru")
    spans = [(h.start, h.end) for h in placeholders(junk, ctx, _params(PLACEHOLDER))]
    assert all(0 <= s < e <= len(junk) for s, e in spans)
