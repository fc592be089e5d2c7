"""The snippet sidebar (a dock): search, situations, favourites and recent first, a preview in the
reply language with the zh gloss, and a "buyer wrote" box that proposes situations: with the
review's star rating when the buyer gave one (the proposals follow it), what the message reads as,
each situation's evidence (the buyer's words that made the choice), and "none fits" said plainly
with the general answers.

It only shows and asks: inserting (with the fill-in form) is done by whoever listens to
``insert_requested`` (see ``snippets_ext``), so the dock works without a main window in tests.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.snippets.fill import render_gloss, render_snippet
from ozon_assistant.snippets.model import Snippet
from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.snippets.suggest import Proposal
from ozon_assistant.ui.shared.labels import channel_name, joined, labelled, language_name, quoted
from ozon_assistant.ui.shared.retranslate import Retranslated

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # the group of search results
#: What the evidence row of a proposed situation holds (not a snippet: never selected)
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
CYRILLIC = re.compile("[а-яё]", re.I)
#: How many of a situation's evidence words its row shows (all of them in its tooltip)
EVIDENCE_SHOWN = 5
BREAK_RE = re.compile(r"[^ 、，：]+[ 、，：]*|[ 、，：]+")
SEARCH_DELAY_MS = 60
SUGGEST_DELAY_MS = 400


class SnippetSidebar(Retranslated, QDockWidget):
    insert_requested = Signal(str)      # snippet id
    edit_requested = Signal(str)        # snippet id ("" = new snippet)
    action_requested = Signal(str, str)  # action (copy | duplicate | delete), snippet id

    def __init__(self, service: SnippetService, ui_lang: str = "en",
                 reply_lang: Callable[[], str] = lambda: "ru", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet-sidebar")
        self.service = service
        self.ui_lang = ui_lang
        self.reply_lang = reply_lang

        body = QWidget()
        body.setMinimumWidth(280)  # the window fits a 1280-pixel screen beside it
        col = QVBoxLayout(body)
        col.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setObjectName("snippet-search")
        self.search.setClearButtonEnabled(True)
        col.addWidget(self.search)

        self.buyer = QPlainTextEdit()
        self.buyer.setObjectName("buyer-wrote")
        self.buyer.setMaximumHeight(64)
        self.buyer.setTabChangesFocus(True)
        col.addWidget(self.buyer)
        rating_row = QHBoxLayout()
        self.rating_label = QLabel()
        self.rating = QComboBox()
        self.rating.setObjectName("buyer-rating")
        self.rating.addItem("", None)
        for n in range(1, 6):
            self.rating.addItem("★" * n + "☆" * (5 - n), n)
        self.rating_label.setBuddy(self.rating)
        rating_row.addWidget(self.rating_label)
        rating_row.addWidget(self.rating, 1)
        col.addLayout(rating_row)
        self.reading = QLabel()
        self.reading.setObjectName("buyer-reading")
        self.reading.setWordWrap(True)
        self.reading.hide()
        col.addWidget(self.reading)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("snippet-split")  # its sizes are kept with the window's layout
        split.setChildrenCollapsible(False)
        self.tree = QTreeWidget()
        self.tree.setObjectName("snippet-tree")
        self.tree.setHeaderHidden(True)
        # a long snippet title, an evidence row or "none fits" take two lines in a narrow dock
        # (:meth:`_wrapped`): the rows differ in height
        split.addWidget(self.tree)
        self.preview = QTextBrowser()
        self.preview.setObjectName("snippet-preview")
        self.preview.setOpenLinks(False)
        split.addWidget(self.preview)
        # the preview gets the room: a whole snippet reads there before it is inserted, and a
        # taller window gives it more than the list (issue 17: four lines even maximised)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 6)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.split = split
        col.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("snippet-insert")
        self.insert_button.setDefault(True)
        self.favourite_button = QPushButton("☆")
        self.favourite_button.setObjectName("snippet-favourite")
        self.favourite_button.setFixedWidth(36)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("snippet-edit")
        for b in (self.insert_button, self.favourite_button, self.edit_button):
            buttons.addWidget(b)
        col.addLayout(buttons)
        self.notice = QLabel()
        self.notice.setObjectName("snippet-notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        col.addWidget(self.notice)
        self.setWidget(body)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.buyer.textChanged.connect(self._suggest_timer.start)
        self.rating.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.returnPressed.connect(self.insert_current)
        self.search.installEventFilter(self)
        # a wider or narrower list wraps the evidence rows again
        self._rewrap_timer = QTimer(self, singleShot=True, interval=150)
        self._rewrap_timer.timeout.connect(self.refresh)
        self.tree.viewport().installEventFilter(self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemActivated.connect(lambda item, _c: self._activate(item))
        self.tree.currentItemChanged.connect(lambda _c, _p: self.show_preview())
        self.insert_button.clicked.connect(self.insert_current)
        self.favourite_button.clicked.connect(self.toggle_favourite)
        self.edit_button.clicked.connect(
            lambda: self.edit_requested.emit(self.current_id() or ""))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text in the current interface language, the list and the preview too."""
        self.setWindowTitle(self.tr("Snippets"))
        self.search.setPlaceholderText(self.tr("Search snippets (ru / en / 中文)…"))
        self.buyer.setPlaceholderText(self.tr("Buyer wrote… (paste the message to get proposals)"))
        self.rating_label.setText(self.tr("&Rating:"))
        self.rating.setItemText(0, self.tr("No rating"))
        self.rating.setToolTip(self.tr("The review's stars, when the buyer gave some: a 1-star "
                                       "review is never offered thanks for praise first, a 5-star "
                                       "one never an apology first"))
        self.insert_button.setText(self.tr("Insert"))
        self.favourite_button.setToolTip(self.tr("Favourite: shown first"))
        self.edit_button.setText(self.tr("Edit…"))
        self.refresh()

    def set_ui_language(self, ui_lang: str) -> None:
        """Snippet and situation titles in ``ui_lang`` (the labels follow LanguageChange)."""
        if ui_lang != self.ui_lang:
            self.ui_lang = ui_lang
            self.refresh()

    # -- filling the tree -----------------------------------------------------------------------
    def _snippet_item(self, parent: QTreeWidget | QTreeWidgetItem, s: Snippet, favs: set[str],
                      note: str = "") -> QTreeWidgetItem:
        star = "★ " if s.id in favs else ""
        own = "" if s.source == "bundled" else ("  ✎" if s.source == "user" else "  ⧉")
        depth, up = 0, parent  # type: tuple[int, QTreeWidget | QTreeWidgetItem | None]
        while isinstance(up, QTreeWidgetItem):
            depth, up = depth + 1, up.parent()
        item = QTreeWidgetItem(parent, [self._wrapped(f"{star}{s.title_for(self.ui_lang)}{own}{note}",
                                                      depth)])
        item.setData(0, ID_ROLE, s.id)
        item.setToolTip(0, f"{s.id} · {self._source_name(s.source)}")
        return item

    def _source_name(self, source: str) -> str:
        """Which library a snippet comes from, named in the UI language (not the raw code)."""
        names = {
            "bundled": self.tr("Bundled library", "where a snippet comes from"),
            "team": self.tr("Team library", "where a snippet comes from"),
            "user": self.tr("My library", "where a snippet comes from"),
        }
        return names.get(source, source)

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setExpanded(True)
        return item

    def refresh(self) -> None:
        """Rebuild the tree for the current query and buyer message (keeps the selection)."""
        keep = self.current_id()
        self.tree.clear()
        favs = self.service.usage.favourites()
        query = self.search.text()
        message = self.buyer.toPlainText().strip()
        lib = self.service.library
        if message:
            proposal = self.service.propose(message, self.reply_lang(), limit=3,
                                            rating=self.current_rating())
            self._show_reading(proposal)
            group = self._group(self.tr("Proposed for the buyer's message"))
            if not proposal.fits:
                note = QTreeWidgetItem(group, [self._wrapped(self.tr(
                    "No situation fits this message: the general answers"), 1)])
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                note.setToolTip(0, note.text(0))
            for r in proposal.situations:
                sit = QTreeWidgetItem(group, [lib.situation(r.category).title_for(self.ui_lang)])
                sit.setData(0, ID_ROLE, r.snippets[0].snippet.id if r.snippets else None)
                sit.setExpanded(True)
                if r.evidence:
                    words = self._evidence(r.evidence)
                    because = labelled(self.tr("Because of"), joined(words))
                    sit.setToolTip(0, because)
                    row = QTreeWidgetItem(sit, [self._wrapped(
                        labelled(self.tr("Because of"), joined(words[:EVIDENCE_SHOWN])), 2)])
                    row.setData(0, EVIDENCE_ROLE, list(r.evidence))
                    row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read, never picked
                    font = row.font(0)
                    font.setItalic(True)
                    row.setFont(0, font)
                    row.setForeground(0, self.palette().placeholderText())
                    row.setToolTip(0, because)
                for pick in r.snippets:
                    self._snippet_item(sit, pick.snippet, favs)
        else:
            self.reading.hide()
        if query.strip():
            # the search answers what was typed, also beside a buyer's message: its results
            # come first, and a new query selects (and previews) its first result (issue 17)
            hits = self.service.search(query, limit=60)
            group = self._group(self.tr("Search results for “%1” (%n)", "", len(hits))
                                .replace("%1", query.strip()))
            group.setData(0, SEARCH_ROLE, True)
            for h in hits:
                self._snippet_item(group, h.snippet, favs)
            if not hits:
                QTreeWidgetItem(group, [self.tr("No snippet matches. Try another word or "
                                                "language.")]).setFlags(Qt.ItemFlag.ItemIsEnabled)
            if message:
                taken = self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
                if taken is not None:
                    self.tree.insertTopLevelItem(0, taken)
                group.setExpanded(True)
            if query != getattr(self, "_answered_query", None):
                keep = None
                self.tree.setCurrentIndex(QModelIndex())  # no proposal stays selected over the results
                self.tree.scrollToTop()
        elif not message:
            self._fill_browse(favs)
        self._answered_query = query
        self._select(keep)

    def _wrapped(self, text: str, depth: int) -> str:
        """``text`` broken into lines that fit the list at ``depth`` (a row is never cut short)."""
        room = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        metrics = self.tree.fontMetrics()
        if room <= 40 or metrics.horizontalAdvance(text) <= room:
            return text
        lines: list[str] = []
        line = ""
        for piece in BREAK_RE.findall(text):  # after a space, a comma, 、 or ：
            if line and metrics.horizontalAdvance((line + piece).rstrip()) > room:
                lines.append(line.rstrip())
                line = piece
            else:
                line += piece
        return "\n".join([*lines, line.rstrip()])

    def current_rating(self) -> int | None:
        """The stars chosen beside "Buyer wrote…" (None: no rating)."""
        value = self.rating.currentData()
        return value if isinstance(value, int) else None

    def set_rating(self, rating: int | None) -> None:
        self.rating.setCurrentIndex(rating if rating in (1, 2, 3, 4, 5) else 0)

    def _kind_name(self, kind: str) -> str:
        names = {"review": self.tr("a review"), "question": self.tr("a question about the product"),
                 "order": self.tr("a request about an order"),
                 "claim": self.tr("a claim (defect, damage, wrong or missing item)"),
                 "return": self.tr("a return or refund request")}
        return names.get(kind, kind)

    def _sentiment_name(self, sentiment: str) -> str:
        names = {"praise": self.tr("praise"), "complaint": self.tr("a complaint"),
                 "mixed": self.tr("mixed"), "neutral": self.tr("neutral")}
        return names.get(sentiment, sentiment)

    def _show_reading(self, proposal: Proposal) -> None:
        """What the message reads as, and "none fits" said plainly."""
        parts = [p for p in (self._kind_name(proposal.kind) if proposal.kind else "",
                             self._sentiment_name(proposal.sentiment) if proposal.sentiment else "")
                 if p]
        text = labelled(self.tr("Reads as"), joined(parts)) if parts else ""
        if not proposal.fits:  # what it reads as means little then
            text = self.tr("None of the situations fits this message; the general answers are "
                           "proposed instead.")
        self.reading.setText(text)
        self.reading.setVisible(bool(text))

    def _evidence(self, evidence: list[str]) -> list[str]:
        """The buyer's own words in quotation marks; the signs of the message's form named."""
        signs = {"question form": self.tr("a question's form"),
                 "question word": self.tr("a question word"),
                 "emoji 👍": self.tr("a happy emoji"), "emoji 😡": self.tr("an angry emoji"),
                 "CAPITALS": self.tr("capital letters"), "?": self.tr("a question mark"),
                 ")))": self.tr("smileys «)))»"), "(((": self.tr("sad «(((»"),
                 "!!!": self.tr("exclamation marks")}
        out = []
        for e in evidence:
            if e in signs:
                out.append(signs[e])
                continue
            if e.startswith("не/not "):  # a negated word, in the message's own language
                word = e[len("не/not "):]
                e = ("не " if CYRILLIC.search(word) else "not ") + word
            out.append(quoted(e))
        return out

    def _fill_browse(self, favs: set[str]) -> None:
        lib = self.service.library
        recent = [sid for sid in self.service.usage.recent(8) if sid in lib.snippets]
        if favs & set(lib.snippets):
            group = self._group(self.tr("★ Favourites"))
            for s in lib.ordered():
                if s.id in favs:
                    self._snippet_item(group, s, favs)
        if recent:
            group = self._group(self.tr("Recent"))
            for sid in recent:
                self._snippet_item(group, lib.snippets[sid], favs)
        by_cat: dict[str, list[Snippet]] = {}
        for s in lib.ordered():
            by_cat.setdefault(s.category, []).append(s)
        for cat, items in by_cat.items():
            sit = QTreeWidgetItem(self.tree, [f"{lib.situation(cat).title_for(self.ui_lang)} "
                                              f"({len(items)})"])
            sit.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for s in items:
                self._snippet_item(sit, s, favs)

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            out.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return out

    def snippet_rows(self, visible_only: bool = False) -> list[QTreeWidgetItem]:
        """Rows that stand for a snippet, top to bottom (only in expanded groups if asked)."""
        def shown(it: QTreeWidgetItem) -> bool:
            parent = it.parent()
            return not visible_only or parent is None or parent.isExpanded()

        return [it for it in self._items() if it.data(0, ID_ROLE) and it.childCount() == 0
                and shown(it)]

    def _select(self, keep: str | None) -> None:
        rows = self.snippet_rows(visible_only=keep is None)
        target = next((r for r in rows if r.data(0, ID_ROLE) == keep), None) if keep else None
        if target is None and self.search.text().strip():
            # the first search result, never a proposal, when the search found something
            results = self.tree.topLevelItem(0)
            if results is not None and results.data(0, SEARCH_ROLE) and results.childCount():
                first = results.child(0)
                target = first if first is not None and first.data(0, ID_ROLE) else None
            if target is None:
                self.tree.setCurrentIndex(QModelIndex())
                self.show_preview()
                return
        target = target or (rows[0] if rows and (self.search.text().strip() or
                                                 self.buyer.toPlainText().strip()) else None)
        if target is not None:
            self.tree.setCurrentItem(target)
        self.show_preview()

    # -- current snippet -------------------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        sid = item.data(0, ID_ROLE) if item is not None else None
        return sid if isinstance(sid, str) and sid in self.service.library.snippets else None

    def select_snippet(self, snippet_id: str) -> None:
        self._select(snippet_id)

    def show_preview(self) -> None:
        sid = self.current_id()
        has = sid is not None
        for b in (self.insert_button, self.favourite_button):
            b.setEnabled(has)
        if sid is None:
            hint = self.tr("Pick a snippet to see it here. Enter or double-click inserts it.")
            self.preview.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")
            self.favourite_button.setText("☆")
            return
        lib = self.service.library
        s = lib.snippets[sid]
        lang = s.lang_for(self.reply_lang())
        marks = {n: f"\x00{n}\x01" for n in s.placeholder_names(lang)}
        text = self._marked(render_snippet(lib, s, lang, marks).text, s)
        gloss = self._marked(render_gloss(lib, s, marks, lang), s)
        self.favourite_button.setText("★" if sid in self.service.usage.favourites() else "☆")
        fields = joined(lib.placeholder(s, n).label_for(self.ui_lang)
                        for n in s.placeholder_names(lang))
        channels = joined(channel_name(ch) for ch in s.channels)
        head = (f"<b>{html.escape(s.title_for(self.ui_lang))}</b> "
                f"<span style='color:gray'>· {lang.upper()} · {html.escape(channels)}</span>")
        parts = [head, f"<p style='white-space:pre-wrap'>{text}</p>"]
        if gloss:
            # the gloss is escaped HTML already: escape only the label in front of it
            label = html.escape(labelled(language_name("zh"), "\x02")).replace("\x02", gloss)
            parts.append(f"<p style='color:#555;white-space:pre-wrap'>{label}</p>")
        if fields:
            to_fill = labelled(self.tr("To fill in"), fields)
            parts.append(f"<p style='color:gray'>{html.escape(to_fill)}</p>")
        self.preview.setHtml("".join(parts))

    def _marked(self, text: str, s: Snippet) -> str:
        """Escaped HTML with each placeholder shown as its label on a highlight."""
        out = html.escape(text)
        for name in s.placeholder_names():
            label = html.escape(self.service.library.placeholder(s, name).label_for(self.ui_lang))
            out = out.replace(f"\x00{name}\x01",
                              f"<span style='background:#fff1b8'>[{label}]</span>")
        return out

    def _activate(self, item: QTreeWidgetItem) -> None:
        sid = item.data(0, ID_ROLE)
        if isinstance(sid, str) and sid in self.service.library.snippets:
            self.insert_requested.emit(sid)

    def insert_current(self) -> None:
        sid = self.current_id()
        if sid is None:
            rows = self.snippet_rows()
            sid = rows[0].data(0, ID_ROLE) if rows else None
        if sid:
            self.insert_requested.emit(sid)

    def toggle_favourite(self) -> None:
        sid = self.current_id()
        if sid is None:
            return
        self.service.usage.set_favourite(sid, sid not in self.service.usage.favourites())
        self.refresh()

    def _context_menu(self, pos: QPoint) -> None:
        sid = self.current_id()
        if sid is None:
            return
        s = self.service.library.snippets[sid]
        menu = QMenu(self)
        menu.addAction(self.tr("Insert"), lambda: self.insert_requested.emit(sid))
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(sid))
        if s.read_only and s.source != "user":
            menu.addAction(self.tr("Copy to my library"),
                           lambda: self.action_requested.emit("copy", sid))
        menu.addAction(self.tr("Duplicate"), lambda: self.action_requested.emit("duplicate", sid))
        if not s.read_only:
            menu.addAction(self.tr("Delete…"), lambda: self.action_requested.emit("delete", sid))
        menu.addAction(self.tr("Favourite on/off"), self.toggle_favourite)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_buyer_message(self, text: str) -> None:
        """The buyer's message in "Buyer wrote…", its proposals at once (opening an e-mail of
        the inbox): the search is cleared so the proposals are what the list shows."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.buyer.blockSignals(True)
        self.buyer.setPlainText(text)
        self.buyer.blockSignals(False)
        self._suggest_timer.stop()
        self.refresh()
        self.show()
        self.raise_()

    def focus_search(self) -> None:
        self.show()
        self.raise_()
        self.search.setFocus()
        self.search.selectAll()

    # -- keys: Up/Down in the search box move through the results -------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (obj is self.tree.viewport() and event.type() == QEvent.Type.Resize
                and self.buyer.toPlainText().strip()):
            self._rewrap_timer.start()
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(obj, event)

    def _step(self, step: int) -> None:
        rows = self.snippet_rows(visible_only=True)
        if not rows:
            return
        current = self.tree.currentItem()
        i = rows.index(current) if current in rows else -1
        self.tree.setCurrentItem(rows[max(0, min(len(rows) - 1, i + step))])
