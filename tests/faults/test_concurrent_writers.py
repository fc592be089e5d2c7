"""Item 5: two processes writing at once lose nothing. The personal dictionary and the snippet
library serialise their writers (a lock beside the file or folder) and re-read under it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.spelling import personal
from tests.faults.helpers import cli

N = 200


def words(prefix: str) -> list[str]:
    return [f"{prefix}слово{chr(ord('а') + i % 32)}{chr(ord('a') + i // 32)}" for i in range(N)]


def together(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command at once (each a real process) and wait for all of them."""
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=os.environ.copy()) for c in commands]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def adder(prefix: str) -> list[str]:
    """A process that adds its words one at a time, as the window's "Add to dictionary" does."""
    code = ("import sys\nfrom ozon_assistant.spelling import personal\n"
            "for w in sys.argv[1:]:\n    personal.add_word(w)\n")
    return [sys.executable, "-c", code, *words(prefix)]


def test_two_processes_adding_words_one_by_one_keep_every_word() -> None:
    for r in together(adder("а"), adder("б")):
        assert r.returncode == 0, r.stderr
    kept = personal.entries()
    assert sorted(kept) == sorted(words("а") + words("б"))  # every word once


def test_two_dict_add_runs_at_once_keep_every_word() -> None:
    personal.add_word("Уютик")
    runs = together(*([sys.executable, "-m", "ozon_assistant", "dict", "add", *words(p)]
                      for p in ("в", "г", "д")))
    for r in runs:
        assert r.returncode == 0, r.stderr
    assert sorted(personal.entries()) == sorted(["Уютик", *words("в"), *words("г"), *words("д")])
    listed = cli("dict", "list").stdout.split()
    assert len(listed) == 3 * N + 1


SNIPPET = '''[[snippet]]
id = "mine-{n:02d}"
category = "other"
title = {{ ru = "Ответ {n}", en = "Answer {n}" }}
body = {{ ru = "Здравствуйте! Ответ номер {n}.", en = "Hello! Answer number {n}." }}
'''


def test_two_processes_deleting_snippets_from_one_file_delete_them_all() -> None:
    folder = paths.data_dir() / "snippets"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text("\n".join(SNIPPET.format(n=n) for n in range(30)),
                                      encoding="utf-8")
    code = ("import sys\nfrom pathlib import Path\n"
            "from ozon_assistant.snippets.store import UserLibrary\n"
            "lib = UserLibrary(Path(sys.argv[1]))\n"
            "for sid in sys.argv[2:]:\n    assert lib.delete(sid), sid\n")
    runs = together(*([sys.executable, "-c", code, str(folder),
                       *(f"mine-{n:02d}" for n in range(start, 30, 2))] for start in (0, 1)))
    for r in runs:
        assert r.returncode == 0, r.stderr
    left = cli("snippets", "list", "--format", "json")
    assert left.returncode == 0, left.stderr
    assert '"mine-' not in left.stdout  # none came back
    assert not (folder / "mine.toml").exists()  # the last delete removed the emptied file


def test_a_lock_held_by_a_process_that_was_killed_does_not_block_the_next_writer(
        tmp_path: Path) -> None:
    """The lock belongs to the process: kill -9 while holding it, and the next writer goes on."""
    code = ("import sys, time\nfrom ozon_assistant.spelling import personal\n"
            "with personal._locked():\n    print('held', flush=True)\n    time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env=os.environ.copy())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        holder.kill()
        holder.wait(10)
        r = cli("dict", "add", "Уютик", timeout=20)
        assert r.returncode == 0, r.stderr
        assert personal.entries() == ["Уютик"]
    finally:
        if holder.poll() is None:
            holder.kill()
