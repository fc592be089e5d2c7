"""The first-run screen: interface language, reply language, shop name, return period.

Skippable, shown once, never when a FILE is being opened (so typing is never swallowed), and
never with ``--no-first-run`` or ``OZON_ASSISTANT_NO_FIRST_RUN=1``.
"""

from __future__ import annotations

import copy

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

from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import UI_LANGUAGES
from ozon_assistant.ui.header import LANGUAGE_CODES
from ozon_assistant.ui.labels import reply_language_name, system_ui_language, ui_language_name


class FirstRunDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first-run")
        self.setWindowTitle(self.tr("Welcome to Ozon Compose Assistant"))
        self.original = settings
        col = QVBoxLayout(self)
        hello = QLabel(self.tr(
            "<h2>Welcome!</h2><p>While you write to buyers, this app underlines what breaks "
            "Ozon's communication standard, explains why and offers a fix. Four questions, "
            "then you are ready. Everything can be changed later in Settings.</p>"))
        hello.setWordWrap(True)
        col.addWidget(hello)
        form = QFormLayout()
        self.ui_lang = QComboBox()
        self.ui_lang.setObjectName("first-ui-lang")
        for code in UI_LANGUAGES:
            self.ui_lang.addItem(ui_language_name(code), code)
        self.ui_lang.setCurrentIndex(
            max(self.ui_lang.findData(settings.ui_lang or system_ui_language()), 0))
        form.addRow(self.tr("Explanations in:"), self.ui_lang)
        self.reply_lang = QComboBox()
        for code in LANGUAGE_CODES:
            self.reply_lang.addItem(reply_language_name(code), code)
        self.reply_lang.setCurrentIndex(max(self.reply_lang.findData(settings.reply_lang), 0))
        form.addRow(self.tr("I reply to buyers in:"), self.reply_lang)
        self.shop_name = QLineEdit(settings.shop_name)
        self.shop_name.setPlaceholderText(self.tr("e.g. Уют"))
        form.addRow(self.tr("My shop's name:"), self.shop_name)
        self.return_days = QSpinBox()
        self.return_days.setObjectName("first-return-days")
        self.return_days.setRange(1, 365)
        self.return_days.setValue(settings.platform_return_days)
        self.return_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Return period on my product pages:"), self.return_days)
        col.addLayout(form)
        buttons = QDialogButtonBox()
        start = QPushButton(self.tr("Start writing"))
        start.setDefault(True)
        skip = QPushButton(self.tr("Skip"))
        skip.setObjectName("skip")
        buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(skip, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def result_settings(self) -> Settings:
        s = copy.deepcopy(self.original)
        s.ui_lang = str(self.ui_lang.currentData())
        s.reply_lang = str(self.reply_lang.currentData())
        s.shop_name = self.shop_name.text().strip()
        s.platform_return_days = self.return_days.value()
        s.first_run_done = True
        return s

    def skipped_settings(self) -> Settings:
        """Skipping keeps every default and only remembers that the screen was seen."""
        s = copy.deepcopy(self.original)
        s.first_run_done = True
        return s
