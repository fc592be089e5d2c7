"""The built-in speller on real misspellings, beside established checkers on the same rows.

Reads ../shared/data/spelling/{ru,en}_dev.tsv (see its README for the format and the scoring
rules, which this script follows) and prints our detection / top-1 / top-3 / false-alarm figures
next to the Hunspell, pyspellchecker and symspellpy baselines from that README, then speed:
words checked per second and the time to the first result after start-up.

    .venv/bin/python benchmarks/bench_spelling.py [--split odd|even|all] [--lang ru|en]
        [--set edit_weight=2.0 ...] [--misses]

Tune only general weights on one half (--split odd) and report on the other (--split even).
Skips with a note when the data folder is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("OZON_SPELLING_DATA", ROOT.parent / "shared" / "data" / "spelling"))
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
CYR, LAT = re.compile(r"[А-Яа-яЁё]"), re.compile(r"[A-Za-z]")


def fold(s: str) -> str:
    return s.lower().replace("ё", "е")


@dataclass
class Score:
    rows: int = 0
    detected: int = 0
    top1: int = 0
    top3: int = 0
    others: int = 0
    alarms: int = 0
    detected_warnings: int = 0  # found typos shown as warnings (the rest: suggestions)
    alarm_warnings: int = 0  # false alarms shown as warnings
    words: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def line(self, name: str, lang: str) -> str:
        r = max(self.rows, 1)
        fa = self.alarms / max(self.others, 1)
        return (f"| {name} | {lang} | {self.rows} | {self.detected / r:.3f} | {self.top1 / r:.3f} | "
                f"{self.top3 / r:.3f} | {fa:.3f} ({self.alarms} / {self.others}) |")


def read_rows(lang: str) -> list[tuple[str, str, str]]:
    out = []
    for line in (DATA / f"{lang}_dev.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            _l, ctx, bad, good = line.split("\t")
            out.append((ctx, bad, good))
    return out


def counted_words(lang: str, ctx: str) -> list[re.Match[str]]:
    script = CYR if lang == "ru" else LAT
    return [m for m in WORD.finditer(ctx)
            if script.search(m.group()) and not any(c.isdigit() for c in m.group())]


def score(speller, lang: str, rows: list[tuple[str, str, str]]) -> Score:  # type: ignore[no-untyped-def]
    from ozon_assistant.checker.context import CheckContext

    ctx_obj = CheckContext(language=lang)
    s = Score()
    for ctx, bad, good in rows:
        m = re.search(r"(?<![\w-])" + re.escape(bad) + r"(?![\w-])", ctx)
        assert m, (bad, ctx)
        ws, we = m.span()
        t = time.perf_counter()
        found = [f for f in speller.check_paragraph(ctx, ctx_obj) if f.category == "spelling"]
        s.seconds += time.perf_counter() - t
        words = counted_words(lang, ctx)
        s.words += len(words)
        s.rows += 1
        hit = next((f for f in found if f.start < we and ws < f.end), None)
        if hit is not None:
            s.detected += 1
            s.detected_warnings += hit.severity.value == "warning"
            want = fold(ctx[:ws] + good + ctx[we:])
            ranks = [i for i, r in enumerate(hit.replacements)
                     if fold(ctx[:hit.start] + r + ctx[hit.end:]) == want]
            s.top1 += bool(ranks and ranks[0] == 0)
            s.top3 += bool(ranks and ranks[0] < 3)
            if not ranks or ranks[0] > 0:
                s.misses.append(f"{bad} → {good}: {list(hit.replacements)}")
        else:
            s.misses.append(f"{bad} → {good}: NOT FLAGGED")
        for w in words:
            if w.start() < we and ws < w.end():
                continue
            s.others += 1
            alarm = next((f for f in found if f.start < w.end() and w.start() < f.end), None)
            if alarm is not None:
                s.alarms += 1
                s.alarm_warnings += alarm.severity.value == "warning"
                s.false.append(w.group())
    return s


def clean_speed(speller, lang: str, rows: list[tuple[str, str, str]]) -> float:  # type: ignore[no-untyped-def]
    """Words per second on the same sentences with the misspelling corrected (what most seller
    text looks like), with a fresh paragraph cache."""
    from ozon_assistant.checker.context import CheckContext

    texts = [re.sub(r"(?<![\w-])" + re.escape(bad) + r"(?![\w-])", good, ctx, count=1)
             for ctx, bad, good in rows]
    speller._cache.clear()
    speller._words.clear()
    t = time.perf_counter()
    for text in texts:
        speller.check_paragraph(text, CheckContext(language=lang))
    seconds = time.perf_counter() - t
    return sum(len(counted_words(lang, x)) for x in texts) / max(seconds, 1e-9)


def baselines() -> dict[str, list[str]]:
    """The README's baseline table rows, by language."""
    out: dict[str, list[str]] = {"ru": [], "en": []}
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[1] in out and cells[2].isdigit():
            out[cells[1]].append(line.strip())
    return out


