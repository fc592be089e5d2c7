"""The window's menus with their shortcuts, and the status bar's permanent indicators.

Keyboard first: every action has a shortcut, listed in Help → Keyboard shortcuts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from ozon_assistant.core.types import CHANNELS
from ozon_assistant.ui.compose.findings_panel import FIX_ALL_SHORTCUT
from ozon_assistant.ui.shared.labels import channel_name, joined, labelled
from ozon_assistant.ui.shared.retranslate import RetranslatedObject

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ozon_assistant.checker.engine import SourceStatus
    from ozon_assistant.ui.window.main_window import MainWindow


def menu_title(key: str) -> str:
    """Menus are addressed by English keys; this is what the seller reads."""
    titles = {
        "Draft": translate("Menus", "&Draft"),
        "Reply": translate("Menus", "&Reply"),
        "View": translate("Menus", "&View"),
        "Tools": translate("Menus", "&Tools"),
        "Mail": translate("Menus", "&Mail"),
        "Snippets": translate("Menus", "&Snippets"),
        "Help": translate("Menus", "&Help"),
    }
    return titles.get(key, key)


def _act(window: MainWindow, menu: str, text: Callable[[], str], slot: Callable[[], object],
         *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
    """An action in ``menu`` whose text (``text()``) follows the interface language."""
    action = QAction(text(), window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(lambda _=False: slot())
    window.add_action(menu, action)
    window.action_texts.append((action, text))
    return action


def build_menus(w: MainWindow) -> None:
    for key in ("Draft", "Reply", "View", "Tools", "Help"):
        w.menu(key)
    _act(w, "Draft", lambda: translate("Menus", "&New draft"), w.new_draft,
         QKeySequence.StandardKey.New)
    _act(w, "Draft", lambda: translate("Menus", "&Close draft"), w.close_draft, "Ctrl+W")
    _act(w, "Draft", lambda: translate("Menus", "Ne&xt draft"), lambda: _cycle(w, 1),
         "Ctrl+PgDown", "Ctrl+Tab")
    _act(w, "Draft", lambda: translate("Menus", "&Previous draft"), lambda: _cycle(w, -1),
         "Ctrl+PgUp", "Ctrl+Shift+Tab")
    w.menu("Draft").addSeparator()
    _act(w, "Draft", lambda: translate("Menus", "&Quit"), w.close, "Ctrl+Q")

    _act(w, "Reply", lambda: translate("Menus", "&Approve && Copy"), w.approve_and_copy,
         "Ctrl+Return", "Ctrl+Enter")
    _act(w, "Reply", lambda: translate("Menus", "&Fix all safe"), w.fix_all_safe,
         FIX_ALL_SHORTCUT)
    _act(w, "Reply", lambda: translate("Menus", "&Next finding"), lambda: w.next_finding(1), "F8")
    _act(w, "Reply", lambda: translate("Menus", "P&revious finding"),
         lambda: w.next_finding(-1), "Shift+F8")
    channels = w.menu("Reply").addMenu(translate("Menus", "C&hannel"))
    w.action_texts.append((channels.menuAction(), lambda: translate("Menus", "C&hannel")))
    for n, code in enumerate(CHANNELS, 1):
        action = QAction(channel_name(code), w)
        action.setShortcut(QKeySequence(f"Ctrl+{n}"))
        action.triggered.connect(lambda _=False, c=code: w.current_tab().header.set_channel(c))
        channels.addAction(action)
        w.action_texts.append((action, partial(channel_name, code)))
    _act(w, "Reply", lambda: translate("Menus", "Reply &language: next"),
         lambda: _cycle_language(w), "Ctrl+L")

    _act(w, "View", lambda: translate("Menus", "&Findings"), w.panel.focus_list, "F6")
    _act(w, "View", lambda: translate("Menus", "&History"), w.show_history, "Ctrl+H")
    _act(w, "View", lambda: translate("Menus", "Buyers' f&eedback"), lambda: show_feedback(w))
    _act(w, "View", lambda: translate("Menus", "The &Standard"), lambda: w.show_standard(""), "F1")
    _act(w, "View", lambda: translate("Menus", "&Compose pane"),
         lambda: w.current_editor().setFocus(), "Esc")
    _act(w, "Tools", lambda: translate("Menus", "&Settings…"), w.show_settings, "Ctrl+,")
    _act(w, "Help", lambda: translate("Menus", "&Keyboard shortcuts"), lambda: show_shortcuts(w),
         "Ctrl+/")
    _act(w, "Help", lambda: translate("Menus", "&About Ozon Compose Assistant"), w.show_about)


def show_feedback(w: MainWindow) -> None:
    """View → Buyers' feedback (Qt Charts is loaded only then)."""
    from ozon_assistant.ui.inbox.feedback_view import open_feedback

    open_feedback(w)


