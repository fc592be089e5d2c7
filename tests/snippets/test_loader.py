"""Loading libraries: broken files and entries are reported with path and line, the rest loads."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ozon_assistant.snippets.libraries import Locations, load_library

GOOD = """[[snippet]]
id = "{id}"
category = "order_status"
title = {{ en = "Mine", ru = "Мой" }}
body.ru = "Здравствуйте! Заказ {{order_number}} в пути."
"""


def test_fixture_library_loads_cleanly(locations: Locations) -> None:
    lib = load_library(locations)
    assert not lib.problems, lib.problems
    assert {"order-status-in-transit", "return-howto-steps", "delivery-delay-apology"} <= set(lib.snippets)
    assert set(lib.situations) == {"order_status", "return_howto", "delivery_delay"}
    s = lib.snippets["order-status-in-transit"]
    assert s.category == "order_status" and s.languages == ["ru", "en"] and s.source == "bundled"
    assert s.line == 6 and s.path is not None and s.path.name == "order_status.toml"
    assert lib.placeholder(s, "shop_name").remember
    assert {p.lang for p in lib.phrases} == {"ru", "en"}


def test_broken_toml_is_reported_with_path_and_line_and_others_still_load(locations: Locations) -> None:
    bad = locations.bundled / "broken.toml"
    bad.write_text('[situation]\nid = "x"\ntitle = { en = "unclosed"\n', encoding="utf-8")
    lib = load_library(locations)
    assert "order-status-in-transit" in lib.snippets and "return-howto-steps" in lib.snippets
    [p] = lib.problems
    assert p.path == bad and p.line == 3
    assert str(p).startswith(f"{bad}:3: not valid TOML")


def test_not_utf8_file_is_reported(locations: Locations) -> None:
    bad = locations.bundled / "latin1.toml"
    bad.write_bytes('[situation]\nid = "x"\n# caf\xe9\n'.encode("latin-1"))
    lib = load_library(locations)
    [p] = lib.problems
    assert p.path == bad and p.line == 3 and "UTF-8" in p.message
    assert len(lib.snippets) == 5


def test_invalid_entry_points_at_its_line_and_the_rest_of_the_file_loads(locations: Locations) -> None:
    path = locations.bundled / "mixed.toml"
    path.write_text(
        GOOD.format(id="first-ok")
        + '\n[[snippet]]\nid = "no-body"\ntitle = { en = "x" }\n'
        + '\n[[snippet]]\nid = "bad-channel"\ntitle = { en = "x" }\nbody.en = "Hi"\n'
          'channels = ["fax"]\n'
        + "\n" + GOOD.format(id="last-ok"),
        encoding="utf-8",
    )
    lib = load_library(locations)
    assert "first-ok" in lib.snippets and "last-ok" in lib.snippets
    assert "no-body" not in lib.snippets and "bad-channel" not in lib.snippets
    by_msg = {p.message.split(":")[0]: p for p in lib.problems}
    assert by_msg["snippet no-body"].line == 7 and by_msg["snippet no-body"].path == path
    assert by_msg["snippet bad-channel"].line == 15  # the channels = line


def test_two_cursor_marks_and_bad_ids_are_rejected(locations: Locations) -> None:
    (locations.bundled / "x.toml").write_text(
        '[[snippet]]\nid = "Bad Id"\ntitle = { en = "x" }\nbody.en = "Hi"\n'
        '[[snippet]]\nid = "two-cursors"\ntitle = { en = "x" }\nbody.en = "{|}Hi{|}"\n',
        encoding="utf-8")
    lib = load_library(locations)
    assert sorted(p.line or 0 for p in lib.problems) == [2, 8]


def test_duplicate_id_in_one_tier_is_reported(locations: Locations) -> None:
    (locations.bundled / "zz-dup.toml").write_text(GOOD.format(id="return-howto-steps"), encoding="utf-8")
    lib = load_library(locations)
    [p] = lib.problems
    assert "already defined" in p.message and p.path.name == "zz-dup.toml" and p.line == 1
    assert lib.snippets["return-howto-steps"].path.name == "returns.toml"


def test_user_library_overrides_bundled_and_team(locations: Locations, tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / "t.toml").write_text(GOOD.format(id="team-only") + "\n" + GOOD.format(id="return-howto-steps"),
                                 encoding="utf-8")
    locations.user.mkdir()
    (locations.user / "u.toml").write_text(GOOD.format(id="return-howto-steps"), encoding="utf-8")
    loc = replace(locations, teams=(team, tmp_path / "missing-team"))
    lib = load_library(loc)
    assert lib.snippets["team-only"].source == str(team)
    assert lib.snippets["return-howto-steps"].source == "user"
    [p] = lib.problems
    assert p.path == tmp_path / "missing-team" and "not found" in p.message


def test_hidden_and_temporary_files_are_skipped(locations: Locations) -> None:
    (locations.bundled / ".mixed.toml.123.tmp").write_text("garbage [", encoding="utf-8")
    (locations.bundled / ".hidden.toml").write_text("garbage [", encoding="utf-8")
    assert not load_library(locations).problems


def test_bad_phrase_is_reported(locations: Locations) -> None:
    with (locations.phrases / "en.toml").open("a", encoding="utf-8") as fh:
        fh.write('\n[[phrase]]\npurpose = "shouting"\ntext = "HEY"\n')
    lib = load_library(locations)
    [p] = lib.problems
    assert p.line == 11 and "purpose" in p.message
    assert len([ph for ph in lib.phrases if ph.lang == "en"]) == 2
