"""Snippet search on a generated 5,000-snippet library (goal: every query within 20 ms), plus
"buyer wrote" suggestions. The library is made from the bundled snippets, each copy with its
own product words, tags and shuffled sentences, so the vocabulary grows as a real one would."""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ozon_assistant.core.settings import Settings
from ozon_assistant.snippets.libraries import Locations, load_library
from ozon_assistant.snippets.model import Library
from ozon_assistant.snippets.search import SearchIndex
from ozon_assistant.snippets.suggest import Suggester

SIZE = 5000
GOAL_MS = 20.0
QUERIES = [
    "возврат", "возвратом", "вазврат", "задержка доставки", "где мой заказ", "брак гарантия",
    "refund", "retrun policy", "trackng number", "退货", "尺码", "размер", "разм", "повреждённая коробка",
    "деньги не пришли", "customs duty", "отзыв", "out of stock", "нет в наличии", "заказ",
]
TYPED = "возврат денег на карту"
BUYER = [
    "Здравствуйте, посылка задерживается уже на неделю, где она?",
    "The blender stopped working after 3 uses. Is it under warranty?",
    "Вернула товар неделю назад, а деньги так и не поступили на карту",
]


def generate(base: Library, n: int, seed: int = 7) -> Library:
    rnd = random.Random(seed)
    snippets = list(base.snippets.values())
    words = sorted({w for s in snippets for b in s.body.values() for w in re.findall(r"[^\W\d_]{4,}", b)})
    out = Library(situations=dict(base.situations), placeholders=dict(base.placeholders))
    for i in range(n):
        s = snippets[i % len(snippets)]
        product = f"{rnd.choice(['Арктик', 'Нордик', 'Zephyr', 'Lumo', 'Бриз'])}{rnd.randint(1, 999)}"
        extra = rnd.sample(words, 6)
        body = {}
        for lang, text in s.body.items():
            parts = re.split(r"(?<=[.!?])\s+", text)
            rnd.shuffle(parts)
            body[lang] = " ".join(parts) + f" {product} " + " ".join(extra[:3])
        tags = {k: (*v, product.lower(), *extra[3:]) for k, v in s.tags.items()}
        title = {k: f"{v} · {product}" for k, v in s.title.items()}
        out.snippets[f"{s.id}-{i}"] = replace(s, id=f"{s.id}-{i}", body=body, tags=tags, title=title)
    return out


def main() -> int:
    base = load_library(Locations.from_settings(Settings()))
    if not base.snippets:
        print("the bundled library is empty: nothing to generate from")
        return 1
    lib = generate(base, SIZE)
    t0 = time.perf_counter()
    index = SearchIndex(lib)
    build = time.perf_counter() - t0
    print(f"library: {len(lib.snippets)} snippets, {len(index.postings)} terms; "
          f"index built in {build * 1000:.0f} ms")
    worst = 0.0
    rows = []
    for q in QUERIES:
        index.vocab._fuzzy_cache.clear()
        t0 = time.perf_counter()
        hits = index.search(q)  # cold: no cached typo look-up
        cold = time.perf_counter() - t0
        times = []
        for _ in range(15):
            t0 = time.perf_counter()
            index.search(q)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        worst = max(worst, cold, max(times))
        rows.append((q, len(hits), cold, med))
    for q, n, cold, med in rows:
        print(f"  {q!r:<28} {n:>3} hits  cold {cold * 1000:6.2f} ms  median {med * 1000:6.2f} ms")
    typed = []
    for i in range(1, len(TYPED) + 1):
        t0 = time.perf_counter()
        index.search(TYPED[:i])
        typed.append(time.perf_counter() - t0)
    worst = max(worst, max(typed))
    print(f"typing {TYPED!r} letter by letter: median {statistics.median(typed) * 1000:.2f} ms, "
          f"max {max(typed) * 1000:.2f} ms")
    t0 = time.perf_counter()
    suggester = Suggester(lib, index)
    print(f"suggester built in {(time.perf_counter() - t0) * 1000:.0f} ms")
    for msg in BUYER:
        t0 = time.perf_counter()
        top = suggester.suggest(msg)
        took = time.perf_counter() - t0
        print(f"  suggest {took * 1000:6.2f} ms → {top[0].category if top else '-'}  ({msg[:40]}…)")
    real_messages(base)
    verdict = "OK" if worst * 1000 <= GOAL_MS else "SLOWER THAN THE GOAL"
    print(f"search worst case {worst * 1000:.2f} ms (goal ≤ {GOAL_MS:.0f} ms): {verdict}")
    return 0


def real_messages(base: Library) -> None:
    """Right situation first / in the top three and the cross-errors on the labelled messages
    (tests/snippets: real_messages.toml, written_messages.toml, the older buyer_messages*.toml),
    each in the half the reader is fitted on and the half kept aside; the reader with and
    without the sources' star ratings, against the cue lists alone."""
    from ozon_assistant.snippets.measure import evaluate, labelled_sets

    sets = labelled_sets()
    # the kinds a blind round missed (empty parcels, fit alone, restocking, redirecting, customs
    # fees, held-back praise, feedback asked for, pick-up points): their own lines too
    for half in ("fit", "holdout"):
        sets[f"c-kinds {half}"] = [m for m in sets[f"written {half}"] if "-c-" in m.group]
    reader = Suggester(base)
    cues = Suggester(base, reader.index, reader=None)
    print("labelled buyer messages (aims on messages never fitted on: first ≥ 80 %, top three "
          "≥ 95 %, no cross-error):")
    order = [n for n in sets if n.endswith("holdout")] + [n for n in sets if n.endswith(" fit")]
    for name, sug, rated in (("reader+rating", reader, True), ("reader", reader, False),
                             ("cues only", cues, False)):
        for half in order:
            part = sets[half]
            t0 = time.perf_counter()
            f = evaluate(lambda m, s=sug, r=rated: [x.category for x in s.suggest(
                m.text, m.lang, rating=m.rating if r else None)], part)
            ms = (time.perf_counter() - t0) * 1000 / len(part)
            print(f"  {name:<14} {f.line(half)}  {ms:.1f} ms/message")


if __name__ == "__main__":
    sys.exit(main())
