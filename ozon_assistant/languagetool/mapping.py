"""LanguageTool's JSON matches → our findings.

LanguageTool sorts its rules into categories (TYPOS, GRAMMAR, PUNCTUATION, …) and issue types
(misspelling, grammar, typographical, style, …). The window and the score know only our category
names, so each match is mapped here: typos → spelling, grammar (and confused words, casing,
compounds) → grammar, punctuation → punctuation, typography → typography, style → clarity. The
category ids are the ones LanguageTool 6.8's Russian and English rules use (checked against a
real server in tests/languagetool/test_real.py); an id we do not know falls back on the issue
type. LanguageTool never blocks approval on its own: its findings are warnings (spelling,
grammar) or suggestions (punctuation, typography, clarity); only the house rules decide what an
Ozon moderator would reject.
"""

from __future__ import annotations

from typing import Any

from ozon_assistant.core.offsets import utf16_span
from ozon_assistant.core.types import Finding, Severity

MAX_REPLACEMENTS = 5

#: LanguageTool category id → our category.
CATEGORY_IDS: dict[str, str] = {
    "TYPOS": "spelling",
    "MULTITOKEN_SPELLING": "spelling",
    "PROPER_NOUNS": "spelling",
    "AMERICAN_ENGLISH": "spelling",
    "BRITISH_ENGLISH": "spelling",
    "GRAMMAR": "grammar",
    "LOGIC": "grammar",
    "MISC": "grammar",
    "FALSE_FRIENDS": "grammar",
    "CASING": "grammar",
    "CONFUSED_WORDS": "grammar",
    "COMPOUNDING": "grammar",
    "COLLOCATIONS": "grammar",
    "SEMANTICS": "grammar",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "typography",
    "STYLE": "clarity",
    "NONSTANDARD_PHRASES": "clarity",
    "REPETITIONS": "clarity",
    "TON_ACADEMIC": "clarity",
    "CREATIVE_WRITING": "clarity",
    "WIKIPEDIA": "clarity",
    "TEXT_ANALYSIS": "clarity",
    "REDUNDANCY": "clarity",
    "PLAIN_ENGLISH": "clarity",
    "REPETITIONS_STYLE": "clarity",
    "GENDER_NEUTRALITY": "clarity",
}

#: LanguageTool issue type → our category, when the category id is not one we know.
ISSUE_TYPES: dict[str, str] = {
    "misspelling": "spelling",
    "grammar": "grammar",
    "typographical": "typography",
    "whitespace": "typography",
    "duplication": "clarity",
    "style": "clarity",
    "register": "clarity",
    "locale-violation": "spelling",
}

SEVERITIES: dict[str, Severity] = {
    "spelling": Severity.WARNING,
    "grammar": Severity.WARNING,
    "punctuation": Severity.SUGGESTION,
    "typography": Severity.SUGGESTION,
    "clarity": Severity.SUGGESTION,
}


class GarbageReply(ValueError):
    """The server answered, but not with LanguageTool's JSON."""


def category_of(match: dict[str, Any]) -> str:
    rule = match.get("rule") or {}
    cat_id = str((rule.get("category") or {}).get("id", "")).upper()
    if cat_id in CATEGORY_IDS:
        return CATEGORY_IDS[cat_id]
    issue = str(rule.get("issueType", "")).lower()
    return ISSUE_TYPES.get(issue, "grammar")


def finding_of(match: dict[str, Any], text: str) -> Finding | None:
    """One match as a finding; None when its span does not fit ``text``."""
    span = utf16_span(text, int(match["offset"]), int(match["length"]))
    if span is None:
        return None
    rule = match.get("rule") or {}
    category = category_of(match)
    replacements = tuple(
        dict.fromkeys(str(r["value"]) for r in match.get("replacements") or []
                      if isinstance(r, dict) and r.get("value"))
    )[:MAX_REPLACEMENTS]
    message = str(match.get("message") or match.get("shortMessage") or rule.get("description", ""))
    return Finding(
        start=span[0], end=span[1], rule=f"lt.{rule.get('id', 'UNKNOWN')}", category=category,
        severity=SEVERITIES.get(category, Severity.WARNING), message=message,
        description=str(rule.get("description", "")), replacements=replacements,
        source="languagetool", link=_link(rule),
    )


def _link(rule: dict[str, Any]) -> str:
    urls = rule.get("urls") or []
    if urls and isinstance(urls[0], dict):
        return str(urls[0].get("value", ""))
    return ""


def findings_of(reply: Any, text: str) -> list[Finding]:
    """Every usable match in a /v2/check reply. Raises :class:`GarbageReply` when the reply is
    not shaped like one (a proxy's error page, another service on that port)."""
    if not isinstance(reply, dict) or not isinstance(reply.get("matches"), list):
        raise GarbageReply("the answer has no list of matches")
    out = []
    for match in reply["matches"]:
        try:
            f = finding_of(match, text)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # one odd match must not hide the others
        if f is not None:
            out.append(f)
    return out
