"""One shared checker for the checker tests (packs compiled once per test session)."""

from __future__ import annotations

from functools import lru_cache

from ozon_assistant.checker.compiled import compile_rules
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import Checker
from ozon_assistant.checker.packs import load_rules
from ozon_assistant.core import paths
from ozon_assistant.core.text import guess_language
from ozon_assistant.core.types import CheckResult


@lru_cache(maxsize=1)
def shared_checker() -> Checker:
    return Checker(compile_rules(load_rules([paths.rules_dir()])))


def check(text: str, language: str | None = None, **ctx: object) -> CheckResult:
    lang = language or guess_language(text)
    return shared_checker().check(text, CheckContext(language=lang, **ctx))  # type: ignore[arg-type]
