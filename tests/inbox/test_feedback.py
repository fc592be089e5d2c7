"""`feedback report` and its figures, from a real inbox store (SQLite, filled through its API) and
the real situation classifier `inbox list` uses: a small hand-made inbox whose every figure is
known — per situation and per ISO week, the 24-hour share, the median wait, complaint words by
lemma, products and SKUs (never order numbers or e-mail addresses)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
from pathlib import Path

import pytest

from ozon_assistant.cli import main
from ozon_assistant.core.errors import OzonError
from ozon_assistant.inbox import feedback
from ozon_assistant.storage.inbox import InboxStore, NewMessage

HOUR = 3600.0


def _at(day: int, hour: int, month: int = 5) -> float:
    """A local time in 2025 (the report counts weeks in local time)."""
    return dt.datetime(2025, month, day, hour).timestamp()


NOW = _at(14, 12)  # Wednesday of ISO week 2025-W20
#: (subject, body, received, answered after so many hours or None); the situation the classifier
#: gives each is in the comment
INBOX = [
    ("Заказ 35142875-0153", "Здравствуйте! Заказ должен был прийти три дня назад, где он? Трек не "
     "обновляется.", _at(5, 10), 5.0),  # order_status, W19, answered in 5 h
    ("Где посылка?", "Посылка должна была прийти неделю назад, трек не обновляется уже пять дней.",
     _at(6, 9), 30.0),  # order_status, W19, answered in 30 h
    ("Брак", "Добрый день, пришёл чайник с трещиной на корпусе, что делать?",
     _at(12, 8), None),  # defect_warranty, W20, waiting 52 h
    ("Брак RTX 4060", "Видеокарта RTX 4060 с браком: трещина на корпусе, не включается. Артикул "
     "123456789, заказ 35142875-0153-1, почта petr2024@example.com", _at(13, 15), None),
    # ^ defect_warranty, W20, waiting 21 h: not counted in the 24-hour share yet
    ("Size question", "Hello, does the jacket run small? I am usually a M.",
     _at(14, 10), 1.0),  # size_fit, W20, answered in 1 h
    ("Отзыв", "Спасибо, плед «Нордик» отличный, RTX 4060 тоже работает прекрасно!",
     _at(28, 12, month=4), 2.0),  # review_positive, W18, answered in 2 h
    ("", "", _at(14, 11), None),  # unreadable: no situation ("other"), W20, waiting 1 h
]


def _fill(store: InboxStore, inbox: list[tuple[str, str, float, float | None]] = INBOX) -> None:
    store.begin_sync("shop", 7)
    for uid, (subject, body, received, answered_after) in enumerate(inbox, 1):
        local = store.add("shop", 7, NewMessage(
            uid=uid, received=received, subject=subject, body=body, sender=f"buyer{uid}@example.com",
            message_id=f"<m{uid}@example.com>", error="" if body else "could not be decoded"))
        assert local is not None
        if answered_after is not None:
            store.mark_answered(local, received + answered_after * HOUR)


@pytest.fixture
def store(tmp_path: Path) -> InboxStore:
    s = InboxStore(tmp_path / "inbox.sqlite3")
    _fill(s)
    yield s
    s.close()


def test_the_figures_of_a_known_inbox(store: InboxStore) -> None:
    report = feedback.load(now=NOW, store=store)
    assert report.messages == 7
    assert report.answered == 4
    # answered in 5, 1 and 2 h of the 4 answered + 1 waiting 52 h; two younger unanswered aside
    assert (report.answered_within_24h, report.counted_for_24h, report.pending) == (3, 5, 2)
    assert report.share_answered_within_24h == 0.6
    assert report.median_wait_hours == 5.0  # waits 1, 1, 2, 5, 21, 30, 52 h
    assert report.situations == [("defect_warranty", 2), ("order_status", 2),
                                 ("review_positive", 1), ("size_fit", 1), ("other", 1)]
    assert [(w.week, w.start, w.messages) for w in report.weeks] == [
        ("2025-W18", dt.date(2025, 4, 28), 1), ("2025-W19", dt.date(2025, 5, 5), 2),
        ("2025-W20", dt.date(2025, 5, 12), 4)]
    assert report.products == [("RTX 4060", 2), ("123456789", 1), ("Нордик", 1)]
    words = dict(report.complaint_words)
    defect = dict(words["defect_warranty"])
    # by lemma («трещиной», «трещина»), once per message («брак» in subject and body of one)
    assert defect["трещина"] == 2 and defect["корпус"] == 2 and defect["брак"] == 2
    assert defect["чайник"] == 1 and defect["видеокарта"] == 1 and defect["включаться"] == 1
    assert words["defect_warranty"][:3] == [("брак", 2), ("корпус", 2), ("трещина", 2)]
    order = dict(words["order_status"])
    assert order == {"прийти": 2, "трек": 2, "обновляться": 2, "посылка": 1}
    assert dict(words["size_fit"]) == {"jacket": 1, "run": 1, "small": 1, "size": 1}
    everything = {w for ws in words.values() for w, _ in ws}
    # stop words, numbers, order numbers, e-mail addresses and products are no complaint words
    for never in ("заказ", "здравствуйте", "где", "три", "добрый", "день", "35142875", "petr2024",
                  "example", "rtx", "нордик", "123456789", "hello", "does"):
        assert never not in everything
    assert "other" not in words  # the unreadable message has no words
    assert report.title("defect_warranty", "ru") == "Брак и гарантия"
    assert report.title("order_status") == "Order status and tracking"


def test_since_counts_only_the_messages_from_that_day(store: InboxStore) -> None:
    report = feedback.load(dt.date(2025, 5, 12), now=NOW, store=store)
    assert report.messages == 4 and report.answered == 1
    assert (report.answered_within_24h, report.counted_for_24h, report.pending) == (1, 2, 2)
    assert report.share_answered_within_24h == 0.5
    assert report.median_wait_hours == 11.0  # 1, 1, 21, 52
    assert [(w.week, w.messages) for w in report.weeks] == [("2025-W20", 4)]
    assert report.products == [("123456789", 1), ("RTX 4060", 1)]  # ties: by name


def test_an_empty_inbox_has_no_figures(tmp_path: Path) -> None:
    store = InboxStore(tmp_path / "empty.sqlite3")
    try:
        report = feedback.load(now=NOW, store=store)
    finally:
        store.close()
    assert report.messages == 0 and report.share_answered_within_24h is None
    assert report.median_wait_hours is None and report.situations == [] and report.weeks == []
    doc = feedback.to_json(report)
    assert doc["messages"] == 0 and doc["situations"] == [] and doc["products"] == []
    assert "none" in feedback.to_text(report)


def test_weeks_without_messages_are_shown_as_zero(tmp_path: Path) -> None:
    store = InboxStore(tmp_path / "gap.sqlite3")
    try:
        _fill(store, [("Брак", "Чайник с трещиной", _at(28, 12, month=4), 1.0),
                      ("Брак", "Чайник протекает", _at(14, 9), None)])
        report = feedback.load(now=NOW, store=store)
    finally:
        store.close()
    assert [(w.week, w.messages) for w in report.weeks] == [
        ("2025-W18", 1), ("2025-W19", 0), ("2025-W20", 1)]


@pytest.mark.parametrize(("text", "products"), [
    ("Видеокарта RTX 4060 не запускается", ["RTX 4060"]),
    ("Samsung SM-S918B пришёл с царапиной", ["SM-S918B"]),
    ("Ноутбук Lenovo T480 и iPhone 15 Pro", ["T480", "iPhone 15 Pro"]),
    ("Купила плед «Нордик», артикул 123456789", ["Нордик", "123456789"]),
    ("арт. 1234567 и SKU: 98765", ["1234567", "98765"]),
    ("Заказ 35142875-0153-1 и 35142875-0153 не пришли", []),
    ("Пишите на anna2024@mail.ru или https://ozon.ru/t/abc123", []),
    ("Память 16GB, 5G, размер XL, 42 размер, посылка «доставлена»", []),
])
def test_products_are_models_skus_and_quoted_names(text: str, products: list[str]) -> None:
    assert list(feedback.products_in(text).values()) == products


def test_a_bad_since_is_one_coded_error() -> None:
    with pytest.raises(OzonError) as info:
        feedback.parse_since("2025-13-01")
    assert info.value.code == "bad_since" and info.value.params == {"value": "2025-13-01"}
    assert feedback.parse_since("2025-05-01") == dt.date(2025, 5, 1)
    assert feedback.parse_since(None) is None


# -- the command line ------------------------------------------------------------------------------
def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(["feedback", "report", *args])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def recent_inbox() -> None:
    """The data folder's inbox (the command's): five messages of the last days."""
    now = time.time()
    store = InboxStore()
    try:
        _fill(store, [
            ("Брак", "Пришёл чайник с трещиной на корпусе, что делать?", now - 50 * HOUR, 3.0),
            ("Брак RTX 4060", "Видеокарта RTX 4060 с браком: трещина на корпусе, не включается.",
             now - 30 * HOUR, None),
            ("Где заказ?", "Заказ 35142875-0153 должен был прийти, трек не обновляется.",
             now - 10 * 24 * HOUR, 40.0),
            ("Size question", "Does the jacket run small?", now - 2 * HOUR, None),
        ])
    finally:
        store.close()


@pytest.mark.usefixtures("recent_inbox")
def test_report_as_json_is_one_document(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys, "--format", "json")
    assert rc == 0 and err == ""
    doc = json.loads(out)
    assert doc["messages"] == 4 and doc["answered"] == 2 and doc["since"] is None
    assert doc["answered_within_24h"] == 1 and doc["counted_for_24h"] == 3
    assert doc["pending_under_24h"] == 1 and doc["share_answered_within_24h"] == pytest.approx(0.3333)
    assert doc["median_wait_hours"] == pytest.approx(16.5, abs=0.05)  # 2, 3, 30, 40 h
    assert {s["id"]: s["messages"] for s in doc["situations"]}["defect_warranty"] == 2
    assert doc["situations"][0] == {"id": "defect_warranty", "title": "Defect and warranty",
                                    "messages": 2}
    assert sum(w["messages"] for w in doc["weeks"]) == 4
    assert {"word": "трещина", "messages": 2} in doc["complaint_words"]["defect_warranty"]
    assert doc["products"] == [{"name": "RTX 4060", "messages": 1}]


@pytest.mark.usefixtures("recent_inbox")
def test_report_as_csv_is_one_flat_table(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys, "--format", "csv")
    assert rc == 0 and err == ""
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["section", "situation", "key", "value"]
    assert all(len(r) == 4 for r in rows)
    assert ["summary", "", "messages", "4"] in rows
    assert ["summary", "", "answered_within_24h", "1"] in rows
    assert ["situations", "defect_warranty", "Defect and warranty", "2"] in rows
    assert ["complaint_words", "defect_warranty", "трещина", "2"] in rows
    assert ["products", "", "RTX 4060", "1"] in rows
    assert {r[0] for r in rows[1:]} == {"summary", "situations", "weeks", "complaint_words",
                                        "products"}


@pytest.mark.usefixtures("recent_inbox")
def test_report_as_text_and_since(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys)
    assert rc == 0 and err == ""
    assert out.startswith("Buyers' messages: 4 (2 answered)\n")
    assert "Answered within 24 h: 33% (1 of 3); 1 unanswered message(s) younger than 24 h" in out
    assert re.search(r"\n  Defect and warranty \(defect_warranty\) +2\n", out)
    assert "Defect and warranty: " in out and "трещина 2" in out and "RTX 4060" in out
    since = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    rc, out, err = _run(capsys, "--since", since, "--format", "json")
    assert rc == 0 and json.loads(out)["messages"] == 3 and json.loads(out)["since"] == since
    future = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    rc, out, err = _run(capsys, "--since", future)
    assert rc == 0 and out == f"Buyers' messages since {future}: none (run `ozon-assistant inbox sync`)\n"


def test_report_of_an_empty_inbox(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys, "--format", "json")
    assert rc == 0 and err == ""
    assert json.loads(out)["messages"] == 0 and json.loads(out)["median_wait_hours"] is None
    rc, out, err = _run(capsys, "--format", "csv")
    assert rc == 0 and ["summary", "", "messages", "0"] in list(csv.reader(io.StringIO(out)))
    rc, out, err = _run(capsys)
    assert rc == 0 and err == "" and "none" in out


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "01.05.2025"])
def test_a_bad_since_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], bad: str) -> None:
    rc, out, err = _run(capsys, "--since", bad)
    assert rc == 2 and out == ""
    assert err.count("\n") == 1 and "is not a date" in err and "YYYY-MM-DD" in err
    assert "Traceback" not in err
