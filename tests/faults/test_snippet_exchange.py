"""Item 10: snippet import and export. Re-importing snippets that already exist reads the
library once (it was quadratic: 1,000 took four minutes); two entries with one id in a file are
an error naming both lines; an id ending in a newline is refused; ``snippets export`` asks, or
wants --force, before overwriting a file, and writes through a link instead of replacing it."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from ozon_assistant.core import paths
from ozon_assistant.snippets import store
from ozon_assistant.snippets.store import UserLibrary
from tests.faults.helpers import cli, one_line


def bulk(n: int, prefix: str = "bulk") -> str:
    return "\n".join(f'''[[snippet]]
id = "{prefix}-{i:04d}"
category = "other"
title = {{ ru = "Ответ {i}", en = "Answer {i}" }}
body = {{ ru = "Здравствуйте! Ответ номер {i}.", en = "Hello! Answer number {i}." }}
''' for i in range(n))


def test_reimporting_reads_each_library_file_once(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "team.toml"
    source.write_text(bulk(300), encoding="utf-8")
    r = cli("snippets", "import", str(source))
    assert r.returncode == 0 and "imported 300 new" in r.stdout, r.stderr
    loads: list[Path] = []
    real = store.load_file
    monkeypatch.setattr(store, "load_file", lambda p, s: loads.append(p) or real(p, s))
    from ozon_assistant.snippets.exchange import import_snippets

    snippets, shared = import_snippets(source)
    added, replaced = UserLibrary(paths.data_dir() / "snippets").add_many(snippets, shared, "team")
    assert (added, replaced) == (0, 300)
    assert len(loads) == 1  # one library file, read once (it was read twice per snippet)


def test_reimporting_a_thousand_snippets_from_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "team.toml"
    source.write_text(bulk(1000), encoding="utf-8")
    assert cli("snippets", "import", str(source)).returncode == 0
    r = cli("snippets", "import", str(source), timeout=120)  # took 252 s
    assert r.returncode == 0 and "imported 0 new and 1000 replaced" in r.stdout, r.stderr
    listed = json.loads(cli("snippets", "list", "--format", "json").stdout)
    assert sum(row["id"].startswith("bulk-") for row in listed) == 1000


DUP_TOML = '''[[snippet]]
id = "same"
title = { ru = "Первый" }
body = { ru = "Здравствуйте! Первый." }

[[snippet]]
id = "other"
title = { ru = "Другой" }
body = { ru = "Здравствуйте! Другой." }

[[snippet]]
id = "same"
title = { ru = "Второй" }
body = { ru = "Здравствуйте! Второй." }
'''


@pytest.mark.parametrize("kind", ["toml", "csv", "json"])
def test_two_entries_with_one_id_are_an_error_naming_both_lines(tmp_path: Path, kind: str) -> None:
    source = tmp_path / f"team.{kind}"
    if kind == "toml":
        source.write_text(DUP_TOML, encoding="utf-8")
        lines = (1, 11)
    elif kind == "csv":
        source.write_text("id,title_ru,body_ru\nsame,Первый,Здравствуйте! Первый.\n"
                          "other,Другой,Здравствуйте! Другой.\nsame,Второй,Здравствуйте! Второй.\n",
                          encoding="utf-8")
        lines = (2, 4)
    else:
        entries = [{"id": i, "title": {"ru": t}, "body": {"ru": f"Здравствуйте! {t}."}}
                   for i, t in (("same", "Первый"), ("other", "Другой"), ("same", "Второй"))]
        source.write_text(json.dumps({"snippets": entries}, ensure_ascii=False, indent=1),
                          encoding="utf-8")
        text = source.read_text(encoding="utf-8").splitlines()
        lines = tuple(n for n, line in enumerate(text, 1) if '"id": "same"' in line)  # type: ignore[assignment]
    r = cli("snippets", "import", str(source))
    assert r.returncode == 2
    line = one_line(r.stderr)
    assert f"'same' is used twice, at lines {lines[0]} and {lines[1]}" in line and str(source) in line
    assert not (paths.data_dir() / "snippets").exists()  # nothing imported


def test_an_id_ending_in_a_newline_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "team.json"
    source.write_text(json.dumps([{"id": "broken\n", "title": {"ru": "Т"},
                                   "body": {"ru": "Здравствуйте!"}}]), encoding="utf-8")
    r = cli("snippets", "import", str(source))
    assert r.returncode == 2 and "snippet id 'broken\\n'" in one_line(r.stderr)
    toml = tmp_path / "team.toml"
    toml.write_text('[[snippet]]\nid = "broken\\n"\ntitle = { ru = "Т" }\n'
                    'body = { ru = "Здравствуйте!" }\n', encoding="utf-8")
    r = cli("snippets", "import", str(toml))
    assert r.returncode == 2 and "snippet id 'broken\\n'" in one_line(r.stderr)
    listed = cli("snippets", "list")
    assert listed.returncode == 0
    assert not any(line.startswith("broken") for line in listed.stdout.splitlines())


def _export(*args: str) -> subprocess.CompletedProcess[str]:
    return cli("snippets", "export", "--scope", "user", *args, stdin=b"")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    source = tmp_path / "team.toml"
    source.write_text(bulk(3), encoding="utf-8")
    assert cli("snippets", "import", str(source)).returncode == 0
    return source


def test_export_over_an_existing_file_needs_force(tmp_path: Path, library: Path) -> None:
    out = tmp_path / "mine.csv"
    out.write_text("my spreadsheet\n", encoding="utf-8")
    r = _export(str(out))
    assert r.returncode == 2
    assert one_line(r.stderr) == (f"ozon-assistant: snippets export: {out} exists: not "
                                  "overwritten (add --force to overwrite it)")
    assert out.read_text(encoding="utf-8") == "my spreadsheet\n"
    r = _export(str(out), "--force")
    assert r.returncode == 0 and out.read_text(encoding="utf-8").startswith("id,category")


def test_export_never_replaces_a_link(tmp_path: Path, library: Path) -> None:
    target = tmp_path / "shared" / "answers.toml"
    target.parent.mkdir()
    target.write_text("# theirs\n", encoding="utf-8")
    link = tmp_path / "answers.toml"
    link.symlink_to(target)
    r = _export(str(link))
    assert r.returncode == 2 and f"{link} is a link to {target}" in one_line(r.stderr)
    assert target.read_text(encoding="utf-8") == "# theirs\n" and link.is_symlink()
    r = _export(str(link), "--force")
    assert r.returncode == 0 and f"through the link to {target}" in r.stdout
    assert link.is_symlink() and "bulk-0002" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("answer,written", [("n", False), ("y", True)])
def test_export_at_a_terminal_asks_first(tmp_path: Path, library: Path, answer: str,
                                         written: bool) -> None:
    out = tmp_path / "mine.toml"
    out.write_text("# keep\n", encoding="utf-8")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "ozon_assistant", "snippets", "export",
                             "--scope", "user", str(out)], stdin=slave, stderr=slave,
                            stdout=subprocess.PIPE, env=os.environ.copy())
    os.close(slave)
    prompt = b""
    while b"[y/N]" not in prompt:
        chunk = os.read(master, 1024)
        assert chunk, prompt
        prompt += chunk
    assert f"{out} exists. Overwrite it? [y/N]".encode() in prompt
    os.write(master, f"{answer}\n".encode())
    proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == (0 if written else 2)
    assert (out.read_text(encoding="utf-8") != "# keep\n") == written
