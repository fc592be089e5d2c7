"""The buyers' inbox in the window, plugged in through the window's public API (ui/window/extensions.py).

Mail menu: Inbox (Ctrl+Shift+I) and Sync inbox (F5). The Inbox dock lists the buyers' e-mails
(``ui.inbox.view``); opening one puts its text in the snippet sidebar's "Buyer wrote…" box (its
proposals at once), shows it beside the compose pane and starts a reply draft that Send answers
threaded, marking the message answered (``inbox.replies``, as ``send --reply-to-inbox``). For an
answered message, "Send a thank-you letter" opens the thank-you snippet filled from the message as
a draft to review and send (``inbox.thanks``: once per message).

Nothing here touches the network or the disk on the UI thread: the list is read, the situations
found and the mail fetched by tasks on threads of their own (``send_dialog.Task``, as sending
does). Sync runs on demand and every few minutes while the window is open, for every account with
an incoming (IMAP) side; the status bar says when it last synced or why it failed.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QWidget

from ozon_assistant.core.errors import OzonError
from ozon_assistant.inbox import replies, thanks
from ozon_assistant.inbox.listing import Situations, ordered
from ozon_assistant.mail.accounts import Account, AccountStore
from ozon_assistant.storage.inbox import InboxStore, Message
from ozon_assistant.ui.inbox.view import InboxDock, InboxRow, can_thank
from ozon_assistant.ui.mail.send_dialog import BAD_COLOR, InboxReply, Task
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import fill, joined
from ozon_assistant.ui.shared.offsets import to_utf16
from ozon_assistant.ui.shared.retranslate import RetranslatedObject
from ozon_assistant.ui.window.parts import menu_path

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate

SYNC_INTERVAL_MS = 5 * 60_000  # every five minutes while the window is open
FIRST_LOOK_MS = 1500  # the list and the accounts, read once the window is up
TICK_MS = 60_000  # the waiting times grow: the list is redrawn (from memory) every minute
STATUS_WIDTH = 460  # pixels of the status bar the inbox's line may take


@dataclass
class Loaded:
    """What a load task read: the accounts, the messages in list order, new situations."""

    accounts: dict[str, Account]
    messages: list[Message]
    situations: dict[int, list[str]] = field(default_factory=dict)
    last_sync: float | None = None  # the latest sync that went well (any process: the CLI too)


class InboxExtension(RetranslatedObject, QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.rows: list[InboxRow] = []
        self.accounts: dict[str, Account] = {}
        self._situations: dict[int, list[str]] = {}
        self._finder: Situations | None = None  # used by one load task at a time
        self.load_task: Task | None = None
        self.load_again = False
        self.sync_task: Task | None = None
        self.sync_asked = False  # the seller asked (not the timer): say it when nothing can sync
        self.last_sync: float | None = None
        self.last_error: BaseException | None = None
        self.loaded_once = False

        self.dock = InboxDock(self.situation_title, window)
        # under the compose pane; the docks on the right keep the window's full height
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.hide()
        self.dock.open_requested.connect(self.open_message)
        self.dock.thank_requested.connect(self.thank)
        self.dock.sync_requested.connect(lambda: self.sync(asked=True))

        self.actions: dict[str, QAction] = {}
        self._action("inbox", self.show_inbox, "Ctrl+Shift+I")
        self._action("sync", lambda: self.sync(asked=True), "F5")
        self.status = QLabel()
        self.status.setObjectName("inbox-status")
        window.statusBar().addPermanentWidget(self.status)
        self.status.hide()
        self.retranslate_ui()

        from ozon_assistant.ui.mail import extension as mail_ext

        mail = mail_ext.extension_of(window)
        if mail is not None:
            mail.sent.connect(lambda _link: self.refresh())
        editor_created = getattr(window, "editor_created", None)
        if editor_created is not None:  # a draft restored later (after a crash) may answer one
            editor_created.connect(lambda _editor: self._relink() if self.loaded_once else None)
        language_changed = getattr(window, "language_changed", None)
        if language_changed is not None:
            language_changed.connect(lambda _lang: self.dock.show_rows(self.rows))
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(lambda: self.sync(asked=False))
        self.sync_timer.start()
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(lambda: self.dock.show_rows(self.rows))
        self.tick.start()
        QTimer.singleShot(FIRST_LOOK_MS, self._first_look)

    def retranslate_ui(self) -> None:
        texts = {"inbox": self.tr("Buyers' &inbox"), "sync": self.tr("S&ync inbox")}
        for key, action in self.actions.items():
            action.setText(texts[key])
        self.dock.sync_button.setToolTip(fill(self.tr("Fetch new e-mails now (%1); the app also "
                                                      "does it every %2 minutes"),
                                              "F5", SYNC_INTERVAL_MS // 60_000))
        self._show_status()
        self.dock.set_notice(self._notice)

    def _action(self, key: str, slot: Any, shortcut: str) -> None:
        action = QAction(self.window)
        action.setObjectName(f"inbox-{key}")
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        self.window.add_action("Mail", action)
        self.actions[key] = action

    def stop(self) -> None:
        self.sync_timer.stop()
        self.tick.stop()

    # -- what is shown --------------------------------------------------------------------------
    def situation_title(self, situation: str) -> str:
        """A situation's title in the interface language, from the snippet library."""
        from ozon_assistant.ui.snippets.extension import SnippetsExtension

        snippets = self.window.findChild(SnippetsExtension)
        if snippets is None:
            return situation
        lang = getattr(self.window, "ui_lang", "en") or "en"
        return snippets.service.library.situation(situation).title_for(lang)

    def _notice(self) -> str:
        if not self.loaded_once:
            return ""
        if not self.has_imap():
            return fill(self.tr("No account reads incoming mail yet: add its incoming mail "
                                "server in %1."),
                        menu_path("Mail", translate("MailExtension", "E-mail &accounts…")))
        if not self.rows:
            return self.tr("No e-mails from buyers yet. New ones are fetched every few minutes, "
                           "or now with Sync.")
        return ""

    def has_imap(self) -> bool:
        return any(a.has_imap for a in self.accounts.values())

    def _show_status(self) -> None:
        """The status bar's inbox label: syncing, when it last synced, or why it failed."""
        if self.sync_task is not None:
            text, tip, color = self.tr("Inbox: syncing…"), "", ""
        elif self.last_error is not None:
            when = _clock(self.last_sync)
            reason = error_text(self.last_error)
            text = fill(self.tr("Inbox: sync failed at %1 — %2"), when, reason)
            tip, color = text, BAD_COLOR
        elif self.last_sync is not None:
            text = fill(self.tr("Inbox synced at %1"), _clock(self.last_sync))
            tip, color = "", ""
        else:
            self.status.hide()
            return
        # a long reason is cut short here (the status bar is shared); the tooltip holds it all
        self.status.setText(self.status.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, STATUS_WIDTH))
        self.status.setToolTip(tip)
        self.status.setStyleSheet(f"color: {color}" if color else "")
        self.status.setVisible(self.has_imap() or self.last_error is not None)

    def show_inbox(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.dock.tree.setFocus()
        first = self.dock.tree.topLevelItem(0)
        if self.dock.tree.currentItem() is None and first is not None:
            self.dock.tree.setCurrentItem(first)

    # -- loading the list (a task) --------------------------------------------------------------
    def _first_look(self) -> None:
        self.refresh(then_sync=True)

    def refresh(self, then_sync: bool = False) -> None:
        """Read the list again off the UI thread (after a sync, a send)."""
        if self.load_task is not None:
            self.load_again = True
            return
        known = set(self._situations)

        def work(_progress: Any) -> Loaded:
            return self._load(known)

        self.load_task = Task(work, self)
        self.load_task.done.connect(lambda loaded: self._loaded(loaded, then_sync))
        self.load_task.failed.connect(self._load_failed)
        self.load_task.start()

    def _load(self, known: set[int]) -> Loaded:
        """On the task's thread: accounts, messages and the situations of new messages."""
        accounts = {a.name: a for a in AccountStore().all()}
        store = InboxStore()
        try:
            messages = ordered(store.messages())
            syncs = [store.state(name) for name, a in accounts.items() if a.has_imap]
        finally:
            store.close()
        loaded = Loaded(accounts, messages)
        fine = [s.last_sync for s in syncs if s is not None and s.last_sync and not s.last_error]
        loaded.last_sync = max(fine) if fine else None
        new = [m for m in messages if m.id not in known]
        if new:
            if self._finder is None:
                self._finder = Situations()
            loaded.situations = {m.id: self._finder.of(m) for m in new}
        return loaded

    def _loaded(self, loaded: Loaded, then_sync: bool) -> None:
        self.load_task = None
        first = not self.loaded_once
        self.loaded_once = True
        self.accounts = loaded.accounts
        self._situations.update(loaded.situations)
        if self.last_sync is None:
            self.last_sync = loaded.last_sync
        self.rows = [InboxRow(m, self._situations.get(m.id, [])) for m in loaded.messages]
        self._relink()
        self.dock.show_rows(self.rows)
        self.dock.set_notice(self._notice)
        self._show_status()
        if first and (self.has_imap() or self.rows):
            self.dock.show()  # the seller reads mail here: the inbox is part of the window now
            rows = self.dock.tree.fontMetrics().height() + 6
            self.window.resizeDocks([self.dock], [rows * 8 + 70], Qt.Orientation.Vertical)
        if self.load_again:
            self.load_again = False
            self.refresh(then_sync)
        elif then_sync and self.has_imap():
            self.sync(asked=False)

    def _load_failed(self, exc: object) -> None:
        self.load_task = None
        self.loaded_once = True
        if isinstance(exc, BaseException):
            self.window.status_message(fill(self.tr("Inbox not read: %1"), error_text(exc)))
        if self.load_again:
            self.load_again = False
            self.refresh()

    # -- syncing (a task) -----------------------------------------------------------------------
    def sync(self, asked: bool = True) -> None:
        """Fetch new mail for every account with an incoming side, off the UI thread."""
        if self.sync_task is not None:
            if asked:
                self.window.status_message(self.tr("The inbox is being synced already."))
            return
        if not asked and self.loaded_once and not self.has_imap():
            return  # the timer: nothing to read (the accounts are read again at each refresh)
        from ozon_assistant.inbox.sync import sync

        def work(_progress: Any) -> list[tuple[str, object]]:
            names = [a.name for a in AccountStore().all() if a.has_imap]
            results: list[tuple[str, object]] = []
            for name in names:
                try:
                    results.append((name, sync(name)))
                except OzonError as exc:
                    results.append((name, exc))
            return results

        self.sync_asked = asked
        self.sync_task = Task(work, self)
        self.sync_task.done.connect(self._synced)
        self.sync_task.failed.connect(lambda exc: self._synced([("", exc)]))
        self._show_status()
        self.sync_task.start()

    def _synced(self, results: list[tuple[str, object]]) -> None:
        self.sync_task = None
        if not results:
            self.last_error = None
            if self.sync_asked:
                self.window.status_message(self._notice() or fill(
                    self.tr("No account reads incoming mail yet: add its incoming mail server "
                            "in %1."),
                    menu_path("Mail", translate("MailExtension", "E-mail &accounts…"))))
            self.refresh()
            return
        self.last_sync = time.time()
        failures = [r for _n, r in results if isinstance(r, BaseException)]
        self.last_error = failures[0] if failures else None
        added = sum(int(getattr(r, "added", 0)) for _n, r in results)
        if added:
            self.window.status_message(self.tr("%n new e-mail(s) from buyers", "", added))
        elif failures and self.sync_asked:
            self.window.status_message(error_text(failures[0]))
        self._show_status()
        self.refresh()
        if any(not isinstance(r, BaseException) for _n, r in results):
            self._feedback_changed()

    def _feedback_changed(self) -> None:
        """The Feedback view, when open, counts again after a sync (found by name: Qt Charts
        is loaded only when the seller opens it)."""
        view = self.window.findChild(QWidget, "feedback-view")
        inbox_changed = getattr(view, "inbox_changed", None)
        if inbox_changed is not None:
            inbox_changed()

    # -- answering ------------------------------------------------------------------------------
    def _message(self, message_id: int) -> Message | None:
        return next((r.message for r in self.rows if r.message.id == message_id), None)

    def _mail(self) -> Any:
        from ozon_assistant.ui.mail import extension as mail_ext

        return mail_ext.extension_of(self.window)

    def _show_buyer_text(self, message: Message) -> None:
        """The message in the snippet sidebar's "Buyer wrote…": its proposals at once."""
        from ozon_assistant.ui.snippets.sidebar import SnippetSidebar

        sidebar = self.window.findChild(SnippetSidebar)
        if sidebar is not None:
            sidebar.set_buyer_message("\n".join(x for x in (message.subject, message.body) if x))

    def _switch_to(self, editor: Any) -> None:
        tabs = getattr(self.window, "tabs", None)
        if tabs is not None:
            for i in range(tabs.count()):
                if getattr(tabs.widget(i), "editor", None) is editor:
                    tabs.setCurrentIndex(i)
        editor.setFocus()

    @staticmethod
    def _link(mail: Any, tab: Any, link: InboxReply) -> None:
        """Send threads the draft in ``tab`` (and marks the message); the link is kept with the
        draft in the drafts file, so a draft reopened after a restart still answers it."""
        mail.link_draft(tab.editor, link)
        draft = getattr(tab, "draft", None)
        if draft is not None:
            draft.inbox_message, draft.inbox_kind = link.message_id, link.kind
            tab.save()

    def _relink(self) -> None:
        """Drafts reopened from the drafts file (a restart, a restored crash) that answer or
        thank a message of the list are linked to it again: Send threads them."""
        mail = self._mail()
        compose_tabs = getattr(self.window, "compose_tabs", None)
        if mail is None or compose_tabs is None:
            return
        tabs = compose_tabs()
        current = self.window.current_editor() if tabs else None
        for tab in tabs:
            draft = tab.draft
            if not draft.inbox_message or tab.editor in mail.inbox_links:
                continue
            message = self._message(draft.inbox_message)
            if message is None:  # not (or no longer) in the list: sent as a plain e-mail
                continue
            kind = draft.inbox_kind or "reply"
            mail.link_draft(tab.editor, InboxReply(message.id, replies.buyer_mail(message), kind),
                            show=tab.editor is current)  # the buyer of the draft in front

    def open_message(self, message_id: int) -> None:
        """Answer the message: its text in "Buyer wrote…", a reply draft that Send threads."""
        message = self._message(message_id)
        mail = self._mail()
        if message is None or mail is None:
            return
        self._show_buyer_text(message)
        editor = mail.draft_for(message.id, "reply")
        link = InboxReply(message.id, replies.buyer_mail(message), "reply")
        if editor is not None:
            mail.set_buyer(link.buyer)
            self._switch_to(editor)
            return
        tab = self.window.new_draft(replies.greeting(message) + "\n\n", channel="email")
        self._link(mail, tab, link)
        tab.editor.moveCursor(QTextCursor.MoveOperation.End)
        tab.editor.setFocus()
        if message.answered:
            self.window.status_message(self.tr("This e-mail was answered already: a second reply "
                                               "goes only if you send it."))
        else:
            self.window.status_message(fill(self.tr("Answering %1: Send replies in the same "
                                                    "thread (%2)"),
                                            message.subject or message.reply_to, "Ctrl+Shift+Enter"))

    def thank(self, message_id: int) -> None:
        """A thank-you letter for the message's buyer, as a draft to review and send."""
        message = self._message(message_id)
        mail = self._mail()
        if message is None or mail is None:
            return
        editor = mail.draft_for(message.id, "thanks")
        if editor is not None:
            self._switch_to(editor)
            return
        if not can_thank(message):
            self.window.status_message(self.tr("A thank-you letter goes once the buyer's e-mail "
                                               "is answered, and only once per e-mail."))
            return
        from ozon_assistant.ui.snippets.extension import SnippetsExtension

        snippets = self.window.findChild(SnippetsExtension)
        if snippets is None:
            return
        account = self.accounts.get(message.account)
        shop = account.display_name if account is not None else ""
        try:
            # signed once: by the seller's signature (added at Send) when Settings has one
            letter = thanks.letter(snippets.service, message, shop,
                                   signature=self.window.settings.signature)
        except OzonError as exc:
            self.window.status_message(error_text(exc))
            return
        tab = self.window.new_draft(letter.text, channel="email")
        self._link(mail, tab, InboxReply(message.id, replies.buyer_mail(message), "thanks"))
        cursor = tab.editor.textCursor()
        cursor.setPosition(to_utf16(letter.text, letter.cursor))
        tab.editor.setTextCursor(cursor)
        tab.editor.setFocus()
        if letter.unfilled:
            self.window.status_message(fill(self.tr("Fill in before sending: %1"),
                                            joined("{" + n + "}" for n in letter.unfilled)))
        else:
            self.window.status_message(self.tr("Review the thank-you letter, then send it "
                                               "(Ctrl+Shift+Enter)."))


def _clock(stamp: float | None) -> str:
    return time.strftime("%H:%M", time.localtime(stamp)) if stamp else "—"


def install(window: Any) -> InboxExtension:
    """Called by ui/window/extensions.py once the main window is built (after the e-mail parts)."""
    return InboxExtension(window)
