"""Every dialog of the window, walked in Russian and Chinese: no English left in what a seller
reads — labels, buttons, menus, tabs, lists, tables, tooltips, placeholders, message boxes — and
no terminal command where a window user clicks a menu. Brand names, e-mail addresses, links,
paths, rule and snippet ids, keys and numbers may stay as they are.

A text is checked word by word: every Latin word must be one of the allowed names below (or of
the packages the About box lists), after addresses, paths, ids and key sequences are taken out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ozon_assistant.core.settings import Settings
from ozon_assistant.mail.outbox import Outbox
from ozon_assistant.storage.drafts import Draft
from tests.helpers.i18n import ensure_qm
from tests.mail.fixtures import BUYER_EML, add_account, mail_env
from tests.ui.compose_helpers import settle, type_text
from tests.ui.ui_texts import texts

__all__ = ["mail_env"]
pytestmark = pytest.mark.usefixtures("mail_env")

#: names that are the same in every language: the marketplace, services, protocols, formats,
#: keys, licences — never English sentences
ALLOWED = frozenset("""
ozon languagetool whatsapp telegram viber wechat vk skype discord qq icq instagram facebook
avito wildberries yandex google gmail mail ru en zh java re fwd
smtp starttls ssl tls imap pem crt ca toml json csv eml txt utf url id http https localhost
ctrl shift alt tab enter return esc pgup pgdown del ins backspace space
mit bsd apache gpl lgpl mpl isc psf only or and license software
""".split())
#: what is taken out before the words are read: addresses, links, paths, file names, ids,
#: key sequences, numbers
NOT_WORDS = [re.compile(p) for p in (
    r"\S+@\S+",                                   # e-mail addresses
    r"\b\w+://\S+",                               # links
    r"(?:~|\.|\b[A-Z]:|(?<!\w))(?:[/\\][\w.\-%]+)+/?",   # paths
    r"Ozon Compose Assistant",                    # the app's name
    r"«[^»]*»|“[^”]*”|„[^“]*“|‘[^’]*’|\"[^\"]*\"",   # quoted: words of a reply, not of the UI
    r"[(（][A-Za-z ,'’、]+[)）]|\b[A-Za-z]+(?:/[A-Za-z]+)+",  # English examples: (we have, …)
    r"\b[245]\d\d\b[^)）。\n]*",                 # a mail server's answer, as it gave it
    r"\{+\w+\}+|\[\w+\]|%\w+%|<\w+>",              # a template's fields
    r"\b[\w\-]+\.(?:toml|txt|eml|json|csv|pem|crt|qm|ts|py)\b",  # file names
    r"\b[a-z][a-z0-9_]*(?:\.[a-z0-9_\-]+)+\b",    # rule ids (all.contacts.phone), hosts
    r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b",           # snippet ids, account names
    r"\b(?:Ctrl|Shift|Alt|Meta)(?:\+\S+)+",       # key sequences
    r"\bF\d{1,2}\b",
)]
LATIN = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str, allowed: frozenset[str]) -> list[str]:
    for pattern in NOT_WORDS:
        text = pattern.sub(" ", text)
    # abbreviations in capitals (USB, XL, OK) are the same in every language
    return [w for w in LATIN.findall(text) if w.casefold() not in allowed and not w.isupper()]


def standard_text(html: str) -> str:
    """The Standard view as read, without its example replies (in the reply's language)."""
    import html as entities

    html = re.sub(r"<head>.*?</head>|<ul.*?</ul>", " ", html, flags=re.S)
    html = re.sub(r"<code>.*?</code>|<a .*?</a>", " ", html, flags=re.S)
    return entities.unescape(re.sub(r"<[^>]+>", " ", html))


class Walk:
    """Collects what each dialog shows; reports the English words found."""

    def __init__(self, allowed: frozenset[str]) -> None:
        self.allowed = allowed
        self.found: list[tuple[str, str, list[str]]] = []
        self.seen: list[str] = []

    def check(self, where: str, widget: QWidget) -> None:
        QApplication.processEvents()
        self.seen.append(where)
        for name, text in texts(widget, visible_only=False):
            if name in ("first-ui-lang", "ui-lang"):  # each language named in its own
                continue
            if name == "standard-text":
                text = standard_text(widget.findChild(QWidget, "standard-text").toHtml())
            words = english_words(text, self.allowed)
            if words:
                self.found.append((where, text[:120], words))

    def modal(self, where: str, open_it: Callable[[], object]) -> None:
        """A box shown with exec(): checked from a timer, then closed."""
        def look() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, look)
                return
            self.check(where, box)
            if isinstance(box, QMessageBox):
                box.reject() if box.escapeButton() is None else box.escapeButton().click()
            else:
                box.reject()
        QTimer.singleShot(0, look)
        open_it()


