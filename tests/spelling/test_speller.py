"""The built-in speller on real dictionaries (no stubs): what it flags, what it skips, and how it
shapes corrections. Quality figures are in benchmarks/bench_spelling.py, not here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import get_checker
from ozon_assistant.core.types import Severity
from ozon_assistant.spelling import personal
from ozon_assistant.spelling.speller import Speller

RU = CheckContext(language="ru")
EN = CheckContext(language="en")


@pytest.fixture(scope="module")
def speller() -> Iterator[Speller]:
    s = Speller(background=False)
    yield s


def flagged(s: Speller, text: str, ctx: CheckContext = RU) -> dict[str, tuple[str, ...]]:
    return {text[f.start:f.end]: f.replacements for f in s.check_paragraph(text, ctx)}


def test_russian_typos_are_flagged_with_ranked_fixes(speller: Speller) -> None:
    text = "Погуляем летом обязаательно, там все написанно."
    found = speller.check_paragraph(text, RU)
    got = {text[f.start:f.end]: f for f in found}
    assert set(got) == {"обязаательно", "написанно"}
    f = got["обязаательно"]
    assert f.replacements[0] == "обязательно" and len(f.replacements) <= 5
    assert (f.category, f.severity, f.source) == ("spelling", Severity.WARNING, "speller")
    assert got["написанно"].replacements[0] == "написано"


def test_a_wrong_first_letter_is_still_corrected(speller: Speller) -> None:
    """Corrections are searched among words starting like the typo (or with a letter that sounds
    like its first), then among all words when no common one is a slip away."""
    fixes = flagged(speller, "Мы зделаем всё, фсе будут довольны, мельзя иначе, ельзя тоже.")
    assert fixes["зделаем"][0] == "сделаем"  # з/с sound alike
    assert fixes["фсе"][0] == "все"
    assert fixes["мельзя"][0] == "нельзя"  # no «м…» word is one slip away
    assert fixes["ельзя"][0] == "нельзя"  # the first letter left out


def test_capitalised_first_word_is_checked_and_case_kept(speller: Speller) -> None:
    assert flagged(speller, "Атличный товар, спасибо!")["Атличный"][0] == "Отличный"
    assert flagged(speller, "ОБЯЗААТЕЛЬНО приходите")["ОБЯЗААТЕЛЬНО"][0] == "ОБЯЗАТЕЛЬНО"


def test_yo_is_kept_when_the_seller_writes_it(speller: Speller) -> None:
    assert "ещё" in flagged(speller, "Напишите ещёё раз")["ещёё"]
    assert flagged(speller, "Ещё раз спасибо, всё хорошо") == {}


def test_distorted_and_informal_forms_get_the_standard_word(speller: Speller) -> None:
    found = speller.check_paragraph("Отправим седня, што скажете?", RU)
    assert [f.rule for f in found] == ["spelling.nonstandard-form"] * 2
    got = flagged(speller, "Отправим седня, што скажете?")
    assert got["седня"][0] == "сегодня" and got["што"][0] == "что"


def test_stretched_words_collapse(speller: Speller) -> None:
    assert flagged(speller, "Спасибо, ооочень приятно")["ооочень"][0] == "очень"


def test_what_is_not_a_word_is_skipped(speller: Speller) -> None:
    text = ("Заказ 35142875-0153-1, модель T480 и XPS, смартфон Xiaomi и iPhone на Ozon, "
            "пишите shop@example.com или https://ozon.ru/t/abc, МЧС и ГИБДД.")
    assert flagged(speller, text) == {}


def test_names_inside_a_sentence_are_not_typos(speller: Speller) -> None:
    assert flagged(speller, "Вчера мы ездили к Норнштейну в гости.") == {}


def test_clean_reply_has_no_findings(speller: Speller) -> None:
    text = ("Здравствуйте! Спасибо за заказ. Посылка уже в пути, ожидаемая дата доставки "
            "указана в личном кабинете Ozon.")
    assert speller.check_paragraph(text, RU) == []


def test_english_typos_british_spelling_and_names(speller: Speller) -> None:
    got = flagged(speller, "Thank you for teh order, the colour is as shown in the picture.", EN)
    assert list(got) == ["teh"] and got["teh"][0] == "the"
    assert flagged(speller, "We siad it would arrive soon.", EN)["siad"][0] == "said"


def test_more_british_spellings_and_trade_words_are_words(speller: Speller) -> None:
    text = ("The programme covers jewellery and tyres paid in instalments, in roubles or by "
            "cheque; the aluminium adaptor has a microfibre pouch, paraben-free, with Wi-Fi.")
    assert flagged(speller, text, EN) == {}
    text = "Ткань: хлопок и эластан, павербанк на 10 000 мА·ч, пересорт заменим."
    assert flagged(speller, text) == {}


def test_hyphenated_words_of_known_parts_are_words(speller: Speller) -> None:
    assert flagged(speller, "Серьги-пусеты и масло-спрей для волос уже в пути.") == {}
    assert "серьги-пусьеты" in flagged(speller, "Отправили серьги-пусьеты вчера.")


def test_severity_follows_how_likely_a_typo_is(speller: Speller) -> None:
    """A warning when the correction is far more common than what was typed; a suggestion
    (the word may well be right: a name, a rare word) otherwise."""
    def by_word(text: str, ctx: CheckContext = RU) -> dict[str, tuple[str, Severity]]:
        return {text[f.start:f.end]: (f.rule, f.severity)
                for f in speller.check_paragraph(text, ctx)}

    likely = by_word("Пасылка придёт завтра, спасибо за ожыдание.")
    assert likely == {"Пасылка": ("spelling.unknown-word", Severity.WARNING),
                      "ожыдание": ("spelling.unknown-word", Severity.WARNING)}
    # capitalised inside a sentence with a close correction: most often a name
    name = by_word("Your parcel was handed to Dmitry at the pick-up point.", EN)
    assert name == {"Dmitry": ("spelling.unfamiliar-word", Severity.SUGGESTION)}
    # a real word the dictionary lacks, not much rarer than its nearest correction
    rare = by_word("Состав: вода, глицерин, бисаболол.")
    assert rare == {"бисаболол": ("spelling.unfamiliar-word", Severity.SUGGESTION)}


def test_english_context_picks_the_word_that_fits(speller: Speller) -> None:
    assert flagged(speller, "He fell on the gound and cried.", EN)["gound"][0] == "ground"


def test_personal_dictionary_and_accept_words_silence_a_word(speller: Speller) -> None:
    text = "Уютненько благодарит вас"
    assert "Уютненько" in flagged(speller, text)
    personal.add_word("уютненько")
    assert flagged(speller, text) == {}
    personal.remove_word("Уютненько")
    assert "Уютненько" in flagged(speller, text)  # the words are read again when the file moves
    accept = CheckContext(language="ru", accept_words=frozenset({"уютненько"}))
    assert speller.check_paragraph("Уютненько благодарит вас", accept) == []
    assert "Уютненько" in flagged(speller, text)  # another context's words are its own


def test_personal_dictionary_of_another_home_is_read(speller: Speller, tmp_path,  # type: ignore[no-untyped-def]
                                                     monkeypatch) -> None:
    text = "Уютненько благодарит вас"
    personal.add_word("уютненько")
    assert flagged(speller, text) == {}
    monkeypatch.setenv("OZON_ASSISTANT_HOME", str(tmp_path / "other"))  # its path found anew
    assert "Уютненько" in flagged(speller, text)


def test_messages_follow_the_ui_language(speller: Speller) -> None:
    [f] = speller.check_paragraph("обязаательно", CheckContext(language="ru", ui_lang="zh"))
    assert "обязаательно" in f.message and "拼写" in f.message


def test_status_loading_then_ready() -> None:
    s = Speller(preload=())
    assert s.status().state == "ready"  # nothing asked for yet
    s.preload(("ru",))
    assert s.status().state in ("loading", "ready")
    assert s.wait(120, "ru")
    assert s.status().state == "ready"


def test_speller_is_a_source_in_the_checker_and_defers_to_house_rules(speller: Speller) -> None:
    checker = get_checker(sources=[speller])
    text = "Привет, обязаательно напишите"
    found = checker.check_paragraph(text, RU)
    assert any(f.source == "speller" and text[f.start:f.end] == "обязаательно" for f in found)


def test_rare_dictionary_words_and_compounds_are_offered(speller: Speller) -> None:
    # the frequency list lacks these forms; the dictionary (or a productive compound) has them
    assert flagged(speller, "Спасибо нашим упакощицам за работу.")["упакощицам"][0] == \
        "упаковщицам"
    assert flagged(speller, "Новый электрочайнек работает.")["электрочайнек"][0] == \
        "электрочайник"


def test_a_syllable_typed_twice_is_typed_once(speller: Speller) -> None:
    assert flagged(speller, "Спасибо за покупупку.")["покупупку"][0] == "покупку"
    assert flagged(speller, "Товар отправилили вчера.")["отправилили"][0] == "отправили"


def test_a_first_letter_is_kept_when_a_common_word_is_near(speller: Speller) -> None:
    # «зачем», «сколько» are one slip away too, but their first letter differs from the typo's
    assert flagged(speller, "Товар нзачем ждать.")["нзачем"][0] == "незачем"
    assert flagged(speller, "Товар нсколько раз задержался.")["нсколько"][0] == "несколько"


def test_ne_written_together_with_a_verb_is_a_slip(speller: Speller) -> None:
    # «не» with a verb is written apart; with an adjective or adverb it may be one word
    found = flagged(speller, "Я незнаю, курьер небыл у нас, неплохо бы уточнить.")
    assert found["незнаю"][0] == "не знаю" and found["небыл"][0] == "не был"
    assert "неплохо" not in found
    assert flagged(speller, "Товар неработающий, кроссовки маломерят.") == {}
    [f] = speller.check_paragraph("Незнаю, когда привезут.", RU)
    assert f.replacements[0] == "Не знаю" and f.severity is Severity.WARNING


@pytest.mark.parametrize(("typed", "meant"), [
    ("подьезд", "подъезд"), ("обьявление", "объявление"),  # ь for ъ
    ("щетчик", "счетчик"), ("расщитать", "рассчитать"), ("щастливый", "счастливый"),  # щ, сч
    ("сможеш", "сможешь"), ("напишеш", "напишешь"), ("мячь", "мяч"),  # «ь» after ж ч ш щ
    ("извените", "извините"), ("каробка", "коробка"), ("кросовки", "кроссовки"),
])
def test_learners_typical_confusions_get_the_meant_word_first(speller: Speller, typed: str,
                                                               meant: str) -> None:
    assert flagged(speller, f"Мы {typed} завтра.")[typed][0] == meant
