"""The command as a whole, start-up included: ``ozon-assistant check`` on a 2,000-character file
against ``proselint check`` on the same file, measured in the same run (goal: no slower).

Four files: English and Russian, each clean (paragraphs broken between words, so every word is
a real one) and with a few typos (the speller then needs its correction data too). Caches are
warm (a first run fills them), as they are for a seller after the first check. Peak memory is
the child's maximum resident set (POSIX only).

    .venv/bin/python benchmarks/bench_cli.py [--repeat N]
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
import sys
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
    args = ap.parse_args()
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
    for lang, reply in (("en", EN_REPLY), ("ru", RU_REPLY)):
        for typos in (False, True):
            text = clean_text(reply)
            if typos:
                text = with_typos(text, lang)
            name = f"{lang}{'-typos' if typos else ''}"
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
