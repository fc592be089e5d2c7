"""Load and validate rule packs (``resources/rules/*.toml`` and the user's ``rules/`` folder).

A pack file holds ``[[rule]]`` tables. Every error names the file and the line of the rule, so a
seller or a team lead editing a pack sees exactly what to fix. Nothing here writes to a pack.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ozon_assistant.checker.lexicons import LexiconError, Lexicons
from ozon_assistant.checker.rules import KINDS, Rule
from ozon_assistant.core.errors import ConfigError, toml_error
from ozon_assistant.core.text import fold
from ozon_assistant.core.types import CATEGORIES, REPLY_LANGUAGES, UI_LANGUAGES, Severity

ID_RE = re.compile(r"^[a-z]{2,3}(\.[a-z0-9_-]+)+$")
STEPS = ("business", "positive", "law", "shouting", "policy", "language", "structure")

_ALLOWED = {
    "id", "category", "severity", "languages", "kind", "message", "description", "link",
    "replacements", "examples", "tokens", "swap", "pattern", "case_sensitive", "inflect",
    "check", "params", "scope", "step", "gate",
    "groups", "context", "unless", "except", "within", "distance",
}
#: keys only a conditional rule has
_CONDITIONAL = ("groups", "context", "unless", "except", "within", "distance")


def pack_files(dirs: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        if d.is_dir():
            files.extend(sorted(d.glob("*.toml")))
    return files


def _rule_line(source: str, rule_id: str | None, index: int) -> int | None:
    if rule_id:
        m = re.search(r'^\s*id\s*=\s*["\']' + re.escape(rule_id) + r'["\']', source, re.M)
        if m:
            return source.count("\n", 0, m.start()) + 1
    hits = [m.start() for m in re.finditer(r"^\s*\[\[rule\]\]", source, re.M)]
    if index < len(hits):
        return source.count("\n", 0, hits[index]) + 1
    return None


def _lang_table(value: Any, what: str) -> dict[str, str]:
    if isinstance(value, str):
        raise ValueError(f"{what} needs en, ru and zh texts ({what}.en = ..., ...)")
    if not isinstance(value, dict):
        raise ValueError(f"{what} must be a table with en, ru and zh")
    missing = [lang for lang in UI_LANGUAGES if not isinstance(value.get(lang), str)]
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")
    return {k: str(v) for k, v in value.items()}


def _str_list(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what} must be a list of strings")
    return tuple(value)


#: ``<marker>words</marker>`` or ``<marker fix='right'>words</marker>`` in a bad example, as in
#: LanguageTool's rule examples: the exact words the rule must flag and the fix it must offer
MARKER_RE = re.compile(r"<marker(?:\s+fix=(['\"])(.*?)\1)?>(.*?)</marker>")


def unmark(example: str) -> tuple[str, tuple[int, int, str] | None]:
    """An example's plain text and the span (and expected fix) its marker names."""
    m = MARKER_RE.search(example)
    if m is None:
        return example, None
    if MARKER_RE.search(example, m.end()):
        raise ValueError(f"example {example!r} has more than one <marker>")
    text = example[:m.start()] + m.group(3) + example[m.end():]
    return text, (m.start(), m.start() + len(m.group(3)), m.group(2) or "")


