"""The "together" check: cues of every group in one sentence, read as the rule's data says."""

from __future__ import annotations

from ozon_assistant.checker.checks.together import sentences, together
from ozon_assistant.checker.context import CheckContext

RU = CheckContext(language="ru")


def spans(text: str, params: dict) -> list[str]:  # type: ignore[type-arg]
    return [text[h.start:h.end] for h in together(text, RU, params)]


def test_every_kind_of_cue() -> None:
    params = {"groups": [["отзыв*"], ["кешбэк", "в обмен", "служб* доставки", r"re:\d+\s*₽"]]}
    assert spans("Оставьте отзыв — получите кешбэк.", params) == ["отзыв — получите кешбэк"]
    assert spans("Отзыв в обмен на подарок.", params) == ["Отзыв в обмен"]
    assert spans("За отзыв переведём 300 ₽.", params) == ["отзыв переведём 300 ₽"]
    # a phrase that begins with a stem matches any word the stem begins
    assert spans("Отзывы о службе доставки читаем.", params) == ["Отзывы о службе доставки"]
    assert spans("Отзыв получен. Кешбэк начислит Ozon.", params) == []  # two sentences


def test_context_unless_and_except() -> None:
    base = {"groups": [["удалите"], ["скидк*"]], "context": ["отзыв*"]}
    assert spans("Удалите фото, дадим скидку.", base) == []  # no review in the paragraph
    assert spans("Спасибо за отзыв. Удалите его — дадим скидку.", base) == ["Удалите его — дадим скидку"]
    assert spans("Спасибо за отзыв. Удалите его — дадим скидку баллами.",
                 {**base, "unless": ["балл*"]}) == []
    assert spans("Спасибо за отзыв. Не удалите его — дадим скидку?",
                 {**base, "except": ["re:\\?"]}) == []


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Наш офис: ул. Ленина, д. 5. Hello Mr. Green. Всё."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Наш офис: ул. Ленина, д. 5.", "Hello Mr. Green.", "Всё."]
