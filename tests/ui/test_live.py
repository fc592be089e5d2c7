"""Live underlines on a real editor: right places (after emoji too), the word being typed left
alone, stale results dropped, long paragraphs trimmed, a 1 MB paste checked in chunks."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from ozon_assistant.core.types import Severity
from ozon_assistant.ui.compose.live import MAX_PARAGRAPH, MAX_PER_FLUSH
from tests.ui.compose_helpers import settle, type_text


def u16(text: str, i: int) -> int:
    """Qt position of str index i, computed independently of ui/shared/offsets.py."""
    return len(text[:i].encode("utf-16-le")) // 2


def drawn(editor) -> list[tuple[int, int]]:
    """The spans the editor's underline layer paints (not the checker's own bookkeeping)."""
    return sorted((s, e) for s, e, _sev in editor.live.layer.spans())


def test_typing_a_bad_reply_underlines_the_right_places(qtbot, window) -> None:
    tab = window.current_tab()
    reply = "Здравствуйте! Спасибо за заказ 😊 звоните +7 999 123-45-67 и ПИШИТЕ!!!\n"
    type_text(tab.editor, reply)
    assert tab.text() == reply
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.live.underlines()) >= 4)
    got = {(s, e, sev) for s, e, sev in tab.live.underlines()}

    phone = reply.index("+7")
    phone_end = reply.index("67") + 2
    emoji = reply.index("😊")
    caps = reply.index("ПИШИТЕ")
    bang = reply.index("!!!")
    # the phone number sits after an emoji: one more UTF-16 unit than its str index
    assert u16(reply, phone) == phone + 1
    assert (u16(reply, phone), u16(reply, phone_end), Severity.ERROR) in got
    assert any(s <= u16(reply, emoji) and e == u16(reply, emoji) + 2 and sev is Severity.WARNING
               for s, e, sev in got)  # the emoji (two UTF-16 units) is covered
    assert (u16(reply, caps), u16(reply, caps + 6), Severity.WARNING) in got
    assert (u16(reply, bang), u16(reply, bang + 3), Severity.WARNING) in got
    # what the checker says for the same text, converted independently, is what is drawn
    expected = {(u16(reply, f.start), u16(reply, f.end), f.severity)
                for f in window.check_now().findings}
    assert got == expected
    assert drawn(tab.editor) == sorted((s, e) for s, e, _ in got)
    # the underlined text is the offending text
    cursor = QTextCursor(tab.editor.document())
    cursor.setPosition(u16(reply, phone))
    cursor.setPosition(u16(reply, phone_end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "+7 999 123-45-67"


def test_the_word_being_typed_is_not_underlined_until_the_seller_moves_on(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо, ПИШИТЕ")
    settle(qtbot, tab)
    caps = tab.text().index("ПИШИТЕ")
    assert any(f.rule == "all.capitals.caps" for f in tab.findings)  # found, listed …
    assert all(s != caps for s, _e, _sev in tab.live.underlines())  # … but not drawn yet
    type_text(tab.editor, " ")  # moves on
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: any(s == caps for s, _e, _sev in tab.live.underlines()))
    # moving the cursor back into the word without typing keeps the underline
    cursor = tab.editor.textCursor()
    cursor.setPosition(caps + 2)
    tab.editor.setTextCursor(cursor)
    tab.live.schedule_render()
    qtbot.waitSignal(tab.live.rendered, timeout=2000)
    assert any(s == caps for s, _e, _sev in tab.live.underlines())


def test_results_for_text_that_changed_are_never_shown(qtbot, window) -> None:
    tab = window.current_tab()
    type_text(tab.editor, "ЗВОНИТЕ НАМ!!!\n")
    tab.live.flush_now()  # checks of this text are now on their way …
    tab.editor.selectAll()
    type_text(tab.editor, "Здравствуйте! Спасибо за заказ.\n")  # … and the text changes first
    settle(qtbot, tab)
    assert tab.findings == []
    assert tab.live.underlines() == []
    # undo brings the old text back, and its (cached) findings with it
    while tab.text() != "ЗВОНИТЕ НАМ!!!\n" and tab.editor.document().isUndoAvailable():
        tab.editor.undo()
    assert tab.text() == "ЗВОНИТЕ НАМ!!!\n"
    settle(qtbot, tab)
    assert {f.rule for f in tab.findings} >= {"all.capitals.caps", "all.punctuation.runs"}


def test_a_very_long_paragraph_is_checked_on_its_start_only(qtbot, window) -> None:
    tab = window.current_tab()
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    long = "Здравствуйте! ЗВОНИТЕ " + "очень длинный текст " * 20_000  # 400,000 characters
    tab.editor.insertPlainText(long)
    settle(qtbot, tab)
    assert any(f.rule == "all.capitals.caps" for f in tab.findings)
    assert all(f.end <= MAX_PARAGRAPH for f in tab.findings if f.rule != "all.length.channel")
    assert any("5,000" in m for m in messages)


def test_a_1mb_paste_is_checked_in_chunks_and_drawn_only_where_visible(qtbot, window) -> None:
    tab = window.current_tab()
    line = "Здравствуйте! Заказ отправлен, ЗВОНИТЕ если что!!! " * 10
    text = "\n".join(line for _ in range(1_000_000 // len(line)))
    tab.editor.insertPlainText(text)  # what a paste does: one insert
    tab.live.flush_now()
    in_flight = len(tab.live._pending["house"])
    assert 0 < in_flight <= MAX_PER_FLUSH  # never the whole document at once
    settle(qtbot, tab)
    blocks = tab.editor.document().blockCount()
    assert blocks > 1000
    caps = [f for f in tab.findings if f.rule == "all.capitals.caps"]
    assert len(caps) == blocks * 10  # every paragraph was checked in the end
    # … but underlines exist only for what is on screen
    editor = tab.editor
    first = editor.cursorForPosition(editor.viewport().rect().topLeft()).block()
    last = editor.cursorForPosition(editor.viewport().rect().bottomLeft()).block().next()
    lo, hi = first.position(), last.position() + last.length()
    shown = tab.live.underlines()
    assert shown and len(shown) * 50 < len(tab.findings)
    # (the whole-reply length finding runs from character 1,000 to the end: not a paragraph one)
    assert all(lo <= s and e <= hi for s, e, sev in shown if sev is not Severity.ERROR)


def _coloured_pixels(editor, start: int, end: int, severity: Severity) -> int:
    """Pixels of the severity's colour on the line of the Qt span [start, end), as painted."""
    from PySide6.QtGui import QColor

    from ozon_assistant.ui.shared.labels import SEVERITY_COLORS

    editor.viewport().repaint()
    image = editor.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    left = editor.cursorRect(cursor)
    cursor.setPosition(end)
    right = editor.cursorRect(cursor)
    assert left.top() == right.top(), "the span must be on one line for this check"
    hue = SEVERITY_COLORS[severity].hsvHue()
    count = 0
    for x in range(int((left.left() + 2) * ratio), int((right.left() - 1) * ratio)):
        for y in range(int(left.top() * ratio), int((left.bottom() + 4) * ratio)):
            c = QColor(image.pixel(x, y))
            if c.hsvSaturation() > 90 and c.value() > 90 and abs(c.hsvHue() - hue) < 25:
                count += 1
    return count


