"""Helpers for compose-window tests: real typing and waiting for the live checker."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, as a keyboard would (any script, emoji too).

    QTest.keyClicks only knows ASCII; a key event carrying the text is what an input method
    delivers for Cyrillic, Chinese or an emoji picker.
    """
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     "\r" if ch == "\n" else ch))


def settle(qtbot, tab) -> None:
    """Wait until every paragraph is checked and the header/panel show the current text."""
    tab.live.flush_now()
    qtbot.waitUntil(tab.up_to_date, timeout=10000)


def mark_for_rule(tab, rule: str):
    finding = next(f for f in tab.findings if f.rule == rule)
    return tab.mark_for(finding)