def _cycle(w: MainWindow, step: int) -> None:
    count = w.tabs.count()
    if count:
        w.tabs.setCurrentIndex((w.tabs.currentIndex() + step) % count)
        w.current_editor().setFocus()


def _cycle_language(w: MainWindow) -> None:
    combo = w.current_tab().header.language
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())


#: the shortcut list's groups, by task: each is the menus whose actions it lists, in this order
SHORTCUT_GROUPS = (("Reply",), ("Draft",), ("Snippets",), ("Mail",), ("View", "Tools", "Help"))


def group_title(keys: tuple[str, ...]) -> str:
    titles = {
        "Reply": translate("Menus", "Writing and checking a reply"),
        "Draft": translate("Menus", "Drafts"),
        "Snippets": translate("Menus", "Snippets and phrases"),
        "Mail": translate("Menus", "E-mail"),
        "View": translate("Menus", "Views, settings and help"),
    }
    return titles.get(keys[0], plain_text(menu_title(keys[0])))


def _menu_rows(menu: QMenu) -> list[tuple[str, str]]:
    """(action, keys) for every action of ``menu`` (and its submenus) with a shortcut, in the
    menu's order."""
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):  # "Channel: Chat", not a bare "Chat"
            title = plain_text(sub.title())
            rows.extend((labelled(title, name), keys) for name, keys in _menu_rows(sub))
            continue
        keys = list(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText)
                                  for s in action.shortcuts()))
        if keys and action.text():
            rows.append((plain_text(action.text()), ", ".join(keys)))
    return rows


