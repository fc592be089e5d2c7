"""Trade vocabulary (resources/spelling/trade_ru.txt, trade_en.txt): a clean seller reply about
«свитшот», «фианит» or "niacinamide" gets no spelling warning, while a real typo still does.

The lists switch the speller off for every word they hold, so a misspelling slipped into any
resources/spelling/*.txt list would hide that typo from every seller: the misspelling check
below reads every list, not only the two trade ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core import paths
from ozon_assistant.core.text import fold
from ozon_assistant.spelling.speller import Speller

SPELLING = paths.resources_dir() / "spelling"
TRADE = {"ru": SPELLING / "trade_ru.txt", "en": SPELLING / "trade_en.txt"}
ENTRY = {
    "ru": re.compile(r"[а-яё]+(?:-[а-яё]+)*"),
    "en": re.compile(r"[a-z]+(?:[-'][a-z]+)*"),
}

# Well-known misspellings and chat-speak: none may ever be vocabulary.
MISSPELLINGS = [
    "сдесь", "пожалуста", "зделать", "ваще", "вобще", "вообщем", "щас", "счас", "чё",
    "извените", "оплочено", "прийдется", "прийдет", "конешно", "следущий", "пасылка", "доставкм",
    "здраствуйте", "расчитывать", "агенство", "обьяснить", "симпотичный", "типо", "ихний",
    "recieve", "definately", "seperate", "untill", "alot", "accomodate", "occured", "wich",
    "becuase", "thier", "teh", "dont", "thats", "recieved", "adress", "tommorow",
    "goverment", "begining", "beleive", "truely", "neccessary",
]


def entries(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_entry_is_one_lower_case_word(lang: str) -> None:
    words = entries(TRADE[lang])
    assert len(words) > 200
    bad = [w for w in words if not ENTRY[lang].fullmatch(w)]
    assert not bad, bad[:20]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_duplicates(lang: str) -> None:
    words = [fold(w) for w in entries(TRADE[lang])]
    dupes = sorted({w for w in words if words.count(w) > 1})
    assert not dupes, dupes[:20]


def test_the_files_say_what_they_are() -> None:
    for path in TRADE.values():
        head = path.read_text(encoding="utf-8").splitlines()[:8]
        assert head[0].startswith("#")
        assert any("never misspellings" in line for line in head), path.name


def test_no_misspelling_in_any_vocabulary_list() -> None:
    listed: dict[str, str] = {}
    for path in sorted(SPELLING.glob("*.txt")):
        for word in entries(path):
            listed[fold(word)] = path.name
    found = {w: listed[fold(w)] for w in MISSPELLINGS if fold(w) in listed}
    assert not found, found


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(background=False)


@pytest.mark.parametrize("text", [
    "Свитшот оверсайз из футера с начёсом, состав: хлопок, полиэстер, эластан.",
    "Худи и лонгслив из кулирки, джоггеры из интерлока, бомбер на холлофайбере.",
    "Сыворотка с ниацинамидом и центеллой, гиалуроновая кислота, спрей для лица.",
    "Пусеты с фианитами, родирование, подойдут к каффу и чокеру.",
    "Геймпад, картридер и саундбар отправим в гофрокартоне с маркировкой датаматрикс.",
    "Фитолампа и спанбонд для рассады, когтеточка и лежанка для кошки.",
    "Когтерез и фурминатор в наличии, комкующийся наполнитель приедет допоставкой.",
    "Мерч упакуем в зип-пакет, на фасовке стоит баркод; светодиод на 800 лм.",
])
def test_seller_sentences_in_russian_are_clean(speller: Speller, text: str) -> None:
    found = speller.check_paragraph(text, CheckContext(language="ru"))
    assert not [f for f in found if f.category == "spelling"], [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "The hoodie is polyamide and microfleece, and the gilet has a ripstop shell.",
    "This serum with panthenol, niacinamide and hyaluronic acid is non-comedogenic.",
    "The earrings are moissanite in vermeil, and the huggies are cubic zirconia.",
    "Your gamepad, dashcam and subwoofer ship in polybags with a barcode on each.",
    "The lamp gives 800 lm; the spiralizer and the frother are on backorder.",
])
def test_seller_sentences_in_english_are_clean(speller: Speller, text: str) -> None:
    found = speller.check_paragraph(text, CheckContext(language="en"))
    assert not [f for f in found if f.category == "spelling"], [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,lang,typo", [
    ("Свитшот из футера сдесь, проверьте пасылку.", "ru", "сдесь"),
    ("Ваш свитшот уже в пункте выдачи, пожалуста заберите его.", "ru", "пожалуста"),
    ("We will definately resend the gamepad tomorrow.", "en", "definately"),
])
def test_a_real_typo_next_to_trade_words_is_still_flagged(speller: Speller, text: str,
                                                          lang: str, typo: str) -> None:
    found = speller.check_paragraph(text, CheckContext(language=lang))
    flagged = [text[f.start:f.end] for f in found if f.category == "spelling"]
    assert typo in flagged, flagged
