"""The Russian grammar layer on real sentences a seller writes: what it flags, the form it offers,
what it must leave alone, and the message in the seller's language."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.morphology import readings
from tests.checker.helpers import shared_checker


def grammar(text: str, ui_lang: str = "en") -> list[tuple[str, str, tuple[str, ...], str]]:
    ctx = CheckContext(language="ru", ui_lang=ui_lang)
    return [(text[f.start:f.end], f.rule, f.replacements, f.message)
            for f in shared_checker().check(text, ctx).findings if f.category == "grammar"]


@pytest.mark.parametrize("text,word,fix", [
    ("Для Вас действует хороший скидка на второй товар.", "хороший", "хорошая"),
    ("С нашим новой моделью чехла всё в порядке.", "нашим", "нашей"),
    ("Спасибо за Ваш доверие к нашему магазину!", "Ваш", "Ваше"),
    ("Посылка задерживается из-за погода в регионе.", "погода", "погоды"),
    ("Пожалуйста, не вскрывайте упаковку до получение заказа.", "получение", "получения"),
    ("Курьер приедет к Ваш дому после обеда.", "Ваш", "Вашему"),
    ("Доставка займёт ещё 3 день.", "день", "дня"),
    ("В коробке 10 штука, как указано в карточке.", "штука", "штук"),
    ("Мы проверил Ваш заказ номер 38465729-0021-3.", "проверил", "проверили"),
    ("Курьер вчера не приехала, приносим извинения.", "приехала", "приехал"),
    ("Посылка уже пришёл в пункт выдачи.", "пришёл", "пришла"),
    ("Вы был правы, размер маломерит.", "был", "были"),
    ("Мы очень благодарен за Ваш отзыв.", "благодарен", "благодарны"),
    ("Пожалуйста подождать ещё два дня.", "подождать", "подождите"),
    ("Мы отправить замену в понедельник.", "отправить", "отправим"),
    ("Благодарим Вам за покупку!", "Вам", "Вас"),
    ("Мы поможем Вас подобрать размер.", "Вас", "Вам"),
])
def test_flags_the_wrong_form_and_offers_the_right_one(text: str, word: str, fix: str) -> None:
    found = grammar(text)
    assert any(w == word and reps[:1] == (fix,) for w, _r, reps, _m in found), found


@pytest.mark.parametrize("text", [
    "Здравствуйте, Анна! Ваш заказ № 38465729-0021-3 передан в доставку 14 марта.",
    "Заказ отправили вчера, трек-номер RU123456789CN.",
    "Товары проверяет наш склад перед отправкой.",
    "Анна и Иван получили заказы в одном пункте выдачи.",
    "Стоимость доставки составляет 99 ₽.",
    "Мы с Вами договорились о замене.",
    "Вы правы: модель 2023 года немного меньше.",
    "Деньги вернутся в течение 10 дней после поступления товара на склад.",
    "Ответим в течение 2 дней, а замену отправим через 3 дня.",
    "Пункт выдачи находится на 2 этаже торгового центра.",
    "Кольцо из серебра 925 пробы, размер 17.",
    "Товар можно вернуть в течение 7 дней, если он не был в употреблении.",
    "Заказ вернуть нельзя, если упаковка вскрыта и товар использован.",
    "В дальнейшем технология позволит делать чехлы тоньше.",
    "Условия рассрочки показывает Ozon на странице оплаты.",
    "Две новые модели и три новых цвета уже в продаже.",
    "Мы рады помочь Вам с выбором.",
    "Что за модель у Вас, подскажите, пожалуйста?",
    "Он ставит себе цель, достойную человека.",
])
def test_leaves_correct_sentences_alone(text: str) -> None:
    assert grammar(text) == []


def test_unknown_words_are_never_judged() -> None:
    """A name, a brand or a typo is the speller's business: no reading, no grammar finding."""
    assert readings("Уютик") == ()
    assert grammar("Магазин Уютик благодарит Вас за покупку.") == []


def test_the_message_names_the_rule_in_the_seller_language() -> None:
    text = "Посылка задерживается из-за погода."
    by_lang = {lang: grammar(text, lang)[0][3] for lang in ("en", "ru", "zh")}
    assert "genitive" in by_lang["en"] and "«из-за»" in by_lang["en"]
    assert "родительный падеж" in by_lang["ru"]
    assert "第二格" in by_lang["zh"]
    polite = grammar("Вы был правы.", "ru")[0][3]
    assert "«Вы»" in polite and "множественном" in polite


def test_the_fix_is_one_replacement_that_cures_the_sentence() -> None:
    text = "Мы очень благодарен за Ваш отзыв."
    [(word, _rule, reps, _msg)] = grammar(text)
    fixed = text.replace(word, reps[0], 1)
    assert fixed == "Мы очень благодарны за Ваш отзыв." and grammar(fixed) == []
