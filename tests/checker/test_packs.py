"""Loading packs: clear errors naming file and line, user packs, the compiled cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozon_assistant.checker.compiled import load_compiled
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import Checker, get_checker
from ozon_assistant.checker.packs import load_pack, load_rules
from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from tests.checker.helpers import RULE, write


def test_broken_toml_names_file_and_line(tmp_path: Path) -> None:
    p = write(tmp_path / "bad.toml", RULE.format(extra="") + "\n[[rule]\n")
    with pytest.raises(ConfigError) as err:
        load_pack(p)
    assert str(p) in str(err.value) and err.value.line is not None and err.value.line > 10


@pytest.mark.parametrize("extra,needle", [
    ('colour = "red"', "unknown key"),
    ('step = "fifth"', "step must be"),
])
def test_invalid_rule_names_rule_and_line(tmp_path: Path, extra: str, needle: str) -> None:
    p = write(tmp_path / "x.toml", "# header\n" + RULE.format(extra=extra))
    with pytest.raises(ConfigError) as err:
        load_pack(p)
    assert needle in str(err.value) and "ru.vagueness.test-soon" in str(err.value)
    assert err.value.line == 4


def test_missing_translation_and_examples_are_refused(tmp_path: Path) -> None:
    text = RULE.format(extra="").replace(', zh = "含糊 %s"', "")
    with pytest.raises(ConfigError, match="message lacks zh"):
        load_pack(write(tmp_path / "a.toml", text))
    text = RULE.format(extra="").replace('examples.good = ["Отправим завтра."]', "")
    with pytest.raises(ConfigError, match="examples"):
        load_pack(write(tmp_path / "b.toml", text))


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    write(tmp_path / "a.toml", RULE.format(extra=""))
    write(tmp_path / "b.toml", RULE.format(extra=""))
    with pytest.raises(ConfigError, match=r"already defined in a\.toml"):
        load_rules([tmp_path])


def test_user_pack_is_loaded_and_inflected() -> None:
    write(paths.config_dir() / "rules" / "mine.toml", RULE.format(extra="").replace(
        '"скоро"', '"задержка"').replace("Отправим скоро.", "Извините за задержку."))
    checker = get_checker()
    found = checker.check("Приносим извинения за задержки доставки.", CheckContext(language="ru"))
    assert [f.rule for f in found.findings if f.rule == "ru.vagueness.test-soon"]


def test_compiled_cache_is_reused_and_refreshed(tmp_path: Path) -> None:
    d = tmp_path / "packs"
    write(d / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    first = load_compiled([d], cache)
    assert len(list(cache.glob("rules-*.pickle"))) == 1
    again = load_compiled([d], cache)
    assert again.digest == first.digest
    write(d / "a.toml", RULE.format(extra="").replace('"скоро"', '"вскоре"').replace(
        "Отправим скоро.", "Отправим вскоре."))
    changed = load_compiled([d], cache)
    assert changed.digest != first.digest and "вскоре" in changed.index
    assert len(list(cache.glob("rules-*.pickle"))) == 1
    c = Checker(changed)
    assert c.check("Отправим вскоре.", CheckContext(language="ru")).findings


def test_truncated_cache_is_rebuilt(tmp_path: Path) -> None:
    d = tmp_path / "packs"
    write(d / "a.toml", RULE.format(extra=""))
    cache = tmp_path / "cache"
    load_compiled([d], cache)
    pickle_file = next(cache.glob("rules-*.pickle"))
    pickle_file.write_bytes(pickle_file.read_bytes()[:20])
    assert load_compiled([d], cache).rules[0].id == "ru.vagueness.test-soon"


GATED = '''
[[rule]]
id = "en.negativity.test-gate"
category = "negativity"
severity = "warning"
languages = ["en"]
kind = "pattern"
pattern = '\\bno (?:refund|refunds)\\b'
gate = ["no"]
replacements = ["we can offer a refund through Ozon"]
message = { en = "m %s", ru = "m %s", zh = "m %s" }
description = { en = "d", ru = "d", zh = "d" }
examples.bad = ["No refunds."]
examples.good = ["Refund within 10 days."]
'''


def test_pattern_gate_and_case_of_fixes(tmp_path: Path) -> None:
    d = tmp_path / "packs"
    write(d / "g.toml", GATED)
    c = Checker(load_compiled([d], None))
    ctx = CheckContext(language="en")
    found = c.check("Sorry. No refunds.", ctx).findings
    assert [f.replacements for f in found] == [("We can offer a refund through Ozon",)]
    write(d / "g.toml", GATED.replace('gate = ["no"]', 'gate = ["never", "nothing*"]'))
    c = Checker(load_compiled([d], None))
    assert not c.check("Sorry. No refunds.", ctx).findings  # gated out: none of its words
    assert c.check("Nothings. No refunds.", ctx).findings  # prefix gate opens it


def test_gate_only_on_patterns(tmp_path: Path) -> None:
    text = RULE.format(extra='gate = ["x"]')
    with pytest.raises(ConfigError, match="gate is for pattern and conditional rules only"):
        load_pack(write(tmp_path / "a.toml", text))


def test_merge_prefers_house_then_languagetool_then_speller() -> None:
    from ozon_assistant.checker.engine import merge_findings
    from ozon_assistant.core.types import Finding, Severity

    def f(start: int, end: int, source: str, category: str = "spelling") -> Finding:
        return Finding(start, end, f"{source}.r", category, Severity.WARNING, "m", source=source)

    merged = merge_findings([f(0, 5, "speller"), f(2, 6, "languagetool"), f(10, 12, "speller"),
                             f(20, 25, "languagetool", "grammar"), f(21, 23, "house", "formality")])
    assert [(x.start, x.source) for x in merged] == [(2, "languagetool"), (10, "speller"), (21, "house")]
