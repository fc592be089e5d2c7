"""The personal dictionary file and `ozon-assistant dict` as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ozon_assistant.core import paths
from ozon_assistant.core.errors import OzonError
from ozon_assistant.spelling import personal


def test_add_list_remove_round_trip() -> None:
    assert personal.words() == set()
    personal.add_word("Уютик")
    personal.add_word("уютик")  # same word, other case: kept once
    personal.add_word("Ёжик")
    assert personal.entries() == ["Уютик", "Ёжик"]
    assert personal.words() == {"уютик", "ежик"}
    assert paths.personal_dictionary_file().read_text(encoding="utf-8") == "Уютик\nЁжик\n"
    assert personal.remove_word("ЕЖИК") and not personal.remove_word("ежик")
    assert personal.entries() == ["Уютик"]


def test_comments_and_blank_lines_are_ignored() -> None:
    f = paths.personal_dictionary_file()
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_text("# my words\n\nXiaomi\n", encoding="utf-8")
    assert personal.entries() == ["Xiaomi"]


@pytest.mark.parametrize("bad", ["", "  ", "two words", "123", "x" * 65])
def test_bad_words_are_refused(bad: str) -> None:
    with pytest.raises(OzonError):
        personal.add_word(bad)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", "dict", *args],
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)


def test_dict_command() -> None:
    assert run("add", "Уютик", "Xiaomi").returncode == 0
    r = run("list", "--format", "json")
    assert json.loads(r.stdout) == ["Уютик", "Xiaomi"]
    assert run("remove", "xiaomi").returncode == 0
    assert run("list").stdout == "Уютик\n"
    for args in (("remove", "nothing"), ("add", "two words"), ()):
        r = run(*args)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, (args, r.stderr)
        assert "Traceback" not in r.stderr
    assert personal.entries() == ["Уютик"]


def test_check_honours_the_personal_dictionary(tmp_path) -> None:  # type: ignore[no-untyped-def]
    reply = tmp_path / "r.txt"
    reply.write_text("Уютненько благодарит вас за заказ.", encoding="utf-8")
    cmd = [sys.executable, "-m", "ozon_assistant", "check", "--format", "json", str(reply)]
    before = json.loads(subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout)
    assert any(f["source"] == "speller" for f in before["findings"])
    personal.add_word("Уютненько")
    after = json.loads(subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout)
    assert not any(f["source"] == "speller" for f in after["findings"])