def shortcut_groups(w: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(task, [(action, keys)]) for every action with a shortcut, grouped by task in the order
    the menus list them, each listed once.

    Menu texts lose their accelerator, whether "&Draft" or a Chinese "草稿(&D)"; two sequences
    that read the same in the UI language (Ctrl+Return and Ctrl+Enter both read "Ctrl+回车")
    are shown once."""
    groups = []
    seen: set[tuple[str, str]] = set()
    grouped = {key for keys in SHORTCUT_GROUPS for key in keys}
    others = tuple(key for key in w.menu_keys() if key not in grouped)
    for keys in (*SHORTCUT_GROUPS, *((key,) for key in others)):
        rows: list[tuple[str, str]] = []
        for key in keys:
            if key in w.menu_keys():
                rows.extend(r for r in _menu_rows(w.menu(key)) if r not in seen)
        if keys[0] == "Reply":
            rows.append((translate("Menus", "Fixes for the finding at the cursor"),
                         QKeySequence("Ctrl+.").toString(QKeySequence.SequenceFormat.NativeText)))
        rows = list(dict.fromkeys(rows))
        seen.update(rows)
        if rows:
            groups.append((group_title(keys), rows))
    return groups


def shortcut_rows(w: MainWindow) -> list[tuple[str, str]]:
    """(action, keys) for every action with a shortcut, each once, in the list's order."""
    return [row for _title, rows in shortcut_groups(w) for row in rows]


def menu_path(key: str, action_text: str) -> str:
    """Where a menu entry is, as the menus read in the UI language: "Mail → E-mail accounts"
    (the window tells a seller where to click, never a command to type)."""
    return f"{plain_text(menu_title(key))} → {plain_text(action_text).rstrip('…').strip()}"


def plain_text(text: str) -> str:
    """A menu text without its accelerator: "草稿(&D)" → "草稿", "&Approve && Copy" → "Approve & Copy"."""
    text = re.sub(r"\s*[(（]&[^&\s][)）]", "", text)
    return re.sub(r"&(.)", r"\1", text)


def show_shortcuts(w: MainWindow) -> None:
    import html

    from PySide6.QtWidgets import QMessageBox

    parts = []
    for title, rows in shortcut_groups(w):
        parts.append(f"<tr><td colspan='2' style='padding-top:8px'><b>{html.escape(title)}</b>"
                     "</td></tr>")
        parts.extend(f"<tr><td style='padding-left:12px'>{html.escape(name)}</td>"
                     f"<td style='padding-left:16px'><b>{html.escape(keys)}</b></td></tr>"
                     for name, keys in rows)
    box = QMessageBox(w)
    box.setObjectName("shortcuts")
    box.setWindowTitle(translate("Menus", "Keyboard shortcuts"))
    box.setText("<table>" + "".join(parts) + "</table>")
    box.open()


def source_text(status: SourceStatus, source: object) -> str:
    """What the status bar says about one source, in the UI language. The core's own ``detail``
    (English) becomes the tooltip; the text is built from the name and state it reports."""
    state = status.state
    if status.name == "languagetool":
        mode = str(getattr(source, "mode", ""))
        if state == "off":
            return translate("Status", "LanguageTool: off")
        if state == "loading":
            return (translate("Status", "LanguageTool: starting…") if mode == "local"
                    else translate("Status", "LanguageTool: connecting…"))
        if state == "limited":  # the public server's 20 checks a minute: shown, not felt
            wait = getattr(source, "limited_for", lambda: 0.0)()
            return translate("Status", "LanguageTool: paused, the public server takes 20 checks "
                             "a minute (next in %1 s)").replace("%1", str(max(1, math.ceil(wait))))
        failure = str(getattr(source, "failure", ""))
        if state == "ready":
            used = source.memory_in_use() if hasattr(source, "memory_in_use") else None
            if mode == "local" and used:
                return translate("Status", "LanguageTool: ready (on this computer, %1 MB)").replace(
                    "%1", str(used))
            where = {"local": translate("Status", "LanguageTool: ready (on this computer)"),
                     "public": translate("Status", "LanguageTool: ready (public server)")}
            return where.get(mode) or translate("Status", "LanguageTool: ready (%1)").replace(
                "%1", mode)
        if failure == "stopped":
            return translate("Status", "LanguageTool: stopped")
        if failure:
            return translate("Status", "LanguageTool: failed — %1").replace(
                "%1", languagetool_failure(failure) or status.detail)
        return translate("Status", "LanguageTool: unavailable")
    if status.name == "speller":
        if state == "loading":
            return translate("Status", "Spelling: loading…")
        if state == "ready":
            languages = joined(str(x) for x in getattr(source, "languages", ()))
            return translate("Status", "Spelling: ready (%1)").replace("%1", languages)
        if state == "off":
            return translate("Status", "Spelling: off")
        return translate("Status", "Spelling: unavailable")
    return status.detail or f"{status.name}: {state}"


def languagetool_failure(code: str) -> str:
    """Why the local LanguageTool did not start, in the UI language ('' for another reason:
    the core's English line is shown then)."""
    return {
        "no-installation": translate(
            "Status", "no installation found: choose its folder in Settings → Checking"),
        "no-java": translate("Status", "Java not found: install Java 17 or newer"),
        "old-java": translate("Status", "it needs Java 17 or newer"),
        "timeout": translate("Status", "it did not start in time"),
        "memory": translate("Status", "it ran out of memory"),
        "exited": translate("Status", "it stopped unexpectedly"),
    }.get(code, "")


class StatusArea(RetranslatedObject, QObject):
    """Permanent status-bar labels: checking state and each source's state (LanguageTool …)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.checking = QLabel()
        self.checking.setObjectName("checking")
        self.sources = QLabel()
        self.sources.setObjectName("sources")
        bar = window.statusBar()
        bar.addPermanentWidget(self.checking)
        bar.addPermanentWidget(self.sources)
        self.timer = QTimer(self)
        self.timer.setInterval(700)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def retranslate_ui(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        tab = self.window.tabs.currentWidget()
        busy = bool(getattr(getattr(tab, "live", None), "busy", False))
        self.checking.setText(translate("Status", "Checking…") if busy else translate("Status", "Checked"))
        parts, details = [], []
        checker = self.window.checker_service.loaded  # not loaded yet (start-up): no sources yet either
        for source in checker.sources if checker is not None else ():
            st = source.status()
            said = source_text(st, source)
            parts.append(said)
            # the core's own words (English) only for what went wrong, and for the local
            # LanguageTool server's own figures (memory): the technical detail behind the state
            technical = st.state in ("unavailable", "limited") \
                or getattr(source, "mode", "") == "local"
            details.append(labelled(said, st.detail) if technical and st.detail else said)
        self.sources.setText("  ·  ".join(parts) if parts
                             else translate("Status", "House rules only (LanguageTool off)"))
        self.sources.setToolTip("\n".join(details))
