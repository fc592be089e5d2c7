"""What the window's menus and buttons do: approve & copy, fixes, rule switches, settings, and
the secondary windows. Functions of the window (``w``), kept apart so main_window.py stays the
window's structure and public API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ozon_assistant.core.errors import ConfigError, OzonError
from ozon_assistant.core.offsets import to_utf16
from ozon_assistant.core.settings import Settings, load_settings, save_settings
from ozon_assistant.core.types import CheckResult
from ozon_assistant.ui.error_text import error_text
from ozon_assistant.ui.labels import system_ui_language

if TYPE_CHECKING:  # the override dialog is loaded when first needed
    from ozon_assistant.ui.compose_tab import ComposeTab
    from ozon_assistant.ui.main_window import MainWindow


class WindowMessages(QObject):
    """Status messages with a count. lupdate marks a message as a plural one only when it is
    a method's self.tr call with a count; QCoreApplication's translate with a count it extracts
    as a plain message (no Russian plural forms), so these live on a class."""

    def fixes_applied(self, n: int) -> str:
        return self.tr("Applied %n fix(es). Ctrl+Z undoes them.", "", n)


def approve_and_copy(w: MainWindow) -> None:
    """Ctrl+Enter: copy when approved; otherwise explain and offer the recorded override."""
    tab = w.current_tab()
    result = tab.fresh_result()
    if not result.text.strip():
        w.status_message(QCoreApplication.translate("MainWindow", "Nothing to copy yet."))
        return
    if result.approved:
        copy_reply(w, tab, result, "copy", [])
        return
    from ozon_assistant.ui.approve import OverrideDialog, overridden_records

    dialog = OverrideDialog(result, w)
    w.override_dialog = dialog
    dialog.accepted.connect(
        lambda: copy_reply(w, tab, result, "copy_override", overridden_records(result)))
    dialog.rejected.connect(lambda: _go_to_first_error(w, tab, result))
    dialog.open()


def copy_reply(w: MainWindow, tab: ComposeTab, result: CheckResult, action: str,
               overridden: list[dict[str, object]]) -> None:
    QGuiApplication.clipboard().setText(result.text)
    tab.copied_text = result.text
    w.record_history(action, result, overridden)
    closed = w.finish_draft(tab.editor, result.text)  # History keeps the reply
    if action == "copy":
        w.status_message(QCoreApplication.translate(
            "MainWindow", "Approved and copied to the clipboard; the draft is closed (History, "
            "Ctrl+H, keeps the reply).") if closed else QCoreApplication.translate(
            "MainWindow", "Approved and copied to the clipboard."))
    else:
        w.status_message(QCoreApplication.translate(
            "MainWindow", "Copied with findings; the draft is closed and the override is in the "
            "history (Ctrl+H).") if closed else QCoreApplication.translate(
            "MainWindow", "Copied with findings; the override is in the history."))


def _go_to_first_error(w: MainWindow, tab: ComposeTab, result: CheckResult) -> None:
    errors = [f for f in result.findings if f.severity.value == "error"]
    if errors and result.text == tab.text():
        tab.jump_to(errors[0])


def fix_all_safe(w: MainWindow) -> None:
    n = w.current_tab().fix_all_safe()
    if n:
        w.status_message(WindowMessages().fixes_applied(n))
    else:
        w.status_message(QCoreApplication.translate(
            "MainWindow", "No finding with exactly one fix."))


def next_finding(w: MainWindow, step: int = 1) -> None:
    tab = w.current_tab()
    findings = tab.fresh_result().findings
    if not findings:
        w.status_message(QCoreApplication.translate("MainWindow", "No findings."))
        return
    pos = tab.editor.textCursor().selectionStart()
    text = tab.text()
    starts = [to_utf16(text, f.start) for f in findings]
    if step > 0:
        target = next((f for f, s in zip(findings, starts, strict=True) if s > pos), findings[0])
    else:
        before = [f for f, s in zip(findings, starts, strict=True) if s < pos]
        target = before[-1] if before else findings[-1]
    tab.jump_to(target)


def disable_rule(w: MainWindow, rule_id: str) -> None:
    """Switch a rule off in config.toml (the same file the CLI reads) and re-check; a rule that
    holds back breaches only after the seller confirms."""
    from ozon_assistant.ui.rule_switch import confirm_switch_off, rule_title

    rule = next((r for r in w.checker.rules if r.id == rule_id), None)
    if rule is not None and not confirm_switch_off(w, rule, w.ui_lang):
        return
    w.settings.rules[rule_id] = "off"
    w.apply_settings(w.settings)
    w.status_message(QCoreApplication.translate(
        "MainWindow", "Rule switched off: %1 Settings → Rules turns it back on.")
        .replace("%1", rule_title(rule, w.ui_lang) if rule is not None else rule_id))


def add_to_dictionary(w: MainWindow, word: str) -> None:
    try:
        from ozon_assistant.spelling.personal import add_word
    except ImportError:
        w.status_message(QCoreApplication.translate(
            "MainWindow", "The personal dictionary is not available."))
        return
    try:
        add_word(word)
    except OzonError as exc:  # the file is broken or cannot be written: it stays as it was
        w.status_message(QCoreApplication.translate(
            "MainWindow", "“%1” not added: %2").replace("%1", word).replace("%2", error_text(exc)))
        return
    w.checker_service.reload()
    w.status_message(QCoreApplication.translate(
        "MainWindow", "“%1” added to your dictionary.").replace("%1", word))


def apply_settings(w: MainWindow, settings: Settings) -> None:
    """Save to config.toml (never over a broken file), rebuild the checker, re-check."""
    w.settings = settings
    try:
        if w.settings_broken:  # it may parse yet be invalid: re-check before writing
            load_settings()
            w.settings_broken = False
        save_settings(settings)
    except ConfigError as exc:  # shown without blocking; the file stays untouched
        title = QCoreApplication.translate("MainWindow", "Settings not saved")
        text = QCoreApplication.translate(
            "MainWindow", "%1\n\nThe file was left as it is; fix or remove it, then change the "
            "settings again. The new settings apply until you close the app.").replace("%1", error_text(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, w)
        box.setObjectName("settings-not-saved")
        box.open()
        w.save_error_box = box
    w.checker_service.apply(settings)  # the drafts, the status bar and the views follow
    set_ui_language(w, settings.ui_lang)
    w.settings_changed.emit()


def set_ui_language(w: MainWindow, code: str) -> None:
    """The interface in ``code`` (en, ru, zh; "" follows the system) at once, everywhere.

    Swapping Qt's translators sends every widget a ``QEvent.LanguageChange``, on which each sets
    its texts again (``retranslate_ui``); the drafts are checked again, so the findings' messages
    and the labels in front of them speak the same language."""
    from PySide6.QtWidgets import QApplication

    from ozon_assistant.ui.translations import install_translations, installed_language

    lang = code or system_ui_language()
    app = QApplication.instance()
    if isinstance(app, QApplication) and installed_language() != lang:
        install_translations(app, lang)
    if lang == w.ui_lang:
        return
    w.ui_lang = lang
    for tab in w.compose_tabs():
        tab.live.recheck_all(now=True)
    if w.standard_view is not None:  # its rules in the new language
        w.standard_view.ui_lang = lang
        w.standard_view.refresh()
    w.language_changed.emit(lang)


def show_standard(w: MainWindow, rule_id: str = "") -> None:
    from ozon_assistant.ui.standard_view import StandardView

    if not isinstance(w.standard_view, StandardView):
        w.standard_view = StandardView(w.checker, w.ui_lang, w)
    w.standard_view.show_rule(rule_id)


def show_history(w: MainWindow) -> None:
    from ozon_assistant.ui.history_view import HistoryView

    if not isinstance(w.history_view, HistoryView):
        w.history_view = HistoryView(w)
        w.history_view.reuse_requested.connect(lambda t, c: w.new_draft(t, c))
    w.history_view.refresh()
    w.history_view.show()
    w.history_view.raise_()
    w.history_view.activateWindow()


def show_settings(w: MainWindow) -> None:
    from ozon_assistant.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(w.settings, w.checker, w)
    w.settings_dialog = dialog
    dialog.language_chosen.connect(w.set_ui_language)  # at once, this dialog included
    dialog.accepted.connect(lambda: w.apply_settings(dialog.result_settings()))
    dialog.rejected.connect(lambda: w.set_ui_language(w.settings.ui_lang))  # taken back
    dialog.open()



def show_first_run(w: MainWindow) -> None:
    from ozon_assistant.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(w.settings, w)
    w.first_run = dialog
    dialog.language_chosen.connect(w.set_ui_language)  # at once, this screen included
    dialog.accepted.connect(lambda: w.apply_settings(dialog.result_settings()))
    dialog.rejected.connect(lambda: w.apply_settings(dialog.skipped_settings()))
    dialog.open()


def show_about(w: MainWindow) -> None:
    from ozon_assistant.ui.about import AboutDialog

    if w.about_box is None:
        w.about_box = AboutDialog(w)
    w.about_box.show()
    w.about_box.raise_()
