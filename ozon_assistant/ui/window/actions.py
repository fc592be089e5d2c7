"""What the window's menus and buttons do: approve & copy, fixes, rule switches, settings, and
the secondary windows. ``WindowActions`` owns what these change (the settings, the interface
language, the dialogs and views it opens) and tells the window through signals (novelWriter's
``GuiMainMenu.requestDocAction``); main_window.py stays the window's structure and public API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.core.offsets import to_utf16
from ozon_assistant.core.settings import Settings, load_settings, save_settings
from ozon_assistant.core.types import CheckResult
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import system_ui_language

if TYPE_CHECKING:  # the checker and the dialogs are loaded when first needed
    from PySide6.QtWidgets import QWidget

    from ozon_assistant.checker.engine import Checker
    from ozon_assistant.ui.compose.approve import OverrideDialog
    from ozon_assistant.ui.compose.tab import ComposeTab
    from ozon_assistant.ui.window.checker_service import CheckerService
    from ozon_assistant.ui.window.history_view import HistoryView
    from ozon_assistant.ui.window.main_window import MainWindow
    from ozon_assistant.ui.window.standard_view import StandardView


class WindowMessages(QObject):
    """Status messages with a count. lupdate marks a message as a plural one only when it is
    a method's self.tr call with a count; QCoreApplication's translate with a count it extracts
    as a plain message (no Russian plural forms), so these live on a class."""

    def fixes_applied(self, n: int) -> str:
        return self.tr("Applied %n fix(es). Ctrl+Z undoes them.", "", n)



class WindowActions(QObject):
    """What the menus and buttons do, with the state they change: the settings (saved to
    config.toml, the checker built again through the checker service), the interface language,
    and the dialogs and views they open. The window reads ``settings`` and ``ui_lang`` here and
    hears of changes through the signals."""

    message = Signal(str)  # for the status bar
    settings_changed = Signal()
    language_changed = Signal(str)  # en, ru or zh: the interface now speaks it
    draft_requested = Signal(str, str)  # a new draft with this text and channel (History)

    def __init__(self, window: MainWindow, settings: Settings, checkers: CheckerService,
                 settings_broken: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.checkers = checkers
        self.settings = settings
        self.settings_broken = settings_broken  # config.toml did not load: never written over
        self.ui_lang = settings.ui_lang or system_ui_language()
        self.override_dialog: OverrideDialog | None = None
        self.standard_view: StandardView | None = None
        self.history_view: HistoryView | None = None
        self.save_error_box: QMessageBox | None = None
        self.first_run: QWidget | None = None
        self.settings_dialog: QWidget | None = None
        self.about_box: QWidget | None = None
        checkers.checker_changed.connect(self._on_checker_changed)

    # -- the reply -----------------------------------------------------------------------------
    def approve_and_copy(self) -> None:
        """Ctrl+Enter: copy when approved; otherwise explain and offer the recorded override."""
        tab = self.window.current_tab()
        result = tab.fresh_result()
        if not result.text.strip():
            self.message.emit(QCoreApplication.translate("MainWindow", "Nothing to copy yet."))
            return
        if result.approved:
            self._copy_reply(tab, result, "copy", [])
            return
        from ozon_assistant.ui.compose.approve import OverrideDialog, overridden_records

        dialog = OverrideDialog(result, self.window)
        self.override_dialog = dialog
        dialog.accepted.connect(lambda: self._copy_reply(
            tab, result, "copy_override", overridden_records(result)))
        dialog.rejected.connect(lambda: _go_to_first_error(tab, result))
        dialog.open()

    def _copy_reply(self, tab: ComposeTab, result: CheckResult, action: str,
                    overridden: list[dict[str, object]]) -> None:
        QGuiApplication.clipboard().setText(result.text)
        tab.copied_text = result.text
        self.window.record_history(action, result, overridden)
        closed = self.window.finish_draft(tab.editor, result.text)  # History keeps the reply
        if action == "copy":
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "Approved and copied to the clipboard; the draft is closed (History, "
                "Ctrl+H, keeps the reply).") if closed else QCoreApplication.translate(
                "MainWindow", "Approved and copied to the clipboard."))
        else:
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "Copied with findings; the draft is closed and the override is in "
                "the history (Ctrl+H).") if closed else QCoreApplication.translate(
                "MainWindow", "Copied with findings; the override is in the history."))

    def fix_all_safe(self) -> None:
        n = self.window.current_tab().fix_all_safe()
        if n:
            self.message.emit(WindowMessages().fixes_applied(n))
        else:
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "No finding with exactly one fix."))

    def next_finding(self, step: int = 1) -> None:
        tab = self.window.current_tab()
        findings = tab.fresh_result().findings
        if not findings:
            self.message.emit(QCoreApplication.translate("MainWindow", "No findings."))
            return
        pos = tab.editor.textCursor().selectionStart()
        text = tab.text()
        starts = [to_utf16(text, f.start) for f in findings]
        if step > 0:
            target = next((f for f, s in zip(findings, starts, strict=True) if s > pos),
                          findings[0])
        else:
            before = [f for f, s in zip(findings, starts, strict=True) if s < pos]
            target = before[-1] if before else findings[-1]
        tab.jump_to(target)

    # -- rules, dictionary, settings -----------------------------------------------------------
    def disable_rule(self, rule_id: str) -> None:
        """Switch a rule off in config.toml (the same file the CLI reads) and re-check; a rule
        that holds back breaches only after the seller confirms."""
        from ozon_assistant.ui.window.rule_switch import confirm_switch_off, rule_title

        rule = next((r for r in self.checkers.checker.rules if r.id == rule_id), None)
        if rule is not None and not confirm_switch_off(self.window, rule, self.ui_lang):
            return
        self.settings.rules[rule_id] = "off"
        self.apply_settings(self.settings)
        self.message.emit(QCoreApplication.translate(
            "MainWindow", "Rule switched off: %1 Settings → Rules turns it back on.")
            .replace("%1", rule_title(rule, self.ui_lang) if rule is not None else rule_id))

    def add_to_dictionary(self, word: str) -> None:
        try:
            from ozon_assistant.spelling.personal import add_word
        except ImportError:
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "The personal dictionary is not available."))
            return
        try:
            add_word(word)
        except OzonError as exc:  # the file is broken or cannot be written: it stays as it was
            self.message.emit(QCoreApplication.translate(
                "MainWindow", "“%1” not added: %2").replace("%1", word)
                .replace("%2", error_text(exc)))
            return
        self.checkers.reload()
        self.message.emit(QCoreApplication.translate(
            "MainWindow", "“%1” added to your dictionary.").replace("%1", word))

    def apply_settings(self, settings: Settings) -> None:
        """Save to config.toml (never over a broken file), rebuild the checker, re-check."""
        self.settings = settings
        try:
            if self.settings_broken:  # it may parse yet be invalid: re-check before writing
                load_settings()
                self.settings_broken = False
            save_settings(settings)
        except ConfigError as exc:  # shown without blocking; the file stays untouched
            title = QCoreApplication.translate("MainWindow", "Settings not saved")
            text = QCoreApplication.translate(
                "MainWindow", "%1\n\nThe file was left as it is; fix or remove it, then change "
                "the settings again. The new settings apply until you close the app.",
            ).replace("%1", error_text(exc))
            box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("settings-not-saved")
            box.open()
            self.save_error_box = box
        self.checkers.apply(settings)  # the drafts, the status bar and the views follow
        self.set_ui_language(settings.ui_lang)
        self.settings_changed.emit()

    def set_ui_language(self, code: str) -> None:
        """The interface in ``code`` (en, ru, zh; "" follows the system) at once, everywhere.

        Swapping Qt's translators sends every widget a ``QEvent.LanguageChange``, on which each
        sets its texts again (``retranslate_ui``); the drafts are checked again, so the findings'
        messages and the labels in front of them speak the same language."""
        from PySide6.QtWidgets import QApplication

        from ozon_assistant.ui.shared.translations import install_translations, installed_language

        lang = code or system_ui_language()
        app = QApplication.instance()
        if isinstance(app, QApplication) and installed_language() != lang:
            install_translations(app, lang)
        if lang == self.ui_lang:
            return
        self.ui_lang = lang
        for tab in self.window.compose_tabs():
            tab.live.recheck_all(now=True)
        if self.standard_view is not None:  # its rules in the new language
            self.standard_view.ui_lang = lang
            self.standard_view.refresh()
        self.language_changed.emit(lang)

    def _on_checker_changed(self, checker: Checker, keep_house: bool) -> None:
        view = self.standard_view
        if view is not None and not keep_house:  # an open Standard view shows the rule states
            view.checker = checker
            view.refresh()

    # -- the secondary windows -----------------------------------------------------------------
    def show_standard(self, rule_id: str = "") -> None:
        from ozon_assistant.ui.window.standard_view import StandardView

        if not isinstance(self.standard_view, StandardView):
            self.standard_view = StandardView(self.checkers.checker, self.ui_lang, self.window)
        self.standard_view.show_rule(rule_id)

    def show_history(self) -> None:
        from ozon_assistant.ui.window.history_view import HistoryView

        if not isinstance(self.history_view, HistoryView):
            self.history_view = HistoryView(self.window)
            self.history_view.reuse_requested.connect(self.draft_requested)
        self.history_view.refresh()
        self.history_view.show()
        self.history_view.raise_()
        self.history_view.activateWindow()

    def show_settings(self) -> None:
        from ozon_assistant.ui.window.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.checkers.checker, self.window)
        self.settings_dialog = dialog
        dialog.language_chosen.connect(self.set_ui_language)  # at once, this dialog included
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.rejected.connect(lambda: self.set_ui_language(self.settings.ui_lang))  # taken back
        dialog.open()

    def show_first_run(self) -> None:
        from ozon_assistant.ui.window.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.settings, self.window)
        self.first_run = dialog
        dialog.language_chosen.connect(self.set_ui_language)  # at once, this screen included
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.rejected.connect(lambda: self.apply_settings(dialog.skipped_settings()))
        dialog.open()

    def show_about(self) -> None:
        from ozon_assistant.ui.window.about import AboutDialog

        if self.about_box is None:
            self.about_box = AboutDialog(self.window)
        self.about_box.show()
        self.about_box.raise_()


def _go_to_first_error(tab: ComposeTab, result: CheckResult) -> None:
    errors = [f for f in result.findings if f.severity.value == "error"]
    if errors and result.text == tab.text():
        tab.jump_to(errors[0])
