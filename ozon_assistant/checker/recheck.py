"""What a slip hides: the paragraph checked again as its likely correction reads.

"You should of read the listing" breaks the blame rule's wording ("you should have read"), and
«Удалите отзвы — вернём 300 ₽» the review-deal rule's; a buyer reads through the slip, so the
checker must too. The grammar and spelling findings that carry a fix are applied, the corrected
paragraph is checked once more, and the findings that only appear there are mapped back onto the
words the seller wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ozon_assistant.core.types import Finding

#: findings whose first fix is taken as what the seller meant
SLIPS = frozenset({"grammar", "spelling"})


def behind_slips(check: Callable[[str], list[Finding]], text: str,
                 found: list[Finding]) -> list[Finding]:
    """Findings of ``check`` on ``text`` with its slips corrected that ``found`` lacks, in
    ``text``'s offsets (a finding inside a corrected word covers the word as written)."""
    slips: list[Finding] = []
    for f in sorted((f for f in found if f.category in SLIPS and f.replacements),
                    key=lambda f: (f.start, f.end)):
        if not slips or f.start >= slips[-1].end:
            slips.append(f)
    if not slips:
        return []
    parts: list[str] = []
    regions: list[tuple[int, int, int, int]] = []  # original start, end → corrected start, end
    at = 0
    length = 0
    for f in slips:
        parts.append(text[at:f.start])
        length += f.start - at
        fix = f.replacements[0]
        regions.append((f.start, f.end, length, length + len(fix)))
        parts.append(fix)
        length += len(fix)
        at = f.end
    parts.append(text[at:])
    corrected = "".join(parts)

    def back(pos: int, is_end: bool) -> int:
        delta = 0
        for o_start, o_end, c_start, c_end in regions:
            if pos < c_start or (is_end and pos == c_start):
                break
            if pos < c_end or (is_end and pos == c_end):
                return o_end if is_end else o_start
            delta = o_end - c_end
        return pos + delta

    known = {(f.rule, f.start, f.end) for f in found}
    out: list[Finding] = []
    for f in check(corrected):
        if f.category in SLIPS:
            continue
        start, end = back(f.start, False), back(f.end, True)
        if start >= end or (f.rule, start, end) in known or any(
                g.rule == f.rule and g.start < end and start < g.end for g in found):
            continue
        out.append(replace(f, start=start, end=end))
    return out
