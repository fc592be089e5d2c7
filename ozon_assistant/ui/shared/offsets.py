"""UTF-16 positions in the window: Qt counts UTF-16 code units, findings use ``str`` indices.

The conversions are :mod:`ozon_assistant.core.offsets` (the one place, shared with
LanguageTool), re-exported here for the window's modules; what is Qt's own stays here.
"""

from __future__ import annotations

from typing import Any

from ozon_assistant.core.offsets import from_utf16, span_to_utf16, to_utf16, utf16_length

__all__ = ["editor_text", "from_utf16", "span_to_utf16", "to_utf16", "utf16_length"]


def editor_text(editor: Any) -> str:
    """The text of a QPlainTextEdit (or QTextEdit) exactly as typed.

    ``toPlainText`` is not that: it turns every non-breaking space (U+00A0) into a plain space
    and a line separator (U+2028) into a line break, so «500 ₽» would leave the app as
    «500 ₽». The raw text keeps every character; only Qt's paragraph separator (U+2029, what
    a line break becomes inside the document) is turned back into ``\\n``. Positions are the
    same as in ``toPlainText`` (each replacement is one unit for one)."""
    return str(editor.document().toRawText()).replace("\u2029", "\n")
