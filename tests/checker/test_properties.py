"""Property tests over arbitrary Unicode: no crash, every span inside the text, fixes apply."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.context import CheckContext
from tests.checker.helpers import shared_checker

WORDS = ["ТЫ", "тебе", "Привет", "!!!", "😊", ")))", "+7 912 345 67 89", "a@b.ru", "{name}",
         "Здрaвствуйте", "в в", " ,", "ВАШ ЗАКАЗ", "возврат 3 дня", "🙏🏽", "\n", "ок", "\u200d"]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, lang=st.sampled_from(["ru", "en"]), channel=st.sampled_from(["chat", "email"]))
def test_spans_inside_text_and_fixes_apply(text: str, lang: str, channel: str) -> None:
    result = shared_checker().check(text, CheckContext(language=lang, channel=channel))
    for f in result.findings:
        assert 0 <= f.start < f.end <= len(text), f
        for fix in f.replacements:
            fixed = text[: f.start] + fix + text[f.end :]
            assert isinstance(fixed, str)
            assert len(fixed) == len(text) - (f.end - f.start) + len(fix)
    assert 0 <= result.score <= 10
    assert result.approved == (not any(f.severity.value == "error" for f in result.findings))


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(alphabet=st.sampled_from("😊🙏🏽👍🇷🇺 \u200d𝔸"), max_size=12))
def test_astral_characters_do_not_shift_spans(prefix: str) -> None:
    body = "Спасибо тебе за заказ!!!"
    result = shared_checker().check(prefix + body, CheckContext(language="ru"))
    spans = {(prefix + body)[f.start:f.end] for f in result.findings}
    assert "тебе" in spans and "!!!" in spans
