"""merge_findings keeps one finding per problem; its overlap test must equal the plain
definition (every kept finding against every better-ranked one) on any input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ozon_assistant.checker.engine import _rank, merge_findings, sort_findings
from ozon_assistant.core.types import Finding, Severity

FINDING = st.builds(
    lambda a, n, rule, cat, sev, src: Finding(a, a + n, rule, cat, sev, "", source=src),
    st.integers(0, 40), st.integers(1, 8), st.sampled_from(["r1", "r2", "r3"]),
    st.sampled_from(["spelling", "grammar", "legal"]), st.sampled_from(list(Severity)),
    st.sampled_from(["house", "languagetool", "speller"]))


def reference(findings: list[Finding]) -> list[Finding]:
    best: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.start, f.end, f.category)
        old = best.get(key)
        if old is None or (_rank(f), -f.severity.rank) < (_rank(old), -old.severity.rank):
            best[key] = f
    out: list[Finding] = []
    for f in sorted(best.values(), key=_rank):
        if not (_rank(f) and any(_rank(k) < _rank(f) and k.start < f.end and f.start < k.end
                                 for k in out)):
            out.append(f)
    return sort_findings(out)


@settings(max_examples=400, deadline=None)
@given(st.lists(FINDING, max_size=14))
def test_merge_equals_the_plain_definition(findings: list[Finding]) -> None:
    assert merge_findings(findings) == reference(findings)


def test_many_findings_on_one_line_stay_linear_enough() -> None:
    """20,000 speller findings under 2,000 house ones: the plain definition asks 40 million
    questions; the merge must answer in one pass (no timing: the result is checked)."""
    house = [Finding(i * 10, i * 10 + 3, "h", "legal", Severity.ERROR, "") for i in range(2000)]
    speller = [Finding(i, i + 1, "s", "spelling", Severity.WARNING, "", source="speller")
               for i in range(20000)]
    kept = merge_findings(house + speller)
    assert len(kept) == 2000 + 20000 - 3 * 2000