def parse_rule(raw: dict[str, Any], pack: str) -> Rule:
    unknown = set(raw) - _ALLOWED
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not ID_RE.match(rule_id):
        raise ValueError(f"id {rule_id!r} must be dotted lower-case, e.g. ru.formality.ty")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise ValueError(f"category {category!r} is not one of {', '.join(CATEGORIES)}")
    try:
        severity = Severity(raw.get("severity"))
    except ValueError:
        raise ValueError("severity must be error, warning or suggestion") from None
    languages = _str_list(raw.get("languages", list(REPLY_LANGUAGES)), "languages")
    if not set(languages) <= set(REPLY_LANGUAGES):
        raise ValueError(f"languages must be among {', '.join(REPLY_LANGUAGES)}")
    kind = raw.get("kind")
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} must be one of {', '.join(KINDS)}")
    examples = raw.get("examples", {})
    if not isinstance(examples, dict):
        raise ValueError("examples must be a table with bad and good lists")
    marked = [unmark(e) for e in _str_list(examples.get("bad", []), "examples.bad")]
    bad = tuple(text for text, _mark in marked)
    good = _str_list(examples.get("good", []), "examples.good")
    if not bad or not good:
        raise ValueError("every rule needs examples.bad and examples.good")
    step = raw.get("step", "")
    if step and step not in STEPS:
        raise ValueError(f"step must be one of {', '.join(STEPS)}")
    rule = Rule(
        id=rule_id,
        category=category,
        severity=severity,
        languages=languages,
        kind=kind,
        message=_lang_table(raw.get("message"), "message"),
        description=_lang_table(raw.get("description"), "description"),
        link=str(raw.get("link", "")),
        replacements=_str_list(raw.get("replacements", []), "replacements"),
        examples_bad=bad,
        examples_good=good,
        example_marks=tuple(mark for _text, mark in marked),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        inflect=bool(raw.get("inflect", languages == ("ru",))),
        scope=str(raw.get("scope", "paragraph")),
        step=step,
        pack=pack,
    )
    if rule.scope not in ("paragraph", "document"):
        raise ValueError("scope must be paragraph or document")
    if kind == "code" and raw.get("check") == "together":
        raw = _together_as_conditional(raw)
        rule.kind = kind = "conditional"
        rule.legacy = True  # its groups were written to share words (a gate word, a pattern)
    if "gate" in raw and kind not in ("pattern", "conditional"):
        raise ValueError("gate is for pattern and conditional rules only")
    stray = [k for k in _CONDITIONAL if k in raw and kind != "conditional"]
    if stray:
        raise ValueError(f"{', '.join(stray)} belong(s) to conditional rules only")
    if kind == "existence":
        rule.tokens = _str_list(raw.get("tokens"), "tokens")
        if not rule.tokens:
            raise ValueError("an existence rule needs tokens")
    elif kind == "substitution":
        swap = raw.get("swap")
        if not isinstance(swap, dict) or not swap:
            raise ValueError("a substitution rule needs a swap table")
        rule.swap = {k: list(_str_list(v, f"swap.{k}")) for k, v in swap.items()}
    elif kind == "pattern":
        pattern = raw.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise ValueError("a pattern rule needs a pattern")
        flags = 0 if rule.case_sensitive else re.IGNORECASE
        try:
            re.compile(pattern, flags)
        except re.error as exc:
            raise ValueError(f"pattern does not compile: {exc}") from None
        rule.pattern = pattern
        rule.gate = tuple(fold(g) for g in _str_list(raw.get("gate", []), "gate"))
    elif kind == "conditional":
        groups = raw.get("groups")
        if not isinstance(groups, list) or not groups:
            raise ValueError('a conditional rule needs groups = [["@lexicon", "word"], …]')
        rule.groups = tuple(_cues(g, f"groups[{i}]") for i, g in enumerate(groups))
        context = raw.get("context", [])
        if isinstance(context, list) and context and all(isinstance(c, list) for c in context):
            rule.context = tuple(_cues(c, f"context[{i}]") for i, c in enumerate(context))
        elif context:
            rule.context = (_cues(context, "context"),)
        rule.unless = _cues(raw.get("unless", []), "unless")
        rule.exclude = _cues(raw.get("except", []), "except")
        rule.within = str(raw.get("within", "sentence"))
        if rule.within not in ("sentence", "clause"):
            raise ValueError("within must be sentence or clause")
        distance = raw.get("distance", 0)
        if not isinstance(distance, int) or distance < 0:
            raise ValueError("distance must be a whole number of words")
        rule.distance = distance
        rule.gate = tuple(fold(g) for g in _str_list(raw.get("gate", []), "gate"))
    else:
        from ozon_assistant.checker.checks import CODE_CHECKS

        check = raw.get("check")
        if check not in CODE_CHECKS:
            raise ValueError(f"check {check!r} is not one of {', '.join(sorted(CODE_CHECKS))}")
        rule.check = check
        params = raw.get("params", {})
        if not isinstance(params, dict):
            raise ValueError("params must be a table")
        rule.params = params
    return rule


