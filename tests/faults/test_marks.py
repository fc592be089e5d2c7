"""Item 14: characters that belong to the one before them. A stress mark typed into a Russian
word (U+0301) is part of the word: the speller reads «доста́вка» as «доставка», and a finding
ending right before such a mark (or a ZWJ, a variation selector) takes it in, so its fix leaves
nothing orphaned. And a finding's message quotes a long match cut short, not 50,000 emoji."""

from __future__ import annotations

import json
from pathlib import Path

from tests.faults.helpers import cli


def check_json(tmp_path: Path, text: str, *args: str) -> tuple[str, list[dict]]:
    reply = tmp_path / "reply.txt"
    reply.write_text(text, encoding="utf-8")
    r = cli("check", "--format", "json", *args, str(reply))
    assert r.returncode in (0, 1), r.stderr
    return text, json.loads(r.stdout)["findings"]


def test_stress_marks_in_russian_words_are_no_misspellings(tmp_path: Path) -> None:
    _, found = check_json(tmp_path, "Здравствуйте! Доста\u0301вка прие\u0301дет за\u0301втра, "
                             "курье\u0301р позвони\u0301т заранее. Спасибо за зака\u0301з.\n")
    assert [f for f in found if f["rule"].startswith("spelling.")] == []  # were 4 false ones


def test_a_misspelt_word_with_a_stress_mark_is_one_finding_over_the_whole_word(
        tmp_path: Path) -> None:
    text, found = check_json(tmp_path, "Здравствуйте! Досста\u0301вка будет завтра.\n")
    [f] = [f for f in found if f["rule"] == "spelling.unknown-word"]
    assert text[f["start"]:f["end"]] == "Досста\u0301вка" and "Доставка" in f["replacements"]


def test_a_finding_before_a_combining_mark_takes_it_and_its_fix_orphans_nothing(
        tmp_path: Path) -> None:
    text, found = check_json(tmp_path, "Здравствуйте! Всё норм\u0301, заказ в пути.\n")
    [f] = [f for f in found if f["rule"] == "ru.formality.slang-norm"]
    assert text[f["start"]:f["end"]] == "норм\u0301"
    fixed = cli("fix", str(tmp_path / "reply.txt"))
    assert fixed.stdout == "Здравствуйте! Всё в порядке, заказ в пути.\n"  # was «в порядке́»


def test_an_emoji_finding_takes_its_variation_selector_and_zwj_joins(tmp_path: Path) -> None:
    text, found = check_json(tmp_path, "Здравствуйте! Заказ в пути \u263a\ufe0f, мастер "
                             "👩\u200d💻 уже работает.\n")
    shown = [text[f["start"]:f["end"]].strip() for f in found if f["rule"] == "all.emoticons.emoji"]
    assert shown == ["\u263a\ufe0f", "👩\u200d💻"]


def test_the_emoji_message_does_not_repeat_a_huge_run(tmp_path: Path) -> None:
    _, found = check_json(tmp_path, "Здравствуйте! Спасибо за заказ " + "😊" * 50_000 + " пока.\n")
    [f] = [f for f in found if f["rule"] == "all.emoticons.emoji"]
    assert f["end"] - f["start"] >= 50_000  # the finding covers the whole run
    assert len(f["message"]) < 200 and "😊" * 59 + "…" in f["message"]  # was 50,057 characters
