"""Settings: the same ``config.toml`` the command line reads, edited with widgets.

The dialog only builds a new :class:`Settings`; the window saves it (never over a broken file)
and re-checks every draft with the new rules.
"""

from __future__ import annotations

import copy
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.checker.engine import Checker
from ozon_assistant.checker.rules import Rule
from ozon_assistant.core import paths
from ozon_assistant.core.settings import (
    LEGAL_MIN_RETURN_DAYS,
    MAX_RETURN_DAYS,
    RULE_STATES,
    Settings,
)
from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES, Severity
from ozon_assistant.ui.compose.header import LANGUAGE_CODES
from ozon_assistant.ui.shared.labels import (
    SEVERITY_COLORS,
    category_name,
    channel_name,
    interface_language_label,
    reply_language_name,
    return_period_label,
    severity_name,
    step_name,
    system_ui_language,
    ui_language_name,
)
from ozon_assistant.ui.shared.offsets import editor_text
from ozon_assistant.ui.shared.retranslate import Retranslated
from ozon_assistant.ui.shared.translations import installed_language
from ozon_assistant.ui.window.rule_switch import confirm_switch_off, rule_title
from ozon_assistant.ui.window.standard_view import rule_matches, rules_by_step

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


class SettingsDialog(Retranslated, QDialog):
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
        """en, ru or zh: the interface language chosen in the dialog ("": the one the window
        speaks, which follows the system)."""
        return str(self.ui_lang.currentData()) or installed_language() or system_ui_language()

    # -- language ------------------------------------------------------------------------------
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
        self.lt_privacy.setText(self.tr(
            "Off or Local: the text you check never leaves this computer. Only the public "
            "server, or a server whose URL you enter, receives it. Local needs Java 17 or newer "
            "and a LanguageTool folder (from languagetool.org, chosen below); its server starts "
            "in the background and stops when you close the app."))
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
        """Every rule by step, as the Standard view groups them, named by its message in the
        interface language; the selected rule's reason below the list."""
        page = QWidget()
        col = QVBoxLayout(page)
        self.rule_filter = QLineEdit()
        self.rule_filter.setClearButtonEnabled(True)
        col.addWidget(self.rule_filter)
        self.rule_tree = QTreeWidget()
        self.rule_tree.setObjectName("rule-tree")
        self.rule_tree.setColumnCount(3)
        self.rule_tree.setWordWrap(True)
        self.rule_tree.setUniformRowHeights(False)
        self.rule_tree.setAlternatingRowColors(True)
        header = self.rule_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rule_states: dict[str, QComboBox] = {}
        self.rule_items: dict[str, QTreeWidgetItem] = {}
        self.step_items: dict[str, QTreeWidgetItem] = {}
        rules = {r.id: r for r in self.checker.rules}
        self._rules_by_id = rules
        for step, chosen in rules_by_step(self.checker.rules, self.ui_language()):
            group = QTreeWidgetItem(self.rule_tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            self.step_items[step] = group
            for rule in chosen:
                item = QTreeWidgetItem(group)
                item.setData(0, Qt.ItemDataRole.UserRole, rule.id)
                self.rule_items[rule.id] = item
                box = QComboBox()
                box.setObjectName(f"rule-state-{rule.id}")
                for state in ("", "off", *RULE_STATES[1:]):
                    box.addItem(state, state)
                box.setCurrentIndex(max(box.findData(s.rules.get(rule.id, "")), 0))
                box.setProperty("was", box.currentIndex())
                box.currentIndexChanged.connect(
                    lambda _i, r=rule, b=box: self._state_chosen(r, b))
                self.rule_tree.setItemWidget(item, 2, box)
                self.rule_states[rule.id] = box
            group.setExpanded(True)
        col.addWidget(self.rule_tree, 1)
        self.rule_detail = QLabel()
        self.rule_detail.setObjectName("rule-detail")
        self.rule_detail.setWordWrap(True)
        self.rule_detail.setTextFormat(Qt.TextFormat.RichText)
        self.rule_detail.setMinimumHeight(64)
        self.rule_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        col.addWidget(self.rule_detail)
        self.rule_filter.textChanged.connect(self._filter_rules)
        self.rule_tree.currentItemChanged.connect(lambda *_: self._show_rule())
        return page

    def retranslate_rules(self) -> None:
        lang = self.ui_language()
        self.rule_filter.setPlaceholderText(self.tr("Filter rules (words, category, rule id)…"))
        self.rule_tree.setHeaderLabels([self.tr("Rule"), self.tr("Category"), self.tr("State")])
        for step, group in self.step_items.items():
            group.setText(0, step_name(step))
        for rule_id, item in self.rule_items.items():
            rule = self._rules_by_id[rule_id]
            item.setText(0, rule_title(rule, lang))
            item.setToolTip(0, rule.description_for(lang))
            item.setText(1, category_name(rule.category))
            box = self.rule_states[rule_id]
            box.setItemText(0, self.tr("As shipped (%1)").replace(
                "%1", severity_name(rule.severity)))
            box.setItemText(1, self.tr("Off"))
            for i, state in enumerate(RULE_STATES[1:], 2):
                box.setItemText(i, severity_name(Severity(state)))
        self._show_rule()

    def _show_rule(self) -> None:
        """The selected rule's reason, shipped severity and id under the list."""
        item = self.rule_tree.currentItem()
        rule_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        rule = self._rules_by_id.get(rule_id) if isinstance(rule_id, str) else None
        if rule is None:
            hint = self.tr("Pick a rule to see why it exists. A rule shipped as an error holds "
                           "back replies that break Ozon's policy or the law.")
            self.rule_detail.setText(f"<span style='color:#666'>{html.escape(hint)}</span>")
            return
        lang = self.ui_language()
        color = SEVERITY_COLORS[rule.severity].name()
        self.rule_detail.setText(
            f"<b>{html.escape(rule_title(rule, lang))}</b><br/>"
            f"{html.escape(rule.description_for(lang))}<br/>"
            f"<span style='color:{color}'>{html.escape(severity_name(rule.severity))}</span>"
            f" · <span style='color:#666'>{html.escape(category_name(rule.category))} · "
            f"<code>{html.escape(rule.id)}</code></span>")

    def _state_chosen(self, rule: Rule, box: QComboBox) -> None:
        """Switching off a rule that blocks breaches asks first; No puts the state back."""
        if box.currentData() == "off" and not confirm_switch_off(self, rule, self.ui_language()):
            box.blockSignals(True)
            box.setCurrentIndex(int(box.property("was")))
            box.blockSignals(False)
            return
        box.setProperty("was", box.currentIndex())

    def _filter_rules(self, text: str) -> None:
        lang = self.ui_language()
        for group in self.step_items.values():
            shown = 0
            for rule_id, item in self.rule_items.items():
                if item.parent() is not group:
                    continue
                rule = self._rules_by_id[rule_id]
                hidden = not rule_matches(rule, lang, text)
                item.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)

    def _checking(self, s: Settings) -> QWidget:
        page, form = _form_page()
        mode = s.languagetool if s.languagetool in LT_MODES else "url"
        self.lt_mode = _combo([(m, m) for m in (*LT_MODES, "url")], mode)
        self.lt_mode.setObjectName("lt-mode")
        self._row(form, "lt_mode", self.lt_mode)
        self.lt_privacy = _hint("")
        self.lt_privacy.setObjectName("lt-privacy")
        form.addRow("", self.lt_privacy)
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
        s.signature = editor_text(self.signature).strip()
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
