"""The interface language: Qt's translators for our strings and for Qt's own standard dialogs.

Installing or removing a translator makes Qt send every widget a ``QEvent.LanguageChange``; each
widget with text sets it again then (its ``retranslate_ui``), so a language chosen in the
first-run screen or in Settings shows at once, everywhere, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ozon_assistant.core import paths

QT_LOCALES = {"ru": "ru", "zh": "zh_CN", "en": "en"}

_installed: list[QTranslator] = []
_language = [""]  # the language last installed ("" before any)


def install_translations(app: QApplication, ui_lang: str) -> list[QTranslator]:
    """Our strings (resources/i18n/ozon_assistant_<locale>.qm) and Qt's own standard dialogs.

    Replaces whatever was installed before, so one process can switch languages (the window
    does, and tests open windows in several) without the first language sticking.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = _installed
    _language[0] = ui_lang
    locale = QT_LOCALES.get(ui_lang, "en")
    ours = QTranslator(app)  # English too: its file holds only the plural forms ("1 error")
    if ours.load(str(paths.translation_file(locale))):
        app.installTranslator(ours)
        installed.append(ours)
    if locale == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(QLocale(locale), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def translations_installed() -> bool:
    return bool(_installed)


def installed_language() -> str:
    """en, ru or zh: what install_translations last installed ("" before any)."""
    return _language[0]
