"""The blind rounds: labelled text written by helpers who never saw the rules (benchmarks/blind/).

Policy rounds (``policy_r*.toml``): breaches refused (``blocked`` cases not approved), marked
words underlined (a finding of severity error or warning over each ``marks`` substring), clean
replies with no error and no warning. Grammar rounds (``grammar_r*.tsv``: class, sentence,
start, end, wrong, right, corrected sentence): detection (a ``grammar`` finding over the wrong
word), the corrected sentence from the first fix or one of the first three, and false alarms on
the corrected sentences and on the clean ones (``grammar_clean_r*.txt``).

    .venv/bin/python benchmarks/bench_blind.py [-v]

Each round's first-sight figures (measured before anyone fitted rules to it) are in the issue
notes; once measured a round is development data, and the next round must be written afresh.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HERE = ROOT / "benchmarks" / "blind"


def policy(path: Path, verbose: bool) -> None:
    from ozon_assistant.checker.engine import Checker, context_for, get_checker
    from ozon_assistant.checker.sources import build_sources
    from ozon_assistant.core.settings import Settings

    settings = Settings()
    checker = Checker(get_checker(settings).packs, sources=build_sources(settings, "off"))
    blocked = refused = clean = clean_ok = marks = underlined = 0
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        text = case["text"]
        result = checker.check(text, context_for(settings, text, case.get("lang", "auto"),
                                                 case.get("channel", "chat")))
        serious = [f for f in result.findings if f.severity.value in ("error", "warning")]
        if case.get("clean"):
            clean += 1
            clean_ok += not serious
            if serious and verbose:
                print("  clean flagged:", text[:80], [f.rule for f in serious])
            continue
        if case.get("blocked"):
            blocked += 1
            refused += not result.approved
            if result.approved and verbose:
                print("  breach approved:", case.get("note"), "|", text[:80])
        for mark in case.get("marks", []):
            at = text.find(mark)
            marks += 1
            underlined += any(f.start < at + len(mark) and at < f.end for f in serious)
    print(f"{path.name}: breaches refused {refused}/{blocked}, marks underlined "
          f"{underlined}/{marks}, clean replies without error or warning {clean_ok}/{clean}")


def grammar(path: Path, clean_path: Path, verbose: bool) -> None:
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker, get_checker

    checker = Checker(get_checker().packs)
    ctx = CheckContext(language="ru")

    def found(text: str) -> list:  # type: ignore[type-arg]
        return [f for f in checker.check(text, ctx).findings if f.category == "grammar"]

    rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")
            if line.strip()]
    per: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    first = top3 = alarms = 0
    for cls, sentence, start, end, wrong, right, correct in rows:
        a, b = int(start), int(end)
        per[cls] += 1
        hits = [f for f in found(sentence) if f.start < b and a < f.end]
        if hits:
            hit[cls] += 1
            outs = [(sentence[:hits[0].start] + r + sentence[hits[0].end:]).lower()
                    for r in hits[0].replacements]
            first += outs[:1] == [correct.lower()]
            top3 += correct.lower() in outs[:3]
        elif verbose:
            print(f"  miss {cls}: {wrong} → {right} | {sentence[:80]}")
        alarms += len(found(correct))
    clean = [line.strip() for line in clean_path.open(encoding="utf-8") if line.strip()]
    clean_alarms = sum(len(found(t)) for t in clean)
    n = len(rows)
    print(f"{path.name}: detection {sum(hit.values()) / n:.1%}, corrected by the first fix "
          f"{first / n:.1%}, in the first three {top3 / n:.1%}; false alarms "
          f"{100 * alarms / n:.2f} per 100 corrected and {100 * clean_alarms / len(clean):.2f} "
          f"per 100 clean sentences")
    print("  by class: " + ", ".join(f"{k} {hit[k]}/{per[k]}" for k in per))


def main() -> int:
    verbose = "-v" in sys.argv
    for path in sorted(HERE.glob("policy_r*.toml")):
        policy(path, verbose)
    for path in sorted(HERE.glob("grammar_r*.tsv")):
        grammar(path, HERE / path.name.replace("grammar_", "grammar_clean_").replace(".tsv", ".txt"),
                verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
