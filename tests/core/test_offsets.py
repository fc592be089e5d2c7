"""UTF-16 code units (LanguageTool, Qt) ↔ Python str indices, across emoji and other astral chars."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ozon_assistant.core.offsets import utf16_span


def u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_plain_text_is_unchanged() -> None:
    assert utf16_span("Привет, мир", 8, 3) == (8, 11)


def test_emoji_before_the_word_shift_utf16_but_not_str() -> None:
    text = "Здравствуйте 😊🙏! Спасибо, превед."
    i = text.index("превед")
    start, end = utf16_span(text, u16(text[:i]), u16("превед"))  # type: ignore[misc]
    assert text[start:end] == "превед"
    assert u16(text[:i]) == i + 2  # two astral emoji: one extra unit each


def test_a_span_covering_an_emoji() -> None:
    text = "a😊b"
    assert utf16_span(text, 1, 2) == (1, 2)
    assert utf16_span(text, 3, 1) == (2, 3)


def test_span_ending_at_the_end_of_text() -> None:
    assert utf16_span("ok 😊", 3, 2) == (3, 4)


def test_half_a_surrogate_pair_or_outside_is_rejected() -> None:
    text = "a😊b"
    assert utf16_span(text, 2, 1) is None  # starts inside the emoji
    assert utf16_span(text, 1, 1) is None  # ends inside it
    assert utf16_span(text, 0, 10) is None
    assert utf16_span(text, 4, 1) is None
    assert utf16_span(text, 0, 0) is None
    assert utf16_span(text, -1, 2) is None


@given(st.text(min_size=1, max_size=40), st.data())
def test_every_char_span_round_trips(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert utf16_span(text, u16(text[:start]), u16(text[start:end])) == (start, end)
