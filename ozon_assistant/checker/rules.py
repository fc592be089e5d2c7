"""A rule as loaded from a pack: one validated header for every kind, as in Vale.

Kinds:
- ``existence``: a list of words/phrases (Russian ones expanded to every inflected form);
- ``substitution``: a ``swap`` map bad → good that also fills the replacements;
- ``pattern``: a regular expression;
- ``conditional``: cues of every group of meaning in one sentence, unless that (see
  :mod:`ozon_assistant.checker.conditional`; groups name shared lexicons, ``"@review"``);
- ``code``: a named check from :mod:`ozon_assistant.checker.checks` for what data can't express.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ozon_assistant.core.types import Severity

KINDS = ("existence", "substitution", "pattern", "conditional", "code")


@dataclass
class Rule:
    id: str
    category: str
    severity: Severity
    languages: tuple[str, ...]
    kind: str
    message: dict[str, str]
    description: dict[str, str]
    link: str = ""
    replacements: tuple[str, ...] = ()
    examples_bad: tuple[str, ...] = ()
    examples_good: tuple[str, ...] = ()
    #: per bad example (markers removed from its text): the span its <marker> names and the
    #: fix it expects ("" for none given), or None for an example without a marker
    example_marks: tuple[tuple[int, int, str] | None, ...] = ()
    # kind-specific data
    tokens: tuple[str, ...] = ()
    swap: dict[str, list[str]] = field(default_factory=dict)
    pattern: str = ""
    # pattern and conditional rules: run only when the paragraph has one of these words
    # ("refund*" = prefix); a cheap set look-up that spares the regex on most paragraphs
    gate: tuple[str, ...] = ()
    case_sensitive: bool = False
    inflect: bool = False
    check: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    # conditional rules: cue lists (``@lexicon`` names resolved when the packs load)
    groups: tuple[tuple[str, ...], ...] = ()
    context: tuple[tuple[str, ...], ...] = ()  # each group somewhere in the paragraph
    unless: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # ``except`` in the pack
    within: str = "sentence"  # or "clause"
    distance: int = 0  # the stretch from the first cue to the last: at most this many words
    legacy: bool = False  # read as the old "together" check (see conditional.Conditional)
    scope: str = "paragraph"  # or "document" for code checks that need the whole reply
    step: str = ""  # "business" | "positive" | "law" | "shouting" | "policy" | "language"
    pack: str = ""  # file the rule came from
    line: int | None = None

    def message_for(self, lang: str, matched: str,
                    facts: dict[str, str] | None = None) -> str:
        template = self.message.get(lang) or self.message["en"]
        text = template.replace("%s", matched)
        if facts:
            names = self.params.get("names", {}).get(lang, {})
            for key, value in facts.items():
                shown = names.get("|", " / ").join(names.get(v, v) for v in value.split("|"))
                text = text.replace("{" + key + "}", shown)
        return text

    def description_for(self, lang: str) -> str:
        return self.description.get(lang) or self.description.get("en", "")
