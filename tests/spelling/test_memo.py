"""The speller's verdicts kept between runs (:mod:`ozon_assistant.spelling.memo`): the same
findings from memory as from the search, and nothing remembered survives a change of what it
depends on."""

from __future__ import annotations

import json

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core import paths
from ozon_assistant.spelling.speller import Options, Speller

RU = CheckContext(language="ru")
EN = CheckContext(language="en")
TEXTS = [("Спасибо за заказ в магазине Уютненько, посылка уже в пути, прверьте статус.", RU),
         ("Thank you for your order from Uyut, your parcle is on its way.", EN)]


def findings(s: Speller) -> list[tuple[int, int, str, tuple[str, ...]]]:
    return [(f.start, f.end, f.rule, f.replacements)
            for text, ctx in TEXTS for f in s.check_paragraph(text, ctx)]


def memo_file(lang: str):  # type: ignore[no-untyped-def]
    return paths.speller_cache_file(lang, "verdicts", 1, ".memo")


def test_verdicts_are_remembered_only_while_what_they_depend_on_stands(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # one test: each test has its own cache folder, and filling it takes seconds
    blank = Speller(background=False, remember=False)
    found = findings(blank)
    assert {f[3][0] for f in found} == {"поверьте", "parcel"}  # «Уютненько», "Uyut": names
    assert blank._memos == {} and not memo_file("ru").exists()  # remember=False: no file

    first = Speller(background=False)
    assert findings(first) == found
    for memo in first._memos.values():
        memo.flush()
    assert memo_file("ru").is_file() and memo_file("en").is_file()

    second = Speller(background=False)
    searched: list[str] = []
    monkeypatch.setattr(second, "_ranked", lambda word, *a: searched.append(word.text) or [])
    assert findings(second) == found
    assert searched == []  # every verdict, names' included, came from memory

    other = Options(name_max_cost=0.0)  # a different option: the answers may differ
    assert Speller(background=False, options=other)._memo("ru")._load() == {}  # type: ignore[union-attr]
    memo_file("ru").write_text("{not json", encoding="utf-8")  # damaged: searched again
    assert findings(Speller(background=False)) == found
    # a file this user's copy did not seal is never read: no planted corrections
    planted = json.dumps({"key": second._memo("en")._key,  # type: ignore[union-attr]
                          "answers": {"parcle\t0\tyour\tis": ["unknown", "EVIL"]}})
    memo_file("en").write_text(planted, encoding="utf-8")
    assert findings(Speller(background=False)) == found
