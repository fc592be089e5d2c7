"""LanguageTool (the real one `make languagetool` installs) beside our own checker, same rows.

- the server: seconds until it listens, the first Russian and English request (each language's
  rules load on its first request), its memory after warming up and at the end of the run;
- per-reply latency: a 500-character Russian and English seller reply, LanguageTool's answer
  through our client against our whole check of the same text (house rules + built-in speller,
  caches cleared), medians;
- Russian learner grammar (../shared/data/grammar/ru_learner_dev.tsv): detection = a
  ``grammar`` finding overlapping the wrong word; the right form first / in the top three (the
  finding's replacement turns the sentence into the corrected one); false alarms = ``grammar``
  findings on the corrected sentences, per 100 sentences;
- real misspellings (../shared/data/spelling/, scored as benchmarks/bench_spelling.py does):
  detection, intended word first / in the top three, false alarms among the other words.

    .venv/bin/python benchmarks/bench_languagetool.py [--limit N] [--skip-spelling]

Skips with a note when LanguageTool or Java is not installed (`make languagetool`) or the data
folder is absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import EN_REPLY, RU_REPLY, SHARED, median_time  # noqa: E402

GRAMMAR = SHARED / "data" / "grammar" / "ru_learner_dev.tsv"
BATCH = 25  # learner sentences per LanguageTool request, one paragraph each


@dataclass
class Grammar:
    rows: int = 0
    found: int = 0
    first: int = 0
    top3: int = 0
    alarms: int = 0
    seconds: float = 0.0

    def line(self, name: str) -> str:
        n = max(self.rows, 1)
        return (f"| {name} | {self.rows} | {self.found / n:.3f} | {self.first / n:.3f} | "
                f"{self.top3 / n:.3f} | {100 * self.alarms / n:.2f} | "
                f"{1000 * self.seconds / max(2 * self.rows, 1):.0f} ms |")


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


def score_grammar(rows: list[list[str]], found_wrong: list[list[Any]],
                  found_right: list[list[Any]]) -> Grammar:
    g = Grammar(rows=len(rows))
    for row, wrong, right in zip(rows, found_wrong, found_right, strict=True):
        sentence, a, b, correct = row[0], int(row[1]), int(row[2]), row[5]
        hits = [f for f in wrong if f.category == "grammar" and f.start < b and a < f.end]
        if hits:
            g.found += 1
            ranks = [i for i, r in enumerate(hits[0].replacements)
                     if fold(sentence[:hits[0].start] + r + sentence[hits[0].end:]) == fold(correct)]
            g.first += bool(ranks and ranks[0] == 0)
            g.top3 += bool(ranks and ranks[0] < 3)
        g.alarms += sum(f.category == "grammar" for f in right)
    return g


def batched(client: Any, texts: list[str], language: str) -> list[list[Any]]:
    """LanguageTool's findings per text, sending BATCH texts a request as separate paragraphs
    (a request costs about 0.1 s whatever its size: one text a request would measure that)."""
    out: list[list[Any]] = []
    for i in range(0, len(texts), BATCH):
        chunk = texts[i:i + BATCH]
        joined, starts, pos = "", [], 0
        for t in chunk:
            starts.append(pos)
            joined += t + "\n\n"
            pos += len(t) + 2
        found = client.check(joined, language)
        for start, t in zip(starts, chunk, strict=True):
            out.append([replace(f, start=f.start - start, end=f.end - start)
                        for f in found if start <= f.start and f.end <= start + len(t)])
    return out


class LTSpeller:
    """bench_spelling.score() calls ``check_paragraph(text, ctx)``: LanguageTool's answer."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def check_paragraph(self, text: str, ctx: Any) -> list[Any]:
        return list(self.client.check(text, ctx.language))