def test_underlines_are_painted_and_the_typed_word_is_left_out(qtbot, window) -> None:
    tab = window.current_tab()
    editor = tab.editor
    start = "Здравствуйте! Спасибо за заказ, звоните +7 999 123-45-67. Мы "
    type_text(editor, start + "ПИШЕМ")
    settle(qtbot, tab)
    text = tab.text()
    phone, phone_end = text.index("+7"), text.index("67") + 2
    caps, caps_end = text.index("ПИШЕМ"), len(text)
    thanks = text.index("Спасибо")
    qtbot.waitUntil(lambda: any(s == phone for s, _e, _sev in tab.live.underlines()))
    assert _coloured_pixels(editor, phone, phone_end, Severity.ERROR) > 10
    assert _coloured_pixels(editor, thanks, thanks + 7, Severity.ERROR) == 0
    assert _coloured_pixels(editor, thanks, thanks + 7, Severity.WARNING) == 0
    # found, but the word under the cursor is still being typed: not painted …
    assert any(f.rule == "all.capitals.caps" for f in tab.findings)
    assert _coloured_pixels(editor, caps, caps_end, Severity.WARNING) == 0
    type_text(editor, " ")  # … until the seller moves on
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: any(s == caps for s, _e, _sev in tab.live.underlines()))
    assert _coloured_pixels(editor, caps, caps_end, Severity.WARNING) > 10


