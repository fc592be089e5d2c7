"""The 0–10 score shown beside a reply.

10 means nothing to fix. Each finding costs points by severity; several findings of one rule cost
a little more than one but never swamp the score (the second and later hits of a rule cost half).
Any error caps the score at 4, so an unapproved reply never looks "good".

    error 4 points, warning 2 points, suggestion 0.5 points; score = round(max(0, 10 - cost))
"""

from __future__ import annotations

from collections.abc import Iterable

from ozon_assistant.core.types import Finding, Severity

COST = {Severity.ERROR: 4.0, Severity.WARNING: 2.0, Severity.SUGGESTION: 0.5}
ERROR_CAP = 4


def score_findings(findings: Iterable[Finding]) -> int:
    cost = 0.0
    seen: set[str] = set()
    has_error = False
    for f in findings:
        c = COST[f.severity]
        cost += c / 2 if f.rule in seen else c
        seen.add(f.rule)
        has_error = has_error or f.severity is Severity.ERROR
    score = max(0, round(10 - cost))
    return min(score, ERROR_CAP) if has_error else score
