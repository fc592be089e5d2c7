"""Settings round trip through config.toml, the history view, the Standard view."""

from __future__ import annotations

import tomllib

from PySide6.QtGui import QGuiApplication

from ozon_assistant.core import paths
from ozon_assistant.core.settings import load_settings
from ozon_assistant.ui.window.settings_dialog import SettingsDialog
from tests.ui.compose_helpers import settle, type_text


def test_settings_round_trip(qtbot, window) -> None:
    dialog = SettingsDialog(window.settings, window.checker, window)
    qtbot.addWidget(dialog)
    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("ru"))
    dialog.return_days.setValue(15)
    dialog.lt_mode.setCurrentIndex(dialog.lt_mode.findData("url"))
    dialog.lt_url.setText("http://localhost:8081")
    dialog.accept_words.setPlainText("Уют\nXiaomi\n")
    caps = dialog.rule_states["all.capitals.caps"]
    caps.setCurrentIndex(caps.findData("off"))
    runs = dialog.rule_states["all.punctuation.runs"]
    runs.setCurrentIndex(runs.findData("error"))
    window.apply_settings(dialog.result_settings())

    data = tomllib.loads(paths.config_file().read_text(encoding="utf-8"))
    assert data["ui_lang"] == "ru" and data["platform_return_days"] == 15
    assert data["languagetool"] == "http://localhost:8081"
    assert data["rules"] == {"all.capitals.caps": "off", "all.punctuation.runs": "error"}
    assert data["words"]["accept"] == ["Уют", "Xiaomi"]
    loaded = load_settings()
    assert loaded == window.settings
    # the dialog opened again shows what was saved
    again = SettingsDialog(loaded, window.checker, window)
    qtbot.addWidget(again)
    assert again.result_settings() == loaded
    assert again.rule_states["all.capitals.caps"].currentData() == "off"
    # and the window checks with it: messages in Russian, caps off, "!!!" now an error
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! ЗВОНИТЕ нам!!!\n")
    settle(qtbot, tab)
    rules = {f.rule: f for f in tab.findings}
    assert "all.capitals.caps" not in rules
    assert rules["all.punctuation.runs"].severity.value == "error"
    assert "несколько восклицательных" in rules["all.punctuation.runs"].message


def test_history_view_finds_and_reuses_a_reply(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Посылка уже в пути.")
    tab.header.set_channel("review")
    window.approve_and_copy()  # the draft closes; History keeps the reply
    tab = window.current_tab()
    tab.header.set_channel("review")
    type_text(tab.editor, "Здравствуйте! Посылка уже в пути. Спасибо!")
    window.approve_and_copy()
    window.show_history()
    view = window.window_actions.history_view
    assert view.table.rowCount() == 2
    view.search.setText("спасибо")
    view.refresh()
    assert view.table.rowCount() == 1
    assert "Посылка уже в пути. Спасибо!" in view.preview.toPlainText()
    view.copy.click()
    assert QGuiApplication.clipboard().text() == "Здравствуйте! Посылка уже в пути. Спасибо!"
    before = window.tabs.count()
    view.reuse.click()
    assert window.tabs.count() == before + 1
    assert window.current_text() == "Здравствуйте! Посылка уже в пути. Спасибо!"
    assert window.current_channel() == "review"


def test_standard_view_groups_rules_and_opens_at_a_finding(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо!!!\n")
    settle(qtbot, tab)
    window.panel.list.setCurrentRow(
        next(i for i, f in enumerate(tab.findings) if f.rule == "all.punctuation.runs"))
    window.panel.why.click()
    view = window.window_actions.standard_view
    assert view is not None and view.isVisible()
    html = view.browser.toHtml()
    text = view.browser.toPlainText()
    for heading in ("Step 1. Business style", "Step 3. Contract and law", "Step 4. No shouting",
                    "Ozon's communication policy"):
        assert heading in text
    assert text.index("Step 1.") < text.index("Step 4.") < text.index("Ozon's communication policy")
    assert "Спасибо за заказ!!!" in text and "Not like this:" in text and "Like this:" in text
    assert "all.punctuation.runs" in html
    assert view.browser.verticalScrollBar().value() > 0  # scrolled to the rule
    view.filter.setText("emoji")
    assert "all.emoticons.emoji" in view.browser.toPlainText()
    assert "all.contacts.phone" not in view.browser.toPlainText()


def test_standard_view_has_a_grammar_chapter_with_the_right_forms(qtbot, window) -> None:
    """Every grammar rule is in one "Grammar" chapter, after the language rules; a bad example
    shows its wrong words struck through and the right form beside them (a learner's reference)."""
    window.show_standard()
    view = window.window_actions.standard_view
    assert view is not None
    text = view.browser.toPlainText()
    assert "Grammar: agreement, cases, verb forms" in text
    grammar = text[text.index("Grammar: agreement, cases, verb forms"):]
    assert "ru.grammar.preposition-case" in grammar and "ru.grammar.adjective-noun" in grammar
    assert text.index("Language and spelling") < text.index("Grammar: agreement")
    html = view.browser.toHtml()
    assert "line-through" in html  # the wrong word of a marked example
    from ozon_assistant.ui.window.standard_view import chapter

    assert {chapter(r) for r in window.checker.rules if r.category == "grammar"} == {"grammar"}
