"""The first-run screen: interface language, reply language, shop name, return period.

Skippable, shown once, never when a FILE is being opened (so typing is never swallowed), and
never with ``--no-first-run`` or ``OZON_ASSISTANT_NO_FIRST_RUN=1``. The interface language
applies as soon as it is chosen (``language_chosen``): this screen and the window behind it
speak it at once.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.settings import LEGAL_MIN_RETURN_DAYS, MAX_RETURN_DAYS, Settings
from ozon_assistant.core.types import UI_LANGUAGES
from ozon_assistant.ui.compose.header import LANGUAGE_CODES
from ozon_assistant.ui.shared.labels import (
    interface_language_label,
    reply_language_name,
    return_period_label,
    system_ui_language,
    ui_language_name,
)
from ozon_assistant.ui.shared.retranslate import Retranslated


class FirstRunDialog(Retranslated, QDialog):
    language_chosen = Signal(str)  # en, ru or zh: the seller picked it (applied at once)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.original = settings
        col = QVBoxLayout(self)
        self.hello = QLabel()
        self.hello.setWordWrap(True)
        col.addWidget(self.hello)
        form = QFormLayout()
        self.ui_lang = QComboBox()
        self.ui_lang.setObjectName("first-ui-lang")
        for code in UI_LANGUAGES:
            self.ui_lang.addItem(ui_language_name(code), code)
        self.ui_lang.setCurrentIndex(
            max(self.ui_lang.findData(settings.ui_lang or system_ui_language()), 0))
        self.first_ui_lang = str(self.ui_lang.currentData())
        self.ui_lang_label = QLabel()
        self.ui_lang_label.setBuddy(self.ui_lang)
        form.addRow(self.ui_lang_label, self.ui_lang)
        self.reply_lang = QComboBox()
        for code in LANGUAGE_CODES:
            self.reply_lang.addItem(reply_language_name(code), code)
        self.reply_lang.setCurrentIndex(max(self.reply_lang.findData(settings.reply_lang), 0))
        self.reply_lang_label = QLabel()
        form.addRow(self.reply_lang_label, self.reply_lang)
        self.shop_name = QLineEdit(settings.shop_name)
        self.shop_name_label = QLabel()
        form.addRow(self.shop_name_label, self.shop_name)
        self.return_days = QSpinBox()
        self.return_days.setObjectName("first-return-days")
        self.return_days.setRange(LEGAL_MIN_RETURN_DAYS, MAX_RETURN_DAYS)
        self.return_days.setValue(settings.platform_return_days)
        self.return_days_label = QLabel()
        self.return_days_label.setBuddy(self.return_days)
        form.addRow(self.return_days_label, self.return_days)
        col.addLayout(form)
        buttons = QDialogButtonBox()
        self.start = QPushButton()
        self.start.setDefault(True)
        self.skip = QPushButton()
        self.skip.setObjectName("skip")
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.skip, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.retranslate_ui()
        self.ui_lang.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.ui_lang.currentData())))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Ozon Compose Assistant"))
        self.hello.setText(self.tr(
            "<h2>Welcome!</h2><p>While you write to buyers, this app underlines what breaks "
            "Ozon's communication standard, explains why and offers a fix. Four questions, "
            "then you are ready. Everything can be changed later in Settings.</p>"))
        self.ui_lang_label.setText(interface_language_label())
        self.reply_lang_label.setText(self.tr("I reply to buyers in:"))
        for i, code in enumerate(LANGUAGE_CODES):
            self.reply_lang.setItemText(i, reply_language_name(code))
        self.shop_name.setPlaceholderText(self.tr("e.g. Уют"))
        self.shop_name_label.setText(self.tr("My shop's name:"))
        self.return_days.setSuffix(self.tr(" days"))
        self.return_days_label.setText(return_period_label())
        self.start.setText(self.tr("Start writing"))
        self.skip.setText(self.tr("Skip"))

    def result_settings(self) -> Settings:
        s = copy.deepcopy(self.original)
        s.ui_lang = str(self.ui_lang.currentData())
        s.reply_lang = str(self.reply_lang.currentData())
        s.shop_name = self.shop_name.text().strip()
        s.platform_return_days = self.return_days.value()
        s.first_run_done = True
        return s

    def skipped_settings(self) -> Settings:
        """Skipping keeps every default and only remembers that the screen was seen; an
        interface language the seller picked here (the window already speaks it) is kept."""
        s = copy.deepcopy(self.original)
        if self.ui_lang.currentData() != self.first_ui_lang:
            s.ui_lang = str(self.ui_lang.currentData())
        s.first_run_done = True
        return s
