""""Fix all safe" and one-click fixes in the window: the shared fixing function (the text
`ozon-assistant fix` prints), capitalised sentences, one undo step, no contact left behind."""

from __future__ import annotations

from ozon_assistant.checker.fixing import fix_with
from tests.ui.compose_helpers import mark_for_rule, settle, type_text


def typed(qtbot, window, text: str):
    tab = window.current_tab()
    type_text(tab.editor, text)
    settle(qtbot, tab)
    return tab


def fix_all(qtbot, window, text: str) -> tuple[object, str]:
    tab = typed(qtbot, window, text)
    window.panel.fix_all.click()
    return tab, tab.text()


def menu_fixes(tab, rule: str) -> tuple[object, list]:
    """The mark of ``rule``'s finding and the fixes its menu offers."""
    mark = mark_for_rule(tab, rule)
    menu = tab.editor.build_menu(tab.live.marks_at(mark.start + 1))
    return mark, [a for a in menu.actions() if a.objectName() == "fix"]


def test_fix_all_keeps_sentences_capitalised_in_one_undo_step(qtbot, window) -> None:
    original = "ЗДРАВСТВУЙТЕ! ЗАКАЗ ОТПРАВЛЕН."
    tab, fixed = fix_all(qtbot, window, original)
    assert fixed == "Здравствуйте! Заказ отправлен."
    tab.editor.undo()  # ONE undo brings back every character
    assert tab.text() == original
    tab.editor.redo()
    assert tab.text() == fixed
    settle(qtbot, tab)
    assert tab.fresh_result().approved and not tab.findings


def test_fix_all_is_what_the_command_line_prints(qtbot, window) -> None:
    original = "ПРИВЕТ!!! Спасибо за заказ 😊 Посылка уже в пути)))\nМы ЖДЁМ Вас СНОВА"
    tab, fixed = fix_all(qtbot, window, original)
    ctx = tab.context()
    assert fixed == fix_with(window.checker, ctx, original).text  # after every round
    assert fixed == "Здравствуйте! Спасибо за заказ. Посылка уже в пути\nМы ждём Вас снова"
    tab.editor.undo()
    assert tab.text() == original


def test_only_the_changed_part_is_replaced(qtbot, window) -> None:
    tab = typed(qtbot, window, "Здравствуйте! Спасибо за заказ.\nЖдём Вас снова!!!")
    changes = []
    tab.editor.document().contentsChange.connect(lambda at, removed, added: changes.append(
        (at, removed, added)))
    window.panel.fix_all.click()
    assert tab.text() == "Здравствуйте! Спасибо за заказ.\nЖдём Вас снова!"
    assert changes == [(len("Здравствуйте! Спасибо за заказ.\nЖдём Вас снова!"), 2, 0)]


def test_fix_all_leaves_a_messenger_with_its_handle_to_the_seller(qtbot, window) -> None:
    original = "Здравствуйте!!! Пишите мне в вичат wxid_abc123, если будут вопросы."
    tab, fixed = fix_all(qtbot, window, original)
    assert fixed == original.replace("!!!", "!")
    settle(qtbot, tab)
    assert not tab.fresh_result().approved
    mark, fixes = menu_fixes(tab, "all.contacts.messenger")
    assert not fixes  # no one-click fix
    assert tab.editor.apply_fix(mark, "чат Ozon") is False
    assert tab.text() == fixed
    # nor does the hover text offer the fix the editor would refuse
    from tests.ui.test_fixes import point_inside

    tip = tab.editor.tooltip_for(point_inside(tab.editor, mark.start + 1))
    assert "вичат" in tip and "чат Ozon" not in tip and "Fix:" not in tip


def test_a_messenger_alone_is_fixed_from_the_menu(qtbot, window) -> None:
    tab = typed(qtbot, window, "Здравствуйте! Пишите в вичат, если будут вопросы.")
    _mark, fixes = menu_fixes(tab, "all.contacts.messenger")
    assert fixes  # (the messenger and off-platform findings offer the same fix)
    fixes[0].trigger()
    assert tab.text() == "Здравствуйте! Пишите в чат Ozon, если будут вопросы."


def test_a_single_fix_keeps_sentence_capitals_and_breaks(qtbot, window) -> None:
    original = "ЗДРАВСТВУЙТЕ! ЗАКАЗ ОТПРАВЛЕН 😊 Спасибо за покупку."
    tab = typed(qtbot, window, original)
    caps = mark_for_rule(tab, "all.capitals.caps")
    assert tab.editor.apply_fix(caps, caps.finding.replacements[0])
    assert tab.text() == "Здравствуйте! Заказ отправлен 😊 Спасибо за покупку."
    settle(qtbot, tab)
    emoji = mark_for_rule(tab, "all.emoticons.emoji")
    assert tab.editor.apply_fix(emoji, "")
    assert tab.text() == "Здравствуйте! Заказ отправлен. Спасибо за покупку."
    tab.editor.undo()
    tab.editor.undo()  # each fix is one undo step
    assert tab.text() == original
