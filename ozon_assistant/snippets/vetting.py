"""A snippet's bodies under the house rules before it goes into the seller's library.

The library is trusted: whatever is in it lands in replies with one key. So a body is checked as
the reply it becomes would be: rendered with the fields' sample values, in its own language, for
each channel it is offered in, by the checker the window uses. What lies inside a field (a sample
value, an unfilled ``{name}`` the fill-in form will ask for) is not the seller's wording and is
left out; suggestions are left out too. An error-level finding (a contact, an off-platform
channel, an unlawful term) keeps the snippet from being saved; a warning is for the seller to
weigh.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.snippets.fill import render_snippet, sample_values
from ozon_assistant.snippets.model import Library, Snippet

if TYPE_CHECKING:
    from ozon_assistant.checker.engine import Checker
    from ozon_assistant.core.settings import Settings


@dataclass(frozen=True)
class BodyFinding:
    """One finding in the body written in ``lang``; ``text`` is that body as rendered."""

    lang: str
    text: str
    finding: Finding

    @property
    def words(self) -> str:
        return self.text[self.finding.start:self.finding.end]

    @property
    def blocking(self) -> bool:
        return self.finding.severity is Severity.ERROR


def vet(checker: Checker, library: Library, snippet: Snippet, settings: Settings,
        ui_lang: str = "en") -> list[BodyFinding]:
    """The errors and warnings in ``snippet``'s bodies (errors first), messages in ``ui_lang``."""
    from ozon_assistant.checker.engine import context_for

    out: list[BodyFinding] = []
    for lang in snippet.languages:
        rendered = render_snippet(library, snippet, lang, sample_values(library, snippet, lang))
        fields = [(f.start, f.end) for f in rendered.fields]
        seen: set[tuple[str, int, int]] = set()
        for channel in snippet.channels or (settings.channel,):
            ctx = context_for(settings, rendered.text, lang, channel, ui_lang)
            for f in checker.check(rendered.text, ctx).findings:
                if f.severity is Severity.SUGGESTION or (f.rule, f.start, f.end) in seen:
                    continue
                if any(start <= f.start and f.end <= end for start, end in fields):
                    continue
                seen.add((f.rule, f.start, f.end))
                out.append(BodyFinding(lang, rendered.text, f))
    out.sort(key=lambda b: (not b.blocking, b.lang != "ru", b.finding.start))
    return out
