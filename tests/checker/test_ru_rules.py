"""Russian packs beyond their own examples: every inflected form of an insult, the fixes that
follow the matched form, and no false alarms on the everyday words that look like slang, vague
words, insults or policy breaches («окно», «норм» in «санитарных норм», «друг друга», «возможно
вернуть», «тупые концы», «застрахуем», «Вы» at a sentence start)."""

from __future__ import annotations

import pytest

from ozon_assistant.core.types import CATEGORIES
from tests.checker.helpers import check, gate_opens, shared_checker

RU_PACKS = {"ru_formality.toml", "ru_style.toml", "ru_tone.toml", "ru_law.toml", "ru_policy.toml"}


def _ru_findings(text: str, loud_only: bool = True) -> list[tuple[str, str, str]]:
    """(rule, severity, matched text) of the findings our Russian packs report."""
    result = check(text, "ru")
    out = []
    for f in result.findings:
        rule = shared_checker().rule(f.rule)
        if rule is None or rule.pack not in RU_PACKS:
            continue
        if loud_only and f.severity.value == "suggestion":
            continue
        out.append((f.rule, f.severity.value, text[f.start:f.end]))
    return out


def _rules_hit(text: str) -> set[str]:
    return {f.rule for f in check(text, "ru").findings}


# -- insults: every case and number --------------------------------------------------------------

INSULT_FORMS = [
    "дурак", "дурака", "дураку", "дураком", "дураки", "дураков", "дураками",
    "идиот", "идиота", "идиотов", "идиотам", "идиоты", "идиотка", "идиотку", "идиоткой",
    "придурок", "придурка", "придурки", "придурков", "придурками",
    "кретин", "кретина", "кретинов", "дебил", "дебилы", "дебилами", "дебилке",
    "урод", "уроды", "уродов", "хам", "хама", "хамы", "хамка", "хамку",
    "неадекватный", "неадекватная", "неадекватного", "неадекватной", "неадекватные",
    "неадекватными", "неадекват", "неадекватов", "тупица", "тупицей", "быдло", "быдлом",
]


@pytest.mark.parametrize("form", INSULT_FORMS)
def test_every_inflected_insult_is_an_error(form: str) -> None:
    text = f"Здравствуйте! Не знаю, что сказать про {form}."
    hits = [h for h in _ru_findings(text) if h[0] == "ru.rudeness.insult"]
    assert hits == [("ru.rudeness.insult", "error", form)]
    assert not check(text, "ru").approved


@pytest.mark.parametrize("text", ["Вы тупой?", "Какие тупые вопросы.", "Вы тупо не читаете."])
def test_stupid_about_people_is_an_error(text: str) -> None:
    assert "ru.rudeness.stupid" in _rules_hit(text)


@pytest.mark.parametrize("text", [
    "Детские ножницы с тупыми концами.", "Нож не тупой, заточка заводская.",
    "Если лезвие стало тупым, замените картридж.", "У иглы тупой кончик.",
])
def test_blunt_objects_are_not_insults(text: str) -> None:
    assert "ru.rudeness.stupid" not in _rules_hit(text)


# -- fixes follow the matched form ---------------------------------------------------------------

@pytest.mark.parametrize("text,fix", [
    ("Инфу по доставке видно в приложении.", "Информацию"),
    ("Нет инфы о посылке.", "информации"),
    ("Данного товара нет.", "Этого"),
    ("В данной модели два режима.", "этой"),
    ("Подожди до пятницы.", "Подождите"),
    ("Привет! Заказ в пути.", "Здравствуйте"),
    ("Благодарим вас за покупку.", "Вас"),
    ("Ждём вашего ответа.", "Вашего"),
])
def test_first_fix_matches_the_form(text: str, fix: str) -> None:
    fixes = [f.replacements[0] for f in check(text, "ru").findings
             if f.replacements and f.rule.startswith("ru.")]
    assert fix in fixes


# -- no false alarms on everyday words -----------------------------------------------------------

