"""One shared checker for the checker tests (packs compiled once per test session)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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


def gate_opens(rule_gate: tuple[str, ...], text: str) -> bool:
    """Whether a pattern rule's word gate lets ``text`` through (its words, or ``stem*``)."""
    from ozon_assistant.core.text import tokens

    words = {g for g in rule_gate if not g.endswith("*")}
    prefixes = tuple(g[:-1] for g in rule_gate if g.endswith("*"))
    keys = {t.key for t in tokens(text)}
    return bool(keys & words) or any(k.startswith(prefixes) for k in keys)


#: A small user rule pack (``{extra}``: more keys for its rule), for the pack-loading tests.
RULE = '''
[[rule]]
id = "ru.vagueness.test-soon"
category = "vagueness"
severity = "warning"
languages = ["ru"]
kind = "existence"
tokens = ["скоро"]
message = {{ en = "vague %s", ru = "расплывчато %s", zh = "含糊 %s" }}
description = {{ en = "d", ru = "d", zh = "d" }}
examples.bad = ["Отправим скоро."]
examples.good = ["Отправим завтра."]
{extra}
'''


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