def _about_names() -> frozenset[str]:
    from ozon_assistant.ui.window.about import dependencies

    words: set[str] = set()
    for name, _version, licence in dependencies():
        words.update(w.casefold() for w in LATIN.findall(f"{name} {licence}"))
    return frozenset(words)


@pytest.fixture(params=[("ru", "ru"), ("zh", "zh_CN")], ids=["ru", "zh"])
def speaking(request, qapp, make_window, tmp_path: Path) -> Iterator[tuple[str, object]]:  # type: ignore[no-untyped-def]
    lang, locale = request.param
    ensure_qm(locale)
    from ozon_assistant.core import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text(f'ui_lang = "{lang}"\n', encoding="utf-8")
    window = make_window()
    assert window.ui_lang == lang
    yield lang, window


def test_every_dialog_speaks_the_ui_language(speaking, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lang, window = speaking
    walk = Walk(ALLOWED | _about_names())
    from ozon_assistant.ui.mail.extension import MailExtension
    from ozon_assistant.ui.snippets.extension import SnippetsExtension

    [mail] = window.findChildren(MailExtension)
    [snippets] = window.findChildren(SnippetsExtension)

    # the window with a reply and its findings, a snippet with fields, the buyer's e-mail, the
    # restore bar
    tab = window.current_tab()
    type_text(tab.editor, "Здравствуйте, Анна! ЗВОНИТЕ +7 999 123-45-67!!! Ждём 😊")
    settle(qtbot, tab)
    with_fields = next(s for s in snippets.service.library.ordered() if s.placeholder_names("ru"))
    snippets.sidebar.select_snippet(with_fields.id)
    eml = tmp_path / "buyer.eml"
    eml.write_bytes(BUYER_EML)
    mail.open_eml(str(eml))
    window.offer_restore([Draft(id=0, channel="chat", language="auto", text="Здравствуйте!")])
    walk.check("main window", window)
    snippets.sidebar.search.setText("возврат")
    snippets.sidebar.refresh()
    walk.check("snippet search", snippets.sidebar)

    # first run, settings, the standard, history, about, shortcuts
    window.show_first_run()
    walk.check("first-run screen", window.window_actions.first_run)
    window.window_actions.first_run.reject()
    window.show_settings()
    walk.check("settings", window.window_actions.settings_dialog)
    window.window_actions.settings_dialog.reject()
    window.show_standard("all.contacts.phone")
    walk.check("the standard", window.window_actions.standard_view)
    window.show_about()
    walk.check("about", window.window_actions.about_box)
    from ozon_assistant.ui.window.parts import show_shortcuts

    show_shortcuts(window)
    walk.check("shortcuts", next(b for b in window.findChildren(QMessageBox)
                                 if b.objectName() == "shortcuts"))

    # e-mail: send with no account (no command to type: the menu as it is called here),
    # the empty outbox, the accounts dialog
    send = mail.open_send()
    assert not send.send_button.isEnabled() and send.setup_button.isVisible()
    send.send()  # (Enter, say): no command to type, the menu as this window calls it
    walk.check("send, no account", send)
    said = send.status.text()
    assert "ozon-assistant" not in said and "--" not in said
    mail_menu = window.menu("Mail").title().replace("&", "").split("(")[0]
    assert mail_menu in said and mail_menu in send.account.currentText()
    send.close()
    outbox = mail.open_outbox()
    walk.check("empty outbox", outbox)
    walk.check("accounts", mail.open_accounts())
    mail.account_dialog.close()

    # with an account: an unapproved reply's approval line, and a failed message in the outbox
    add_account(2525)
    send = mail.open_send()
    walk.check("send, not approved", send)
    send.close()
    box = Outbox()
    entry = box.add(account="default", message_id="<1@example.com>", sender="shop@example.com",
                    recipients=("anna@example.com",), to="anna@example.com", cc="",
                    subject="Заказ", raw=b"Subject: x\r\n\r\nbody\r\n", meta={})
    box.claim(entry)
    box.mark_failed(entry, "550 5.1.1 No such user", "permanent", "recipient_refused",
                    {"where": "127.0.0.1:2525", "address": "anna@example.com",
                     "answer": "550 5.1.1 No such user"})
    box.close()
    outbox.refresh()
    walk.check("outbox with a failed message", outbox)
    outbox.close()

    # the buyers' inbox: waiting and answered messages, its notice (no account reads mail yet)
    # and the status bar after a failed sync
    import time

    from ozon_assistant.mail.imap import ReceiveError
    from ozon_assistant.storage.inbox import InboxStore, NewMessage
    from ozon_assistant.ui.inbox.extension import InboxExtension

    [inbox] = window.findChildren(InboxExtension)
    store = InboxStore()
    store.begin_sync("default", 7)
    store.add("default", 7, NewMessage(
        uid=1, received=time.time() - 30 * 3600, sender="Анна <anna@example.com>",
        reply_to="anna@example.com", subject="Заказ 35142875-0153 опаздывает",
        body="Доставка задерживается уже на неделю, а заказа всё нет."))
    store.add("default", 7, NewMessage(
        uid=2, received=time.time() - 3000, sender="Мария <maria@example.com>",
        reply_to="maria@example.com", subject="Спасибо", body="Всё пришло, спасибо!",
        flags=("\\Answered",)))
    store.close()
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.load_task is None and len(inbox.rows) == 2, timeout=10_000)
    inbox.show_inbox()
    inbox.dock.select_message(inbox.rows[1].message.id)
    inbox.last_error = ReceiveError("IMAP 127.0.0.1:143: connection refused", code="net_refused",
                                    where="127.0.0.1:143")
    inbox.last_sync = time.time()
    inbox.retranslate_ui()
    assert inbox.dock.notice.isVisible() and inbox.status.isVisible()
    walk.check("inbox", window)

    # approve & copy of an unapproved reply; the history with an override
    window.approve_and_copy()
    walk.check("not approved", window.window_actions.override_dialog)
    window.window_actions.override_dialog.acknowledge.setChecked(True)
    window.window_actions.override_dialog.copy_button.click()
    window.show_history()
    walk.check("history", window.window_actions.history_view)
    window.window_actions.history_view.close()

    # snippets: the fill-in form and the editor
    from ozon_assistant.ui.snippets.editor import SnippetEditor
    from ozon_assistant.ui.snippets.form import SnippetForm

    form = SnippetForm(snippets.service.library, with_fields, "ru", None, lang, window)
    walk.check("snippet form", form)
    form.close()
    editor = SnippetEditor(snippets.service, with_fields, lang, window)
    walk.check("snippet editor", editor)
    editor.close()

    # asking first: switching off a rule that blocks breaches; closing a draft not copied
    walk.modal("switch off", lambda: window.disable_rule("all.contacts.phone"))
    type_text(window.current_tab().editor, "Здравствуйте!")
    walk.modal("close draft", window.close_draft)

    assert len(walk.seen) == 19, walk.seen
    report = "\n".join(f"{where}: {words} in {text!r}" for where, text, words in walk.found)
    assert not walk.found, f"English left in the {lang} window:\n{report}"


def test_the_walk_finds_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: English is found, names, addresses, paths, ids and keys are not."""
    allowed = ALLOWED
    assert english_words("No e-mail account yet: run ozon-assistant account set", allowed) == [
        "No", "account", "yet", "run", "account", "set"]
    assert english_words("Заказ отправлен на shop@example.com (Ctrl+Shift+Enter), см. "
                         "/tmp/x/config.toml, правило all.contacts.phone, шаблон "
                         "delivery-delay-apology, LanguageTool, Ozon, SMTP, F8", allowed) == []
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Settings")
    walk = Walk(allowed)
    walk.check("a dialog", dialog)
    assert walk.found == [("a dialog", "Settings", ["Settings"])]
    _ = Settings
