"""Filling a snippet: literal, one pass, nothing evaluated.

The template is scanned once, left to right. ``{name}`` takes the seller's value, else the
placeholder's fallback, else stays visible as ``{name}`` (the checker's placeholder rule then
blocks approval: a typo never vanishes silently). A value is copied in as text and never scanned
again, so ``{0.__class__}`` or ``{order_number}`` typed as a value stays exactly that.
``{{``/``}}`` are literal braces, ``{|}`` marks where the cursor lands. No ``str.format``, no eval.

An empty fallback means "this part may be left out": the value disappears together with the
separator before it («Здравствуйте, {buyer_name}!» → «Здравствуйте!»).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

#: A snippet's field, ``{name}``: what the seller fills in (and what stays visible when nobody
#: does). The checker's ``placeholders`` rule looks wider: any template family's slot.
FIELD_RE = re.compile(r"\{(\w+)\}")
#: Everything the renderer reads: ``{{``/``}}`` (literal braces), ``{|}`` (the cursor), a field.
TOKEN_RE = re.compile(r"\{\{|\}\}|\{\|\}|" + FIELD_RE.pattern)
_SEPARATOR_BEFORE = re.compile(r"(?:\s*[,，、])?[ \t]+$|[,，、][ \t]*$")
_SEPARATOR_AFTER = re.compile(r"^[ \t]*[,，、]?[ \t]*")


@dataclass(frozen=True)
class FieldSpan:
    """Where one placeholder ended up in the rendered text and how it was filled."""

    name: str
    start: int
    end: int
    state: str  # "value" | "fallback" | "unfilled"


@dataclass(frozen=True)
class Rendered:
    text: str
    cursor: int  # str index in ``text`` where the cursor lands
    fields: tuple[FieldSpan, ...] = field(default_factory=tuple)

    @property
    def unfilled(self) -> list[str]:
        return list(dict.fromkeys(f.name for f in self.fields if f.state == "unfilled"))


def placeholder_names(template: str) -> list[str]:
    """Names of the ``{name}`` placeholders in order, each once (escapes and cursor skipped)."""
    return list(dict.fromkeys(m.group(1) for m in TOKEN_RE.finditer(template) if m.group(1)))


def has_cursor(template: str) -> int:
    """How many ``{|}`` cursor markers the template holds (a valid snippet has at most one)."""
    return sum(1 for m in TOKEN_RE.finditer(template) if m.group() == "{|}")


def render(template: str, values: Mapping[str, str] | None = None,
           fallbacks: Mapping[str, str] | None = None) -> Rendered:
    """The template with values put in literally; see the module docstring for the rules."""
    values = values or {}
    fallbacks = fallbacks or {}
    out: list[str] = []
    length = 0
    cursor: int | None = None
    spans: list[FieldSpan] = []
    pos = 0
    skip_separator = False

    def emit(piece: str) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)

    for m in TOKEN_RE.finditer(template):
        literal = template[pos : m.start()]
        if skip_separator:
            literal = _SEPARATOR_AFTER.sub("", literal, count=1)
            skip_separator = False
        emit(literal)
        pos = m.end()
        token, name = m.group(), m.group(1)
        if token == "{{":
            emit("{")
        elif token == "}}":
            emit("}")
        elif token == "{|}":
            cursor = length if cursor is None else cursor
        elif name is not None:
            value = (values.get(name) or "").strip()
            if value:
                spans.append(FieldSpan(name, length, length + len(value), "value"))
                emit(value)
            elif name in fallbacks and fallbacks[name].strip():
                text = fallbacks[name].strip()
                spans.append(FieldSpan(name, length, length + len(text), "fallback"))
                emit(text)
            elif name in fallbacks:  # an empty fallback: leave the part out, with its separator
                before = "".join(out)
                trimmed = _SEPARATOR_BEFORE.sub("", before, count=1) if before else before
                if not trimmed or trimmed.endswith("\n"):
                    skip_separator = True
                out[:] = [trimmed]
                length = len(trimmed)
                cursor = None if cursor is None else min(cursor, length)
                spans.append(FieldSpan(name, length, length, "fallback"))
            else:
                spans.append(FieldSpan(name, length, length + len(token), "unfilled"))
                emit(token)
    literal = template[pos:]
    if skip_separator:
        literal = _SEPARATOR_AFTER.sub("", literal, count=1)
    emit(literal)
    text = "".join(out)
    return Rendered(text=text, cursor=len(text) if cursor is None else min(cursor, len(text)),
                    fields=tuple(spans))
