"""The phrase completer and the snippet editor on real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from ozon_assistant.snippets.model import Phrase
from ozon_assistant.ui.snippets.editor import SnippetEditor
from ozon_assistant.ui.snippets.phrase_completer import PhraseCompleter, fragment_before, matching
from tests.ui.compose_helpers import type_text
from tests.ui.snippet_standin import fixture_service

PHRASES = [
    Phrase("greeting", "ru", "Здравствуйте, {buyer_name}!", "您好"),
    Phrase("thanks", "ru", "Спасибо за Ваш заказ!", "感谢"),
    Phrase("thanks", "en", "Thank you for your order!", "感谢"),
]


def test_fragment_and_matching() -> None:
    assert fragment_before("Здравствуйте! Спа") == "Спа"
    assert fragment_before("Line one.\nTha") == "Tha"
    assert fragment_before("Здравствуйте! ") == ""
    assert [p.text for p in matching(PHRASES, "спа", "ru")] == ["Спасибо за Ваш заказ!"]
    assert matching(PHRASES, "с", "ru") == []          # one letter: too early
    assert matching(PHRASES, "Tha", "ru") == []        # other language
    assert [p.lang for p in matching(PHRASES, "tha", "en")] == ["en"]


def _editor(qtbot: QtBot, lang: str = "ru", kind: type[QPlainTextEdit] = QPlainTextEdit
            ) -> tuple[QPlainTextEdit, PhraseCompleter]:
    editor = kind()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    return editor, PhraseCompleter(editor, lambda: PHRASES, lambda: lang)


def test_typing_first_letters_offers_phrases_and_enter_inserts(qtbot: QtBot) -> None:
    editor, completer = _editor(qtbot, "en")
    qtbot.keyClicks(editor, "Hello! Th")
    qtbot.waitUntil(completer.popup_visible)
    assert completer.model.item(0).text().startswith("Thank you for your order!")
    qtbot.keyClick(completer.completer.popup(), Qt.Key.Key_Return)
    assert editor.toPlainText() == "Hello! Thank you for your order!"
    assert not completer.popup_visible()
    editor.undo()  # one undo step back to what was typed
    assert editor.toPlainText() == "Hello! Th"


def test_tab_inserts_and_selects_the_first_placeholder(qtbot: QtBot) -> None:
    editor, completer = _editor(qtbot, "ru")
    editor.insertPlainText("Спасибо 😊! Зд")  # an emoji before: Qt counts it as two units
    completer.update()
    assert completer.popup_visible()
    qtbot.keyClick(completer.completer.popup(), Qt.Key.Key_Tab)
    assert editor.toPlainText() == "Спасибо 😊! Здравствуйте, {buyer_name}!"
    assert editor.textCursor().selectedText() == "{buyer_name}"


def test_escape_and_plain_typing_keep_the_text(qtbot: QtBot) -> None:
    editor, completer = _editor(qtbot, "en")
    qtbot.keyClicks(editor, "Th")
    qtbot.waitUntil(completer.popup_visible)
    qtbot.keyClick(completer.completer.popup(), Qt.Key.Key_Escape)
    assert editor.toPlainText() == "Th"
    qtbot.keyClicks(editor, "e parcel")
    completer.flush()
    assert editor.toPlainText() == "The parcel" and not completer.popup_visible()


def test_editor_creates_edits_and_reports_errors(qtbot: QtBot, tmp_path: Path) -> None:
    service = fixture_service(tmp_path)
    dialog = SnippetEditor(service, None)
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("my-answer")
    dialog.titles["en"].setText("My answer")
    dialog.tags["ru"].setText("доставка, срок")
    dialog.category.setCurrentIndex(dialog.category.findData("order_status"))
    dialog.bodies["ru"].setPlainText("Здравствуйте, {buyer_name}! {|}Спасибо.")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.id == "my-answer"
    s = service.get("my-answer")
    assert s.source == "user" and s.tags == {"ru": ("доставка", "срок")}
    assert s.category == "order_status"
    assert s.path is not None and s.path.parent == tmp_path / "user"

    bad = SnippetEditor(service, None)
    qtbot.addWidget(bad)
    bad.id_edit.setText("my-answer")
    bad.titles["en"].setText("Again")
    bad.bodies["en"].setPlainText("Hello")
    bad.save()
    assert bad.saved is None and "already exists" in bad.error.text()

    bundled = SnippetEditor(service, service.get("return-howto-steps"))
    qtbot.addWidget(bundled)
    bundled.titles["en"].setText("Returns, my way")
    bundled.save()
    assert service.get("return-howto-steps").source == "user"
    assert service.get("return-howto-steps").title["en"] == "Returns, my way"
    service.close()


def test_phrases_after_a_long_paragraph_and_no_language_guess_for_plain_typing(
        qtbot: QtBot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    asked: list[int] = []

    def lang() -> str:
        asked.append(1)
        return "en"

    completer = PhraseCompleter(editor, lambda: PHRASES, lang)
    editor.insertPlainText("We checked the parcel again and again. " * 40)  # one long paragraph
    asked.clear()
    qtbot.keyClicks(editor, "It is fine")  # matches no phrase: the reply language is not needed
    assert asked == [] and not completer.popup_visible()
    qtbot.keyClicks(editor, ". Th")  # a sentence start far into the paragraph still counts
    qtbot.waitUntil(completer.popup_visible)
    assert asked and completer.model.item(0).text().startswith("Thank you for your order!")
    # far from any sentence start, text that happens to begin like a phrase is not offered
    editor.clear()
    editor.insertPlainText("x" * 200 + " " * 60 + "Th")
    completer.update()
    assert not completer.popup_visible()


def test_letters_after_a_sentence_that_matches_nothing_are_let_through(qtbot: QtBot) -> None:
    """Once the sentence typed so far starts no phrase, more letters cannot change that: they
    pass without looking at the text; a sentence end, a deletion or a cursor move looks again."""
    editor, completer = _editor(qtbot, "en")
    looked: list[int] = []
    real_look = completer._look
    completer._look = lambda: (looked.append(1), real_look())[1]  # type: ignore[method-assign]
    qtbot.keyClicks(editor, "Zz")  # starts no phrase
    assert looked == [1, 1]
    qtbot.keyClicks(editor, "zzy words")  # letters and spaces: let through
    assert looked == [1, 1] and not completer.popup_visible()
    qtbot.keyClicks(editor, ". Th")  # the sentence ends: looked at again, and offered
    assert len(looked) > 2
    qtbot.waitUntil(completer.popup_visible)
    completer._popup().hide()
    editor.clear()
    qtbot.keyClicks(editor, "Tx")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # a deletion looks again: "T" …
    qtbot.keyClicks(editor, "h")  # … then "Th" is offered
    qtbot.waitUntil(completer.popup_visible)


def test_the_popup_stays_under_the_sentence_start_and_narrows_as_letters_come(
        qtbot: QtBot) -> None:
    editor, completer = _editor(qtbot, "ru")
    phrases = [*PHRASES, Phrase("thanks", "ru", "Спасибо за терпение!", "感谢耐心")]
    completer.phrases = lambda: phrases
    type_text(editor, "Добрый день! Сп")
    popup = completer.completer.popup()
    qtbot.waitUntil(completer.popup_visible)  # a moment after the key
    where = popup.geometry()
    start = editor.cursorRect(editor.textCursor()).left() - 12  # about two letters back
    assert where.left() >= editor.viewport().mapToGlobal(QPoint(start - 12, 0)).x() > 40
    rows = [completer.model.item(r).data(Qt.ItemDataRole.UserRole + 1)
            for r in range(completer.model.rowCount())]
    assert rows == ["Спасибо за Ваш заказ!", "Спасибо за терпение!"]
    typed = "Сп"
    for ch in "асибо за т":
        type_text(editor, ch)
        typed += ch
        completer.flush()
        assert completer.popup_visible()
        rows = [completer.model.item(r).data(Qt.ItemDataRole.UserRole + 1)
                for r in range(completer.model.rowCount())]
        assert rows == [p.text for p in matching(phrases, typed, "ru")]  # as a fresh look
        assert popup.geometry().topLeft() == where.topLeft()  # it does not slide along
    assert completer.model.rowCount() == 1
    assert completer.model.item(0).text() == "Спасибо за терпение!   — 感谢耐心"
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.toPlainText() == "Добрый день! Спасибо за терпение!"


def test_the_compose_pane_is_not_repainted_whole_as_the_phrase_list_opens_and_closes(
        qtbot: QtBot) -> None:
    """The list takes the focus while it is open; the pane keeps its cursor and frame as they
    are instead of painting itself and all under it again (twice a sentence, while typing)."""
    from PySide6.QtCore import QEvent, QObject

    from ozon_assistant.ui.compose.editor import ComposeEditor

    editor, completer = _editor(qtbot, "ru", ComposeEditor)
    events: list[QEvent.Type] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Paint, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                events.append(event.type())
            return False

    watch = Watch()
    editor.installEventFilter(watch)
    type_text(editor, "Добрый день! Сп")
    completer.flush()
    assert completer.popup_visible()
    type_text(editor, "асибо,")  # a sentence the list has no phrase for: it closes
    completer.flush()
    assert not completer.popup_visible()
    qtbot.wait(50)
    assert QEvent.Type.FocusOut in events and QEvent.Type.FocusIn in events  # it did take focus
    assert QEvent.Type.Paint not in events
    assert editor.hasFocus()
    type_text(editor, " Анна")  # typing goes on where it was
    assert editor.toPlainText() == "Добрый день! Спасибо, Анна"


def test_the_cursor_comes_back_when_a_popup_elsewhere_really_took_the_focus(
        qtbot: QtBot) -> None:
    """A combo box that takes no focus on click opens its list: the pane gets FocusOut(Popup),
    then FocusOut(Other) and, when the list closes, only FocusIn(Popup). The focus really
    left, so its return must be handled: the text cursor blinks again."""
    from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

    from ozon_assistant.ui.compose.editor import ComposeEditor

    window = QWidget()
    qtbot.addWidget(window)
    editor = ComposeEditor()
    combo = QComboBox()
    combo.addItems(["chat", "email"])
    combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    column = QVBoxLayout(window)
    column.addWidget(editor)
    column.addWidget(combo)
    window.show()
    qtbot.waitExposed(window)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    combo.showPopup()
    qtbot.wait(100)
    combo.hidePopup()
    qtbot.wait(100)
    assert editor.hasFocus()

    def cursor_drawn() -> bool:  # an empty pane: any dark pixel at the cursor is the cursor
        area = editor.cursorRect().adjusted(-1, -1, 1, 1)
        image = editor.viewport().grab(area).toImage()
        return any(image.pixelColor(x, y).lightness() < 100
                   for x in range(image.width()) for y in range(image.height()))

    seen = []
    for _ in range(8):  # the cursor blinks: look over more than one period
        qtbot.wait(150)
        seen.append(cursor_drawn())
    assert any(seen)


def _refocus(qtbot: QtBot, editor: QPlainTextEdit) -> None:
    """The pane has the focus again after the list closed. A window system hands it back
    (seen under Xvfb: typing on after Return brings the list up again); the offscreen
    platform, with no active window, sometimes does not."""
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)


def test_the_list_follows_the_keys_and_return_chooses_from_what_is_typed_now(
        qtbot: QtBot) -> None:
    """The popup is updated a moment after the key (the letter is painted first); Return or
    Tab pressed before that moment chooses from the list for the text as it is now."""
    from ozon_assistant.ui.snippets.phrase_completer import OFFER_MS

    editor, completer = _editor(qtbot, "ru")
    phrases = [*PHRASES, Phrase("thanks", "ru", "Спасибо за терпение!", "感谢耐心")]
    completer.phrases = lambda: phrases
    type_text(editor, "Добрый день! Сп")
    assert not completer.popup_visible()  # not within the keystroke …
    qtbot.waitUntil(completer.popup_visible, timeout=OFFER_MS * 20)  # … right after it
    popup = completer.completer.popup()
    type_text(editor, "асибо за т")
    assert completer.model.rowCount() == 2  # the list has not caught up yet …
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # … Return brings it up to date first
    assert editor.toPlainText() == "Добрый день! Спасибо за терпение!"

    editor.clear()
    _refocus(qtbot, editor)
    type_text(editor, "Сп")
    qtbot.waitUntil(completer.popup_visible, timeout=OFFER_MS * 20)
    type_text(editor, "ячка")  # starts no phrase: the list is to close …
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # … so Return is the pane's: a new line
    assert editor.toPlainText() == "Спячка\n"
    assert not completer.popup_visible()

    _refocus(qtbot, editor)
    type_text(editor, "Сп")
    qtbot.waitUntil(completer.popup_visible, timeout=OFFER_MS * 20)
    type_text(editor, "а")
    popup.hide()  # closed (a click elsewhere) before the list caught up with the letter …
    qtbot.wait(OFFER_MS * 3)
    assert not completer.popup_visible()  # … stays closed
