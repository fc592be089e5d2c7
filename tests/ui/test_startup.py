"""Start-up paths: FILE loaded and focused, non-UTF-8 FILE, broken config, crash restore,
autosave, several drafts each with its channel, first-run screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics, QPalette, QTextCursor
from PySide6.QtWidgets import QPushButton

from ozon_assistant.core import paths
from ozon_assistant.core.settings import Settings, load_settings
from ozon_assistant.storage.drafts import DraftStore
from ozon_assistant.ui.compose.header import OVER_LIMIT
from ozon_assistant.ui.window.app import create_window
from tests.ui.compose_helpers import settle, type_text


def test_file_opens_loaded_focused_with_the_cursor_at_the_end(qtbot, make_window, tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Здравствуйте! Спасибо за заказ 😊\r\nЖдём снова.", encoding="utf-8")
    window = make_window(str(reply))
    editor = window.current_editor()
    assert window.current_text() == "Здравствуйте! Спасибо за заказ 😊\nЖдём снова."
    assert window.focusWidget() is editor
    assert editor.textCursor().position() == editor.document().characterCount() - 1
    type_text(editor, " До встречи!")  # typing goes straight to the end of the reply
    assert window.current_text().endswith("Ждём снова. До встречи!")
    assert window.window_actions.first_run is None


def test_a_file_that_is_not_utf8_gets_a_clear_message_and_is_not_touched(
        qtbot, make_window, tmp_path: Path) -> None:
    reply = tmp_path / "cp1251.txt"
    raw = "Здравствуйте! Спасибо".encode("cp1251")
    reply.write_bytes(raw)
    window = make_window(str(reply))
    assert window.file_error_box is not None
    message = window.file_error_box.text()
    assert "not UTF-8" in message and str(reply) in message
    assert reply.read_bytes() == raw
    assert window.current_text() == ""
    # Notepad's "ANSI" on a Russian Windows: shown as it would read, opened only when chosen
    assert "Read as Windows-1251 (Cyrillic), it begins: «Здравствуйте! Спасибо»" in \
        window.file_error_box.text()
    window.file_error_box.findChild(QPushButton, "open-legacy").click()
    assert window.current_text() == "Здравствуйте! Спасибо"
    assert reply.read_bytes() == raw


@pytest.mark.parametrize("raw,offered", [
    ("Здравствуйте, Анна!\r\nЗаказ в пути.".encode("gb18030"), "GB18030"),  # Chinese Windows
    (bytes(range(0x80, 0x100)) * 4, None),  # not text at all: nothing offered
])
def test_other_files_that_are_not_utf8(qtbot, make_window, tmp_path: Path, raw: bytes,
                                       offered: str | None) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_bytes(raw)
    window = make_window(str(reply))
    button = window.file_error_box.findChild(QPushButton, "open-legacy")
    if offered is None:
        assert button is None
        return
    assert offered in button.text()
    button.click()
    assert window.current_text() == "Здравствуйте, Анна!\nЗаказ в пути."


def test_a_broken_config_names_path_and_line_and_is_never_overwritten(qtbot, make_window) -> None:
    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    broken = 'ui_lang = "ru"\nplatform_return_days = "many"\n'
    config.write_text(broken, encoding="utf-8")
    window = make_window()
    box = window.config_error_box
    assert box is not None and box.isVisible()
    assert f"{config}:2" in box.text()
    assert window.settings == Settings()  # defaults
    window.disable_rule("all.punctuation.runs")  # trying to save changes nothing on disk
    window.shutdown()
    assert config.read_text(encoding="utf-8") == broken


def test_autosave_keeps_saving_as_typing_goes_on(qtbot, window) -> None:
    """Each save marks the text saved; the next key starts the next save (an undo too)."""
    tab = window.current_tab()
    store = DraftStore()
    for typed in ("Здравствуйте!", " Заказ собран.", " Отправим завтра."):
        type_text(tab.editor, typed)
        qtbot.waitUntil(lambda: store.get(tab.draft.id).text == tab.text())
        assert not tab.editor.document().isModified() and not tab.unsaved
    tab.editor.undo()
    assert tab.unsaved
    qtbot.waitUntil(lambda: store.get(tab.draft.id).text == tab.text())
    assert store.get(tab.draft.id).text == "Здравствуйте! Заказ собран."


def test_typing_goes_on_while_the_disk_is_stuck(qtbot, window) -> None:
    """Autosaves are written on the draft writer's thread: a disk that does not answer (busy,
    an antivirus scanning each write) never holds up the window, and the text gets written
    once the disk is back."""
    import threading

    from ozon_assistant.storage.draft_writer import DraftWriter

    disk = threading.Event()

    class StuckStore(DraftStore):
        def save(self, draft) -> None:  # type: ignore[no-untyped-def]
            assert disk.wait(20)
            super().save(draft)

    stuck = StuckStore()
    window.draft_writer.close()
    window.draft_writer = DraftWriter(window.drafts, lambda exc: None, opener=lambda _p: stuck)
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте!")
    qtbot.waitUntil(lambda: not tab.unsaved)  # an autosave was handed over …
    type_text(tab.editor, " Заказ собран.")  # … and the window still types, checks, saves
    qtbot.waitUntil(lambda: not tab.unsaved)
    settle(qtbot, tab)
    assert tab.text() == "Здравствуйте! Заказ собран."
    assert DraftStore().get(tab.draft.id).text == ""  # nothing reached the disk yet
    disk.set()
    window.draft_writer.flush()
    assert DraftStore().get(tab.draft.id).text == "Здравствуйте! Заказ собран."


def test_autosave_and_restore_after_a_crash(qtbot, qapp) -> None:
    crashed = create_window(None, no_first_run=True)
    tab = crashed.current_tab()
    type_text(tab.editor, "Здравствуйте! Ваш заказ собран")
    store = DraftStore()
    qtbot.waitUntil(lambda: store.get(tab.draft.id).text == "Здравствуйте! Ваш заказ собран")
    assert store.get(tab.draft.id).text == tab.text()  # autosaved without any action
    # the crash: nothing more is written, the session is never ended
    crashed.drafts = None
    tab.live.close()
    crashed.hide()

    window = create_window(None, no_first_run=True)
    try:
        bar = window.restore_bar
        assert bar.isVisible() and "Ваш заказ собран" in bar.label.text()
        assert window.current_text() == ""  # nothing restored without asking
        bar.restore.click()
        assert not bar.isVisible()
        assert window.current_text() == "Здравствуйте! Ваш заказ собран"
        assert window.tabs.count() == 1  # the empty starting draft gave way
    finally:
        window.shutdown()
        crashed.deleteLater()
    again = create_window(None, no_first_run=True)  # restored drafts reopen after a clean exit
    try:
        assert not again.restore_bar.isVisible()
        assert again.current_text() == "Здравствуйте! Ваш заказ собран"
    finally:
        again.shutdown()


def test_several_drafts_each_with_its_channel(qtbot, window) -> None:
    first = window.current_tab()
    first.header.set_channel("review")
    type_text(first.editor, "Спасибо за отзыв!")
    second = window.new_draft()
    second.header.set_channel("email")
    type_text(second.editor, "Dear Anna, thank you.")
    assert window.current_channel() == "email" and window.current_language() == "en"
    window.tabs.setCurrentIndex(0)
    assert window.current_channel() == "review" and window.current_language() == "ru"
    qtbot.waitUntil(lambda: "/ 1000" in first.header.counter.text())
    assert "/" not in second.header.counter.text()
    first.save()
    second.save()
    window.draft_writer.flush()
    saved = {d.text: d.channel for d in DraftStore().all()}
    assert saved == {"Спасибо за отзыв!": "review", "Dear Anna, thank you.": "email"}


def test_character_counter_follows_the_text_and_the_limit(qtbot, window) -> None:
    tab = window.current_tab()
    tab.editor.insertPlainText("я" * 1001)
    qtbot.waitUntil(lambda: tab.header.counter.text() == "1001 / 1000")
    assert tab.header.counter_over_limit()
    assert tab.header.counter.palette().color(QPalette.ColorRole.WindowText) == OVER_LIMIT
    assert tab.header.counter.font().bold()
    settle(qtbot, tab)
    assert any(f.rule == "all.length.channel" for f in tab.findings)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.textCursor().deletePreviousChar()
    qtbot.waitUntil(lambda: tab.header.counter.text() == "1000 / 1000")
    assert not tab.header.counter_over_limit()
    assert not tab.header.counter.font().bold()


def test_counter_keeps_its_size_while_typing_and_its_text_fits(qtbot, window) -> None:
    """A fixed size up to 9,999 characters: a new count never re-lays out the header (it
    changes on every key); a longer reply makes room once per extra digit."""
    tab = window.current_tab()
    counter = tab.header.counter
    size = counter.size()
    font = counter.font()
    font.setBold(True)
    for n in (9, 999, 9_999, 12_345, 99_999):
        tab.editor.setPlainText("я" * n)
        qtbot.waitUntil(lambda n=n: counter.text().startswith(f"{n} "))
        if n <= 9_999:
            assert counter.size() == size
        assert QFontMetrics(font).horizontalAdvance(counter.text()) <= counter.width()


def test_the_window_fits_a_1280_pixel_screen(qtbot, window) -> None:
    """Header, findings and snippets side by side need less than a common laptop's width."""
    window.show()
    assert window.minimumSizeHint().width() <= 1180
    header = window.current_tab().header
    assert header.width() >= header.minimumSizeHint().width()
    assert header.state.width() >= header.state.sizeHint().width()  # nothing cut off


