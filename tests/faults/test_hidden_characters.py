"""Item 2: characters that show nothing do not get a contact past the checks. The policy checks
read the reply as the buyer sees it (zero-width characters, soft hyphens, joiners inside words
and bidi controls left out, an overridden run in its shown order), the findings land on the
characters as typed, and the hidden characters are a finding of their own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ozon_assistant.checker.visible import visible_view
from tests.faults.helpers import cli

ZW, SHY, ZWJ, RLO, PDF = "\u200b", "\u00ad", "\u200d", "\u202e", "\u202c"

DISGUISED = [
    ("phone", f"Здравствуйте! Звоните нам: 8{ZW}916{ZW}123{ZW}45{ZW}67, ответим сразу.",
     "all.contacts.phone"),
    ("messenger", f"Здравствуйте! Удобнее писать нам в What{ZW}sApp, там быстрее.",
     "all.contacts.messenger"),
    ("soft hyphen", f"Здравствуйте! Фото пришлём в теле{SHY}грам, ищите нас там.",
     "all.contacts.messenger"),
    ("joiner", f"Hello! Please message us on Tele{ZWJ}gram for the discount.",
     "all.contacts.messenger"),
    ("reversed", f"Здравствуйте! Наш номер {RLO}76 54 321 619 8{PDF}, звоните.",
     "all.contacts.phone"),
]


def _check(tmp_path: Path, text: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    reply = tmp_path / "reply.txt"
    reply.write_text(text, encoding="utf-8")
    r = cli("check", "--format", "json", str(reply))
    return r.returncode, json.loads(r.stdout)


@pytest.mark.parametrize(("text", "rule"), [(t, r) for _n, t, r in DISGUISED],
                         ids=[n for n, _t, _r in DISGUISED])
def test_a_disguised_contact_is_refused_and_marked_where_typed(tmp_path: Path, text: str,
                                                                rule: str) -> None:
    code, out = _check(tmp_path, text)
    assert code == 1 and out["approved"] is False, out
    found = {f["rule"]: f for f in out["findings"]}
    assert rule in found, [f["rule"] for f in out["findings"]]
    assert "all.typography.hidden-characters" in found or \
        "all.typography.reordered-text" in found
    contact = found[rule]
    typed = text[contact["start"]:contact["end"]]
    # the finding covers the disguised words as typed, hidden characters included
    assert any(c in typed for c in (ZW, SHY, ZWJ, PDF)), typed


def test_the_fix_deletes_hidden_characters_and_the_reversed_run_reads_as_shown() -> None:
    from ozon_assistant.checker.engine import context_for, get_checker
    from ozon_assistant.core.settings import Settings

    settings = Settings()
    checker = get_checker(settings)
    text = f"Здравствуйте! Код купона {RLO}4202NOZO{PDF} действует до пятницы."
    result = checker.check(text, context_for(settings, text, "ru", "chat"))
    reordered = [f for f in result.findings if f.rule == "all.typography.reordered-text"]
    assert [f.replacements[0] for f in reordered] == ["OZON2024"]
    assert [text[f.start:f.end] for f in reordered] == [f"{RLO}4202NOZO{PDF}"]
    text = f"Здравствуйте! Доставка{ZW} займёт два дня."
    result = checker.check(text, context_for(settings, text, "ru", "chat"))
    hidden = [f for f in result.findings if f.rule == "all.typography.hidden-characters"]
    assert [(text[f.start:f.end], f.replacements) for f in hidden] == [(ZW, ("",))]


@pytest.mark.parametrize("text", [
    "Спасибо за заказ! 👨‍👩‍👧 Семья будет довольна.",  # ZWJ inside an emoji sequence
    "Сердце ❤️ на упаковке — наш логотип.",  # a variation selector after an emoji
    "Здравствуйте! Заказ 51730286-0047-2 передан в доставку.",
])
def test_emoji_joiners_and_plain_text_are_left_as_they_are(text: str) -> None:
    assert visible_view(text) is None


def test_the_view_maps_each_character_back_to_where_it_was_typed() -> None:
    text = f"a{ZW}b {RLO}cd{PDF} e"
    view = visible_view(text)
    assert view is not None and view.text == "ab dc e"
    assert [text[i] for i in view.where] == list(view.text)
