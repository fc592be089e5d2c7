from __future__ import annotations

from pathlib import Path

import pytest

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.settings import Settings, load_settings, save_settings


def test_defaults_when_absent() -> None:
    s = load_settings()
    assert s.platform_return_days == 7 and s.languagetool == "off"


def test_round_trip_keeps_unknown_keys() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    path.write_text('future_option = 3\nui_lang = "zh"\n', encoding="utf-8")
    s = load_settings()
    s.platform_return_days = 15
    s.rules["ru.formality.ty"] = "off"
    s.accept_words.append("Уют")
    save_settings(s)
    again = load_settings()
    assert again.ui_lang == "zh" and again.platform_return_days == 15
    assert again.rules == {"ru.formality.ty": "off"} and again.accept_words == ["Уют"]
    assert again.extra == {"future_option": 3}


def test_broken_file_names_path_and_line_and_is_never_overwritten() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    broken = 'ui_lang = "ru"\nplatform_return_days = = 5\n'
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert str(path) in str(err.value) and err.value.line == 2
    with pytest.raises(ConfigError):
        save_settings(Settings())
    assert path.read_text(encoding="utf-8") == broken


@pytest.mark.parametrize("body,key", [
    ("platform_return_days = 0\n", "platform_return_days"),
    ('platform_return_days = "7"\n', "platform_return_days"),
    ('[rules]\n"ru.formality.ty" = "loud"\n', "ru.formality.ty"),
    ('ui_lang = "fr"\n', "ui_lang"),
])
def test_bad_values_are_named(body: str, key: str, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(path)
    assert key in str(err.value) and str(path) in str(err.value)


def test_file_with_a_bad_value_is_not_overwritten_either() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True)
    path.write_text('platform_return_days = "many"\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        save_settings(Settings())
    assert path.read_text(encoding="utf-8") == 'platform_return_days = "many"\n'