@pytest.mark.parametrize("how", ["flag", "env", "file"])
def test_first_run_screen_is_skipped_when_asked_or_over_a_file(
        qtbot, make_window, monkeypatch, tmp_path, how) -> None:
    monkeypatch.delenv("OZON_ASSISTANT_NO_FIRST_RUN")
    reply = tmp_path / "r.txt"
    reply.write_text("Здравствуйте", encoding="utf-8")
    if how == "env":
        monkeypatch.setenv("OZON_ASSISTANT_NO_FIRST_RUN", "1")
    window = make_window(str(reply) if how == "file" else None, no_first_run=how == "flag")
    qtbot.wait(50)  # the screen would be opened from the event loop
    assert window.window_actions.first_run is None


def test_first_run_screen_saves_its_answers(qtbot, make_window, monkeypatch) -> None:
    monkeypatch.delenv("OZON_ASSISTANT_NO_FIRST_RUN")
    window = make_window(no_first_run=False)
    actions = window.window_actions
    qtbot.waitUntil(lambda: actions.first_run is not None and actions.first_run.isVisible())
    dialog = window.window_actions.first_run
    dialog.return_days.setValue(30)
    dialog.shop_name.setText("Уют")
    dialog.ui_lang.setCurrentIndex(dialog.ui_lang.findData("zh"))
    dialog.accept()
    saved = load_settings()
    assert (saved.platform_return_days, saved.shop_name, saved.ui_lang, saved.first_run_done) \
        == (30, "Уют", "zh", True)
    second = make_window(no_first_run=False)
    qtbot.wait(50)
    assert second.window_actions.first_run is None


