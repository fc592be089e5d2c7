"""Creating and editing snippets in the window, and the library's file operations.

The dialog edits one snippet; Save checks its text with the house rules (an error-level finding
keeps it out of the library), validates it through the same checks the loader uses and writes it
atomically to the user's library. The id is optional (made from the title) and fields are put in
from a menu that names them in the interface language. A bundled or team snippet is read-only: saving an
edit of one stores the edited copy in the user's library, where it takes the original's place.
Import/export go through the same code as the command line.

Strings are literal ``self.tr("…")`` calls, the only form lupdate reads (and the only one it marks
as a plural message when a count follows): the file dialogs live on :class:`SnippetFiles` for that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import CHANNELS
from ozon_assistant.snippets.ids import id_from_title
from ozon_assistant.snippets.model import LABEL_LANGUAGES, Snippet
from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.snippets.vetting import BodyFinding, vet
from ozon_assistant.ui.shared.error_text import error_text
from ozon_assistant.ui.shared.labels import (
    SEVERITY_COLORS,
    category_name,
    channel_name,
    clauses,
    fill,
    language_name,
    quoted,
    severity_name,
)
from ozon_assistant.ui.shared.offsets import editor_text

if TYPE_CHECKING:
    from ozon_assistant.checker.engine import Checker

FILE_PATTERNS = ("*.toml *.json *.csv", ";;TOML (*.toml);;JSON (*.json);;CSV (*.csv)")


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


class SnippetEditor(QDialog):
    """Edit ``snippet`` (None: a new one). ``saved`` holds the result after Save.

    The id may be left empty: one is made from the title (``snippets.ids``). Fields go in from
    "Insert field", named in the interface language. Before saving, the bodies go through the
    house rules (``checker``: the window's; the house rules alone when none is given): an error
    keeps the snippet out of the library, warnings are shown and "Save anyway" saves."""

    def __init__(self, service: SnippetService, snippet: Snippet | None, ui_lang: str = "en",
                 parent: QWidget | None = None, checker: Callable[[], Checker] | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet-editor")
        self.service = service
        self.original = snippet
        self.ui_lang = ui_lang
        self.saved: Snippet | None = None
        self.findings: list[BodyFinding] = []
        self._checker = checker
        self._settings = settings
        self._warned: Snippet | None = None  # saving this one again means "save anyway"
        self._taken_ids: set[str] | None = None
        new = snippet is None
        self.setWindowTitle(self.tr("New snippet") if new else self.tr("Edit snippet"))
        self.resize(680, 700)
        col = QVBoxLayout(self)
        if snippet is not None and snippet.read_only:
            note = QLabel(self.tr("This snippet is built in and read-only. Saving stores your "
                                  "edited copy in your own library.") if snippet.source == "bundled"
                          else self.tr("This snippet comes from your team's library and is "
                                       "read-only. Saving stores your edited copy in your own "
                                       "library."))
            note.setObjectName("read-only-note")
            note.setWordWrap(True)
            col.addWidget(note)
        form = QFormLayout()
        col.addLayout(form)
        self.titles: dict[str, QLineEdit] = {}
        self.tags: dict[str, QLineEdit] = {}
        for lang in LABEL_LANGUAGES:
            t = QLineEdit(snippet.title.get(lang, "") if snippet else "")
            t.setObjectName(f"edit-title-{lang}")
            t.textChanged.connect(self._show_id)
            self.titles[lang] = t
            form.addRow(fill(self.tr("Title (%1)"), language_name(lang)), t)
        self.category = QComboBox()
        self.category.setObjectName("edit-category")
        self.category.setEditable(True)
        for sit in service.library.situations.values():
            self.category.addItem(f"{sit.title_for(ui_lang)} ({sit.id})", sit.id)
        if snippet is not None:
            i = self.category.findData(snippet.category)
            if i >= 0:
                self.category.setCurrentIndex(i)
            else:
                self.category.setEditText(snippet.category)
        form.addRow(self.tr("Situation"), self.category)
        for lang in LABEL_LANGUAGES:
            t = QLineEdit(", ".join(snippet.tags.get(lang, ())) if snippet else "")
            t.setObjectName(f"edit-tags-{lang}")
            self.tags[lang] = t
            form.addRow(fill(self.tr("Tags (%1, comma-separated)"), language_name(lang)), t)
        row = QHBoxLayout()
        self.channels: dict[str, QCheckBox] = {}
        for ch in CHANNELS:
            box = QCheckBox(channel_name(ch))
            box.setObjectName(f"edit-channel-{ch}")
            box.setChecked(snippet is None or ch in snippet.channels)
            self.channels[ch] = box
            row.addWidget(box)
        form.addRow(self.tr("Channels"), row)
        # the id last and optional: made from the title when left empty
        self.id_edit = QLineEdit(snippet.id if snippet else "")
        self.id_edit.setObjectName("edit-id")
        self.id_edit.setToolTip(self.tr("How the library names this snippet (Latin letters, "
                                        "digits, hyphens). Leave it empty: it is made from the "
                                        "title."))
        form.addRow(self.tr("Id (optional)"), self.id_edit)
        self._show_id()

        tabs = QTabWidget()
        self.body_tabs = tabs
        self.bodies: dict[str, QPlainTextEdit] = {}
        for key, label in (("ru", self.tr("Russian")), ("en", self.tr("English")),
                           ("zh", self.tr("Chinese gloss"))):
            edit = QPlainTextEdit(
                (snippet.gloss.get("zh", "") if key == "zh" else snippet.body.get(key, ""))
                if snippet else "")
            edit.setObjectName(f"edit-body-{key}")
            edit.textChanged.connect(self._changed)
            self.bodies[key] = edit
            tabs.addTab(edit, label)
        self.field_button = QToolButton()
        self.field_button.setObjectName("insert-field")
        self.field_button.setText(self.tr("Insert field"))
        self.field_button.setToolTip(self.tr("Put a field (the buyer's name, the order number …) "
                                             "at the cursor: the fill-in form asks for it each "
                                             "time the snippet is used."))
        self.field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.field_menu = QMenu(self.field_button)
        self.field_menu.setObjectName("insert-field-menu")
        self.field_button.setMenu(self.field_menu)
        self._fill_field_menu()
        tabs.setCornerWidget(self.field_button, Qt.Corner.TopRightCorner)
        col.addWidget(tabs, 1)
        hint = QLabel(self.tr("Fields such as the buyer's name go in from “Insert field”; the "
                              "fill-in form asks for them each time the snippet is used. Before "
                              "saving, the text is checked with the house rules."))
        hint.setObjectName("edit-hint")
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("edit-findings")
        self.findings_list.setWordWrap(True)
        self.findings_list.setMaximumHeight(150)
        self.findings_list.hide()
        self.error = QLabel()
        self.error.setObjectName("edit-error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        col.addWidget(self.error)
        col.addWidget(self.findings_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save_button is not None
        self.save_button = save_button
        self.save_text = self.save_button.text()
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    # -- the id ------------------------------------------------------------------------------------
    def _titles(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.titles.items() if e.text().strip()}

    def _taken(self) -> set[str]:
        """Every id in use (read once: the title's id is shown as it is typed)."""
        if self._taken_ids is None:
            self._taken_ids = set(self.service.library.snippets) | self.service.user.ids()
        return self._taken_ids

    def derived_id(self) -> str:
        """The id a new snippet gets from its title when the id is left empty."""
        if self.original is not None:
            return self.original.id
        return id_from_title(self._titles(), self._taken())

    def _show_id(self) -> None:
        if getattr(self, "id_edit", None) is None:
            return
        self.id_edit.setPlaceholderText(fill(self.tr("made from the title: %1"),
                                             self.derived_id()))

    # -- fields ------------------------------------------------------------------------------------
    def _fill_field_menu(self) -> None:
        known = dict(self.service.library.placeholders)
        if self.original is not None:  # the snippet's own fields, as the renderer sees them
            for name in [*self.original.placeholder_names(), *self.original.placeholders]:
                known[name] = self.service.library.placeholder(self.original, name)
        for name, ph in known.items():
            action = self.field_menu.addAction(ph.label_for(self.ui_lang))
            action.setData(name)
            action.setToolTip(fill(self.tr("Appears in the text as %1"), "{" + name + "}"))
            action.triggered.connect(lambda _c=False, n=name: self.insert_field(n))
        self.field_menu.addSeparator()
        cursor = self.field_menu.addAction(self.tr("Where the cursor lands after inserting"))
        cursor.setData("|")
        cursor.triggered.connect(lambda _c=False: self.insert_field("|"))

    def insert_field(self, name: str) -> None:
        """``{name}`` (``|``: the cursor mark) at the cursor of the body shown."""
        edit = self.body_tabs.currentWidget()
        if not isinstance(edit, QPlainTextEdit):
            return
        edit.insertPlainText("{" + name + "}")
        edit.setFocus()

    # -- the snippet ---------------------------------------------------------------------------------
    def snippet(self) -> Snippet:
        """The snippet as the form now describes it (not yet validated)."""
        cat = self.category.currentData()
        text = self.category.currentText().strip()
        if not isinstance(cat, str) or (self.category.itemText(self.category.currentIndex()) != text):
            cat = text.rsplit("(", 1)[-1].rstrip(")") if text.endswith(")") else text
        base = self.original or Snippet(id="", category="", title={}, body={})
        typed = self.id_edit.text().strip()
        return replace(
            base, id=typed or self.derived_id(), category=cat or "other",
            title=self._titles(),
            tags={k: _split(e.text()) for k, e in self.tags.items() if _split(e.text())},
            channels=tuple(ch for ch, box in self.channels.items() if box.isChecked()),
            body={k: editor_text(self.bodies[k]) for k in ("ru", "en")
                  if editor_text(self.bodies[k]).strip()},
            gloss={"zh": editor_text(self.bodies["zh"])} if editor_text(self.bodies["zh"]).strip()
            else {},
            source="user",
        )

    def checker(self) -> Checker:
        if self._checker is not None:
            return self._checker()
        from ozon_assistant.checker.engine import get_checker

        checker = get_checker(self._settings or Settings(), [])  # the house rules alone
        self._checker = lambda: checker
        return checker

    def _changed(self) -> None:
        """A body changed: "Save anyway" no longer stands for it (Save checks it again)."""
        if self._warned is not None:
            self._warned = None
            self.save_button.setText(self.save_text)

    def save(self) -> None:
        snippet = self.snippet()
        self.error.clear()
        if snippet != self._warned:
            try:
                self.findings = vet(self.checker(), self.service.library, snippet,
                                    self._settings or Settings(), self.ui_lang)
            except OzonError as exc:
                self.error.setText(error_text(exc))
                return
            if self.findings:
                self._show_findings()
                if any(f.blocking for f in self.findings):
                    self._warned = None
                    self.save_button.setText(self.save_text)
                    return
                self._warned = snippet  # warnings only: Save again saves
                self.save_button.setText(self.tr("Save anyway"))
                return
        try:
            self.saved = self.service.save(snippet, self.original.id if self.original else None)
        except OzonError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    def _show_findings(self) -> None:
        blocking = any(f.blocking for f in self.findings)
        self.error.setText(
            self.tr("Not saved: a snippet goes into replies as it is, and this text breaks "
                    "Ozon's rules. Change what is marked as an error:") if blocking else
            self.tr("Check the warnings below; “Save anyway” saves the snippet as it is."))
        self.error.setStyleSheet("color: #b00020" if blocking else "color: #8a4b00")
        self.findings_list.clear()
        for b in self.findings:
            f = b.finding
            head = " · ".join([severity_name(f.severity), language_name(b.lang),
                               category_name(f.category)])
            # the message quotes the words itself as a rule; else they go in front of it
            said = f.message if b.words in f.message else f"{quoted(b.words)} — {f.message}"
            item = QListWidgetItem(f"{head}: {said}")
            item.setForeground(SEVERITY_COLORS[f.severity])
            item.setToolTip(f.description or f.message)
            self.findings_list.addItem(item)
        self.findings_list.show()


def _ui_lang(parent: QWidget) -> str:
    """The window's UI language (titles of snippets are shown in it)."""
    return str(getattr(parent.window(), "ui_lang", "") or "en")


class SnippetFiles(QObject):
    """Import, export and delete, each with its own dialogs; see the module docstring for why
    this is a class."""

    def __init__(self, service: SnippetService, parent: QWidget) -> None:
        super().__init__()
        self.service, self.parent_ = service, parent

    def file_filter(self) -> str:
        return fill(self.tr("Snippets (%1)"), FILE_PATTERNS[0]) + FILE_PATTERNS[1]

    def import_file(self) -> str:
        name, _ = QFileDialog.getOpenFileName(self.parent_, self.tr("Import snippets"), "",
                                              self.file_filter())
        if not name:
            return ""
        try:
            added, replaced = self.service.import_file(Path(name))
        except OzonError as exc:
            QMessageBox.warning(self.parent_, self.tr("Import failed"), error_text(exc))
            return ""
        return self.imported(added, replaced)

    def imported(self, added: int, replaced: int) -> str:
        text = self.tr("Imported %n new snippet(s)", "", added)
        if replaced:
            text = clauses(text, self.tr("replaced %n existing snippet(s)", "", replaced))
        return text

    def export_file(self) -> str:
        name, _ = QFileDialog.getSaveFileName(self.parent_, self.tr("Export snippets"),
                                              "snippets.toml", self.file_filter())
        if not name:
            return ""
        try:
            n = self.service.export_file(Path(name))
        except OzonError as exc:
            QMessageBox.warning(self.parent_, self.tr("Export failed"), error_text(exc))
            return ""
        return self.exported(n, name)

    def exported(self, count: int, name: str) -> str:
        return fill(self.tr("Exported %n snippet(s) to %1", "", count), name)

    def confirm_delete(self, snippet_id: str, ui_lang: str) -> bool:
        s = self.service.get(snippet_id)
        if s.read_only:
            QMessageBox.information(
                self.parent_, self.tr("Read-only snippet"),
                self.tr("This snippet is built in and cannot be deleted here.")
                if s.source == "bundled" else
                self.tr("This snippet comes from your team's library and cannot be deleted here."))
            return False
        answer = QMessageBox.question(self.parent_, self.tr("Delete snippet"),
                                      fill(self.tr("Delete “%1” from your library?"),
                                           s.title_for(ui_lang)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.service.delete(snippet_id)
        return True


def import_dialog(service: SnippetService, parent: QWidget) -> str:
    """Ask for a file and import it; returns a status line (empty when cancelled)."""
    return SnippetFiles(service, parent).import_file()


def export_dialog(service: SnippetService, parent: QWidget) -> str:
    return SnippetFiles(service, parent).export_file()


def confirm_delete(service: SnippetService, snippet_id: str, parent: QWidget,
                   ui_lang: str | None = None) -> bool:
    return SnippetFiles(service, parent).confirm_delete(snippet_id, ui_lang or _ui_lang(parent))
