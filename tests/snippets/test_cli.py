"""`ozon-assistant snippets …` in process, on the fixture library via OZON_ASSISTANT paths."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.core import paths
from tests.snippets.conftest import FIXTURES


@pytest.fixture(autouse=True)
def fixture_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    res = tmp_path / "resources"
    shutil.copytree(FIXTURES / "library", res / "snippets")
    shutil.copytree(FIXTURES / "phrases", res / "phrases")
    shutil.copytree(paths.resources_dir() / "rules", res / "rules")
    monkeypatch.setattr(paths, "resources_dir", lambda: res)
    return res


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(["snippets", *args])
    out, err = capsys.readouterr()
    return rc, out, err


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "list", "--format", "json")
    rows = json.loads(out)
    assert rc == 0 and len(rows) == 5
    row = next(r for r in rows if r["id"] == "order-status-in-transit")
    assert row["category"] == "order_status" and row["languages"] == ["ru", "en"]
    assert row["placeholders"] == ["buyer_name", "order_number", "shop_name"]
    assert row["channels"] == ["chat", "email"] and row["source"] == "bundled"
    rc, out, _ = run(capsys, "list", "--format", "json", "--lang", "en")
    assert "order-status-braces" not in {r["id"] for r in json.loads(out)}


def test_render_literal_values(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = run(capsys, "render", "order-status-in-transit", "--lang", "ru",
                       "--set", "buyer_name={order_number}", "--set", "order_number={0.__class__}")
    assert rc == 0
    assert out.startswith("Здравствуйте, {order_number}! Заказ {0.__class__} в пути.")
    assert out.rstrip().endswith("С уважением, команда магазина")
    rc, out, err = run(capsys, "render", "order-status-in-transit", "--lang", "en")
    assert "Order {order_number} is" in out and "left unfilled: order_number" in err


def test_render_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["render", "no-such", "--lang", "ru"],
                 ["render", "order-status-braces", "--lang", "en"],
                 ["render", "order-status-in-transit", "--lang", "ru", "--set", "novalue"]):
        rc, out, err = run(capsys, *args)
        assert rc == 2 and out == "" and len(err.strip().splitlines()) == 1, (args, err)


def test_search_and_suggest(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rc, out, _ = run(capsys, "search", "возвратом", "--format", "json")
    assert rc == 0 and json.loads(out)[0]["id"] == "return-howto-steps"
    msg = tmp_path / "buyer.txt"
    msg.write_text("Добрый день, посылка задерживается уже неделю", encoding="utf-8")
    rc, out, _ = run(capsys, "suggest", str(msg), "--format", "json")
    data = json.loads(out)
    assert rc == 0 and data[0]["category"] == "delivery_delay" and data[0]["score"] > 0
    assert data[0]["snippets"][0]["id"] == "delivery-delay-apology"
    rc, out, err = run(capsys, "suggest", str(tmp_path / "missing.txt"))
    assert rc == 2 and len(err.strip().splitlines()) == 1


def test_export_import_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "all.csv"
    rc, out, _ = run(capsys, "export", str(out_file))
    assert rc == 0 and "exported 5" in out
    rows = out_file.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,category")
    edited = out_file.read_text(encoding="utf-8").replace("order-status-braces", "my-braces")
    (tmp_path / "mine.csv").write_text(edited, encoding="utf-8")
    rc, out, _ = run(capsys, "import", str(tmp_path / "mine.csv"))
    assert rc == 0 and "imported 5 new and 0 replaced" in out  # new to the user's library
    rc, out, _ = run(capsys, "import", str(tmp_path / "mine.csv"))
    assert rc == 0 and "imported 0 new and 5 replaced" in out
    rc, out, _ = run(capsys, "list", "--format", "json")
    sources = {r["id"]: r["source"] for r in json.loads(out)}
    assert sources["my-braces"] == "user" and sources["order-status-in-transit"] == "user"
    rc, out, _ = run(capsys, "check")
    assert rc == 0 and "0 problem(s)" in out
    (paths.data_dir() / "snippets" / "broken.toml").write_text("[[snippet]\n", encoding="utf-8")
    rc, out, _ = run(capsys, "check")
    assert rc == 1 and "broken.toml:1: not valid TOML" in out
    rc, out, err = run(capsys, "list")
    assert rc == 0 and "1 broken library entry skipped" in err


def test_copy_and_favourite(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = run(capsys, "copy", "return-howto-steps")
    assert rc == 0 and "copied return-howto-steps" in out
    rc, _, err = run(capsys, "copy", "return-howto-steps")
    assert rc == 2 and "already in your library" in err
    rc, _, _ = run(capsys, "favourite", "delivery-delay-apology")
    rc, out, _ = run(capsys, "list", "--format", "json")
    assert {r["id"] for r in json.loads(out) if r["favourite"]} == {"delivery-delay-apology"}


def test_suggest_with_a_rating(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    msg = tmp_path / "review.txt"
    msg.write_text("Отличный товар, всем рекомендую)))", encoding="utf-8")
    rc, out, _ = run(capsys, "suggest", str(msg), "--rating", "1", "--format", "json")
    data = json.loads(out)
    assert rc == 0 and data and all(r["category"] not in ("review_positive", "thank_you_letter")
                                    for r in data[:3])
    assert {"kind", "sentiment", "fits", "evidence"} <= set(data[0])
    rc, _, _ = run(capsys, "suggest", str(msg), "--rating", "7")
    assert rc == 2
    msg.write_text("ыыы 12345", encoding="utf-8")
    rc, out, _ = run(capsys, "suggest", str(msg))
    assert rc == 0 and "no situation fits" in out
