"""UTF-16 positions in the window: Qt counts UTF-16 code units, findings use ``str`` indices.

The conversions are :mod:`ozon_assistant.core.offsets` (the one place, shared with
LanguageTool), re-exported here for the window's modules; what is Qt's own stays here.
"""

from __future__ import annotations

from ozon_assistant.core.offsets import from_utf16, span_to_utf16, to_utf16, utf16_length

__all__ = ["from_utf16", "span_to_utf16", "to_utf16", "utf16_length"]
