"""The command as a whole, start-up included: ``ozon-assistant check`` on a 2,000-character file
and on a 97,000-character one against ``proselint check`` on the same file, measured in the same
run (goal, issue 16: no slower, at both lengths).

Five files: English and Russian of 2,000 characters, each clean (paragraphs broken between words,
so every word is a real one) and with a few typos (the speller then needs its correction data
too), and a long English file (``en-long``: the sentences of the bundled English snippets in a
fixed shuffled order, in paragraphs of about 500 characters, to 97,000 characters: every
paragraph is a new one, as in a real long file). Caches are warm (a first run fills them), as
they are for a seller after the first check. Peak memory is the child's maximum resident set
(POSIX only). Medians of ``--repeat`` runs: the machine may be shared, and CPU time is the
steadier figure there.

    .venv/bin/python benchmarks/bench_cli.py [--repeat N] [--only en,en-long]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import EN_REPLY, RU_REPLY

BIN = Path(sys.executable).parent

#: Typos people make (not from any test set): one per ~170 characters once inserted.
TYPOS = {
    "en": [("parcel", "parcle"), ("delivery", "delivary"), ("description", "discription"),
           ("patience", "patiance")],
    "ru": [("Посылка", "Пасылка"), ("доставки", "доставкм"), ("получения", "палучения"),
           ("проверим", "праверим")],
}


#: The same check with no speller and no LanguageTool: the floor the house rules alone set.
HOUSE_ONLY = """
import gc
import sys
gc.disable()  # as the command line runs
from ozon_assistant.checker.engine import context_for, get_checker
from ozon_assistant.core.settings import load_settings
from ozon_assistant.core.textio import read_reply
settings = load_settings()
text = read_reply(sys.argv[1])
result = get_checker(settings, []).check(text, context_for(settings, text, "auto", None, None,
                                                                None))
print(len(result.findings))
"""


def clean_text(reply: str, n: int = 2000) -> str:
    """``reply`` repeated to about ``n`` characters, in paragraphs of about 500 broken at a space
    (so no word is cut in two: a cut word is a typo to the speller)."""
    words = (reply * (n // len(reply) + 2)).split()
    paragraphs: list[str] = []
    line: list[str] = []
    total = 0
    for w in words:
        if total + len(w) + 1 > n:
            break
        line.append(w)
        total += len(w) + 1
        if sum(len(x) + 1 for x in line) >= 500:
            paragraphs.append(" ".join(line))
            line = []
    if line:
        paragraphs.append(" ".join(line))
    return "\n".join(paragraphs)


def long_text(n: int = 97_000, seed: int = 16) -> str:
    """About ``n`` characters of English seller replies: the sentences of the bundled English
    snippets (placeholders filled in) in a fixed shuffled order, in paragraphs of about 500
    characters; every paragraph differs, words repeat as in any long text."""
    import random
    import re
    import tomllib

    from ozon_assistant.core import paths

    values = {"buyer_name": "Anna", "order_number": "35142875-0153-1", "delivery_date": "12 May",
              "ship_date": "5 May", "days": "7", "amount": "1,490 roubles"}
    sentences: list[str] = []
    for path in sorted(paths.snippets_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for snippet in data.get("snippet", []):
            body = snippet.get("body", {}).get("en")
            if not body:
                continue
            body = body.replace("{|}", "")
            body = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), "the item"), body)
            sentences += [x.strip() for x in re.split(r"(?<=[.!?])\s+", body) if x.strip()]
    rng = random.Random(seed)
    out: list[str] = []
    para: list[str] = []
    total = 0
    while total < n:
        order = sentences[:]
        rng.shuffle(order)
        for sentence in order:
            para.append(sentence)
            if sum(len(x) + 1 for x in para) >= 500:
                out.append(" ".join(para))
                total += len(out[-1]) + 1
                para = []
            if total >= n:
                break
    return "\n".join(out)[:n].rsplit(" ", 1)[0]


def with_typos(text: str, lang: str) -> str:
    for good, bad in TYPOS[lang]:
        text = text.replace(good, bad, 1)
    return text


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS in KiB of one run (CPU and RSS
    are 0 where wait4 is missing). CPU time is the steadier figure on a shared machine: other
    people's jobs stretch the wall time, not the work done."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if hasattr(os, "wait4"):
        _pid, _status, usage = os.wait4(proc.pid, 0)
        proc.returncode = 0
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    else:  # pragma: no cover - Windows
        proc.wait()
        cpu, rss = 0.0, 0
    return time.perf_counter() - t0, cpu, rss


Timing = tuple[float, float, int]


def measure(cmd: list[str], env: dict[str, str], repeat: int) -> Timing:
    """Medians of wall time, CPU time and peak RSS after two warm-up runs."""
    runs = [run_once(cmd, env) for _ in range(repeat + 2)][2:]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            int(statistics.median(r[2] for r in runs)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--only", default="", help="comma-separated file names (en, en-typos, ru, "
                    "ru-typos, en-long); default: all")
    args = ap.parse_args()
    only = {x for x in args.only.split(",") if x}
    tmp = Path(tempfile.mkdtemp(prefix="ozon-bench-cli-"))
    env = dict(os.environ, OZON_ASSISTANT_HOME=str(tmp / "home"))
    # compiled bytecode is written on the first run, as pip writes it when it installs a wheel
    # (an editable install under PYTHONDONTWRITEBYTECODE would compile every module every run,
    # while proselint's come precompiled)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proselint = shutil.which("proselint", path=str(BIN)) or shutil.which("proselint")
    t_py, c_py, _ = measure([sys.executable, "-c", "pass"], env, args.repeat)
    print(f"bare Python start-up on this machine: {t_py * 1000:.0f} ms wall, "
          f"{c_py * 1000:.0f} ms CPU")
    print("| file | ozon-assistant check: wall / CPU | peak RSS | house rules alone: CPU "
          "| proselint check: wall / CPU | ours/proselint: wall / CPU |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    files = [(f"{lang}{'-typos' if typos else ''}",
              with_typos(clean_text(reply), lang) if typos else clean_text(reply))
             for lang, reply in (("en", EN_REPLY), ("ru", RU_REPLY)) for typos in (False, True)]
    files.append(("en-long", long_text()))
    for name, text in files:
        if only and name not in only:
            continue
        path = tmp / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        ours = [str(BIN / "ozon-assistant"), "check", str(path)]
        subprocess.run(ours, env=env, capture_output=True)  # fills the caches
        t_ours, c_ours, rss = measure(ours, env, args.repeat)
        _t, c_house, _r = measure([sys.executable, "-c", HOUSE_ONLY, str(path)], env,
                                  args.repeat)
        if proselint:
            t_pl, c_pl, _ = measure([proselint, "check", str(path)], env, args.repeat)
            pl = f"{t_pl * 1000:.0f} / {c_pl * 1000:.0f} ms"
            ratio = f"{t_ours / t_pl:.2f}× / {c_ours / max(c_pl, 1e-9):.2f}×"
        else:
            pl, ratio = "not installed", "-"
        print(f"| {name} ({len(text)} chars) | {t_ours * 1000:.0f} / {c_ours * 1000:.0f} ms | "
              f"{rss / 1024:.0f} MB | {c_house * 1000:.0f} ms | {pl} | {ratio} |")
    print("(goal: ours/proselint ≤ 1.0×, start-up included, warm caches; 'house rules alone' is "
          "the same check in a process with no speller and no LanguageTool)")


if __name__ == "__main__":
    main()
