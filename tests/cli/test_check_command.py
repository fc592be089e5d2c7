"""The `check` contract from the outside: a real process, real files, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BAD = "ЗВОНИТЕ +7 912 345-67-89!!! 😊 Привет, норм)))"
GOOD = ("Здравствуйте! Спасибо за заказ. Посылка уже в пути, ожидаемая дата доставки указана "
        "в личном кабинете Ozon.")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", *args], input=stdin,
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in {"good.txt": GOOD, "bad.txt": BAD}.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    out["latin1.txt"] = tmp_path / "latin1.txt"
    out["latin1.txt"].write_bytes(b"\xff\xfe broken")
    return out


def test_clean_reply_is_approved(files: dict[str, Path]) -> None:
    r = run("check", "--format", "json", str(files["good.txt"]))
    assert r.returncode == 0, r.stdout + r.stderr
    row = json.loads(r.stdout)
    assert row["approved"] is True and row["language"] == "ru" and row["channel"] == "chat"


def test_bad_reply_findings_and_offsets(files: dict[str, Path]) -> None:
    r = run("check", "--format", "json", str(files["bad.txt"]))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 1
    row = json.loads(lines[0])
    cats = {f["category"] for f in row["findings"]}
    assert {"capitals", "contacts", "punctuation", "emoticons", "formality"} <= cats
    spans = {BAD[f["start"]:f["end"]].strip() for f in row["findings"]}
    assert {"ЗВОНИТЕ", "+7 912 345-67-89", "!!!", "😊", ")))"} <= spans
    assert row["approved"] is False and row["score"] <= 4
    for f in row["findings"]:
        assert f["source"] == "house" and f["line"] == 1 and f["severity"] in (
            "error", "warning", "suggestion")


def test_text_format_is_file_line_col(files: dict[str, Path]) -> None:
    r = run("check", str(files["bad.txt"]))
    assert r.returncode == 1
    first = r.stdout.splitlines()[0]
    assert first.startswith(f"{files['bad.txt']}:1:1: warning [all.capitals.caps] ")
    assert "(→ Звоните)" in first


def test_stdin_and_several_files(files: dict[str, Path]) -> None:
    assert run("check", "-", stdin=BAD).returncode == 1
    r = run("check", "--format", "json", str(files["good.txt"]), str(files["bad.txt"]))
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert r.returncode == 1 and [x["approved"] for x in rows] == [True, False]


@pytest.mark.parametrize("args,needle", [
    (["check", "missing.txt"], "missing.txt: no such file"),
    (["check", "--format", "xml", "x"], "invalid choice"),
    (["check", "--languagetool", "sometimes", "-"], "--languagetool"),
    (["check", "--platform-return-days", "0", "-"], "between 7 and 365 days"),
    # the law's minimum, as in config.toml and the window (issue 17): 6 days is refused
    (["check", "--platform-return-days", "6", "-"],
     "check: --platform-return-days must be between 7 and 365 days (the law gives buyers at "
     "least 7), not 6"),
    (["fix", "--platform-return-days", "3", "-"], "fix: --platform-return-days must be between 7"),
    (["check", "--platform-return-days", "366", "-"], "between 7 and 365 days"),
])
def test_usage_errors_are_one_line(args: list[str], needle: str) -> None:
    r = run(*args, stdin="")
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and needle in r.stderr
    assert "Traceback" not in r.stderr


def test_non_utf8_is_one_line(files: dict[str, Path]) -> None:
    r = run("check", str(files["latin1.txt"]))
    assert r.returncode == 2 and "not UTF-8" in r.stderr and len(r.stderr.splitlines()) == 1


def test_broken_config_names_path_and_line(isolated_home: Path, files: dict[str, Path]) -> None:
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("ui_lang = \n", encoding="utf-8")
    r = run("check", str(files["good.txt"]))
    assert r.returncode == 2 and f"{cfg}:1:" in r.stderr and len(r.stderr.splitlines()) == 1
    assert cfg.read_text(encoding="utf-8") == "ui_lang = \n"


def test_config_disables_rule_and_changes_severity(isolated_home: Path, files: dict[str, Path]) -> None:
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text('[rules]\n"all.capitals.caps" = "off"\n"all.emoticons.emoji" = "error"\n',
                   encoding="utf-8")
    row = json.loads(run("check", "--format", "json", str(files["bad.txt"])).stdout)
    rules = {f["rule"]: f["severity"] for f in row["findings"]}
    assert "all.capitals.caps" not in rules and rules["all.emoticons.emoji"] == "error"


def test_ui_lang_and_platform_period(tmp_path: Path) -> None:
    reply = tmp_path / "r.txt"
    reply.write_text("Здравствуйте! Вернуть товар можно в течение 10 дней.", encoding="utf-8")
    assert run("check", str(reply)).returncode == 0
    r = run("check", "--format", "json", "--platform-return-days", "15", "--ui-lang", "zh", str(reply))
    row = json.loads(r.stdout)
    assert r.returncode == 1 and any(f["category"] == "legal" for f in row["findings"])
    assert any("退" in f["message"] for f in row["findings"])


def test_version_and_rules_list() -> None:
    from ozon_assistant import __version__

    assert run("--version").stdout.strip() == f"ozon-assistant {__version__}"
    rules = json.loads(run("rules", "list", "--format", "json").stdout)
    assert {"id", "category", "severity", "description"} <= set(rules[0])


def test_unknown_rule_id_in_config_is_reported(isolated_home: Path, files: dict[str, Path]) -> None:
    cfg = isolated_home / "config" / "config.toml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text('[rules]\n"en.rudeness.blame" = "off"\n"spelling.unknown-word" = "off"\n',
                   encoding="utf-8")
    r = run("check", str(files["good.txt"]))
    assert r.returncode == 0
    assert "no rule 'en.rudeness.blame'" in r.stderr and "spelling.unknown-word" not in r.stderr


def test_a_return_period_below_the_law_is_the_settings_error_code() -> None:
    """The CLI refuses 6 days with the code config.toml's check uses (ui.shared.error_text words it)."""
    import argparse

    from ozon_assistant.cli import UsageError
    from ozon_assistant.cli.cmd_check import check_settings

    args = argparse.Namespace(command="check", platform_return_days=6, languagetool=None)
    with pytest.raises(UsageError) as info:
        check_settings(args)
    assert info.value.code == "setting_days"
    assert info.value.params["key"] == "--platform-return-days"
