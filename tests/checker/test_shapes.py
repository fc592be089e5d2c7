"""The shape detectors of issue 15 — unfilled placeholders in any family's shape, bank card
numbers, messenger IDs without "@" near a contact cue — on the replies in shape_cases.toml, and
what data cannot show: the check digit, the vocabulary coming from the packs, every card layout,
everyday numbers in bulk, texts built to be slow.

(Dictated phones and written-out e-mail addresses extend the tables of test_contacts.py.)
"""

from __future__ import annotations

import random
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.checks.addresses import find_cued_handles
from ozon_assistant.checker.checks.contacts import card_prefix, find_cards, luhn
from ozon_assistant.checker.checks.structure import placeholders
from ozon_assistant.checker.context import CheckContext
from tests.checker.helpers import check, shared_checker

CASES = tomllib.loads((Path(__file__).parent / "shape_cases.toml").read_text(encoding="utf-8"))
PLACEHOLDER, CARD, HANDLE = ("all.placeholders.unfilled", "all.privacy.card-number",
                             "all.contacts.handle-labelled")


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


#: what the shape detectors and the policy rules around them report
POLICY = frozenset({"contacts", "privacy", "placeholders", "off_platform"})


@pytest.mark.parametrize("text", [c["text"] for c in CASES["clean"]], ids=lambda t: t[:40])
def test_clean_reply_is_approved_without_a_policy_warning(text: str) -> None:
    result = check(text)
    assert [(f.rule, text[f.start:f.end]) for f in result.findings
            if f.category in POLICY or f.severity.value == "error"] == []
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


def test_a_disguised_email_is_reported_as_the_address_not_as_slots() -> None:
    text = "Reach us at sales{at}lilyshop{dot}hk, we reply within an hour."
    assert _words(text, PLACEHOLDER) == []
    assert _words(text, "all.contacts.email") == ["sales{at}lilyshop{dot}hk"]


@pytest.mark.parametrize("junk", ["(" * 5_000, "[a " * 3_000, "%a" * 5_000, "X." * 5_000,
                                  "_ " * 5_000, "$a" * 5_000, "(имя) " * 1_000,
                                  "wx_1 " * 2_000, "ник: abcd " * 1_000, "1234 " * 2_000])
def test_long_pathological_texts_finish(junk: str) -> None:
    ctx = CheckContext(language="ru")
    spans = [(h.start, h.end) for h in placeholders(junk, ctx, _params(PLACEHOLDER))]
    spans += [*find_cards(junk, _params(CARD)), *find_cued_handles(junk, _params(HANDLE))]
    assert all(0 <= s < e <= len(junk) for s, e in spans)


# -- cards ---------------------------------------------------------------------------------------

def test_luhn_and_issuer_prefixes() -> None:
    assert luhn("5536913800471167") and luhn("4111111111111111") and luhn("378282246310005")
    assert not luhn("5536913800471168") and not luhn("1234567812345678")
    assert card_prefix("2200700123456788") and card_prefix("5536913800471167")  # Mir, Mastercard
    assert card_prefix("378282246310005") and not card_prefix("356938035643809")  # Amex; an IMEI
    assert not card_prefix("8123456789012345") and not card_prefix("3012345678901234")


def _card(r: random.Random, prefix: str, length: int) -> str:
    """A Luhn-valid number of ``length`` digits starting with ``prefix``."""
    body = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return next(body + d for d in "0123456789" if luhn(body + d))


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(0, 2**32 - 1),
       prefix=st.sampled_from(["4", "51", "55", "2200", "2204", "2221", "62", "6011", "3530"]),
       layout=st.sampled_from(["4444", "unbroken", "4444-"]),
       before=st.sampled_from(["", "Карта ", "Номер: ", "Card ", "Пишите, ", "Hello! "]))
def test_any_valid_card_in_a_card_layout_is_flagged(seed: int, prefix: str, layout: str,
                                                      before: str) -> None:
    number = _card(random.Random(seed), prefix, 16)
    sep = "-" if layout.endswith("-") else " "
    shown = number if layout == "unbroken" else sep.join(number[i:i + 4] for i in range(0, 16, 4))
    text = f"{before}{shown}, спасибо."
    assert [text[s:e] for s, e in find_cards(text, _params(CARD))] == [shown]


@settings(max_examples=200, deadline=None)
@given(order=st.integers(10_000_000, 99_999_999), part=st.integers(0, 9999),
       n=st.integers(1, 9), day=st.integers(1, 28), month=st.integers(1, 12),
       price=st.integers(100, 999_999), sku=st.integers(100_000_000, 9_999_999_999),
       track=st.integers(10**13, 10**14 - 1), imei=st.integers(10**14, 10**15 - 1))
def test_everyday_numbers_are_never_cards(order: int, part: int, n: int, day: int, month: int,
                                          price: int, sku: int, track: int, imei: int) -> None:
    amount = f"{price:,}".replace(",", " ")
    text = (f"Заказ {order}-{part:04d}-{n} от {day:02d}.{month:02d}.2025 на сумму {amount} ₽ "
            f"оплачен картой, артикул {sku}, трек {track}, IMEI {imei}, "
            f"отправление {order}{part:04d}-{part:04d}.")
    assert list(find_cards(text, _params(CARD))) == []


# -- messenger IDs -------------------------------------------------------------------------------

def test_the_id_is_caught_once_the_messenger_name_is_gone() -> None:
    """Fixing «вичат» to «чат Ozon» leaves the ID: it stays an error ("add me" is a cue too)."""
    assert _words("Добавьте меня в чат Ozon: wxid_abc123", HANDLE) == ["wxid_abc123"]
    assert _words("Add me in the Ozon chat: wxid_abc123", HANDLE) == ["wxid_abc123"]


def test_cue_words_are_the_packs() -> None:
    """A messenger a team lead adds to the pack's labels makes its IDs errors."""
    params, text = _params(HANDLE), "Наш зелёный мессенджер икс: lily_77"
    assert find_cued_handles(text, {**params, "labels": [], "cues": []}) == ()
    found = find_cued_handles(text, {**params, "labels": ["икс"], "cues": []})
    assert [text[s:e] for s, e in found] == ["lily_77"]
