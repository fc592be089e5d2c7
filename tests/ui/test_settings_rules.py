"""Settings → Rules reads like the Standard view: rules grouped by Ozon's steps, each named by
its message in the interface language with its reason at hand, not by a raw id; switching off a
rule that holds back breaches (shipped as an error) asks first, in Settings and from a finding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ozon_assistant.core.types import Severity
from ozon_assistant.ui.shared.labels import STEP_ORDER, category_name, step_name
from ozon_assistant.ui.window.rule_switch import rule_title
from ozon_assistant.ui.window.standard_view import chapter
from tests.helpers.i18n import ensure_qm
from tests.ui.compose_helpers import settle, type_text
from tests.ui.ui_texts import CYRILLIC, texts

PHONE = "all.contacts.phone"  # an error: a phone number breaks Ozon's policy


def answer_switch_off(say_yes: bool, seen: list[str]) -> None:
    """Answer the confirmation the next exec() shows (a modal box: answered from a timer)."""
    tries = [300]  # (a box that never comes is the test's failure, not an endless timer)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "switch-off-confirm":
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            role = box.buttonRole(button)
            if (role == QMessageBox.ButtonRole.DestructiveRole) == say_yes:
                button.click()
                return
    QTimer.singleShot(0, answer)


@pytest.fixture
def russian_settings(qtbot, window):  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.settings_dialog import SettingsDialog

    ensure_qm("ru")
    window.set_ui_language("ru")
    QApplication.processEvents()
    dialog = SettingsDialog(window.settings, window.checker, window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    return dialog


def test_rules_grouped_by_step_and_named_in_the_ui_language(russian_settings, window) -> None:  # type: ignore[no-untyped-def]
    dialog = russian_settings
    tree = dialog.rule_tree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    steps = [s for s in STEP_ORDER if any(chapter(r) == s for r in window.checker.rules)]
    assert groups == [step_name(s) for s in steps]  # the Standard view's order and names
    assert all(CYRILLIC.search(g) for g in groups), groups
    rules = {r.id: r for r in window.checker.rules}
    for rule_id, item in dialog.rule_items.items():
        rule = rules[rule_id]
        assert item.text(0) == rule_title(rule, "ru") and item.text(0) != rule_id
        assert "{" not in item.text(0)  # a finding's facts are "…" here
        assert item.text(1) == category_name(rule.category) and CYRILLIC.search(item.text(1))
        assert item.toolTip(0) == rule.description_for("ru")
        assert item.parent().text(0) == step_name(chapter(rule))
    # no rule id is the name of anything a seller reads in the list
    shown = [t for w, t in texts(tree) if w == "rule-tree"]
    assert not set(shown) & set(rules), set(shown) & set(rules)
    # the selected rule's reason below the list
    tree.setCurrentItem(dialog.rule_items[PHONE])
    detail = dialog.rule_detail.text()
    assert rules[PHONE].description_for("ru")[:40] in detail and "Ошибка" in detail
    # the filter finds rules by their Russian words and hides empty groups
    dialog.rule_filter.setText("телефон")
    assert not dialog.rule_items[PHONE].isHidden()
    hidden_groups = [g for g in dialog.step_items.values() if g.isHidden()]
    assert hidden_groups and all(g is not dialog.rule_items[PHONE].parent() for g in hidden_groups)


def test_switching_off_an_error_rule_asks_first(russian_settings, window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = russian_settings
    box = dialog.rule_states[PHONE]
    seen: list[str] = []
    answer_switch_off(False, seen)
    box.setCurrentIndex(box.findData("off"))
    assert len(seen) == 1 and "Ozon" in seen[0] and CYRILLIC.search(seen[0])
    assert box.currentData() == ""  # No: as shipped again
    assert PHONE not in dialog.result_settings().rules
    answer_switch_off(True, seen)
    box.setCurrentIndex(box.findData("off"))
    assert len(seen) == 2 and box.currentData() == "off"
    assert dialog.result_settings().rules[PHONE] == "off"
    # a warning is switched off without a question
    warning = next(r for r in window.checker.rules if r.severity is Severity.WARNING)
    other = dialog.rule_states[warning.id]
    other.setCurrentIndex(other.findData("off"))
    assert len(seen) == 2 and other.currentData() == "off"


def _disable_from_the_editor(window, qtbot, say_yes: bool, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Звоните: +7 999 123-45-67.")
    settle(qtbot, tab)
    assert any(f.rule == PHONE for f in tab.findings)
    answer_switch_off(say_yes, seen)
    tab.editor.disable_requested.emit(PHONE)  # "Disable this rule" in the finding's menu


def test_disable_this_rule_on_an_error_asks_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    _disable_from_the_editor(window, qtbot, False, seen)
    assert len(seen) == 1 and PHONE not in window.settings.rules
    answer_switch_off(True, seen)
    window.disable_rule(PHONE)
    assert len(seen) == 2 and window.settings.rules[PHONE] == "off"
    assert PHONE not in window.statusBar().currentMessage()  # named by its message, not its id
