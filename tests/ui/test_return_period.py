"""The return period is never below the law's 7 days: not in the first-run screen's or Settings'
spinner (an arrow click at 7 stays at 7), and a config.toml that says less is an error naming the
file and its line, in the seller's language, the window opening on the defaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.settings import LEGAL_MIN_RETURN_DAYS, Settings, load_settings
from ozon_assistant.ui.shared.error_text import error_text
from tests.helpers.i18n import ensure_qm


def _arrow_down(qtbot, spin: QAbstractSpinBox) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    QApplication.processEvents()


def test_first_run_and_settings_spinners_stop_at_seven(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.first_run import FirstRunDialog
    from ozon_assistant.ui.window.settings_dialog import SettingsDialog

    first = FirstRunDialog(Settings(), window)
    settings = SettingsDialog(Settings(), window.checker, window)
    for dialog in (first, settings):
        qtbot.addWidget(dialog)
        dialog.show()
        spin = dialog.return_days
        assert spin.minimum() == LEGAL_MIN_RETURN_DAYS == 7
        assert spin.value() == 7
        _arrow_down(qtbot, spin)  # one click on the arrow saved 6 before
        assert spin.value() == 7
        spin.setValue(3)
        assert spin.value() == 7
    assert first.result_settings().platform_return_days == 7
    assert settings.result_settings().platform_return_days == 7


@pytest.mark.parametrize("days", [6, 0, -3])
def test_config_below_seven_days_is_an_error_naming_file_and_line(days: int, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text(f'channel = "chat"\n# a comment\nplatform_return_days = {days}\n',
                      encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert info.value.code == "setting_days" and info.value.line == 3
    assert str(info.value).startswith(f"{config}:3: setting 'platform_return_days': must be "
                                      "between 7 and 365 days")
    config.write_text("platform_return_days = 7\n", encoding="utf-8")
    assert load_settings(config).platform_return_days == 7


def test_the_window_names_the_line_in_the_seller_language(qtbot, qapp, make_window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.app import install_translations

    config = paths.config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    broken = 'ui_lang = "ru"\nplatform_return_days = 6\n'
    config.write_text(broken, encoding="utf-8")
    ensure_qm("ru")
    install_translations(qapp, "ru")
    window = make_window()
    box = window.config_error_box
    assert box is not None and box.isVisible()
    assert f"{config}:2: параметр «platform_return_days» должен быть от 7 до 365 дней" in box.text()
    assert window.settings == Settings()  # the window opens on the defaults, file untouched
    window.shutdown()
    assert config.read_text(encoding="utf-8") == broken
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    ensure_qm("zh_CN")
    install_translations(qapp, "zh")
    assert error_text(info.value).startswith(
        f"{config}:2: 设置项“platform_return_days”必须在 7 到 365 天之间")