CLEAN = [
    "Окно доставки выбирается при оформлении.",
    "Окантовка из кожи, ремешок из нейлона.",
    "Состав соответствует требованиям санитарных норм.",
    "Превышения норм нет.",
    "Соседи советуют друг другу наши подушки.",
    "Отличный подарок для друга.",
    "Скоропортящиеся продукты доставляем в термосумке.",
    "Вернуть товар возможно в течение 7 дней.",
    "Если возможно, пришлите фото.",
    "Это возможно при наличии брака.",
    "Товар может быть возвращён в течение 7 дней.",
    "Персональные данные хранит Ozon, по данным Ozon заказ доставлен.",
    "Рукав на 2 см короче, чем у модели L.",
    "Передаём привет от всей команды магазина.",
    "Блин для штанги весом 5 кг.",
    "Вы правы, цвет на фото светлее.",
    "Вы можете вернуть товар в пункте выдачи. Вам вернут деньги.",
    "Мы застрахуем посылку.",
    "Смартфон Хуавей в наличии.",
    "Ремень с металлической бляхой.",
    "Озонатор для воды в наличии.",
    "Отменить заказ можно в личном кабинете Ozon.",
    "Вы можете отменить заказ до передачи в доставку.",
    "Оставьте отзыв и получите баллы Ozon по программе «Отзывы за баллы».",
    "Спасибо за отзыв! Рады, что подарок понравился.",
    "Никогда не сообщайте никому номер карты и код из СМС.",
    "Деньги вернутся на карту, с которой Вы оплачивали заказ.",
    "Вы можете обратиться напрямую в поддержку Ozon.",
    "Не волнуйтесь, мы всё решим до 15 мая.",
    "Конечно, мы заменим товар.",
    "Что-то вроде этого чехла есть в ассортименте.",
    "Чего-то не хватает в комплекте? Пришлите фото.",
    "В описании указано, что модель маломерит.",
    "Вы вправе обратиться в суд или в Роспотребнадзор.",
    "Отсутствие чека не лишает Вас права на возврат.",
    "Чек обязательно положим в посылку.",
    "Гарантия не распространяется на механические повреждения после падения.",
    "Нижнее бельё надлежащего качества не подлежит возврату (Постановление № 2463).",
    "К сожалению, ничем не можем помочь с доставкой, но поддержка Ozon решит вопрос.",
    "Мужчина ростом 180 см носит размер L.",
    "Салют «Звезда» на 100 залпов.",
    "Мы работаем только через Ozon и не продаём вне площадки.",
    "Переведите инструкцию через переводчик, если нужно.",
    "Если размер не подошёл, Вы можете вернуть товар.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_no_error_or_warning_on_everyday_words(text: str) -> None:
    assert _ru_findings(text) == []


@pytest.mark.parametrize("text", ["Вы правы.", "Спасибо, что Вы с нами.", "ВАШ ЗАКАЗ В ПУТИ."])
def test_capitalised_vy_is_never_a_lowercase_finding(text: str) -> None:
    assert not any(r.startswith("ru.formality.lower-") for r in _rules_hit(text))


# -- policy breaches are errors that block -------------------------------------------------------

BREACHES = [
    ("Товара нет, отмените, пожалуйста, заказ.", "ru.legal.cancel-order"),
    ("Можете отменить заказ? Цвет закончился.", "ru.legal.cancel-order"),
    ("Дарим скидку 10% за отзыв с фото.", "ru.legal.review-incentive"),
    ("Удалите отзыв, и мы вернём Вам 500 ₽.", "ru.legal.review-change-paid"),
    ("Пришлите фото паспорта.", "ru.privacy.personal-data"),
    ("Напишите, пожалуйста, номер карты.", "ru.privacy.personal-data"),
    ("Переведите деньги на нашу карту.", "ru.off_platform.pay-outside"),
    ("Свяжитесь с нами напрямую.", "ru.off_platform.direct"),
    ("Возврат невозможен.", "ru.legal.no-returns"),
    ("Без чека не принимаем.", "ru.legal.receipt"),
    ("По закону у Вас 14 дней на возврат.", "ru.legal.fourteen-days"),
    ("Мы подадим на Вас в суд.", "ru.rudeness.threat"),
    ("У конкурентов одни подделки.", "ru.negativity.disparage"),
]


@pytest.mark.parametrize("text,rule_id", BREACHES)
def test_breaches_block(text: str, rule_id: str) -> None:
    result = check(text, "ru")
    assert rule_id in {f.rule for f in result.findings if f.severity.value == "error"}
    assert not result.approved


# -- pack hygiene --------------------------------------------------------------------------------

def test_ru_rules_are_complete() -> None:
    rules = [r for r in shared_checker().rules if r.pack in RU_PACKS]
    assert len(rules) >= 40
    for r in rules:
        assert r.category in CATEGORIES
        assert r.step, r.id
        assert r.languages == ("ru",), r.id
        for lang in ("en", "ru", "zh"):
            assert "%s" in r.message[lang], (r.id, lang)
            assert r.description[lang].strip(), (r.id, lang)
        if r.severity.value == "error":
            assert r.link.startswith("https://"), r.id


def test_gates_never_hide_a_match() -> None:
    """A pattern's word gate only spares work: wherever the bare regex matches, the gate opens."""
    import re
    import tomllib
    from pathlib import Path

    rules = [r for r in shared_checker().rules if r.pack in RU_PACKS and r.kind == "pattern"]
    texts = [t for r in shared_checker().rules for t in (*r.examples_bad, *r.examples_good)]
    for path in Path(__file__).parents[1].joinpath("corpus").glob("*.toml"):
        texts += [c["text"] for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]
    texts += CLEAN + INSULT_FORMS + [t for t, _ in BREACHES]
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    for rule in rules:
        assert rule.gate, f"{rule.id} has no gate"
        regex = re.compile(rule.pattern, 0 if rule.case_sensitive else re.IGNORECASE)
        for p in paragraphs:
            if regex.search(p):
                assert gate_opens(rule.gate, p), f"{rule.id}: gate hides a match in {p!r}"


@pytest.mark.parametrize("text", [
    "Товар «Крем» действительно входит в перечень товаров, которые нельзя вернуть, если они "
    "надлежащего качества.",
    "Колготки относятся к перечню товаров, которые нельзя вернуть, если на них нет брака.",
    "Этот крем входит в список товаров, не подлежащих возврату, если нет брака.",
    "Шампунь надлежащего качества не подлежит возврату, но если он с браком, мы вернём деньги.",
    "Мы не возвращаем деньги за доставку, только стоимость товара? Нет, вернём всю сумму.",
])
def test_the_non_returnable_list_in_any_form_is_lawful(text: str) -> None:
    assert "ru.legal.no-returns" not in _rules_hit(text)


@pytest.mark.parametrize("text", [
    "Косметику не возвращаем.", "Мы не возвращаем товар после вскрытия упаковки.",
    "Обувь обратно не принимаем.", "Крем возврату не подлежит.",
])
def test_we_dont_take_it_back_is_a_general_refusal(text: str) -> None:
    assert "ru.legal.no-returns" in _rules_hit(text)
