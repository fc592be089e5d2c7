"""The translated window part by part: plural messages, separators, the status bar, the snippet
editor, the Standard view and the keyboard-shortcut list in Russian and Chinese.

test_i18n.py checks that the .ts files are complete and that the main window shows no English;
these tests check what that cannot see: that counts take the right Russian plural form, that
punctuation follows the language, and that no two actions share a shortcut.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ozon_assistant.checker.engine import SourceStatus
from ozon_assistant.core.types import CHANNELS, CheckResult, Finding, Severity
from ozon_assistant.languagetool.source import LanguageToolSource
from tests.ui.snippet_standin import fixture_service
from tests.ui.test_i18n import LOCALES, _ensure_qm, ts_file

QT_LOCALE = {"ru": "ru", "zh": "zh_CN"}


@pytest.fixture
def ui_lang(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The app's translators for ``request.param`` (ru or zh) installed; English again after."""
    from ozon_assistant.ui.window.app import install_translations

    lang = request.param
    _ensure_qm(QT_LOCALE[lang])
    assert install_translations(qapp, lang), "no translator installed"
    yield lang
    install_translations(qapp, "en")


def _findings(n: int) -> list[Finding]:
    return [Finding(i, i + 1, "ru.rudeness.test", "rudeness", Severity.ERROR, f"message {i}")
            for i in range(n)]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_count_is_a_plural_message(locale: str) -> None:
    """A "%n" outside a plural message is shown as-is ("%n") or in one form for every count:
    lupdate makes a plural message only of a method's self.tr(text, "", n)."""
    wrong = []
    for context in ET.parse(ts_file(locale)).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" in source and message.get("numerus") != "yes":
                wrong.append(f"{context.findtext('name')}: {source}")
    assert not wrong, wrong


