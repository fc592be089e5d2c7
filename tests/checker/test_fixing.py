"""Fix all safe (checker/fixing.py) with the real checker on real sentences: every safe fix, the
result checked again, well-formed text, and never a contact left behind behind a green badge."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import Checker, Overrides
from ozon_assistant.checker.fixing import (
    ROUNDS,
    apply_fixes,
    fix_all,
    fix_with,
    handle_spans,
    leaves_contact,
    safe_fixes,
    sentence_start,
    shape,
)
from ozon_assistant.core.text import guess_language
from ozon_assistant.core.types import CheckResult, Finding, Severity
from tests.checker.helpers import shared_checker

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def fixed(text: str, checker: Checker | None = None):
    ctx = CheckContext(language=guess_language(text))
    return fix_with(checker or shared_checker(), ctx, text)


# -- what it fixes ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("ЗДРАВСТВУЙТЕ! ЗАКАЗ ОТПРАВЛЕН.", "Здравствуйте! Заказ отправлен."),
    ("Здравствуйте! ЗАКАЗ ОТПРАВЛЕН. ЖДЁМ ВАС СНОВА!", "Здравствуйте! Заказ отправлен. Ждём Вас снова!"),
    ("HELLO! THANKS FOR YOUR ORDER. IT SHIPS TODAY.", "Hello! Thanks for your order. It ships today."),
])
def test_capitals_fixed_sentence_starts_stay_capitalised(text: str, want: str) -> None:
    result = fixed(text)
    assert result.text == want
    assert result.approved and result.applied >= 1


@pytest.mark.parametrize(("text", "want"), [
    ("Здравствуйте! Заказ отправлен 😊 Мой коллега свяжется с Вами в чате Ozon.",
     "Здравствуйте! Заказ отправлен. Мой коллега свяжется с Вами в чате Ozon."),
    ("Здравствуйте! Заказ отправлен))) Спасибо за покупку.",
     "Здравствуйте! Заказ отправлен. Спасибо за покупку."),
    ("Hello Ben, your parcel is on its way 🚀🔥 Expected delivery is 9 October.",
     "Hello Ben, your parcel is on its way. Expected delivery is 9 October."),
    ("Hello! Thank you for buying our desk lamp ^_^ We hope it lights up your evenings.",
     "Hello! Thank you for buying our desk lamp. We hope it lights up your evenings."),
])
def test_a_removed_emoji_that_ended_a_sentence_leaves_a_full_stop(text: str, want: str) -> None:
    assert fixed(text).text == want


@pytest.mark.parametrize(("text", "want"), [
    ("Здравствуйте! Спасибо 😊 за заказ, он уже в пути.", "Здравствуйте! Спасибо за заказ, он уже в пути."),
    ("😊 Здравствуйте! Заказ в пути.", "Здравствуйте! Заказ в пути."),
    ("Hello! Thanks for the order 😊", "Hello! Thanks for the order"),
    ("Hello! Thanks for the order 😊!", "Hello! Thanks for the order!"),
    ("Здравствуйте! Будем ждать Вас снова))", "Здравствуйте! Будем ждать Вас снова"),
    ("Здравствуйте!!! Спасибо за заказ 😊 Посылка уже в пути.",
     "Здравствуйте! Спасибо за заказ. Посылка уже в пути."),
])
def test_removals_leave_no_stray_space_and_no_invented_full_stop(text: str, want: str) -> None:
    assert fixed(text).text == want


def test_fixes_are_checked_again_until_nothing_safe_is_left() -> None:
    # round one: the greeting is the worse problem and wins over the overlapping caps fix;
    # the rest comes in the next rounds
    result = fixed("ПРИВЕТ!!! СПАСИБО ЗА ЗАКАЗ.")
    assert result.text == "Здравствуйте! Спасибо за заказ."
    assert result.result.text == result.text  # the verdict is about the text returned
    assert not safe_fixes(result.text, result.result.findings)


def test_overlapping_fixes_do_not_stack_greetings() -> None:
    result = fixed("Доброго времени суток! Ваш заказ отправлен.")
    assert result.text == "Здравствуйте! Ваш заказ отправлен."


def test_nothing_to_fix_changes_nothing() -> None:
    text = "Здравствуйте! Спасибо за заказ. Посылка уже в пути."
    result = fixed(text)
    assert result.text == text and result.applied == 0 and result.approved


def test_rounds_are_bounded() -> None:
    calls = []

    def always_another(text: str) -> CheckResult:  # a check that always finds one more
        calls.append(text)
        finding = Finding(0, 1, "test.loop", "typography", Severity.WARNING, "m",
                          replacements=(text[0] + "x",))
        return CheckResult(text, "en", "chat", [finding])

    result = fix_all("abc", always_another)
    assert len(calls) == ROUNDS + 1 and result.applied == ROUNDS


# -- well-formed on real replies ---------------------------------------------------------------
@lru_cache(maxsize=1)
def corpus_texts() -> list[str]:
    texts = []
    for name in ("ru_corpus.toml", "en_corpus.toml", "fresh_corpus.toml"):
        data = tomllib.loads((CORPUS / name).read_text(encoding="utf-8"))
        texts += [case["text"] for case in data["case"]]
    return texts


def _count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, re.M))


def _lower_starts(text: str) -> int:
    return sum(sentence_start(text, m.start()) for m in re.finditer(r"[a-zа-яё]", text))


def test_fixed_corpus_replies_stay_well_formed() -> None:
    changed = 0
    for text in corpus_texts():
        result = fixed(text)
        if result.text == text:
            continue
        changed += 1
        out = result.text
        for pattern in ("  ", r" [,.!?;:]", r"^[ \t]", r"[ \t]$"):
            assert _count(pattern, out) <= _count(pattern, text), (pattern, text, out)
        assert _lower_starts(out) <= _lower_starts(text), (text, out)
        assert fixed(out).text == out, "fixing a fixed reply changes it again"
    assert changed > 100


# -- contacts ----------------------------------------------------------------------------------
def test_the_window_case_a_messenger_fix_never_approves_the_handle_left_behind() -> None:
    text = "Здравствуйте! Пишите мне в вичат wxid_abc123, если будут вопросы."
    result = fixed(text)
    assert "wxid_abc123" in result.text and not result.approved
    assert result.text == text  # the sentence is the seller's to rewrite
    assert any(f.rule == "all.contacts.messenger" and f.severity is Severity.ERROR
               for f in result.result.findings)


@pytest.mark.parametrize("text", [
    "Здравствуйте! Пишите мне в вичат wxid_abc123, если будут вопросы.",
    "Здравствуйте! Мой вотсап lily_store_77, пишите.",
    "Здравствуйте! Добавляйтесь в телеграм @lily_shop, там все модели.",
    "Здравствуйте! Наш вайбер 8 916 123 45 67, звоните.",
    "Здравствуйте! Скиньте свой ник в телеге, пришлю видео распаковки.",
    "Hello! Message us on WhatsApp wxid_shop2024 if you have questions.",
])
def test_the_guard_holds_without_any_handle_rule(text: str) -> None:
    """The handle detectors of the contact checks are switched off: the fix alone must not
    turn the reply green while the handle is still in it."""
    rules = shared_checker().packs.rules
    off = Overrides(tuple(sorted((r.id, "off") for r in rules
                                 if r.category == "contacts" and r.id != "all.contacts.messenger")))
    checker = Checker(shared_checker().packs, off)
    result = fixed(text, checker)
    assert not result.approved, result.text
    assert result.text.count("Ozon") == text.count("Ozon")  # the messenger's name not replaced


@pytest.mark.parametrize(("text", "want"), [
    ("Здравствуйте! Пишите в вичат, если будут вопросы.",
     "Здравствуйте! Пишите в чат Ozon, если будут вопросы."),
    ("Hello! We can not help here, message us on WhatsApp.",
     "Hello! We can not help here, message us on the Ozon chat."),
])
def test_a_messenger_name_alone_is_still_fixed(text: str, want: str) -> None:
    result = fixed(text)
    assert result.text == want and result.approved


def test_no_fix_edits_a_contact_s_words() -> None:
    text = "Здравствуйте! Почта: s h o p @ m a i l . r u"
    result = fixed(text)
    assert "s h o p @ m a i l . r u" in result.text and not result.approved


def test_a_round_that_hides_a_contact_is_taken_back() -> None:
    """No rule today loses a contact when a fix next to it goes in; if one did, the fixes in
    that contact's sentence are dropped from the round and the rest go in."""
    contact = "Тел восемь девятьсот"

    def check(text: str) -> CheckResult:
        found = []
        at = text.find(contact)
        if at >= 0 and "ТЕЛ" not in text[:at] and text[at + len(contact):].startswith("!!!"):
            found.append(Finding(at, at + len(contact), "test.phone", "contacts", Severity.ERROR,
                                 "phone"))
        for m in re.finditer("!!!", text):
            found.append(Finding(m.start(), m.end(), "test.runs", "punctuation",
                                 Severity.WARNING, "runs", replacements=("!",)))
        return CheckResult(text, "ru", "chat", found)

    text = f"Спасибо!!! Ждём. {contact}!!!"
    result = fix_all(text, check)
    assert result.text == f"Спасибо! Ждём. {contact}!!!"
    assert not result.approved


