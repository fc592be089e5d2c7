"""Hover text, one-click fixes from the menu, undo, Fix all safe, Ignore here, Disable this rule."""

from __future__ import annotations

import html
import tomllib

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from ozon_assistant.core import paths
from ozon_assistant.core.settings import load_settings
from tests.ui.compose_helpers import mark_for_rule, settle, type_text


def point_inside(editor, position: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def hover(editor, point: QPoint) -> None:
    """The pointer moves to ``point`` over the pane: the event itself, not the platform's cursor
    (which a window left from an earlier test may sit under)."""
    viewport = editor.viewport()
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def write_config(text: str) -> None:
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text(text, encoding="utf-8")


def test_hover_shows_message_reason_and_fix(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте 😊! Спасибо за заказ!!!\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.punctuation.runs")
    text = tab.editor.tooltip_for(point_inside(tab.editor, mark.start + 1))
    rule = window.checker.rule("all.punctuation.runs")
    assert "several exclamation or question marks" in text  # message (UI language: en)
    assert html.escape(rule.description_for("en")) in text  # the reason
    assert "Fix:" in text and "Replace with “!”" in text  # the fix
    # and through the real tooltip event, where the pointer rests
    hover(tab.editor, point_inside(tab.editor, mark.start + 1))
    event = QHelpEvent(QEvent.Type.ToolTip, point_inside(tab.editor, mark.start + 1),
                       tab.editor.viewport().mapToGlobal(point_inside(tab.editor, mark.start + 1)))
    QApplication.sendEvent(tab.editor.viewport(), event)
    assert "several exclamation" in QToolTip.text()
    # off the underline, the tooltip goes
    hover(tab.editor, point_inside(tab.editor, tab.text().index("заказ") + 1))
    assert tab.editor.viewport().toolTip() == ""
    # nowhere near a finding: no tooltip
    assert tab.editor.tooltip_for(point_inside(tab.editor, tab.text().index("заказ") + 1)) == ""


def test_hover_in_the_ui_language(qtbot, make_window) -> None:
    write_config('ui_lang = "zh"\n')
    window = make_window()
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо за заказ!!!\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.punctuation.runs")
    text = tab.editor.tooltip_for(point_inside(tab.editor, mark.start + 1))
    assert "连续多个感叹号" in text and "Ozon 沟通标准第 4 步" in text


def test_a_fix_from_the_menu_applies_in_one_click_and_undo_restores_exactly(qtbot, window) -> None:
    tab = window.current_tab()
    original = "Здравствуйте! 😊 Спасибо, ПИШИТЕ нам!!!\n"
    type_text(tab.editor, original)
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.capitals.caps")
    menu = tab.editor.build_menu(tab.live.marks_at(mark.start + 1))
    fixes = [a for a in menu.actions() if a.objectName() == "fix"]
    assert [a.text() for a in fixes] == ["Replace with “пишите”"]
    assert any(a.text() == "Ignore here" for a in menu.actions())
    assert any(a.text() == "Disable this rule" for a in menu.actions())
    fixes[0].trigger()
    assert tab.text() == original.replace("ПИШИТЕ", "пишите")
    tab.editor.undo()
    assert tab.text() == original


def test_a_fix_refuses_when_the_text_under_it_changed(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! ПИШИТЕ нам.\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.capitals.caps")
    tab.editor.selectAll()
    type_text(tab.editor, "Совсем другой текст тут.\n")
    assert tab.editor.apply_fix(mark, "пишите") is False
    assert tab.text() == "Совсем другой текст тут.\n"


def test_fix_all_safe_is_one_undo_step(qtbot, window) -> None:
    tab = window.current_tab()
    original = "Здравствуйте! Спасибо за заказ!!! ПИШИТЕ нам 😊 и ЗВОНИТЕ +7 999 123-45-67\n"
    type_text(tab.editor, original)
    settle(qtbot, tab)
    safe = [f for f in tab.findings if len(f.replacements) == 1]
    assert len(safe) >= 4
    window.panel.fix_all.click()
    fixed = tab.text()
    assert "!!!" not in fixed and "ПИШИТЕ" not in fixed and "ЗВОНИТЕ" not in fixed
    assert "😊" not in fixed
    assert "+7 999 123-45-67" in fixed  # no single fix for a phone number: left to the seller
    tab.editor.undo()  # ONE undo brings back every character
    assert tab.text() == original
    tab.editor.redo()
    assert tab.text() == fixed


def test_ignore_here_hides_one_warning_and_is_kept_with_the_draft(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Модель ТЕСЛА на складе.\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.capitals.caps")
    menu = tab.editor.build_menu(tab.live.marks_at(mark.start + 1))
    next(a for a in menu.actions() if a.text() == "Ignore here").trigger()
    settle(qtbot, tab)
    assert not any(f.rule == "all.capitals.caps" for f in tab.findings)
    qtbot.waitUntil(lambda: all(s != mark.start for s, _e, _sev in tab.live.underlines()))
    tab.save()
    window.draft_writer.flush()  # autosaves are written on the writer's thread
    assert ("all.capitals.caps", "ТЕСЛА") in window.drafts.get(tab.draft.id).ignored


def test_errors_cannot_be_ignored_from_the_menu(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Звоните +7 999 123-45-67.\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.contacts.phone")
    menu = tab.editor.build_menu(tab.live.marks_at(mark.start + 1))
    ignore = next(a for a in menu.actions() if a.text() == "Ignore here")
    assert not ignore.isEnabled()


def test_disable_this_rule_writes_config_toml(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо за заказ!!!\n")
    settle(qtbot, tab)
    mark = mark_for_rule(tab, "all.punctuation.runs")
    menu = tab.editor.build_menu(tab.live.marks_at(mark.start + 1))
    next(a for a in menu.actions() if a.text() == "Disable this rule").trigger()
    data = tomllib.loads(paths.config_file().read_text(encoding="utf-8"))
    assert data["rules"]["all.punctuation.runs"] == "off"
    assert load_settings().rules == {"all.punctuation.runs": "off"}
    settle(qtbot, tab)
    assert not any(f.rule == "all.punctuation.runs" for f in tab.findings)


def test_disable_never_overwrites_a_broken_config(qtbot, window) -> None:
    broken = "ui_lang = 'en'\n[rules\n"
    write_config(broken)
    window.disable_rule("all.punctuation.runs")
    assert paths.config_file().read_text(encoding="utf-8") == broken
    assert window.window_actions.save_error_box is not None
    assert str(paths.config_file()) in window.window_actions.save_error_box.text()


def _spelling_mark(qtbot, tab, word: str):
    text = tab.text()
    start = text.index(word)
    qtbot.waitUntil(lambda: any(m.finding.category == "spelling"
                                for m in tab.live.marks_at(start + 1)), timeout=15000)
    return next(m for m in tab.live.marks_at(start + 1) if m.finding.category == "spelling")


def test_add_to_dictionary_from_the_menu_teaches_the_speller(qtbot, window) -> None:
    from ozon_assistant.spelling.personal import entries

    tab = window.current_tab()
    type_text(tab.editor, "Спасибо, что выбрали магазин уютикс! ")
    settle(qtbot, tab)
    mark = _spelling_mark(qtbot, tab, "уютикс")
    menu = tab.editor.build_menu([mark])
    add = next(a for a in menu.actions() if "to dictionary" in a.text())
    assert add.text() == "Add “уютикс” to dictionary"
    add.trigger()
    assert entries() == ["уютикс"]
    assert window.statusBar().currentMessage() == "“уютикс” added to your dictionary."
    start = tab.text().index("уютикс")
    qtbot.waitUntil(lambda: tab.up_to_date() and not any(
        m.finding.category == "spelling" for m in tab.live.marks_at(start + 1)), timeout=15000)


def test_a_dictionary_that_cannot_be_read_is_reported_and_left_alone(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Спасибо, что выбрали магазин уютикс! ")
    settle(qtbot, tab)
    mark = _spelling_mark(qtbot, tab, "уютикс")
    broken = paths.personal_dictionary_file()
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_bytes("Ozon\nУют\n".encode("cp1251"))  # saved as "ANSI" by an old editor
    menu = tab.editor.build_menu([mark])
    next(a for a in menu.actions() if "to dictionary" in a.text()).trigger()
    assert window.statusBar().currentMessage() == (
        f"“уютикс” not added: {broken}: the personal dictionary is not UTF-8 text. "
        "Save it as UTF-8.")
    assert broken.read_bytes() == "Ozon\nУют\n".encode("cp1251")  # not overwritten
