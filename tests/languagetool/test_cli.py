"""``check --languagetool URL`` as a real process against our test server, and against none."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.languagetool.ltserver import LTServer

TEXT = "Здравствуйте 😊🙏! Спасибо за заказ, превед."


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", *args], capture_output=True,
                          text=True, env=os.environ.copy(), timeout=120)


def test_check_with_a_languagetool_url(tmp_path: Path, lt_server: LTServer) -> None:
    reply = tmp_path / "r.txt"
    reply.write_text(TEXT, encoding="utf-8")
    r = run("check", "--format", "json", "--lang", "ru", "--languagetool", lt_server.url, str(reply))
    assert r.returncode in (0, 1), r.stderr
    row = json.loads(r.stdout)
    lt = [f for f in row["findings"] if f["source"] == "languagetool"]
    assert [TEXT[f["start"]:f["end"]] for f in lt] == ["превед"]
    assert lt[0]["category"] == "spelling" and "привет" in lt[0]["replacements"]
    assert lt[0]["rule"] == "lt.MORFOLOGIK_RULE_TEST"


def test_unreachable_server_still_checks_house_rules(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    reply = tmp_path / "r.txt"
    reply.write_text(TEXT, encoding="utf-8")
    r = run("check", "--format", "json", "--languagetool", f"http://127.0.0.1:{port}", str(reply))
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr
    row = json.loads(r.stdout)
    assert any(f["category"] == "emoticons" for f in row["findings"])
    assert not any(f["source"] == "languagetool" for f in row["findings"])


def test_bad_languagetool_values_are_usage_errors(tmp_path: Path) -> None:
    reply = tmp_path / "r.txt"
    reply.write_text(TEXT, encoding="utf-8")
    for bad in ("sometimes", "http://", "http://host:port"):
        r = run("check", "--languagetool", bad, str(reply))
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, (bad, r.stderr)