def test_handle_spans_by_shape() -> None:
    def shapes(text: str, word: str) -> list[str]:
        at = text.index(word)
        return [text[a:b] for a, b in handle_spans(text, at, at + len(word))]

    assert shapes("Пишите в вичат wxid_abc123, ответим.", "вичат") == ["wxid_abc123"]
    assert shapes("Пишите в вичат lilystore, ответим.", "вичат") == ["lilystore"]
    assert shapes("Пишите в телеграм. Модель XPS13 есть.", "телеграм") == []  # another sentence
    assert shapes("Write on WhatsApp, e.g. today.", "WhatsApp") == []
    assert shapes("Write on WhatsApp +7 916 123-45-67.", "WhatsApp") == ["+7 916 123-45-67"]


def test_leaves_contact_is_only_about_contact_fixes() -> None:
    text = "Пишите в вичат wxid_abc123 СРОЧНО."
    at = text.index("вичат")
    messenger = Finding(at, at + 5, "all.contacts.messenger", "contacts", Severity.ERROR, "m",
                        replacements=("чат Ozon",))
    caps = Finding(text.index("СРОЧНО"), len(text) - 1, "all.capitals.caps", "capitals",
                   Severity.WARNING, "m", replacements=("срочно",))
    assert leaves_contact(text, messenger) and not leaves_contact(text, caps)
    assert safe_fixes(text, [messenger, caps]) == [caps]


