"""The window and `ozon-assistant check` say the same about the same text (issue 17): the
findings panel's counts, the approval badge and the score are those of the CLI's JSON, and a row
that merges findings on the same words says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ozon_assistant.core.types import Severity
from tests.ui.compose_helpers import settle

TEXTS = [
    # «WhatsApp» is a contact and a move off Ozon: two errors on one row
    "Здравствуйте! Напишите нам в WhatsApp, ПОЖАЛУЙСТА!!! Ответим быстро 😊",
    "ЗВОНИТЕ +7 912 345-67-89!!! Привет, норм)))",
    "Hello! Thank you for your order, it ships today.",
    "Здравствуйте! Спасибо за заказ. Посылка уже в пути, ожидаемая дата доставки указана "
    "в личном кабинете Ozon.",
]


def cli_rows(tmp_path: Path) -> list[dict]:
    files = []
    for i, text in enumerate(TEXTS):
        f = tmp_path / f"reply{i}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    r = subprocess.run([sys.executable, "-m", "ozon_assistant", "check", "--format", "json",
                        *files], capture_output=True, text=True, env=os.environ.copy(), timeout=60)
    assert r.returncode in (0, 1), r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def test_the_window_counts_as_check_does(qtbot, make_window, tmp_path: Path) -> None:
    rows = cli_rows(tmp_path)
    window = make_window()
    merged_somewhere = False
    for text, row in zip(TEXTS, rows, strict=True):
        tab = window.new_draft(text)
        settle(qtbot, tab)
        counts = {s: sum(1 for f in row["findings"] if f["severity"] == s.value) for s in Severity}
        # the same findings, one by one
        assert sorted((f.start, f.end, f.rule) for f in tab.findings) == sorted(
            (f["start"], f["end"], f["rule"]) for f in row["findings"]), text
        summary = window.panel.summary.text()
        if row["findings"]:
            first = summary.split("\n")[0]
            assert first == (f"{counts[Severity.ERROR]} error{'s' * (counts[Severity.ERROR] != 1)}, "
                             f"{counts[Severity.WARNING]} warning"
                             f"{'s' * (counts[Severity.WARNING] != 1)}, "
                             f"{counts[Severity.SUGGESTION]} suggestion"
                             f"{'s' * (counts[Severity.SUGGESTION] != 1)}"), text
            places = len({(f["start"], f["end"], f["severity"]) for f in row["findings"]})
            assert window.panel.list.count() == places
            if places < len(row["findings"]):
                merged_somewhere = True
                assert summary.split("\n")[1] == (
                    f"Shown in {places} row{'s' * (places != 1)}: findings on the same words "
                    "share one."), text
            else:
                assert "\n" not in summary
        badge = tab.header.state.text()
        if row["approved"]:
            assert badge == "✓ Approved", text
        else:
            n = counts[Severity.ERROR]
            assert badge == f"✗ Not approved: {n} error{'s' * (n != 1)}", text
        assert tab.header.score.text() == f"Score {row['score']}/10", text
    assert merged_somewhere  # the texts include a merged row
