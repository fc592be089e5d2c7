"""The str-index ↔ UTF-16 helpers (core/offsets.py) against Qt's own counting (emoji, astral CJK, flags)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from ozon_assistant.core.offsets import from_utf16, span_to_utf16, to_utf16, utf16_length

SAMPLES = [
    "",
    "plain ascii",
    "Здравствуйте, Анна!",
    "Спасибо 😊 за заказ",
    "😊😊 два",
    "𠀀𠀁 CJK Extension B",
    "flag 🇷🇺 and family 👨‍👩‍👧",
    "中文回复 mixed Русский 🙏",
]


def qt_length(text: str) -> int:
    doc = QTextDocument()
    doc.setPlainText(text)
    return doc.characterCount() - 1  # Qt counts the final paragraph separator


def test_lengths_match_qt(qapp) -> None:
    for text in SAMPLES:
        assert utf16_length(text) == qt_length(text), text


def test_each_index_lands_where_qt_puts_that_character(qapp) -> None:
    for text in SAMPLES:
        for i in range(len(text) + 1):
            # the Qt text before position to_utf16(i) is exactly text[:i]
            assert qt_length(text[:i]) == to_utf16(text, i), (text, i)


def test_examples() -> None:
    text = "A😊B"
    assert [to_utf16(text, i) for i in range(4)] == [0, 1, 3, 4]
    assert [from_utf16(text, u) for u in range(5)] == [0, 1, 1, 2, 3]  # 2 is inside the pair
    assert span_to_utf16("😊 ВАШ", 2, 5) == (3, 6)
    assert to_utf16(text, 99) == 4 and to_utf16(text, -3) == 0
    assert from_utf16(text, 99) == 3


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_round_trip(text: str) -> None:
    for i in range(len(text) + 1):
        assert from_utf16(text, to_utf16(text, i)) == i
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
