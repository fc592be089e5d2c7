"""Item 1: settings are written as a read-modify-write of config.toml as it is now — comments,
unknown keys and edits made meanwhile kept — through a symbolic link, atomically, and never over
a file that does not parse."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.settings import Settings, load_settings, save_settings
from tests.faults.helpers import read_only_config

FIRST = '''# my settings: keep this comment
ui_lang = "ru"   # the window in Russian
platform_return_days = 14

[rules]
"ru.formality.lower-vy" = "off"
'''


def top(text: str, keys: str) -> str:
    """``text`` with top-level ``keys`` added by hand before its first table."""
    head, _, tables = text.partition("\n[")
    return f"{head}\n{keys}\n[{tables}"


def write(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_save_keeps_what_others_wrote_meanwhile_and_every_comment() -> None:
    path = write(FIRST)
    window = load_settings()  # what the window read at start
    # meanwhile, by hand (or another process): a team library, accepted words, a future key
    path.write_text(top(FIRST, 'team_libraries = ["/srv/team"]  # shared folder\nfuture_option = 3\n')
                    + '\n[words]\naccept = ["Уют"]  # our brand\n', encoding="utf-8")
    window.rules["all.punctuation.runs"] = "off"  # the window switches a rule off
    window.accept_words.append("Xiaomi")  # and adds a word
    save_settings(window)
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["team_libraries"] == ["/srv/team"] and data["future_option"] == 3
    assert data["words"]["accept"] == ["Уют", "Xiaomi"]
    assert data["rules"] == {"ru.formality.lower-vy": "off", "all.punctuation.runs": "off"}
    assert data["ui_lang"] == "ru" and data["platform_return_days"] == 14
    for comment in ("# my settings: keep this comment", "# the window in Russian",
                    "# shared folder", "# our brand"):
        assert comment in text


def test_a_second_save_from_the_same_window_changes_only_what_it_changed() -> None:
    path = write(FIRST)
    window = load_settings()
    window.platform_return_days = 21
    save_settings(window)
    path.write_text(top(path.read_text(encoding="utf-8"), 'signature = "by hand"\n'),
                    encoding="utf-8")
    window.rules.pop("ru.formality.lower-vy")  # the rule back on
    save_settings(window)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["signature"] == "by hand" and data["platform_return_days"] == 21
    assert data["rules"] == {}


def test_after_a_broken_file_is_repaired_the_whole_repaired_file_stays() -> None:
    """The window started on a broken file (defaults); the seller repaired it by hand; a
    change in the window then adds to the repaired file instead of replacing it."""
    write('ui_lang = "ru"\nplatform_return_days = = 5\n')
    with pytest.raises(ConfigError):
        load_settings()
    window = Settings()  # what the window runs on
    path = write(top(FIRST, 'team_libraries = ["/srv/team"]\n'))
    window.rules["all.punctuation.runs"] = "off"
    save_settings(window)
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["rules"]["all.punctuation.runs"] == "off" and data["team_libraries"] == ["/srv/team"]
    assert data["platform_return_days"] == 14 and "# my settings: keep this comment" in text


def test_a_symlinked_config_stays_a_link_and_its_target_gets_the_change(tmp_path: Path) -> None:
    target = tmp_path / "dotfiles" / "ozon.toml"
    target.parent.mkdir()
    target.write_text(FIRST, encoding="utf-8")
    link = paths.config_file()
    link.parent.mkdir(parents=True)
    link.symlink_to(target)
    s = load_settings()
    s.signature = "магазин «Уют»"
    save_settings(s)
    assert link.is_symlink() and os.readlink(link) == str(target)
    data = tomllib.loads(target.read_text(encoding="utf-8"))
    assert data["signature"] == "магазин «Уют»" and data["ui_lang"] == "ru"
    assert not [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_file_that_does_not_parse_is_never_written_over() -> None:
    s = load_settings()
    broken = FIRST + "platform_return_days = = 5\n"
    path = write(broken)
    s.rules["all.punctuation.runs"] = "off"
    with pytest.raises(ConfigError) as err:
        save_settings(s)
    assert err.value.code == "not_toml" and str(path) in str(err.value)
    assert path.read_text(encoding="utf-8") == broken  # lost nothing
    assert s.rules["all.punctuation.runs"] == "off"  # the change is still in hand
    path.write_text(FIRST, encoding="utf-8")  # repaired: the same save now goes through
    save_settings(s)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["rules"]["all.punctuation.runs"] == "off"


def test_a_read_only_config_folder_is_one_clear_error_and_the_file_stays(tmp_path: Path) -> None:
    with read_only_config(tmp_path, {"config.toml": FIRST}) as ro:
        config = ro.config / "config.toml"
        r = ro.python(
            "from ozon_assistant.core.settings import load_settings, save_settings\n"
            "from ozon_assistant.core.errors import ConfigError\n"
            "s = load_settings(); s.platform_return_days = 30\n"
            "try:\n    save_settings(s)\nexcept ConfigError as e:\n"
            "    print(e.code); print(e)\n")
        assert r.returncode == 0, r.stderr
        code, line = r.stdout.splitlines()
        assert code == "config_unwritable" and str(config) in line and "cannot write" in line
        assert config.read_text(encoding="utf-8") == FIRST


def test_disable_this_rule_in_the_window_keeps_edits_made_meanwhile(make_window) -> None:
    """The window's own path (Disable this rule → apply_settings → save), as the issue saw it."""
    path = write(FIRST)
    w = make_window()
    path.write_text(top(FIRST, 'team_libraries = ["/srv/team"]\n') + '\n[words]\naccept = ["Уют"]\n',
                    encoding="utf-8")
    w.disable_rule("all.punctuation.runs")
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data["team_libraries"] == ["/srv/team"] and data["words"]["accept"] == ["Уют"]
    assert data["rules"]["all.punctuation.runs"] == "off"
    assert "# my settings: keep this comment" in text
