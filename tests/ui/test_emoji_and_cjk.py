"""Emoji named, CJK upright (issue 17): on a Linux without an emoji font an emoji is an empty
box, so a finding about one says which (its code point and Unicode name); Chinese is never set
in italics (no CJK font has one: Qt shears the glyphs)."""

from __future__ import annotations

from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.ui.compose.editor import tooltip_html
from ozon_assistant.ui.compose.marks import Mark
from ozon_assistant.ui.shared.labels import italic_html, symbol_names
from tests.ui.compose_helpers import settle


def test_symbol_names() -> None:
    assert symbol_names("😊") == "😊 (U+1F60A smiling face with smiling eyes)"
    assert symbol_names("ok)))") == ""
    assert symbol_names("👍👍🔥") == ("👍 (U+1F44D thumbs up sign), 🔥 (U+1F525 fire)")


def test_the_findings_list_names_the_emoji(qtbot, window) -> None:
    tab = window.new_draft("Здравствуйте! Спасибо за заказ 😊 Ждём Вас снова.")
    settle(qtbot, tab)
    rows = [window.panel.list.item(i).text() for i in range(window.panel.list.count())]
    assert any("😊 (U+1F60A smiling face with smiling eyes)" in r for r in rows), rows


def test_tooltips_name_the_emoji_and_never_slant_chinese() -> None:
    emoji = Finding(0, 1, "all.emoticons.emoji", "emoticons", Severity.WARNING, "表情符号",
                    description="在给买家的回复中不使用表情符号。")
    tip = tooltip_html([Mark(emoji, 0, 2, "😊")])
    assert "U+1F60A smiling face with smiling eyes" in tip
    assert "<i>" not in tip and "在给买家的回复中不使用表情符号。" in tip
    english = Finding(0, 1, "all.emoticons.emoji", "emoticons", Severity.WARNING, "Emoji",
                      description="Replies to buyers use no emoji.")
    assert "<i>Replies to buyers use no emoji.</i>" in tooltip_html([Mark(english, 0, 2, "😊")])
    assert italic_html("没有规则") == "没有规则" and italic_html("none") == "<i>none</i>"


def test_symbol_names_give_only_the_code_point_outside_english(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Unicode's names are English: a Russian or Chinese window shows the code point alone."""
    from ozon_assistant.ui.shared import translations

    monkeypatch.setattr(translations, "_language", ["ru"])
    assert symbol_names("Спасибо 😊") == "😊 (U+1F60A)"
    monkeypatch.setattr(translations, "_language", ["zh"])
    assert symbol_names("👍🔥") == "👍 (U+1F44D), 🔥 (U+1F525)"