def test_underlines_stay_on_their_words_while_typing_before_or_inside_them(qtbot, window) -> None:
    """Between checks the drawn underlines follow the text: typing before one moves it, typing
    inside one takes it away until the next check, typing after all of them changes nothing."""
    tab = window.current_tab()
    type_text(tab.editor, "Спасибо, ЗВОНИТЕ нам!!! 😊 Ждём\n")
    settle(qtbot, tab)
    text = tab.text()
    caps, bang = u16(text, text.index("ЗВОНИТЕ")), u16(text, text.index("!!!"))
    qtbot.waitUntil(lambda: {caps, bang} <= {s for s, _e, _sev in tab.live.underlines()})
    before = {(s, e) for s, e, _sev in tab.live.underlines()}
    # typing after every underline of the paragraph: nothing moves
    cursor = tab.editor.textCursor()
    cursor.setPosition(u16(text, text.index("Ждём") + 4))
    tab.editor.setTextCursor(cursor)
    type_text(tab.editor, "!")
    assert {(s, e) for s, e, _sev in tab.live.underlines()} == before
    # typing before them: they move by what was typed, still on their words
    cursor.setPosition(0)
    tab.editor.setTextCursor(cursor)
    type_text(tab.editor, "Ну ")
    shifted = {(s + 3, e + 3) for s, e in before}
    assert {(s, e) for s, e, _sev in tab.live.underlines()} == shifted
    doc_cursor = QTextCursor(tab.editor.document())
    doc_cursor.setPosition(caps + 3)
    doc_cursor.setPosition(caps + 3 + 7, QTextCursor.MoveMode.KeepAnchor)
    assert doc_cursor.selectedText() == "ЗВОНИТЕ"
    # typing inside one: that one goes (it is being rewritten), the others stay
    cursor.setPosition(caps + 3 + 2)
    tab.editor.setTextCursor(cursor)
    type_text(tab.editor, "о")
    now = {(s, e) for s, e, _sev in tab.live.underlines()}
    assert (caps + 3, caps + 3 + 7) not in now and (caps + 3, caps + 3 + 8) not in now
    assert (bang + 4, bang + 4 + 3) in now


def test_the_paragraphs_on_screen_keep_their_glyphs_and_only_they(qtbot, window) -> None:
    """A keystroke re-lays out and repaints its paragraph: the paragraphs on screen keep their
    shaped glyphs (QTextLayout's cache) so painting does not shape them again; those that left
    the screen let them go, however paragraphs were added above them, and a paragraph begun
    with Enter keeps them from its first key."""
    tab = window.current_tab()
    editor = tab.editor
    editor.setPlainText("\n".join(f"Абзац {i}: посылка уже в пути, спасибо за заказ."
                                  for i in range(300)))
    settle(qtbot, tab)
    doc = editor.document()

    def kept() -> set[int]:
        return {n for n in range(doc.blockCount())
                if doc.findBlockByNumber(n).layout().cacheEnabled()}

    def on_screen() -> set[int]:
        first, last = tab.live._visible_range()  # (with one paragraph more below)
        return set(range(first, min(last, doc.blockCount() - 1) + 1))

    qtbot.waitUntil(lambda: kept() == on_screen())
    assert 0 in kept() and 299 not in kept()
    type_text(editor, "Да\n" * 40)  # typed at the top: paragraphs pushed down, the view follows
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: kept() == on_screen())
    editor.moveCursor(QTextCursor.MoveOperation.End)  # far below
    qtbot.waitUntil(lambda: doc.blockCount() - 1 in kept())
    assert kept() == on_screen()  # none left behind, wherever they moved
    type_text(editor, "\nНовый")
    assert doc.lastBlock().layout().cacheEnabled()
    assert doc.lastBlock().text() == "Новый"


def test_paragraphs_edited_out_of_view_are_checked_too(qtbot, window) -> None:
    """Enter at the top of a long reply, then a scroll away before the check: the edited
    paragraphs, no longer on screen, are checked all the same (they used to wait for the
    seller to scroll back, the tab saying "checking" meanwhile)."""
    tab = window.current_tab()
    editor = tab.editor
    editor.setPlainText("\n".join(f"Абзац {i}: посылка уже в пути, спасибо за заказ."
                                  for i in range(300)))
    settle(qtbot, tab)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    type_text(editor, "\n\nЗВОНИТЕ\n")
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    settle(qtbot, tab)
    assert any(f.rule == "all.capitals.caps" and tab.text()[f.start:f.end] == "ЗВОНИТЕ"
               for f in tab.findings)
