"""Writing the user's library and import/export, on real files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.snippets.service import SnippetService


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_copy_bundled_into_user_library_then_edit(service: SnippetService) -> None:
    copied = service.copy_to_user("return-howto-steps")
    assert copied.source == "user" and copied.path is not None
    assert copied.path.parent == service.locations.user
    edited = replace(copied, body={**copied.body, "ru": "Здравствуйте! Новый текст {order_number}."})
    service.save(edited, original_id=copied.id)
    again = SnippetService(service.locations, usage_path=service._usage_path)
    assert again.library.snippets["return-howto-steps"].body["ru"].startswith("Здравствуйте! Новый")
    assert again.library.snippets["return-howto-steps"].source == "user"
    assert not again.library.problems
    with pytest.raises(OzonError):
        service.copy_to_user("return-howto-steps")


def test_editing_a_bundled_snippet_saves_a_user_copy(service: SnippetService) -> None:
    s = service.get("delivery-delay-apology")
    service.save(replace(s, title={"en": "Mine"}), original_id=s.id)
    assert service.get(s.id).source == "user" and service.get(s.id).title == {"en": "Mine"}
    bundled_text = (service.locations.bundled / "delivery.toml").read_text(encoding="utf-8")
    assert "Mine" not in bundled_text


def test_create_duplicate_delete(service: SnippetService) -> None:
    base = service.get("order-status-in-transit")
    created = service.save(replace(base, id="my-own", source="user", path=None))
    assert created.id == "my-own" and created.source == "user"
    with pytest.raises(OzonError):
        service.save(replace(base, id="my-own"))
    dup = service.duplicate("my-own")
    assert dup.id == "my-own-copy" and dup.source == "user"
    assert service.duplicate("my-own").id == "my-own-copy-2"
    service.delete("my-own-copy")
    assert "my-own-copy" not in service.library.snippets
    assert "my-own" in service.library.snippets
    with pytest.raises(OzonError):
        service.delete("order-status-in-transit")  # bundled: read-only
    assert not [n for n in _files(service.locations.user) if n.startswith(".")]  # no temp files


def test_renaming_to_a_taken_id_is_refused(service: SnippetService) -> None:
    base = service.get("order-status-in-transit")
    service.save(replace(base, id="a"))
    service.save(replace(base, id="b"))
    with pytest.raises(OzonError):
        service.save(replace(service.get("a"), id="b"), original_id="a")


def test_invalid_snippet_is_not_written(service: SnippetService) -> None:
    base = service.get("order-status-in-transit")
    with pytest.raises(OzonError):
        service.save(replace(base, id="x", channels=("fax",)))
    assert _files(service.locations.user) == []


def test_a_broken_user_file_is_never_overwritten(service: SnippetService) -> None:
    base = service.get("order-status-in-transit")
    saved = service.save(replace(base, id="mine"))
    assert saved.path is not None
    broken = saved.path.read_text(encoding="utf-8") + "\n[[snippet\n"
    saved.path.write_text(broken, encoding="utf-8")
    service.reload()
    assert any(p.path == saved.path for p in service.library.problems)
    with pytest.raises(ConfigError) as err:
        service.user.save(replace(base, id="mine", title={"en": "new"}))
    assert str(saved.path) in str(err.value)
    assert saved.path.read_text(encoding="utf-8") == broken


@pytest.mark.parametrize("fmt", ["toml", "json", "csv"])
def test_export_then_import_round_trip(service: SnippetService, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"export.{fmt}"
    n = service.export_file(out)
    assert n == len(service.library.snippets) == 5
    other = SnippetService(replace(service.locations, user=tmp_path / "other-user"),
                           usage_path=tmp_path / "u2.sqlite3")
    added, replaced = other.import_file(out)
    assert (added, replaced) == (5, 0)
    for sid, s in service.library.snippets.items():
        got = other.library.snippets[sid]
        assert got.source == "user"
        assert (got.body, got.title, got.category, got.channels, got.gloss) == \
            (s.body, s.title, s.category, s.channels, s.gloss)
        assert got.tags == s.tags
    assert not other.library.problems
    other.close()


def test_import_replaces_existing_user_snippets(service: SnippetService, tmp_path: Path) -> None:
    service.save(replace(service.get("order-status-in-transit"), id="mine"))
    out = tmp_path / "mine.json"
    service.export_file(out, scope="user")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["snippets"]] == ["mine"]
    data["snippets"][0]["title"] = {"en": "Changed"}
    out.write_text(json.dumps(data), encoding="utf-8")
    assert service.import_file(out) == (0, 1)
    assert service.get("mine").title == {"en": "Changed"}


def test_bad_import_names_the_line_and_writes_nothing(service: SnippetService, tmp_path: Path) -> None:
    csv_file = tmp_path / "in.csv"
    csv_file.write_text("id,category,title_en,body_ru\nok-one,order_status,Ok,Здравствуйте!\n"
                        "Bad Id,order_status,Bad,Текст\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        service.import_file(csv_file)
    assert str(err.value).startswith(f"{csv_file}:3:")
    js = tmp_path / "in.json"
    js.write_text('{"snippets": [\n  {"id": "x",\n  }\n]}', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        service.import_file(js)
    assert f"{js}:3:" in str(err.value)
    toml_file = tmp_path / "in.toml"
    toml_file.write_text('[[snippet]]\nid = "x"\ntitle = { en = "x" }\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        service.import_file(toml_file)
    assert f"{toml_file}:" in str(err.value) and "body" in str(err.value)
    with pytest.raises(OzonError):
        service.import_file(tmp_path / "in.docx")
    assert _files(service.locations.user) == []
