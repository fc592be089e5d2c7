"""Item 13: cache files are never trusted. A file dropped at ``cache/rules-*.pickle`` or
``cache/regex-*.pickle`` ran as code on every ``check``; now each cache file is sealed with a key
from the user's config folder, a file without that seal is rebuilt, never unpickled, and a sealed
one builds only the checker's data classes."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from ozon_assistant.checker import compiled
from ozon_assistant.checker.compiled import load_compiled
from ozon_assistant.core import paths, regex, signed
from tests.checker.helpers import RULE, write
from tests.faults.helpers import cli, read_only_config

REPLY = "Здравствуйте! Спасибо за заказ."


class Payload:
    """Unpickling this runs ``code``: what a hostile file in the cache folder would hold."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return exec, (self.code,)


def hostile(marker: Path) -> bytes:
    return pickle.dumps(Payload(f"open({str(marker)!r}, 'w').write('ran')"), protocol=4)


@pytest.fixture(autouse=True)
def fresh_keys() -> None:
    signed.forget_keys()  # each test has its own home, so its own config folder and key


def _cache_files() -> list[Path]:
    return sorted(p for p in paths.cache_dir().glob("*.pickle"))


def test_a_file_dropped_in_the_cache_folder_never_runs(tmp_path: Path) -> None:
    first = cli("check", "-", stdin=REPLY)
    assert first.returncode == 0, first.stderr
    dropped = _cache_files()
    assert {p.name.split("-")[0] for p in dropped} == {"rules", "regex"}, dropped
    marker = tmp_path / "ran"
    for p in dropped:  # at exactly the names the next check reads
        p.write_bytes(hostile(marker))
    again = cli("check", "-", stdin=REPLY)
    assert again.returncode == 0, again.stderr
    assert not marker.exists(), "a cache file ran as code"
    for p in dropped:  # rebuilt and sealed again, the hostile bytes gone
        data = p.read_bytes()
        assert data.startswith(signed.MAGIC) and b"exec" not in data, p


def test_a_file_signed_with_another_key_is_rebuilt(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    load_compiled([packs], cache)
    [file] = cache.glob("rules-*.pickle")
    marker = tmp_path / "ran"
    body = hostile(marker)
    forged = signed.MAGIC + signed._mac(os.urandom(signed.KEY_BYTES), body) + body
    file.write_bytes(forged)
    assert load_compiled([packs], cache).rules[0].id == "ru.vagueness.test-soon"
    assert not marker.exists()
    assert file.read_bytes() != forged


def test_even_a_sealed_file_builds_only_the_checkers_data(tmp_path: Path) -> None:
    """The second wall, should the key leak: unpickling names no function, no other class."""
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    load_compiled([packs], cache)
    [file] = cache.glob("rules-*.pickle")
    marker = tmp_path / "ran"
    assert signed.dump(file, Payload(f"open({str(marker)!r}, 'w').write('ran')"))
    assert load_compiled([packs], cache).rules[0].id == "ru.vagueness.test-soon"
    assert not marker.exists()
    with pytest.raises(pickle.UnpicklingError, match="not allowed"):
        signed.restricted_loads(pickle.dumps(Path("/x")), compiled._cache_class)
    assert signed.restricted_loads(pickle.dumps({("a", 1): (1, b"x", {"g": 1})})) == {
        ("a", 1): (1, b"x", {"g": 1})}


def test_the_cache_still_serves_the_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    first = load_compiled([packs], cache)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled again although the cache holds the packs")

    monkeypatch.setattr(compiled, "compile_rules", no_compiling)
    again = load_compiled([packs], cache)
    assert again.digest == first.digest and again.rules == first.rules
    assert again.index.keys() == first.index.keys()


def test_the_key_is_the_users_alone() -> None:
    key = signed.key()
    assert key is not None and len(key) == signed.KEY_BYTES
    file = signed.key_file()
    assert file.parent == paths.config_dir()
    if os.name == "posix":
        assert stat.S_IMODE(file.stat().st_mode) == 0o600
    signed.forget_keys()
    assert signed.key() == key  # the same key in the next process


def test_without_a_writable_config_folder_no_cache_is_trusted_or_written(tmp_path: Path) -> None:
    with read_only_config(tmp_path) as home:
        cache = home.home / "cache"
        marker = tmp_path / "ran"
        (cache / f"regex-{regex._TAG}.pickle").write_bytes(hostile(marker))
        r = home.run("check", "-", stdin=REPLY)
        assert r.returncode == 0, r.stderr
        assert not marker.exists()
        assert not list(cache.glob("rules-*.pickle"))
        assert not (home.config / signed.KEY_FILE).exists()
