"""Switching the interface language applies at once, everywhere: the first-run screen and
Settings retranslate the live window (menus, header, findings with their category labels, docks,
the dialog itself) on Qt's LanguageChange, without a restart; no label of the old language
remains. Both call the option by the same name."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.i18n import ensure_qm
from tests.ui.compose_helpers import settle, type_text
from tests.ui.ui_texts import CJK, CYRILLIC, english_left, texts

REPLY = "Здравствуйте! ЗВОНИТЕ нам!!!"
#: texts that name a language in its own script on purpose (a seller finds theirs)
OWN_NAMES = ("中文", "Русский", "(ru / en / 中文)")
LANGUAGE_PICKERS = ("first-ui-lang", "ui-lang")  # English, Русский, 中文: each in its own


@pytest.fixture(autouse=True)
def _qm() -> None:
    for locale in ("ru", "zh_CN"):
        ensure_qm(locale)


def _switched(qtbot, window, tab) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()  # LanguageChange is posted to every widget
    settle(qtbot, tab)
    QApplication.processEvents()


def _texts(widget) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What the widget shows but the interface languages' own names."""
    return [(w, t) for w, t in texts(widget) if w not in LANGUAGE_PICKERS]


def _labels(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The window's texts but the reply's own words (the tab title, the findings' messages)."""
    return [(w, t) for w, t in _texts(window) if w not in ("drafts", "findings-list")
            and not any(own in t for own in OWN_NAMES) and t not in REPLY]


def _categories(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The category label in front of each finding ("Капитализация: …")."""
    rows = [window.panel.list.item(i).text() for i in range(window.panel.list.count())]
    return [row.replace("：", ": ").split(": ", 1)[0] for row in rows]


def test_first_run_screen_switches_the_language_at_once(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("OZON_ASSISTANT_NO_FIRST_RUN")
    window = make_window(no_first_run=False)
    tab = window.current_tab()
    type_text(tab.editor, REPLY)
    settle(qtbot, tab)
    actions = window.window_actions
    qtbot.waitUntil(lambda: actions.first_run is not None and actions.first_run.isVisible())
    dialog = window.window_actions.first_run
    assert dialog.windowTitle() == "Welcome to Ozon Compose Assistant"
    assert window.menu("Reply").title() == "&Reply"

    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("zh"))
    _switched(qtbot, window, tab)
    assert CJK.search(dialog.windowTitle()), dialog.windowTitle()
    assert CJK.search(dialog.start.text()) and CJK.search(dialog.hello.text())
    assert CJK.search(window.menu("Reply").title()) and CJK.search(window.windowTitle())
    assert CJK.search(tab.header.approve.text()) and CJK.search(window.panel.windowTitle())
    categories = _categories(window)
    assert categories and all(CJK.search(c) for c in categories), categories
    assert all(CJK.search(f.message) for f in tab.findings), [f.message for f in tab.findings]
    left = english_left(_texts(window) + _texts(dialog), "zh_CN")
    assert not left, left

    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("ru"))
    _switched(qtbot, window, tab)
    found = _labels(window) + _texts(dialog)
    chinese = [(w, t) for w, t in found if CJK.search(t) and not any(o in t for o in OWN_NAMES)]
    assert not chinese, chinese
    assert all(CYRILLIC.search(c) for c in _categories(window)), _categories(window)
    assert not english_left(found, "ru"), english_left(found, "ru")

    dialog.skip.click()  # skipping keeps the language the seller picked (the window speaks it)
    assert window.settings.ui_lang == "ru" and window.settings.first_run_done


def _settings_in_russian(qtbot, window):  # type: ignore[no-untyped-def]
    """A reply with findings, then Settings with Russian picked (not yet OK'd)."""
    tab = window.current_tab()
    type_text(tab.editor, REPLY)
    settle(qtbot, tab)
    window.show_settings()
    dialog = window.window_actions.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("ru"))
    _switched(qtbot, window, tab)
    return tab, dialog


def test_settings_switch_the_language_at_once_and_cancel_takes_it_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tab, dialog = _settings_in_russian(qtbot, window)
    assert CYRILLIC.search(dialog.windowTitle()) and CYRILLIC.search(dialog.tabs.tabText(1))
    assert CYRILLIC.search(window.menu("Reply").title())
    found = _labels(window) + _texts(dialog)
    assert not english_left(found, "ru"), english_left(found, "ru")
    assert all(CYRILLIC.search(c) for c in _categories(window)), _categories(window)

    dialog.reject()  # Cancel: the language it was
    _switched(qtbot, window, tab)
    assert window.menu("Reply").title() == "&Reply"
    assert _categories(window) and all(not CYRILLIC.search(c) for c in _categories(window))


def test_after_switching_to_chinese_no_russian_label_remains(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    tab, dialog = _settings_in_russian(qtbot, window)
    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("zh"))
    dialog.accept()
    _switched(qtbot, window, tab)
    assert window.settings.ui_lang == "zh"
    found = _labels(window)
    russian = [(w, t) for w, t in found if CYRILLIC.search(t)]
    assert not russian, russian
    assert all(CJK.search(c) for c in _categories(window)), _categories(window)
    assert not english_left(found, "zh_CN"), english_left(found, "zh_CN")


def test_first_run_and_settings_name_the_option_the_same(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.first_run import FirstRunDialog
    from ozon_assistant.ui.window.settings_dialog import SettingsDialog

    first = FirstRunDialog(window.settings, window)
    settings = SettingsDialog(window.settings, window.checker, window)
    qtbot.addWidget(first)
    qtbot.addWidget(settings)
    for lang in ("en", "ru", "zh"):
        window.set_ui_language(lang)
        QApplication.processEvents()
        assert first.ui_lang_label.text() == settings.labels["ui_lang"].text()
        assert first.return_days_label.text() == settings.labels["return_days"].text()
