"""checker/checks/shouting.py with the bundled rules: capitals, ! and ? runs, emoji, smileys."""

from __future__ import annotations

from tests.checker.helpers import check

CAPS, RUNS, EMOJI, SMILEY = ("all.capitals.caps", "all.punctuation.runs", "all.emoticons.emoji",
                             "all.emoticons.text")


def found(text: str, rule: str, lang: str = "ru") -> list[tuple[str, tuple[str, ...]]]:
    result = check(text, lang)
    return [(text[f.start:f.end], f.replacements) for f in result.findings if f.rule == rule]


def test_a_shouted_sentence_is_one_finding_with_its_fix() -> None:
    text = "ЗВОНИТЕ СРОЧНО, мы всё решим."
    assert found(text, CAPS) == [("ЗВОНИТЕ СРОЧНО", ("Звоните срочно",))]


def test_one_long_word_in_capitals_is_shouting_mid_sentence_in_lower_case() -> None:
    text = "Спасибо, мы ОБЯЗАТЕЛЬНО ответим."
    assert found(text, CAPS) == [("ОБЯЗАТЕЛЬНО", ("обязательно",))]


def test_abbreviations_and_model_codes_are_not_shouting() -> None:
    for text in ("Заказ передан в СДЭК, трек придёт по SMS.", "Подходит к ноутбуку ThinkPad T480 и XPS.",
                 "Кабель USB входит в комплект OZON.", "Кофемашина ECAM 22.110 в наличии."):
        assert found(text, CAPS) == [], text


def test_runs_of_marks() -> None:
    assert [w for w, _ in found("Спасибо за заказ!!! Ждём вас снова???", RUNS)] == ["!!!", "???"]
    assert found("Спасибо за заказ! Ждём вас снова.", RUNS) == []


def test_emoji_and_text_smileys() -> None:
    # the emoji's finding takes in the space before it, so its removal leaves none behind
    assert [w.strip() for w, _ in found("Спасибо за заказ 😊 Ждём вас снова", EMOJI)] == ["😊"]
    assert [w for w, _ in found("Спасибо за заказ))) Ждём вас снова", SMILEY)] == [")))"]


def test_a_numbered_list_is_no_smiley() -> None:
    text = "Что сделать:\n1) упакуйте товар;\n2) отнесите его в пункт выдачи."
    assert found(text, SMILEY) == []
