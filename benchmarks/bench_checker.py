"""Checker speed: pack loading (cold and cached), one 1,000-character reply, linearity up to
100,000 characters, and proselint on the same English text in the same run (the peer baseline).

Goals (issue 3): ≤ 2 ms median for a 1,000-character reply; ≤ 0.5× proselint's time.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import EN_REPLY, RU_REPLY, median_time, ms, sized


def main() -> None:
    os.environ["OZON_ASSISTANT_HOME"] = tempfile.mkdtemp(prefix="ozon-bench-")
    from ozon_assistant.checker.compiled import load_compiled
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker, rule_dirs
    from ozon_assistant.core import paths

    t0 = time.perf_counter()
    packs = load_compiled(rule_dirs(), paths.cache_dir())
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    load_compiled(rule_dirs(), paths.cache_dir())
    cached = time.perf_counter() - t0
    print(f"pack loading: cold (TOML + pymorphy3 expansion) {ms(cold)}, from cache {ms(cached)}; "
          f"{len(packs.rules)} rules, {len(packs.index)} indexed word forms")

    checker = Checker(packs)

    def timed(text: str, lang: str) -> float:
        ctx = CheckContext(language=lang)

        def once() -> None:
            checker.clear_cache()  # measure real work, not the paragraph cache
            checker.check(text, ctx)

        return median_time(once, repeat=50)

    ru, en = sized(RU_REPLY, 1000), sized(EN_REPLY, 1000)
    t_ru, t_en = timed(ru, "ru"), timed(en, "en")
    print(f"1,000-character reply: ru {ms(t_ru)}, en {ms(t_en)} (goal ≤ 2 ms)")

    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile

        CheckRegistry().register_many(__register__)
        t_pl = median_time(lambda: LintFile("bench", en).lint(DEFAULT), repeat=20)
        print(f"proselint on the same English text: {ms(t_pl)}; ours/proselint = "
              f"{t_en / t_pl:.3f}× (goal ≤ 0.5×)")
    except ImportError:
        print("proselint not installed: peer baseline skipped (pip install '.[bench]')")

    print("linearity (ru, every paragraph different so no cache helps):")
    base = None
    for n in (1_000, 10_000, 50_000, 100_000):
        text = _varied(n)
        t = timed(text, "ru") if n <= 10_000 else _once(checker, text)
        per_k = t / (n / 1000)
        base = base or per_k
        print(f"  {n:>7,} chars: {ms(t):>10}  {ms(per_k)}/1k chars  ({per_k / base:.2f}× of 1k rate)")


def _varied(n: int) -> str:
    """A reply of ``n`` characters whose paragraphs all differ (a number in each)."""
    parts, total, i = [], 0, 0
    while total < n:
        para = f"{i}. {RU_REPLY[: 480]}"
        parts.append(para)
        total += len(para) + 1
        i += 1
    return "\n".join(parts)[:n]


def _once(checker, text: str) -> float:  # type: ignore[no-untyped-def]
    from ozon_assistant.checker.context import CheckContext

    def run() -> None:
        checker.clear_cache()
        checker.check(text, CheckContext(language="ru"))

    return median_time(run, repeat=5, warmup=1)


if __name__ == "__main__":
    main()
