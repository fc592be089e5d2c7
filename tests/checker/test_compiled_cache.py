"""The compiled-rules cache is keyed on everything the compilation and the checks read: editing a
check module, core/text.py or a lexicon in a subfolder of the rules means compiling again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ozon_assistant.checker import compiled
from ozon_assistant.checker.compiled import digest_files, load_compiled, packs_digest, source_files
from ozon_assistant.core import paths
from tests.checker.helpers import RULE, write

PKG = Path(compiled.__file__).resolve().parent.parent


def test_every_checker_module_and_core_text_are_sources() -> None:
    want = {p for p in (PKG / "checker").rglob("*.py") if "__pycache__" not in p.parts}
    want.add(PKG / "core" / "text.py")
    got = {p.resolve() for p in source_files()}
    assert want <= got
    assert (PKG / "checker" / "checks" / "contacts.py") in got


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the checker's sources the digest reads instead of the real ones."""
    copy = tmp_path / "src"
    shutil.copytree(PKG / "checker", copy / "checker",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "core").mkdir()
    shutil.copy(PKG / "core" / "text.py", copy / "core" / "text.py")
    files = sorted(copy.rglob("*.py"))
    monkeypatch.setattr(compiled, "source_files", lambda: files)
    return copy


@pytest.mark.parametrize("edited", ["checker/checks/contacts.py", "checker/checks/shouting.py",
                                    "checker/engine.py", "core/text.py"])
def test_editing_a_source_compiles_again(sources: Path, tmp_path: Path, edited: str) -> None:
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    first = load_compiled([packs], cache)
    assert load_compiled([packs], cache).digest == first.digest  # unchanged: from the cache
    module = sources / edited
    module.write_text(module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = load_compiled([packs], cache)
    assert again.digest != first.digest
    assert [p.name for p in cache.glob("rules-*.pickle")] == [f"rules-{again.digest}.pickle"]


def test_a_lexicon_in_a_subfolder_is_part_of_the_key(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    lexicon = write(packs / "lexicons" / "payment.toml", '[words]\nru = ["карта"]\n')
    before = packs_digest(digest_files([packs]))
    assert lexicon in digest_files([packs])
    lexicon.write_text('[words]\nru = ["карта", "перевод"]\n', encoding="utf-8")
    assert packs_digest(digest_files([packs])) != before


def test_the_bundled_rule_folder_is_read_whole() -> None:
    files = set(digest_files([paths.rules_dir()]))
    assert set(paths.rules_dir().rglob("*.toml")) <= files


def test_a_frozen_bundle_without_sources_still_caches(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "bundle" / "ozon_assistant" / "checker"
    monkeypatch.setattr(compiled, "__file__", str(bundle / "compiled.pyc"))
    assert source_files() == []
    packs = tmp_path / "packs"
    write(packs / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    first = load_compiled([packs], cache)
    assert first.rules[0].id == "ru.vagueness.test-soon"
    assert load_compiled([packs], cache).digest == first.digest