def test_the_window_comes_first_and_add_ons_and_sources_follow(qtbot, qapp) -> None:
    import gc

    from ozon_assistant.ui.snippets.extension import SnippetsExtension

    gc.unfreeze()  # (earlier windows of this test session froze theirs)
    window = create_window(None, no_first_run=True)
    try:
        tab = window.current_tab()
        assert window.isVisible() and not window.startup_complete
        assert window.findChild(SnippetsExtension) is None  # not yet: after the first paint
        assert window.checker.sources == []  # house rules now, speller/LanguageTool after
        assert window.statusBar().currentMessage()  # the status bar says something is loading
        type_text(tab.editor, "Здравствуйте! ЗВОНИТЕ нам")  # the seller can type at once
        qtbot.waitUntil(lambda: window.startup_complete, timeout=10000)
        # what start-up loaded is out of the collector's sight: no long full collections
        assert gc.get_freeze_count() > 0
        ext = window.findChild(SnippetsExtension)
        assert ext is not None and any(c.editor is tab.editor for c in ext.completers)
        assert "speller" in [s.name for s in window.checker.sources]
        assert tab.live.checker is window.checker
        assert window.statusBar().currentMessage() == ""
        assert tab.text() == "Здравствуйте! ЗВОНИТЕ нам"
        settle(qtbot, tab)
        assert any(f.rule == "all.capitals.caps" for f in tab.findings)
    finally:
        window.shutdown()
