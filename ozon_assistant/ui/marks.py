"""A finding placed in the editor (Qt positions), and the word the seller is typing.

Findings carry ``str`` offsets relative to their paragraph or reply; a :class:`Mark` pairs one
with its current Qt span, which is what tooltips, menus and fixes need.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QPlainTextEdit

from ozon_assistant.core.types import Finding
from ozon_assistant.ui.offsets import from_utf16, to_utf16

_WORD_EXTRA = "-'’_"


@dataclass(frozen=True)
class Mark:
    finding: Finding
    start: int  # Qt position (UTF-16) in the document
    end: int
    matched: str  # the text the finding covers, to check a fix still applies


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch in _WORD_EXTRA


def typed_word_span(editor: QPlainTextEdit) -> tuple[int, int] | None:
    """The Qt span of the word touching the cursor, or None (selection, or no word there).

    Like Sonnet, the live checker leaves this word alone while the seller is still typing it.
    """
    cursor = editor.textCursor()
    if cursor.hasSelection():
        return None
    block = cursor.block()
    text = block.text()
    i = from_utf16(text, cursor.positionInBlock())
    start = i
    while start > 0 and _wordish(text[start - 1]):
        start -= 1
    end = i
    while end < len(text) and _wordish(text[end]):
        end += 1
    if start == end:
        return None
    base = block.position()
    return base + to_utf16(text, start), base + to_utf16(text, end)
