"""The machine-wide regex cache: a pattern from the cache is the very pattern ``re`` builds.

``re.Pattern`` objects compare equal only when their pattern, flags and compiled opcodes are all
equal, so ``rx(p) == re.compile(p)`` checks the cached opcodes themselves, not just a few matches.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest

from ozon_assistant.checker.compiled import load_compiled
from ozon_assistant.checker.engine import rule_dirs
from ozon_assistant.core import paths, regex
from ozon_assistant.core.regex import rx

PATTERNS: list[tuple[str, int]] = [
    (r"(?P<word>\w+)\s+(?P=word)", 0),
    (r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE),
    (r"""(?x) \+? \d{1,3}   # country code
          [\s\-]* \(? \d{3} \)?""", 0),
    (r"(?i)\bне\s+(?:используем|пользуемся)\b", 0),
    (r"(?<![\w.@])[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.(?:ru|com)\b", re.IGNORECASE | re.ASCII),
    (r"[\U0001F300-\U0001FAFF☀-➿]+", 0),
    (r"^(?=.*?\bвозврат)(?:(?!нет).)*$", re.MULTILINE | re.DOTALL),
    (r"(a)|(?P<b>b)(?(1)c|d)", 0),
]


@pytest.fixture
def fresh() -> Iterator[None]:
    """Each test starts with no table loaded (and leaves none behind for the next)."""
    regex.reset()
    yield
    regex.reset()


def cache_files() -> list[Path]:
    return sorted(paths.cache_dir().glob("regex-*.pickle"))


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_and_cached_patterns_equal_re_compile(fresh: None, pattern: str,
                                                       flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert rx(pattern, flags) == expected  # compiled here
    regex.save()
    regex.reset()
    loaded = rx(pattern, flags)  # from the file
    assert loaded == expected
    assert loaded.groupindex == expected.groupindex
    assert loaded.groups == expected.groups


def test_the_file_is_written_once_and_read_back(fresh: None) -> None:
    rx(r"\bскоро\b")
    assert cache_files() == []  # nothing written until the process ends (or save())
    regex.save()
    [written] = cache_files()
    assert re.fullmatch(r"regex-.+-\d+-\d\.pickle", written.name)
    stamp = written.stat().st_mtime_ns
    regex.reset()
    rx(r"\bскоро\b")
    regex.save()  # nothing new: not rewritten
    assert written.stat().st_mtime_ns == stamp
    assert rx(r"\bскоро\b").search("будет скоро").group() == "скоро"


def test_a_damaged_file_costs_speed_never_a_match(fresh: None) -> None:
    rx(r"\d+")
    regex.save()
    [written] = cache_files()
    written.write_bytes(b"\x80\x04not a pickle at all")
    regex.reset()
    assert rx(r"\d+") == re.compile(r"\d+")
    regex.save()  # the damaged file is replaced by a good one
    regex.reset()
    assert rx(r"\d+").findall("заказ 123, 45") == ["123", "45"]


def test_a_wrong_entry_is_refused_and_replaced(fresh: None) -> None:
    """An entry whose opcodes _sre rejects (or that does not belong to the pattern) is rebuilt."""
    rx(r"abc")
    regex.save()
    regex.reset()
    table = regex._load()
    flags, code, groups, groupindex, indexgroup, day = table[(r"abc", 0)]
    bad = array("I", code)
    bad[0] = 0xFFFF
    table[(r"abc", 0)] = (flags, bad.tobytes(), groups, groupindex, indexgroup, day)
    assert rx(r"abc") == re.compile(r"abc")


def test_entries_nobody_needed_for_a_month_are_dropped(fresh: None) -> None:
    rx(r"old\d+")
    rx(r"new\d+")
    regex.save()
    regex.reset()
    table = regex._load()
    *head, _day = table[(r"old\d+", 0)]
    table[(r"old\d+", 0)] = (*head, regex._today() - regex.KEEP_DAYS - 1)  # type: ignore[assignment]
    rx(r"fresh\d+")  # something new, so the file is written
    regex.save()
    regex.reset()
    kept = regex._load()
    assert (r"old\d+", 0) not in kept
    assert (r"new\d+", 0) in kept and (r"fresh\d+", 0) in kept


def test_a_bad_pattern_raises_as_re_does(fresh: None) -> None:
    with pytest.raises(re.error):
        rx(r"(unclosed")


def test_every_house_pattern_round_trips(fresh: None) -> None:
    """Every pattern rule of the bundled packs, cached and read back, equals re.compile's."""
    packs = load_compiled(rule_dirs(), None)
    sources = {(src, flags) for _i, src, flags, *_gate in packs.patterns}
    assert len(sources) > 20
    for src, flags in sources:
        rx(src, flags)
    regex.save()
    regex.reset()
    for src, flags in sources:
        assert rx(src, flags) == re.compile(src, flags), src
