"""Settings: the same ``config.toml`` the command line reads, edited with widgets.

The dialog only builds a new :class:`Settings`; the window saves it (never over a broken file)
and re-checks every draft with the new rules.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.checker.engine import Checker
from ozon_assistant.core import paths
from ozon_assistant.core.settings import LEGAL_MIN_RETURN_DAYS, RULE_STATES, Settings
from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES, Severity
from ozon_assistant.ui.header import LANGUAGE_CODES
from ozon_assistant.ui.labels import (
    category_name,
    channel_name,
    reply_language_name,
    severity_name,
    ui_language_name,
)

LT_MODES = ("off", "local", "public")


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    box = QComboBox()
    for label, data in items:
        box.addItem(label, data)
    box.setCurrentIndex(max(box.findData(current), 0))
    return box


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A form that keeps its rows together at the top instead of spreading them out."""
    page = QWidget()
    column = QVBoxLayout(page)
    form = QFormLayout()
    column.addLayout(form)
    column.addStretch(1)
    return page, form


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666;")
    return label


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, checker: Checker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(760, 560)
        self.original = settings
        self.checker = checker
        tabs = QTabWidget()
        tabs.addTab(self._general(settings), self.tr("&General"))
        tabs.addTab(self._rules(settings), self.tr("R&ules"))
        tabs.addTab(self._checking(settings), self.tr("&Checking"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(tabs, 1)
        where = QLabel(self.tr("Saved to %1").replace("%1", str(paths.config_file())))
        where.setStyleSheet("color: #666")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(where)
        col.addWidget(buttons)

    # -- pages ---------------------------------------------------------------------------------
    def _general(self, s: Settings) -> QWidget:
        page, form = _form_page()
        self.ui_lang = _combo([(self.tr("System language"), "")]
                              + [(ui_language_name(c), c) for c in UI_LANGUAGES], s.ui_lang)
        self.ui_lang.setObjectName("ui-lang")
        form.addRow(self.tr("Interface &language:"), self.ui_lang)
        form.addRow("", _hint(self.tr("Messages change at once; menus after a restart.")))
        self.channel = _combo([(channel_name(c), c) for c in CHANNELS], s.channel)
        form.addRow(self.tr("Default c&hannel:"), self.channel)
        self.reply_lang = _combo([(reply_language_name(c), c) for c in LANGUAGE_CODES],
                                 s.reply_lang)
        form.addRow(self.tr("Default reply lan&guage:"), self.reply_lang)
        self.return_days = QSpinBox()
        self.return_days.setObjectName("return-days")
        self.return_days.setRange(1, 365)
        self.return_days.setValue(s.platform_return_days)
        self.return_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Platform &return period:"), self.return_days)
        form.addRow("", _hint(self.tr(
            "Replies promising less than this, or less than the law's %1 days, are flagged.")
            .replace("%1", str(LEGAL_MIN_RETURN_DAYS))))
        self.shop_name = QLineEdit(s.shop_name)
        form.addRow(self.tr("&Shop name:"), self.shop_name)
        self.signature = QPlainTextEdit(s.signature)
        self.signature.setTabChangesFocus(True)
        self.signature.setMaximumHeight(70)
        form.addRow(self.tr("S&ignature:"), self.signature)
        return page

    def _rules(self, s: Settings) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.rule_filter = QLineEdit()
        self.rule_filter.setPlaceholderText(self.tr("Filter rules…"))
        self.rule_filter.setClearButtonEnabled(True)
        col.addWidget(self.rule_filter)
        rules = self.checker.rules
        self.rule_table = QTableWidget(len(rules), 3)
        self.rule_table.setObjectName("rule-table")
        self.rule_table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Category"), self.tr("State")])
        self.rule_table.verticalHeader().hide()
        self.rule_table.horizontalHeader().setStretchLastSection(False)
        self.rule_states: dict[str, QComboBox] = {}
        lang = s.ui_lang or "en"
        for row, rule in enumerate(rules):
            name = QTableWidgetItem(rule.id)
            name.setToolTip(rule.description_for(lang))
            self.rule_table.setItem(row, 0, name)
            self.rule_table.setItem(row, 1, QTableWidgetItem(category_name(rule.category)))
            box = QComboBox()
            box.addItem(self.tr("As shipped (%1)").replace("%1", severity_name(rule.severity)), "")
            box.addItem(self.tr("Off"), "off")
            for state in RULE_STATES[1:]:
                box.addItem(severity_name(Severity(state)), state)
            box.setCurrentIndex(max(box.findData(s.rules.get(rule.id, "")), 0))
            self.rule_table.setCellWidget(row, 2, box)
            self.rule_states[rule.id] = box
        self.rule_table.resizeColumnsToContents()
        self.rule_table.horizontalHeader().setSectionResizeMode(
            0, self.rule_table.horizontalHeader().ResizeMode.Stretch)
        col.addWidget(self.rule_table, 1)
        self.rule_filter.textChanged.connect(self._filter_rules)
        return page

    def _filter_rules(self, text: str) -> None:
        q = text.casefold()
        for row in range(self.rule_table.rowCount()):
            items = (self.rule_table.item(row, c) for c in (0, 1))
            hay = " ".join(i.text() for i in items if i is not None).casefold()
            self.rule_table.setRowHidden(row, bool(q) and q not in hay)

    def _checking(self, s: Settings) -> QWidget:
        page, form = _form_page()
        mode = s.languagetool if s.languagetool in LT_MODES else "url"
        self.lt_mode = _combo([(self.tr("Off (house rules only)"), "off"),
                               (self.tr("Local LanguageTool (offline)"), "local"),
                               (self.tr("Public LanguageTool server (sends text online)"), "public"),
                               (self.tr("My LanguageTool server (URL)"), "url")], mode)
        self.lt_mode.setObjectName("lt-mode")
        form.addRow(self.tr("Language&Tool:"), self.lt_mode)
        self.lt_url = QLineEdit(s.languagetool if mode == "url" else "")
        self.lt_url.setPlaceholderText("http://localhost:8081")
        form.addRow(self.tr("Server &URL:"), self.lt_url)
        self.lt_path = QLineEdit(s.languagetool_path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_lt)
        row = QHBoxLayout()
        row.addWidget(self.lt_path, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("Local installation &folder:"))
        folder_label.setBuddy(self.lt_path)
        form.addRow(folder_label, row)
        self.lt_timeout = QDoubleSpinBox()
        self.lt_timeout.setRange(0.5, 60)
        self.lt_timeout.setValue(s.languagetool_timeout)
        self.lt_timeout.setSuffix(self.tr(" s"))
        form.addRow(self.tr("Time&out:"), self.lt_timeout)
        self.accept_words = QPlainTextEdit("\n".join(s.accept_words))
        self.accept_words.setObjectName("accept-words")
        self.accept_words.setTabChangesFocus(True)
        self.accept_words.setMaximumHeight(140)
        self.accept_words.setPlaceholderText(self.tr("One word per line: brand names, models…"))
        form.addRow(self.tr("&Words never flagged:"), self.accept_words)
        dictionary = _hint(self.tr("Personal dictionary: %1").replace(
            "%1", str(paths.personal_dictionary_file())))
        dictionary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dictionary.setWordWrap(True)
        form.addRow("", dictionary)
        self.lt_mode.currentIndexChanged.connect(self._lt_enabled)
        self._lt_enabled()
        return page

    def _lt_enabled(self) -> None:
        mode = self.lt_mode.currentData()
        self.lt_url.setEnabled(mode == "url")
        self.lt_path.setEnabled(mode == "local")

    def _browse_lt(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("LanguageTool folder"),
                                                  self.lt_path.text())
        if folder:
            self.lt_path.setText(folder)

    # -- result --------------------------------------------------------------------------------
    def result_settings(self) -> Settings:
        """A new Settings with the dialog's values; the original is not changed."""
        s = copy.deepcopy(self.original)
        s.ui_lang = str(self.ui_lang.currentData())
        s.channel = str(self.channel.currentData())
        s.reply_lang = str(self.reply_lang.currentData())
        s.platform_return_days = self.return_days.value()
        s.shop_name = self.shop_name.text().strip()
        s.signature = self.signature.toPlainText().strip()
        mode = str(self.lt_mode.currentData())
        url = self.lt_url.text().strip()
        s.languagetool = url if mode == "url" and url else ("off" if mode == "url" else mode)
        s.languagetool_path = self.lt_path.text().strip()
        s.languagetool_timeout = float(self.lt_timeout.value())
        s.accept_words = [w.strip() for w in self.accept_words.toPlainText().splitlines()
                          if w.strip()]
        rules = {k: v for k, v in s.rules.items() if k not in self.rule_states}
        for rule_id, box in self.rule_states.items():
            state = str(box.currentData())
            if state:
                rules[rule_id] = state
        s.rules = rules
        return s