# -- one edit ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "new", "want"), [
    ("Итак, заказ отправлен.", "Итак, ", "", "Заказ отправлен."),
    ("Заказ отправлен. Короче, ждите.", "Короче,", "", "Заказ отправлен. Ждите."),
    ("Заказ отправлен !!!", "!!!", "!", "Заказ отправлен!"),
    ("Мы ответим. вичат не нужен.", "вичат", "чат Ozon", "Мы ответим. вичат не нужен."
     .replace("вичат", "чат Ozon")),
    ("Мы ответим. Вичат не нужен.", "Вичат", "чат Ozon", "Мы ответим. Чат Ozon не нужен."),
    ("т. е. ЗАКАЗ В ПУТИ", "ЗАКАЗ", "заказ", "т. е. заказ В ПУТИ"),
])
def test_shape_one_edit(text: str, span: str, new: str, want: str) -> None:
    at = text.index(span)
    edit = shape(text, at, at + len(span), new)
    assert text[: edit.start] + edit.new + text[edit.end :] == want


def test_edits_apply_from_the_end() -> None:
    text = "ЗДРАВСТВУЙТЕ!!! 😊 Спасибо."
    found = [Finding(0, 12, "caps", "capitals", Severity.WARNING, "m",
                     replacements=("здравствуйте",)),
             Finding(12, 15, "runs", "punctuation", Severity.WARNING, "m", replacements=("!",)),
             Finding(15, 17, "emoji", "emoticons", Severity.WARNING, "m", replacements=("",))]
    assert apply_fixes(text, found) == "Здравствуйте! Спасибо."


def test_a_capitalised_word_inside_a_sentence_is_no_safe_spelling_fix() -> None:
    """«Markova» flagged as unknown with the one suggestion «Markov» is the buyer's name: Fix
    all safe leaves it to the seller; a lower-case typo and one at a sentence start are fixed."""
    text = "Спосибо, Markova! Ваш заказ отправлен, трек-номер придёт севодня."

    def spelling(word: str, fix: str) -> Finding:
        start = text.index(word)
        return Finding(start, start + len(word), "spelling.unknown-word", "spelling",
                       Severity.WARNING, "", replacements=(fix,), source="speller")

    found = [spelling("Спосибо", "Спасибо"), spelling("Markova", "Markov"),
             spelling("севодня", "сегодня")]
    chosen = [text[f.start:f.end] for f in safe_fixes(text, found)]
    assert chosen == ["Спосибо", "севодня"]
    assert apply_fixes(text, safe_fixes(text, found)) == \
        "Спасибо, Markova! Ваш заказ отправлен, трек-номер придёт сегодня."