def _cues(value: Any, what: str) -> tuple[str, ...]:
    """A group of cues: a list of entries, or one entry ("@review")."""
    cues = _str_list(value, what)
    for cue in cues:
        if cue.startswith("re:"):
            try:
                re.compile(cue[3:], re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"{what}: {cue!r} does not compile: {exc}") from None
        elif not cue.strip():
            raise ValueError(f"{what}: an empty cue")
    return cues


def _together_as_conditional(raw: dict[str, Any]) -> dict[str, Any]:
    """A ``check = "together"`` code rule (the old form) read as a conditional rule: its words
    matched as written, as they always were (``=word``), stems and patterns as they are."""
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise ValueError("params must be a table")
    unknown = set(params) - {"groups", "context", "unless", "except"}
    if unknown:
        raise ValueError(f"together: unknown params {', '.join(sorted(unknown))}")

    def exact(cues: Any, what: str) -> list[str]:
        return [c if c.startswith(("re:", "@")) else " ".join(
            w if w.endswith("*") else "=" + w for w in c.split())
            for c in _str_list(cues, what)]

    out = {k: v for k, v in raw.items() if k not in ("check", "params")}
    out["groups"] = [exact(g, "params.groups") for g in params.get("groups", [])]
    for key in ("context", "unless", "except"):
        if params.get(key):
            out[key] = exact(params[key], f"params.{key}")
    return out


def resolve_lexicons(rule: Rule, lexicons: Lexicons) -> None:
    """Replace the ``@lexicon`` cues of a conditional rule by the lexicons' entries."""
    if rule.kind != "conditional":
        return
    langs = rule.languages
    rule.groups = tuple(lexicons.resolve(g, langs) for g in rule.groups)
    rule.context = tuple(lexicons.resolve(c, langs) for c in rule.context)
    rule.unless = lexicons.resolve(rule.unless, langs)
    rule.exclude = lexicons.resolve(rule.exclude, langs)
    for i, group in enumerate(rule.groups):
        if not group:
            raise ValueError(f"groups[{i}] is empty for {', '.join(langs)}")


def load_pack(path: Path) -> list[Rule]:
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, "rule pack is not UTF-8 text") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read rule pack: {exc.strerror or exc}") from None
    import tomllib  # here: with compiled packs cached, `check` never parses a pack

    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(path, exc) from None
    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list):
        raise ConfigError(path, "rules must be [[rule]] tables")
    rules = []
    for i, raw in enumerate(raw_rules):
        rid = raw.get("id") if isinstance(raw.get("id"), str) else None
        try:
            rules.append(parse_rule(raw, path.name))
        except ValueError as exc:
            raise ConfigError(path, f"rule {rid or '#' + str(i + 1)}: {exc}",
                              _rule_line(source, rid, i)) from None
        rules[-1].line = _rule_line(source, rid, i)
    return rules


def load_rules(dirs: Iterable[Path]) -> list[Rule]:
    """All rules from the pack folders, in order; duplicate ids are an error naming both files."""
    dirs = list(dirs)
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    lexicons = Lexicons(dirs)
    for path in pack_files(dirs):
        for rule in load_pack(path):
            try:
                resolve_lexicons(rule, lexicons)
            except (ValueError, LexiconError) as exc:
                raise ConfigError(path, f"rule {rule.id}: {exc}", rule.line) from None
            if rule.id in seen:
                raise ConfigError(path, f"rule {rule.id} is already defined in {seen[rule.id].pack}",
                                  rule.line)
            seen[rule.id] = rule
            rules.append(rule)
    return rules