def median_ms(fn: Any, repeat: int = 15) -> float:
    return 1000 * median_time(fn, repeat=repeat, warmup=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N learner rows")
    ap.add_argument("--skip-spelling", action="store_true")
    args = ap.parse_args()

    from ozon_assistant.languagetool.client import LanguageToolClient
    from ozon_assistant.languagetool.local import LocalServer, find_installation, find_java

    install, java = find_installation(), find_java()
    if install is None or java is None:
        print("bench_languagetool: skipped (no LanguageTool installation or no Java: run "
              "`make languagetool`)")
        return 0
    state = tempfile.mkdtemp(prefix="lt-bench-")
    server = LocalServer(str(install.folder), startup_timeout=600, reuse_port=None,
                         state_dir=Path(state), languages=())
    t = time.perf_counter()
    url = server.wait()
    if url is None:
        print(f"bench_languagetool: the server did not start: {server.error}")
        return 1
    try:
        return run(args, server, url, time.perf_counter() - t, install.version, LanguageToolClient)
    finally:
        server.stop()


def run(args: argparse.Namespace, server: Any, url: str, listening: float, version: str,
        client_class: Any) -> int:
    from benchmarks import bench_spelling
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.checker.engine import Checker, get_checker

    client = client_class(url, timeout=600)
    first = {}
    for lang, text in (("ru", RU_REPLY), ("en", EN_REPLY)):
        t = time.perf_counter()
        client.check(text, lang)
        first[lang] = time.perf_counter() - t
    warm_mb = server.usage_mb()
    print(f"LanguageTool {version}, Java heap capped at {server.memory_mb} MB (-Xmx), "
          f"pipelines kept between requests")
    print(f"start-up: listening after {listening:.1f} s; first Russian check {first['ru']:.1f} s, "
          f"first English check {first['en']:.1f} s (each language loads its rules); "
          f"{warm_mb} MB of memory (RSS) once both are loaded")

    speller = bench_spelling.make_speller([])
    base = get_checker()
    ours = Checker(base.packs, sources=[speller])

    def our_check(text: str, lang: str) -> None:
        ours.clear_cache()
        speller._cache.clear()
        speller._words.clear()
        ours.check(text, CheckContext(language=lang))

    print("| per reply (500 characters, median of 15) | LanguageTool | ours (house rules + speller) |")
    print("| --- | ---: | ---: |")
    for lang, text in (("ru", RU_REPLY), ("en", EN_REPLY)):
        lt_ms = median_ms(lambda text=text, lang=lang: client.check(text, lang))
        our_ms = median_ms(lambda text=text, lang=lang: our_check(text, lang))
        print(f"| {lang} | {lt_ms:.0f} ms | {our_ms:.1f} ms |")

    if not GRAMMAR.is_file():
        print(f"grammar: {GRAMMAR} not found — skipped")
    else:
        rows = [ln.rstrip("\n").split("\t")[-6:] for ln in GRAMMAR.open(encoding="utf-8")
                if ln.strip()]
        rows = rows[:args.limit] if args.limit else rows
        wrong, right = [r[0] for r in rows], [r[5] for r in rows]
        t = time.perf_counter()
        lt = score_grammar(rows, batched(client, wrong, "ru"), batched(client, right, "ru"))
        lt.seconds = time.perf_counter() - t
        checker = Checker(base.packs)
        ctx = CheckContext(language="ru")
        t = time.perf_counter()
        mine = score_grammar(rows, [checker.check(s, ctx).findings for s in wrong],
                             [checker.check(s, ctx).findings for s in right])
        mine.seconds = time.perf_counter() - t
        print(f"\nRussian learner grammar ({GRAMMAR.name}, {len(rows)} rows; right form = the "
              "replacement turns the sentence into the corrected one)")
        print("| checker | rows | detection | right form first | in top three | "
              "false alarms per 100 | time per sentence |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(lt.line(f"LanguageTool {version} ({BATCH} sentences a request)"))
        print(mine.line("ours (house rules)"))

    if not args.skip_spelling:
        if not (bench_spelling.DATA / "ru_dev.tsv").is_file():
            print(f"spelling: {bench_spelling.DATA} not found — skipped")
        else:
            print(f"\nreal misspellings ({bench_spelling.DATA}, all rows, scored as bench_spelling)")
            print("| checker | lang | rows | detection | top1 | top3 | false alarms |")
            print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
            lt_speller = LTSpeller(client)
            for lang in ("ru", "en"):
                data = bench_spelling.read_rows(lang)
                print(bench_spelling.score(lt_speller, lang, data).line(f"LanguageTool {version}",
                                                                         lang))
                print(bench_spelling.score(speller, lang, data).line("ours (built-in speller)",
                                                                     lang))
    print(f"\nLanguageTool's memory at the end of the run: {server.usage_mb()} MB (RSS)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
