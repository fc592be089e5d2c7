"""The Russian grammar layer on real learner errors (ReLCo rows in ../shared/data/grammar/).

For each row: detection (a ``grammar`` finding overlapping the wrong word), the right form as the
first replacement and among the first three; then false alarms: ``grammar`` findings on the
corrected native sentences, per 100 sentences. Also the cost of the layer per 1,000 characters of
a Russian reply, against the same checker with the grammar rules switched off, in the same run.

    .venv/bin/python benchmarks/bench_grammar.py [--data FILE] [--misses]

Skips with a note when the data file is absent (the test suite never reads it).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import RU_REPLY, SHARED, sized  # noqa: E402

DATA = SHARED / "data" / "grammar" / "ru_learner_dev.tsv"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()

    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker, Overrides, get_checker

    base = get_checker()
    checker = Checker(base.packs)
    ctx = CheckContext(language="ru")

    def grammar(text: str) -> list:  # type: ignore[type-arg]
        return [f for f in checker.check(text, ctx).findings if f.category == "grammar"]

    if not args.data.is_file():
        print(f"grammar: {args.data} not found — detection figures skipped")
    else:
        rows = [line.rstrip("\n").split("\t") for line in args.data.open(encoding="utf-8")
                if line.strip()]
        found = first = top3 = alarms = 0
        by_rule: Counter[str] = Counter()
        for sentence, start, end, wrong, right, correct in (r[-6:] for r in rows):
            a, b = int(start), int(end)
            hits = [f for f in grammar(sentence) if f.start < b and a < f.end]
            if hits:
                found += 1
                by_rule[hits[0].rule] += 1
                reps = [r.lower() for r in hits[0].replacements]
                first += reps[:1] == [right.lower()]
                top3 += right.lower() in reps[:3]
            elif args.misses:
                print(f"  miss {wrong} → {right}: {sentence[:90]}")
            alarms += len(grammar(correct))
        n = len(rows)
        print(f"learner errors ({args.data.name}, {n} rows): detection {found / n:.1%}, "
              f"right form first {first / n:.1%}, in the top three {top3 / n:.1%}; "
              f"false alarms {100 * alarms / n:.2f} per 100 corrected sentences")
        print("  detected by rule: " + ", ".join(f"{k} {v}" for k, v in by_rule.most_common()))

    text = sized(RU_REPLY, 1000)
    off = tuple((r.id, "off") for r in base.rules if r.pack == "ru_grammar.toml")
    for name, overrides in (("with the grammar layer", ()), ("without it", off)):
        c = Checker(base.packs, Overrides(overrides))
        c.check(text, ctx)
        runs = []
        for _ in range(7):
            t = time.perf_counter()
            for _ in range(20):
                c.clear_cache()
                c.check(text, ctx)
            runs.append((time.perf_counter() - t) / 20 * 1000)
        print(f"1,000-character Russian reply {name}: {sorted(runs)[3]:.2f} ms (median of 7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
