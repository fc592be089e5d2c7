"""Issue 18, item 14: an empty reply is never "approved, 10/10". The core says so (a check of an
empty or whitespace-only text is not approved, whatever finds nothing in it), `check` and
`send` refuse it in one line, and the window's badge says there is nothing to approve yet, in
the seller's language, with no score and no green."""

from __future__ import annotations

import pytest

from ozon_assistant.core import paths
from tests.faults.helpers import cli, one_line
from tests.ui.compose_helpers import settle, type_text

BLANKS = ["", " ", "\n\n", " \t\r\n ", "\u00a0\u2003\n"]


@pytest.mark.parametrize("text", BLANKS)
def test_the_core_never_approves_an_empty_reply(text: str) -> None:
    from ozon_assistant.checker.engine import context_for, get_checker
    from ozon_assistant.core.settings import Settings

    settings = Settings()
    for channel in ("chat", "email"):
        result = get_checker(settings).check(text, context_for(settings, text, "ru", channel))
        assert result.findings == [] and result.empty
        assert not result.approved, f"{text!r} ({channel}) approved"
    with_text = get_checker(settings).check("Спасибо!", context_for(settings, "Спасибо!", "ru",
                                                                     "chat"))
    assert with_text.approved and not with_text.empty


def test_check_refuses_an_empty_reply_in_one_line(tmp_path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    r = cli("check", str(blank))
    assert r.returncode == 2 and "approved" not in r.stdout and "10/10" not in r.stdout
    assert one_line(r.stderr) == (f"ozon-assistant: {blank}: no text in it (empty, or only "
                                  "spaces and line breaks): nothing to check")


@pytest.mark.parametrize("lang, says", [("en", "Nothing to approve yet"),
                                        ("ru", "Пока нечего одобрять"),
                                        ("zh", "尚无可批准的内容")])
def test_the_window_says_nothing_to_approve_yet_on_an_empty_tab(qtbot, make_window, lang: str,
                                                                says: str) -> None:
    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text(f'ui_lang = "{lang}"\n', encoding="utf-8")
    w = make_window()
    tab = w.current_tab()
    header = tab.header

    def shows_nothing_to_approve() -> None:
        assert header.state.text() == says, header.state.text()
        assert "10" not in header.score.text() and "#2e7d32" not in header.state.styleSheet()
        assert not header.approve.isDefault()

    settle(qtbot, tab)
    shows_nothing_to_approve()
    tab.editor.setFocus()
    type_text(tab.editor, "  \n \t")  # only spaces and line breaks
    settle(qtbot, tab)
    shows_nothing_to_approve()
    assert not tab.fresh_result().approved
    type_text(tab.editor, "Спасибо за заказ!")
    settle(qtbot, tab)
    assert header.state.text() != says and "#2e7d32" in header.state.styleSheet()  # approved
    tab.editor.selectAll()
    tab.editor.textCursor().removeSelectedText()
    settle(qtbot, tab)
    shows_nothing_to_approve()
