"""Property tests over arbitrary Unicode: no crash, every span inside the text, fixes apply
where their finding is (as the window and "Fix all" apply them: checker.fixing.shape)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.fixing import shape
from tests.checker.helpers import shared_checker

SPACES = " \t\u00a0"
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
            edit = shape(text, f.start, f.end, fix)
            # the edit replaces the finding's words, taking in at most the spaces around them
            # and the next word's first letter (capitalised when a sentence now starts there)
            assert 0 <= edit.start <= f.start and f.end <= edit.end <= len(text), (f, fix, edit)
            assert not text[edit.start : f.start].strip(SPACES), (f, fix, edit)
            after = text[f.end : edit.end]
            assert not after.strip(SPACES) or (
                after.rstrip()[-1].isalpha() and not after[:-1].strip(SPACES)
                and edit.new.endswith(after[-1].upper())), (f, fix, edit)
            if fix.strip(SPACES):  # what the rule offers is what goes in (its case aside)
                assert fix.strip(SPACES).lower() in edit.new.lower(), (f, fix, edit)
            else:  # a removal leaves at most a space or a full stop joining what is left
                assert edit.new.strip(SPACES + ".") == "" or (
                    len(edit.new.strip(SPACES + ".")) == 1 and edit.new[-1].isupper()), (f, edit)
    assert 0 <= result.score <= 10
    # approved: no error, and something to approve (an empty reply never is)
    assert result.approved == (bool(text.strip())
                               and not any(f.severity.value == "error" for f in result.findings))


@settings(max_examples=100, deadline=None)
@given(prefix=st.text(alphabet=st.sampled_from("😊🙏🏽👍🇷🇺 \u200d𝔸"), max_size=12))
def test_astral_characters_do_not_shift_spans(prefix: str) -> None:
    body = "Спасибо тебе за заказ!!!"
    result = shared_checker().check(prefix + body, CheckContext(language="ru"))
    spans = {(prefix + body)[f.start:f.end] for f in result.findings}
    assert "тебе" in spans and "!!!" in spans