FRESH_PROCESS = """
import resource, sys, threading, time
sys.setswitchinterval(0.001)  # as the window sets it
gaps = []
stop = threading.Event()

def ticker():  # the window's thread: how long does it wait for the GIL at worst?
    last = time.perf_counter()
    while not stop.is_set():
        time.sleep(0.001)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

tick = threading.Thread(target=ticker)
tick.start()
t = time.perf_counter()
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.spelling.speller import Speller
s = Speller(preload=(), remember=False)
first = {}
for lang, text in (("ru", "Спасибо за заказ, превед"), ("en", "Thank you for the ordr")):
    s.check_paragraph(text, CheckContext(language=lang))
    first[lang] = time.perf_counter() - t
for lang, text in REPLIES:
    s.check_paragraph(text, CheckContext(language=lang))
total = time.perf_counter() - t
stop.set()
tick.join()
print(first["ru"], first["en"], total, max(gaps) - 0.001,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def fresh_process() -> dict[str, float]:
    """A new process with warm cache files, as the window or the command line starts: the
    time to the first Russian result, then to the first English one (the second language
    loads on demand), the total for four seller replies with typos, the longest time a
    second thread waited meanwhile (the window's thread: its stall), and peak memory."""
    replies = [("ru", "Здраствуйте! Пасылка уже в пути, ожидаемая дата доставкм указана в "
                      "личном кабинете. Мы щас всё праверим и ответим."),
               ("en", "Hello! Your parcle is on its way; the delivary date is shown in your "
                      "account. Thank you for your patiance."),
               ("ru", "Спасибо за заказ! Вернуть товар можно в течение 7 дней после палучения."),
               ("en", "Please read the discription before ordering, and tell us the size.")]
    code = f"REPLIES = {replies!r}\n" + FRESH_PROCESS
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       timeout=600)
    values = [float(x) for x in r.stdout.split()] if r.returncode == 0 else [float("nan")] * 5
    return dict(zip(("first_ru", "first_en", "total", "stall", "rss_mb"), values, strict=True))


def make_speller(settings: list[str]):  # type: ignore[no-untyped-def]
    from ozon_assistant.spelling.candidates import Ranking
    from ozon_assistant.spelling.speller import Options, Speller

    opts = Options()
    for item in settings:  # "ru.edit_weight=2.5" (a Ranking field of one language) or "key=value"
        key, _, raw = item.partition("=")
        lang, _, name = key.rpartition(".")
        target = opts.ranking[lang] if lang else opts
        assert lang or name not in {f.name for f in fields(Ranking)}, "say ru.NAME or en.NAME"
        current = getattr(target, name)
        value: object
        if isinstance(current, bool):
            value = raw in ("1", "true")
        elif isinstance(current, tuple):
            value = tuple(x for x in raw.split(",") if x)
        else:
            value = type(current)(raw)
        setattr(target, name, value)
    return Speller(options=opts, background=False, remember=False)  # the search, not memory


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "odd", "even"), default="all")
    ap.add_argument("--lang", choices=("ru", "en"), action="append")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--misses", action="store_true", help="list misses and false alarms")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    args = ap.parse_args()
    if not (DATA / "ru_dev.tsv").is_file():
        print(f"bench_spelling: skipped ({DATA} not found)")
        return 0
    t = time.perf_counter()
    speller = make_speller(args.set)
    loaded = time.perf_counter() - t
    base = baselines()
    print(f"spelling ({args.split} rows of the development set; {DATA})")
    print("| checker | lang | rows | detection | top1 | top3 | false alarms |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    speed, severity = [], []
    for lang in args.lang or ["ru", "en"]:
        rows = read_rows(lang)
        if args.split != "all":
            rows = rows[(0 if args.split == "odd" else 1)::2]  # odd = rows 1, 3, 5, … (1-based)
        s = score(speller, lang, rows)
        print(s.line("ours (built-in speller)", lang))
        severity.append(f"{lang}: {s.detected_warnings} of {s.detected} typos found and "
                        f"{s.alarm_warnings} of {s.alarms} false alarms are warnings")
        for line in base.get(lang, []):
            print(line + (" (all rows)" if args.split != "all" else ""))
        clean = clean_speed(speller, lang, rows)
        speed.append(f"{lang}: {s.words / max(s.seconds, 1e-9):,.0f} words/s with the "
                     f"misspellings, {clean:,.0f} words/s on the corrected sentences")
        if args.misses:
            print("\n".join(f"  miss {m}" for m in s.misses))
            print("  false alarms:", ", ".join(s.false))
    print(f"severity (the rest are suggestions: likely right, e.g. names): {'; '.join(severity)}")
    print(f"speed: {'; '.join(speed)} (cold paragraph cache); dictionaries loaded in {loaded:.1f} s")
    if not args.no_startup:
        subprocess.run([sys.executable, "-c", "import ozon_assistant.spelling.speller"],
                       cwd=ROOT, timeout=600)  # nothing of this run in the figures below
        f = fresh_process()
        print(f"fresh process (warm cache files): first Russian result {f['first_ru'] * 1000:.0f} ms, "
              f"first English result {f['first_en'] * 1000:.0f} ms after start-up; four replies "
              f"with typos checked by {f['total'] * 1000:.0f} ms; longest wait of another "
              f"thread for the GIL meanwhile {f['stall'] * 1000:.0f} ms; peak memory "
              f"{f['rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
