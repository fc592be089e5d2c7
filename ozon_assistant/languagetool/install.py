"""``make languagetool``: the pinned LanguageTool release from Maven Central into ``.languagetool/``.

The release is pinned in ``packaging/languagetool/pom.xml`` (the HTTP server with the Russian and
English modules). Maven copies those jars and everything they need into
``.languagetool/LanguageTool-<version>/lib`` (ignored by git; Maven keeps its own copy in
``~/.m2``); then the server is started from there, asked to check a Russian and an English
sentence, and stopped. Prints where it is, its size and the times. Running it again only checks.

    python -m ozon_assistant.languagetool.install [--dir FOLDER] [--no-check]

Needs Java 17+ and Maven on PATH (``JAVA_HOME`` is honoured). Exit 0 when installed and checked,
1 when the download or the check failed, 2 when Java or Maven is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.languagetool.local import (
    JAVA_NEEDED,
    LocalServer,
    find_java,
    installation_at,
    project_folder,
)

ROOT = paths.source_root()
POM = ROOT / "packaging" / "languagetool" / "pom.xml"
#: What the check asks, and the rule LanguageTool must answer with.
CHECKS = (("ru", "Посылка придет в течении недели.", "в течении недели"),
          ("en", "He go to the post office every day.", "go"))


def pinned_version(pom: Path = POM) -> str:
    m = re.search(r"<languagetool\.version>([^<]+)</languagetool\.version>",
                  pom.read_text(encoding="utf-8"))
    if not m:
        raise SystemExit(f"languagetool: no <languagetool.version> in {pom}")
    return m.group(1).strip()


def java_major(java: str) -> int | None:
    """17 for 'openjdk version "17.0.15"', 1 … 8 for the old '1.8.0' scheme."""
    try:
        r = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60,
                           stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', r.stderr + r.stdout)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def download(target: Path, version: str, pom: Path = POM) -> float:
    """Maven copies the jars into ``target/lib``; a half-finished copy is never left as lib."""
    mvn = shutil.which("mvn")
    if mvn is None:
        print("languagetool: Maven (mvn) not found: install it (Debian: apt-get install maven)")
        raise SystemExit(2)
    partial = target / "lib.partial"
    shutil.rmtree(partial, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)
    print(f"languagetool: fetching LanguageTool {version} (server, Russian, English) with Maven…",
          flush=True)
    t = time.perf_counter()
    cmd = [mvn, "-B", "-q", "--no-transfer-progress", "-f", str(pom),
           "dependency:copy-dependencies", "-DincludeScope=runtime",
           f"-DoutputDirectory={partial}"]
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if r.returncode != 0:
        tail = "\n".join((r.stdout + r.stderr).strip().splitlines()[-15:])
        print(f"languagetool: Maven failed (exit {r.returncode}):\n{tail}")
        raise SystemExit(1)
    lib = target / "lib"
    shutil.rmtree(lib, ignore_errors=True)
    partial.rename(lib)
    jars = sorted(p.name for p in lib.glob("*.jar"))
    (target / paths.LANGUAGETOOL_INSTALLED).write_text(json.dumps(
        {"version": version, "jars": len(jars), "megabytes": round(size_mb(lib), 1),
         "download_seconds": round(seconds, 1), "java_needed": JAVA_NEEDED}, indent=1) + "\n",
        encoding="utf-8")
    return seconds


def check(target: Path) -> bool:
    """Start the server from ``target``, one real request per language, stop it."""
    with tempfile.TemporaryDirectory(prefix="lt-check-") as state:
        server = LocalServer(str(target), startup_timeout=300, reuse_port=None,
                             state_dir=Path(state), languages=())
        t = time.perf_counter()
        url = server.wait()
        if url is None:
            print(f"languagetool: the server did not start: {server.error}")
            log = Path(state) / "languagetool-server.log"
            if log.is_file():
                print("\n".join(log.read_text(errors="replace").splitlines()[-10:]))
            return False
        listening = time.perf_counter() - t
        from ozon_assistant.languagetool.client import LanguageToolClient, LanguageToolError

        ok = True
        try:
            for lang, text, words in CHECKS:
                t1 = time.perf_counter()
                try:
                    found = LanguageToolClient(url, timeout=300).check(text, lang)
                except LanguageToolError as exc:
                    print(f"languagetool: the {lang} check failed: {exc}")
                    ok = False
                    continue
                hit = [f for f in found if text[f.start:f.end] == words]
                print(f"languagetool: {lang} check {'passed' if hit else 'FAILED'} in "
                      f"{time.perf_counter() - t1:.1f} s (the first request of a language loads "
                      f"its rules): {[(text[f.start:f.end], f.rule, f.category) for f in found]}")
                ok = ok and bool(hit)
            used = server.usage_mb()
        finally:
            server.stop()
        print(f"languagetool: the server listened after {listening:.1f} s, "
              f"{used if used is not None else '?'} MB of memory (heap capped at {server.memory_mb} MB)")
        return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, default=project_folder(),
                    help="where to put LanguageTool-<version>/ (default: .languagetool/)")
    ap.add_argument("--no-check", action="store_true", help="do not start the server to check it")
    ap.add_argument("--force", action="store_true", help="download again even if it is there")
    args = ap.parse_args(argv)
    java = find_java()
    major = java_major(java) if java else None
    if java is None or major is None:
        print(f"languagetool: Java not found: install Java {JAVA_NEEDED} or newer "
              "(Debian: apt-get install openjdk-17-jre-headless) or set JAVA_HOME")
        return 2
    if major < JAVA_NEEDED:
        print(f"languagetool: {java} is Java {major}; LanguageTool needs Java {JAVA_NEEDED} or newer")
        return 2
    version = pinned_version()
    target = args.dir / f"LanguageTool-{version}"
    installed = installation_at(target)
    if installed is None or installed.version != version or args.force:
        seconds = download(target, version)
        print(f"languagetool: downloaded in {seconds:.0f} s")
    else:
        print(f"languagetool: LanguageTool {version} is already in {target}")
    if not args.no_check and not check(target):
        return 1
    jars = len(list((target / "lib").glob("*.jar")))
    print(f"languagetool: LanguageTool {version} (Java {major}) is in {target} "
          f"({size_mb(target):.0f} MB, {jars} jars); the app's local mode finds it there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
