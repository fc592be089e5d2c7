"""The shared vocabulary: severities, categories, channels and findings.

Offsets in a :class:`Finding` are Python ``str`` indices into the checked text (code points,
not UTF-16 units, not bytes). Only ``ozon_assistant.ui.shared.offsets`` converts them to Qt positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        """Higher is worse; used to pick one finding when two cover the same span."""
        return {"error": 3, "warning": 2, "suggestion": 1}[self.value]


#: The category names; the window, the CLI and outside checks rely on these exact strings.
CATEGORIES: tuple[str, ...] = (
    "capitals",
    "punctuation",
    "emoticons",
    "formality",
    "vagueness",
    "rudeness",
    "negativity",
    "legal",
    "contacts",
    "off_platform",
    "privacy",
    "clarity",
    "typography",
    "spelling",
    "grammar",
    "structure",
    "placeholders",
    "length",
)

#: Reply channels and their length limits in characters (None: no limit we know of).
CHANNEL_LIMITS: dict[str, int | None] = {
    "chat": 1000,
    "review": 1000,
    "question": 1000,
    "email": None,
}
CHANNELS: tuple[str, ...] = tuple(CHANNEL_LIMITS)

REPLY_LANGUAGES: tuple[str, ...] = ("ru", "en")
#: The interface's languages: also those every rule's message and description is written in.
UI_LANGUAGES: tuple[str, ...] = ("en", "ru", "zh")

#: A (start, end) stretch of a text in ``str`` indices.
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a reply: where, which rule, how bad, why, and what to write instead."""

    start: int
    end: int
    rule: str
    category: str
    severity: Severity
    message: str
    description: str = ""
    replacements: tuple[str, ...] = ()
    source: str = "house"
    link: str = ""

    def shifted(self, delta: int) -> Finding:
        """The same finding moved by ``delta`` characters (paragraph → document offsets)."""
        if not delta:
            return self
        return Finding(self.start + delta, self.end + delta, self.rule, self.category,
                       self.severity, self.message, self.description, self.replacements,
                       self.source, self.link)


@dataclass(slots=True)
class CheckResult:
    """Everything the CLI and the window need to show about one checked text."""

    text: str
    language: str
    channel: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """No text at all (empty, or only spaces and line breaks): nothing to approve."""
        return not self.text.strip()

    @property
    def approved(self) -> bool:
        """Approved means: there is a reply, and no finding with severity error. Nothing else.
        An empty reply is never approved (it has no finding, yet nothing in it meets the
        standard: "approved, 10/10" would let it through)."""
        return not self.empty and not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def score(self) -> int:
        from ozon_assistant.core.score import score_findings

        return score_findings(self.findings)
