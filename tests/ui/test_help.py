"""Help: About names the version, where the seller's data lives and the licences of the app and
what it is built with; the keyboard-shortcut list is grouped by task, in the menus' order."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from ozon_assistant import __version__
from ozon_assistant.core import paths
from tests.ui.test_i18n import _ensure_qm
from tests.ui.ui_texts import english_left, texts


def test_about_names_version_data_folders_and_licences(window) -> None:  # type: ignore[no-untyped-def]
    help_menu = [a.text() for a in window.menu("Help").actions()]
    assert "&About Ozon Compose Assistant" in help_menu
    window.show_about()
    box = window.window_actions.about_box
    assert box is not None and box.isVisible()
    text = box.text.text()
    assert f"Version {__version__}" in text
    for folder in (paths.config_dir(), paths.data_dir(), paths.cache_dir()):
        assert str(folder) in text and f"href='file://{folder}'" in text
    for name, licence in (("pyside6", "LGPL-3.0"), ("pymorphy3", "MIT"), ("wordfreq", "Apache"),
                          ("keyring", "MIT"), ("spylls", "MIT"), ("tomli-w", "MIT")):
        row = text[text.index(f"<td style='padding-right:12px'>{name}</td>"):][:200]
        assert licence in row, (name, row)
    assert "see the package" not in text  # every dependency's licence is named
    assert "The app: MIT." in text


@pytest.mark.parametrize("lang,locale", [("ru", "ru"), ("zh", "zh_CN")])
def test_about_speaks_the_ui_language(window, lang: str, locale: str) -> None:  # type: ignore[no-untyped-def]
    _ensure_qm(locale)
    window.set_ui_language(lang)
    window.show_about()
    QApplication.processEvents()
    found = texts(window.window_actions.about_box)
    assert not english_left(found, locale), english_left(found, locale)
    assert "Where your data lives" not in window.window_actions.about_box.text.text()


def test_shortcuts_grouped_by_task_in_menu_order(window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.parts import plain_text, shortcut_groups, shortcut_rows

    groups = shortcut_groups(window)
    titles = [title for title, _rows in groups]
    assert titles == ["Writing and checking a reply", "Drafts", "Snippets and phrases", "E-mail",
                      "Views, settings and help"]
    reply = [name for name, _keys in dict(groups)["Writing and checking a reply"]]
    assert reply[:4] == ["Approve & Copy", "Fix all safe", "Next finding", "Previous finding"]
    assert "Fixes for the finding at the cursor" in reply
    assert [n for n, _ in dict(groups)["Drafts"]] == [
        "New draft", "Close draft", "Next draft", "Previous draft", "Quit"]
    rows = shortcut_rows(window)
    assert rows != sorted(rows)  # by task, not in code-point order
    assert "Channel: Chat" in reply and "Chat" not in reply  # a channel is named as one
    # every action with a shortcut is listed, once
    named = {plain_text(a.text()) for a in window.findChildren(QAction)
             if a.shortcuts() and a.text()}
    listed = [name.removeprefix("Channel: ") for name, _keys in rows]
    assert named <= set(listed) and len(listed) == len(set(listed))
    from ozon_assistant.ui.window.parts import show_shortcuts

    show_shortcuts(window)
    box = next(b for b in window.findChildren(QMessageBox) if b.objectName() == "shortcuts")
    html = box.text()
    assert html.index("Writing and checking a reply") < html.index("Approve &amp; Copy") \
        < html.index("Drafts") < html.index("New draft")
    native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
    assert native in html
    box.close()
