"""The registry of named code checks: what data can't express, kept small and tested."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ozon_assistant.checker.context import CheckContext


@dataclass(frozen=True, slots=True)
class Hit:
    """A code check's raw result; the engine turns it into a Finding with the rule's header."""

    start: int
    end: int
    replacements: tuple[str, ...] = ()
    matched: str | None = None  # what %s shows in the message (default: the covered text)


CodeCheck = Callable[[str, CheckContext, dict[str, Any]], Iterable[Hit]]
CODE_CHECKS: dict[str, CodeCheck] = {}


def code_check(name: str) -> Callable[[CodeCheck], CodeCheck]:
    def register(fn: CodeCheck) -> CodeCheck:
        CODE_CHECKS[name] = fn
        return fn

    return register
