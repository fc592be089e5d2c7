"""Creating and editing snippets in the window, and the library's file operations.

The dialog edits one snippet; Save validates it through the same checks the loader uses and
writes it atomically to the user's library. A bundled or team snippet is read-only: saving an
edit of one stores the edited copy in the user's library, where it takes the original's place.
Import/export go through the same code as the command line.

Strings are literal ``self.tr("…")`` calls, the only form lupdate reads (and the only one it marks
as a plural message when a count follows): the file dialogs live on :class:`SnippetFiles` for that.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
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
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.types import CHANNELS
from ozon_assistant.snippets.model import LABEL_LANGUAGES, Snippet
from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.ui.error_text import error_text
from ozon_assistant.ui.labels import channel_name, clauses, fill, language_name
from ozon_assistant.ui.offsets import editor_text

FILE_PATTERNS = ("*.toml *.json *.csv", ";;TOML (*.toml);;JSON (*.json);;CSV (*.csv)")


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.replace(";", ",").split(",") if t.strip())


class SnippetEditor(QDialog):
    """Edit ``snippet`` (None: a new one). ``saved`` holds the result after Save."""

    def __init__(self, service: SnippetService, snippet: Snippet | None, ui_lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet-editor")
        self.service = service
        self.original = snippet
        self.saved: Snippet | None = None
        new = snippet is None
        self.setWindowTitle(self.tr("New snippet") if new else self.tr("Edit snippet"))
        self.resize(640, 620)
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
        self.id_edit = QLineEdit(snippet.id if snippet else "")
        self.id_edit.setObjectName("edit-id")
        self.id_edit.setPlaceholderText("my-delivery-answer")
        form.addRow(self.tr("Id"), self.id_edit)
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
        self.titles: dict[str, QLineEdit] = {}
        self.tags: dict[str, QLineEdit] = {}
        for lang in LABEL_LANGUAGES:
            t = QLineEdit(snippet.title.get(lang, "") if snippet else "")
            t.setObjectName(f"edit-title-{lang}")
            self.titles[lang] = t
            form.addRow(fill(self.tr("Title (%1)"), language_name(lang)), t)
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
        tabs = QTabWidget()
        self.bodies: dict[str, QPlainTextEdit] = {}
        for key, label in (("ru", self.tr("Russian")), ("en", self.tr("English")),
                           ("zh", self.tr("Chinese gloss"))):
            edit = QPlainTextEdit(
                (snippet.gloss.get("zh", "") if key == "zh" else snippet.body.get(key, ""))
                if snippet else "")
            edit.setObjectName(f"edit-body-{key}")
            self.bodies[key] = edit
            tabs.addTab(edit, label)
        col.addWidget(tabs, 1)
        hint = QLabel(self.tr("Placeholders: {buyer_name}, {order_number} …; {{ and }} are literal "
                              "braces; {|} marks where the cursor lands."))
        hint.setWordWrap(True)
        col.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("edit-error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        col.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def snippet(self) -> Snippet:
        """The snippet as the form now describes it (not yet validated)."""
        cat = self.category.currentData()
        text = self.category.currentText().strip()
        if not isinstance(cat, str) or (self.category.itemText(self.category.currentIndex()) != text):
            cat = text.rsplit("(", 1)[-1].rstrip(")") if text.endswith(")") else text
        base = self.original or Snippet(id="", category="", title={}, body={})
        return replace(
            base, id=self.id_edit.text().strip(), category=cat or "other",
            title={k: e.text().strip() for k, e in self.titles.items() if e.text().strip()},
            tags={k: _split(e.text()) for k, e in self.tags.items() if _split(e.text())},
            channels=tuple(ch for ch, box in self.channels.items() if box.isChecked()),
            body={k: editor_text(self.bodies[k]) for k in ("ru", "en")
                  if editor_text(self.bodies[k]).strip()},
            gloss={"zh": editor_text(self.bodies["zh"])} if editor_text(self.bodies["zh"]).strip()
            else {},
            source="user",
        )

    def save(self) -> None:
        try:
            self.saved = self.service.save(self.snippet(),
                                           self.original.id if self.original else None)
        except OzonError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


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
