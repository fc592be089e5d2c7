"""Settings: the same ``config.toml`` the command line reads, edited with widgets.

The dialog only builds a new :class:`Settings`; the window saves it (never over a broken file)
and re-checks every draft with the new rules.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
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
from ozon_assistant.core.settings import (
    LEGAL_MIN_RETURN_DAYS,
    MAX_RETURN_DAYS,
    RULE_STATES,
    Settings,
)
from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES, Severity
from ozon_assistant.ui.header import LANGUAGE_CODES
from ozon_assistant.ui.labels import (
    category_name,
    channel_name,
    interface_language_label,
    reply_language_name,
    return_period_label,
    severity_name,
    system_ui_language,
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
    """``language_chosen`` says the interface language picked ("" for the system's) as soon as
    it is picked: the window applies it at once, this dialog included, and a Cancel takes it
    back."""

    language_chosen = Signal(str)

    def __init__(self, settings: Settings, checker: Checker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.resize(760, 560)
        self.original = settings
        self.checker = checker
        self.labels: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general(settings), "")
        self.tabs.addTab(self._rules(settings), "")
        self.tabs.addTab(self._checking(settings), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(self.tabs, 1)
        self.where = QLabel()
        self.where.setStyleSheet("color: #666")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.where)
        col.addWidget(buttons)
        self.retranslate_ui()
        self.ui_lang.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.ui_lang.currentData())))

    def ui_language(self) -> str:
        """en, ru or zh: the interface language chosen in the dialog (the system's for "")."""
        return str(self.ui_lang.currentData()) or system_ui_language()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every text of the dialog in the current interface language; values are kept."""
        self.setWindowTitle(self.tr("Settings"))
        for i, text in enumerate((self.tr("&General"), self.tr("R&ules"), self.tr("&Checking"))):
            self.tabs.setTabText(i, text)
        self.where.setText(self.tr("Saved to %1").replace("%1", str(paths.config_file())))
        # General
        self.ui_lang.setItemText(0, self.tr("System language"))
        self.labels["ui_lang"].setText(interface_language_label())
        for i, code in enumerate(CHANNELS):
            self.channel.setItemText(i, channel_name(code))
        self.labels["channel"].setText(self.tr("Default c&hannel:"))
        for i, code in enumerate(LANGUAGE_CODES):
            self.reply_lang.setItemText(i, reply_language_name(code))
        self.labels["reply_lang"].setText(self.tr("Default reply lan&guage:"))
        self.return_days.setSuffix(self.tr(" days"))
        self.labels["return_days"].setText(return_period_label())
        self.return_hint.setText(self.tr(
            "Replies promising less than this, or less than the law's %1 days, are flagged.")
            .replace("%1", str(LEGAL_MIN_RETURN_DAYS)))
        self.labels["shop_name"].setText(self.tr("&Shop name:"))
        self.labels["signature"].setText(self.tr("S&ignature:"))
        # Rules
        self.retranslate_rules()
        # Checking
        for i, text in enumerate((self.tr("Off (house rules only)"),
                                  self.tr("Local LanguageTool (offline)"),
                                  self.tr("Public LanguageTool server (sends text online)"),
                                  self.tr("My LanguageTool server (URL)"))):
            self.lt_mode.setItemText(i, text)
        self.labels["lt_mode"].setText(self.tr("Language&Tool:"))
        self.labels["lt_url"].setText(self.tr("Server &URL:"))
        self.browse.setText(self.tr("Browse…"))
        self.labels["lt_path"].setText(self.tr("Local installation &folder:"))
        self.lt_timeout.setSuffix(self.tr(" s"))
        self.labels["lt_timeout"].setText(self.tr("Time&out:"))
        self.accept_words.setPlaceholderText(self.tr("One word per line: brand names, models…"))
        self.labels["accept_words"].setText(self.tr("&Words never flagged:"))
        self.dictionary.setText(self.tr("Personal dictionary: %1").replace(
            "%1", str(paths.personal_dictionary_file())))

    def _row(self, form: QFormLayout, key: str, field: QWidget | QLayout) -> None:
        """A form row whose label is set (and set again) by retranslate_ui."""
        label = QLabel()
        self.labels[key] = label
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)

    # -- pages ---------------------------------------------------------------------------------
    def _general(self, s: Settings) -> QWidget:
        page, form = _form_page()
        self.ui_lang = _combo([("", "")] + [(ui_language_name(c), c) for c in UI_LANGUAGES],
                              s.ui_lang)
        self.ui_lang.setObjectName("ui-lang")
        self._row(form, "ui_lang", self.ui_lang)
        self.channel = _combo([(c, c) for c in CHANNELS], s.channel)
        self._row(form, "channel", self.channel)
        self.reply_lang = _combo([(c, c) for c in LANGUAGE_CODES], s.reply_lang)
        self._row(form, "reply_lang", self.reply_lang)
        self.return_days = QSpinBox()
        self.return_days.setObjectName("return-days")
        self.return_days.setRange(LEGAL_MIN_RETURN_DAYS, MAX_RETURN_DAYS)
        self.return_days.setValue(s.platform_return_days)
        self._row(form, "return_days", self.return_days)
        self.return_hint = _hint("")
        form.addRow("", self.return_hint)
        self.shop_name = QLineEdit(s.shop_name)
        self._row(form, "shop_name", self.shop_name)
        self.signature = QPlainTextEdit(s.signature)
        self.signature.setTabChangesFocus(True)
        self.signature.setMaximumHeight(70)
        self._row(form, "signature", self.signature)
        return page

    def _rules(self, s: Settings) -> QWidget:
        page = QWidget()
        col = QVBoxLayout(page)
        self.rule_filter = QLineEdit()
        self.rule_filter.setClearButtonEnabled(True)
        col.addWidget(self.rule_filter)
        rules = self.checker.rules
        self.rule_table = QTableWidget(len(rules), 3)
        self.rule_table.setObjectName("rule-table")
        self.rule_table.verticalHeader().hide()
        self.rule_table.horizontalHeader().setStretchLastSection(False)
        self.rule_states: dict[str, QComboBox] = {}
        for row, rule in enumerate(rules):
            self.rule_table.setItem(row, 0, QTableWidgetItem(rule.id))
            self.rule_table.setItem(row, 1, QTableWidgetItem())
            box = QComboBox()
            for state in ("", "off", *RULE_STATES[1:]):
                box.addItem(state, state)
            box.setCurrentIndex(max(box.findData(s.rules.get(rule.id, "")), 0))
            self.rule_table.setCellWidget(row, 2, box)
            self.rule_states[rule.id] = box
        col.addWidget(self.rule_table, 1)
        self.rule_filter.textChanged.connect(self._filter_rules)
        return page

    def retranslate_rules(self) -> None:
        lang = self.ui_language()
        self.rule_filter.setPlaceholderText(self.tr("Filter rules…"))
        self.rule_table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Category"), self.tr("State")])
        for row, rule in enumerate(self.checker.rules):
            name = self.rule_table.item(row, 0)
            if name is not None:
                name.setToolTip(rule.description_for(lang))
            category = self.rule_table.item(row, 1)
            if category is not None:
                category.setText(category_name(rule.category))
            box = self.rule_states[rule.id]
            box.setItemText(0, self.tr("As shipped (%1)").replace(
                "%1", severity_name(rule.severity)))
            box.setItemText(1, self.tr("Off"))
            for i, state in enumerate(RULE_STATES[1:], 2):
                box.setItemText(i, severity_name(Severity(state)))
        self.rule_table.resizeColumnsToContents()
        self.rule_table.horizontalHeader().setSectionResizeMode(
            0, self.rule_table.horizontalHeader().ResizeMode.Stretch)

    def _filter_rules(self, text: str) -> None:
        q = text.casefold()
        for row in range(self.rule_table.rowCount()):
            items = (self.rule_table.item(row, c) for c in (0, 1))
            hay = " ".join(i.text() for i in items if i is not None).casefold()
            self.rule_table.setRowHidden(row, bool(q) and q not in hay)

    def _checking(self, s: Settings) -> QWidget:
        page, form = _form_page()
        mode = s.languagetool if s.languagetool in LT_MODES else "url"
        self.lt_mode = _combo([(m, m) for m in (*LT_MODES, "url")], mode)
        self.lt_mode.setObjectName("lt-mode")
        self._row(form, "lt_mode", self.lt_mode)
        self.lt_url = QLineEdit(s.languagetool if mode == "url" else "")
        self.lt_url.setPlaceholderText("http://localhost:8081")
        self._row(form, "lt_url", self.lt_url)
        self.lt_path = QLineEdit(s.languagetool_path)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse_lt)
        row = QHBoxLayout()
        row.addWidget(self.lt_path, 1)
        row.addWidget(self.browse)
        self._row(form, "lt_path", row)
        self.labels["lt_path"].setBuddy(self.lt_path)
        self.lt_timeout = QDoubleSpinBox()
        self.lt_timeout.setRange(0.5, 60)
        self.lt_timeout.setValue(s.languagetool_timeout)
        self._row(form, "lt_timeout", self.lt_timeout)
        self.accept_words = QPlainTextEdit("\n".join(s.accept_words))
        self.accept_words.setObjectName("accept-words")
        self.accept_words.setTabChangesFocus(True)
        self.accept_words.setMaximumHeight(140)
        self._row(form, "accept_words", self.accept_words)
        self.dictionary = _hint("")
        self.dictionary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("", self.dictionary)
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