@pytest.mark.parametrize("ui_lang", ["ru"], indirect=True)
def test_russian_plural_forms(ui_lang: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.compose.findings_panel import MAX_ITEMS, FindingsPanel
    from ozon_assistant.ui.snippets.editor import SnippetFiles
    from ozon_assistant.ui.window.actions import WindowMessages

    messages = WindowMessages()
    assert messages.fixes_applied(1) == "Применено 1 исправление. Ctrl+Z — отмена."
    assert messages.fixes_applied(3) == "Применено 3 исправления. Ctrl+Z — отмена."
    assert messages.fixes_applied(11) == "Применено 11 исправлений. Ctrl+Z — отмена."

    parent = QWidget()
    qtbot.addWidget(parent)
    service = fixture_service(tmp_path)
    files = SnippetFiles(service, parent)
    assert files.imported(21, 0) == "Импортирован 21 новый шаблон"
    assert files.imported(5, 2) == "Импортировано 5 новых шаблонов, заменено 2 существующих шаблона"
    assert files.exported(3, "/tmp/мои%2.toml") == "Экспортировано 3 шаблона в /tmp/мои%2.toml"
    service.close()

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings(_findings(MAX_ITEMS + 5), complete=True, has_text=True)
    assert panel.list.item(panel.list.count() - 1).text() == "… и ещё 5 замечаний"
    assert panel.list.item(0).text() == "Грубость: message 0"
    assert panel.summary.text() == f"{MAX_ITEMS + 5} ошибок, 0 предупреждений, 0 советов"


@pytest.mark.parametrize("ui_lang", ["zh"], indirect=True)
def test_chinese_punctuation(ui_lang: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.compose.findings_panel import FindingsPanel
    from ozon_assistant.ui.mail.send_dialog import SendDialog
    from ozon_assistant.ui.snippets.editor import SnippetFiles

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings(_findings(2), complete=True, has_text=True)
    assert panel.list.item(0).text() == "粗鲁：message 0"
    assert panel.summary.text() == "2 个错误、0 个警告、0 条建议"

    parent = QWidget()
    qtbot.addWidget(parent)
    service = fixture_service(tmp_path)
    assert SnippetFiles(service, parent).imported(5, 2) == "已导入 5 个新回复模板，替换了 2 个已有回复模板"
    service.close()

    from ozon_assistant.core.settings import Settings

    dialog = SendDialog(Settings(), "Позвоните мне: +7 912 345-67-89")
    qtbot.addWidget(dialog)
    approval = dialog.approval.text()
    errors = [f for f in dialog.result_.findings if f.severity is Severity.ERROR]
    first = dialog.result_.text[errors[0].start:errors[0].end]
    assert f"未通过：{len(errors)} 个错误</b> —— “{first}”：" in approval, approval
    assert "«" not in approval and "Not approved" not in approval


@pytest.mark.parametrize("ui_lang", ["ru"], indirect=True)
def test_send_dialog_sentence_in_russian(ui_lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.core.settings import Settings
    from ozon_assistant.ui.compose.approve import findings_html
    from ozon_assistant.ui.mail.send_dialog import SendDialog

    text = "Позвоните мне: +7 912 345-67-89"
    dialog = SendDialog(Settings(), text)
    qtbot.addWidget(dialog)
    result: CheckResult = dialog.result_
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    count = _ru_plural(len(errors), "ошибка", "ошибки", "ошибок")
    first = text[errors[0].start:errors[0].end]
    assert f"<b>Не одобрено: {len(errors)} {count}</b> — «{first}»: " in dialog.approval.text()
    assert re.search("[А-Яа-я]", errors[0].message)  # the findings speak the UI language too
    assert "«+7 912 345-67-89»" in findings_html(errors, result.text)


@pytest.mark.parametrize("ui_lang", ["ru", "zh"], indirect=True)
def test_snippet_editor_names_channels_and_languages(ui_lang: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from ozon_assistant.ui.shared.labels import channel_name, language_name
    from ozon_assistant.ui.snippets.editor import SnippetEditor

    service = fixture_service(tmp_path)
    dialog = SnippetEditor(service, service.get("return-howto-steps"), ui_lang)
    qtbot.addWidget(dialog)
    boxes = [dialog.channels[ch].text() for ch in CHANNELS]
    assert boxes == [channel_name(ch) for ch in CHANNELS]
    assert not set(boxes) & set(CHANNELS), boxes
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any(language_name("zh") in t for t in labels)
    note = dialog.findChild(QLabel, "read-only-note")
    assert note is not None and "bundled" not in note.text() and note.text().strip()
    assert not any(re.search(r"\((en|ru|zh)[,)]", t) for t in labels), labels
    service.close()


@pytest.mark.parametrize("ui_lang", ["ru", "zh"], indirect=True)
def test_standard_view_has_no_english_headings(ui_lang: str, qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_standard("")
    view = window.window_actions.standard_view
    html = view.browser.toHtml()
    for english in ("The standard, rule by rule", "Not like this:", "Like this:"):
        assert english not in html
    view.filter.setText("no such rule anywhere xyzzy")
    assert "No rule matches the filter." not in view.browser.toPlainText()
    assert view.browser.toPlainText().strip().endswith(("ни одно правило.", "没有符合筛选条件的规则。"))


@pytest.mark.parametrize("ui_lang", ["ru", "zh"], indirect=True)
def test_status_bar_speaks_the_ui_language(ui_lang: str, window) -> None:  # type: ignore[no-untyped-def]
    window.status.refresh()
    text = window.status.sources.text()
    off = {"ru": "LanguageTool: выключен", "zh": "LanguageTool：已关闭"}[ui_lang]
    assert text.startswith(off + "  ·  "), text
    assert not re.search(r"\b(is off|spelling|loading|ready|starting)\b", text), text
    tip = window.status.sources.toolTip()  # the states said in the UI language, not the core's
    assert off in tip and "LanguageTool is off" not in tip, tip


def test_source_states_in_english() -> None:
    from ozon_assistant.ui.window.parts import source_text

    off, public, url = (LanguageToolSource("off"), LanguageToolSource("public"),
                        LanguageToolSource("http://lt.example:8081"))
    assert source_text(off.status(), off) == "LanguageTool: off"
    assert source_text(public.status(), public) == "LanguageTool: connecting…"
    assert source_text(SourceStatus("languagetool", "ready"), public) == \
        "LanguageTool: ready (public server)"
    assert source_text(SourceStatus("languagetool", "ready"), url) == \
        "LanguageTool: ready (http://lt.example:8081)"
    assert source_text(SourceStatus("languagetool", "unavailable", "why"), url) == \
        "LanguageTool: unavailable"
    assert source_text(SourceStatus("other", "ready", "Other: fine"), off) == "Other: fine"


def test_no_two_actions_share_a_shortcut(window) -> None:  # type: ignore[no-untyped-def]
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for seq in action.shortcuts():
            owners.setdefault(seq.toString(), []).append(action.text() or action.objectName())
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes
    fix_all = [a for a in window.findChildren(QAction) if a.text() == "&Fix all safe"]
    assert [a.shortcut().toString() for a in fix_all] == ["Ctrl+Shift+A"]
    assert "Ctrl+Shift+A" in window.panel.fix_all.toolTip()


@pytest.mark.parametrize("ui_lang", ["zh"], indirect=True)
def test_shortcut_list_without_accelerators_or_repeats(ui_lang: str, window) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.window.parts import plain_text, shortcut_rows

    rows = shortcut_rows(window)
    names = [name for name, _ in rows]
    assert not [n for n in names if "&" in n or "(&" in n], names
    for name, keys in rows:
        assert len(keys.split(", ")) == len(set(keys.split(", "))), (name, keys)
    approve = [a for a in window.findChildren(QAction)
               if QKeySequence("Ctrl+Return") in a.shortcuts()]
    assert len(approve) == 1
    native = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
    row = dict(rows)[plain_text(approve[0].text())]
    assert native in row
    assert plain_text("草稿(&D)") == "草稿" and plain_text("&Approve && Copy") == "Approve & Copy"
    assert plain_text("设置(&S)…") == "设置…"


@pytest.mark.parametrize("ui_lang", ["ru"], indirect=True)
def test_outbox_says_the_outcome_in_the_ui_language(ui_lang: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The core's Outcome sentence is English ("sent to … (outbox id 1)"); the Outbox says it
    from the outcome's state instead."""
    from ozon_assistant.core.settings import Settings
    from ozon_assistant.mail.dispatch import Outcome
    from ozon_assistant.mail.outbox import Outbox
    from ozon_assistant.ui.mail.outbox_view import OutboxDialog

    box = Outbox()
    entry_id = box.add(account="default", message_id="<1@example.com>", sender="shop@example.com",
                       recipients=("anna@example.com",), to="anna@example.com", cc="",
                       subject="Заказ", raw=b"Subject: x\r\n\r\nbody\r\n", meta={})
    box.close()
    dialog = OutboxDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.timer.stop()
    dialog._finished(Outcome(entry_id, "sent", f"sent to anna@example.com (outbox id {entry_id})", True))
    assert dialog.status.text() == "Отправлено на адрес anna@example.com."
    dialog._finished(Outcome(entry_id, "uncertain", "message 1 is may have been sent; not sent again"))
    assert dialog.status.text() == "Повторно не отправлено: статус сообщения — «возможно, отправлено»."



def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian plural rule, written out independently of Qt's."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


@pytest.mark.parametrize("ui_lang", ["ru", "zh"], indirect=True)
def test_snippet_sidebar_names_sources_channels_and_counts(ui_lang: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No raw codes (bundled, chat, email) and no "Results (n)" glued
    together from two strings in the snippet sidebar."""
    from ozon_assistant.ui.snippets.sidebar import SnippetSidebar

    service = fixture_service(tmp_path)
    sidebar = SnippetSidebar(service, ui_lang)
    qtbot.addWidget(sidebar)
    sidebar.select_snippet("return-howto-steps")
    row = sidebar.tree.currentItem()
    assert row is not None
    assert row.toolTip(0) == "return-howto-steps · " + {
        "ru": "Встроенная библиотека", "zh": "内置模板库"}[ui_lang]
    text = sidebar.preview.toPlainText()
    assert {"ru": "Чат, Вопрос о товаре, Почта", "zh": "聊天、商品问答、电子邮件"}[ui_lang] in text, text
    assert not re.search(r"\b(chat|question|email)\b", text), text

    sidebar.search.setText("возврат")
    sidebar.refresh()
    heading = sidebar.tree.topLevelItem(0)
    assert heading is not None
    hits = heading.childCount()
    assert hits >= 1
    expected = {"ru": "По запросу «возврат» " + _ru_plural(
                    hits, f"найден {hits} шаблон", f"найдено {hits} шаблона",
                    f"найдено {hits} шаблонов"),
                "zh": f"“возврат”的搜索结果（{hits}）"}[ui_lang]
    assert heading.text(0) == expected
    service.close()


@pytest.mark.parametrize("ui_lang", ["ru"], indirect=True)
def test_broken_library_entries_counted_in_russian(ui_lang: str, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ozon_assistant.ui.snippets.extension import SnippetsExtension
    from tests.ui.snippet_standin import StandInWindow

    window = StandInWindow()
    qtbot.addWidget(window)
    service = fixture_service(tmp_path)
    ext = SnippetsExtension(window, service)
    for n in (1, 3, 5, 21, 22, 25):
        words = _ru_plural(n, "пропущена %n повреждённая запись", "пропущены %n повреждённые записи",
                           "пропущено %n повреждённых записей").replace("%n", str(n))
        assert ext.problems_skipped(n) == (f"Шаблоны: {words} библиотеки "
                                           "(Шаблоны → Проблемы библиотеки)")
    service.close()


@pytest.mark.parametrize("ui_lang", ["zh"], indirect=True)
def test_suggested_fixes_joined_in_chinese(ui_lang: str) -> None:
    from ozon_assistant.ui.compose.editor import tooltip_html
    from ozon_assistant.ui.compose.marks import Mark

    finding = Finding(0, 3, "ru.test", "rudeness", Severity.ERROR, "m", replacements=("а", "б"))
    tip = tooltip_html([Mark(finding, 0, 3, "abc")])
    assert "替换为“а”、替换为“б”" in tip, tip


def test_findings_on_the_same_words_share_a_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    """«WhatsApp» is a contact and a move off Ozon: one row, both categories, two errors."""
    from ozon_assistant.ui.compose.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    twins = [Finding(10, 18, "all.contacts.messenger", "contacts", Severity.ERROR, "a contact"),
             Finding(10, 18, "all.off_platform.messenger", "off_platform", Severity.ERROR,
                     "another channel"),
             Finding(30, 35, "all.capitals.caps", "capitals", Severity.WARNING, "capitals")]
    panel.show_findings(twins, complete=True, has_text=True)
    assert panel.list.count() == 2
    assert panel.list.item(0).text() == "Contacts · Off-platform: a contact"
    assert "another channel" in panel.list.item(0).toolTip()
    # every finding counted, as `ozon-assistant check` counts them, and the merge said
    assert panel.summary.text() == ("2 errors, 1 warning, 0 suggestions\n"
                                    "Shown in 2 rows: findings on the same words share one.")
