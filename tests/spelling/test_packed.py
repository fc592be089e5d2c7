"""The speller's cache files (:mod:`ozon_assistant.spelling.packed`) on real files in tmp dirs."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from ozon_assistant.spelling.packed import Pack, open_or_build, shard_of, sharded

KEY = {"format": 1, "source": [[10, 20]]}


class Builder:
    def __init__(self, sections: dict[str, bytes], info: dict[str, Any] | None = None) -> None:
        self.sections, self.info, self.calls = sections, info or {}, 0

    def __call__(self) -> tuple[dict[str, bytes], dict[str, Any]]:
        self.calls += 1
        return self.sections, self.info


def test_built_once_then_read_section_by_section(tmp_path: Path) -> None:
    build = Builder({"a": b"alpha", "b": "бета".encode(), "empty": b""}, {"n": 3})
    first = open_or_build(tmp_path / "x.pack", KEY, build)
    second = open_or_build(tmp_path / "x.pack", KEY, build)
    assert build.calls == 1
    assert (second.read("a"), second.text("b"), second.read("empty")) == (b"alpha", "бета", b"")
    assert second.info == {"n": 3} and second.key == KEY and "a" in second and "z" not in second
    first.close()
    second.close()


def test_a_new_source_rebuilds_and_stale_files_go(tmp_path: Path) -> None:
    old = tmp_path / "speller-x-1.pack"
    open_or_build(old, KEY, Builder({"a": b"1"})).close()
    (tmp_path / "unrelated.txt").write_text("keep")
    build = Builder({"a": b"2"})
    pack = open_or_build(tmp_path / "speller-x-2.pack", {**KEY, "source": [[11, 20]]}, build,
                         ("speller-x-*.pack",))
    assert build.calls == 1 and pack.read("a") == b"2"
    assert not old.exists() and (tmp_path / "unrelated.txt").exists()


def test_a_truncated_or_foreign_file_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "x.pack"
    open_or_build(path, KEY, Builder({"a": b"x" * 1000})).close()
    path.write_bytes(path.read_bytes()[:-10])
    build = Builder({"a": b"y"})
    assert open_or_build(path, KEY, build).read("a") == b"y" and build.calls == 1
    path.write_bytes(b"not a pack at all")
    build = Builder({"a": b"z"})
    assert open_or_build(path, KEY, build).read("a") == b"z" and build.calls == 1


def test_an_unwritable_cache_folder_serves_the_pack_from_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be")
    pack = open_or_build(blocker / "x.pack", KEY, Builder({"a": b"mem"}))
    assert pack.read("a") == b"mem"


def test_shards_are_stable_across_processes_and_hold_their_keys() -> None:
    assert shard_of("hello", 512) == zlib.crc32(b"hello") % 512  # not the salted hash()
    sections = sharded([("cat", "cat 1"), ("dog", "dog 2"), ("cat", "cat 3")], 8, "u")
    assert len(sections) == 8
    cat = sections[f"u{shard_of('cat', 8)}"].decode().split("\n")
    assert "cat 1" in cat and "cat 3" in cat


def test_pack_from_bytes_checks_its_magic() -> None:
    try:
        Pack(b"garbage")
    except ValueError as exc:
        assert "not a speller cache file" in str(exc)
    else:
        raise AssertionError("garbage accepted")


def test_a_damaged_dictionary_file_makes_the_speller_unavailable_not_the_check() -> None:
    """Bytes flipped inside the sections (same size, so the file still opens): the English
    speller says it is unavailable and returns nothing; the check itself goes on."""
    from ozon_assistant.checker.context import CheckContext
    from ozon_assistant.spelling.hunspell_forms import forms_pack
    from ozon_assistant.spelling.packed import HEAD, MAGIC
    from ozon_assistant.spelling.speller import Speller

    pack = forms_pack()
    path = Path(pack._fh.name)  # type: ignore[attr-defined]
    pack.close()
    data = bytearray(path.read_bytes())
    (size,) = HEAD.unpack_from(data, len(MAGIC))
    body = len(MAGIC) + HEAD.size + size
    data[body:] = b"\xff" * (len(data) - body)  # invalid UTF-8 in every section
    path.write_bytes(bytes(data))
    speller = Speller(languages=("en",), background=False, full_preload=False)
    assert speller.check_paragraph("Thank you for the order", CheckContext(language="en")) == []
    status = speller.status()
    assert status.state == "unavailable" and "damaged cache file" in status.detail
    assert not path.exists()  # removed: the next process builds it afresh
    fresh = Speller(languages=("en",), background=False, full_preload=False)
    found = fresh.check_paragraph("Thank you for the ordr", CheckContext(language="en"))
    assert [f.replacements[0] for f in found] == ["order"] and path.exists()
