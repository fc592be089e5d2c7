"""The fill-in form shown before a snippet lands in the compose pane: one field per placeholder.

A field with a choice list or remembered values (the shop's signature …) is an editable combo
box; the live preview shows exactly what will be inserted, with fields left empty and no fallback
still visible as ``{name}`` (the checker will hold the reply back until they are filled).
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.snippets.fill import fields_of, render_gloss, render_snippet
from ozon_assistant.snippets.model import Library, Snippet
from ozon_assistant.snippets.render import Rendered
from ozon_assistant.snippets.usage import UsageStore
from ozon_assistant.ui.shared.labels import labelled, language_name


class SnippetForm(QDialog):
    def __init__(self, library: Library, snippet: Snippet, lang: str, usage: UsageStore | None,
                 ui_lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippet-form")
        self.library, self.snippet = library, snippet
        self.lang = snippet.lang_for(lang)
        self.setWindowTitle(self.tr("Fill in: %1").replace("%1", snippet.title_for(ui_lang)))
        self.resize(520, 460)
        col = QVBoxLayout(self)
        form = QFormLayout()
        col.addLayout(form)
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        for ph in fields_of(library, snippet, self.lang):
            remembered = usage.recent_values(ph.name) if (usage and ph.remember) else []
            options = list(dict.fromkeys([*remembered, *ph.choices]))
            editor: QLineEdit | QComboBox
            if options:
                editor = QComboBox()
                editor.setEditable(True)
                editor.addItems(options)
                editor.setCurrentIndex(0 if remembered else -1)
                if not remembered:
                    editor.setEditText("")
                edit_line = editor.lineEdit()
                assert edit_line is not None  # editable combo boxes have one
                line = edit_line
                editor.currentTextChanged.connect(self.update_preview)
            else:
                editor = QLineEdit()
                line = editor
                editor.textChanged.connect(self.update_preview)
            fallback = ph.fallback.get(self.lang)
            if fallback is None:
                line.setPlaceholderText(self.tr("required"))
            elif fallback:
                line.setPlaceholderText(self.tr("empty: “%1”").replace("%1", fallback))
            else:
                line.setPlaceholderText(self.tr("optional"))
            editor.setObjectName(f"field-{ph.name}")
            form.addRow(ph.label_for(ui_lang), editor)
            self.editors[ph.name] = editor
        col.addWidget(QLabel(self.tr("Preview")))
        self.preview = QTextBrowser()
        self.preview.setObjectName("snippet-form-preview")
        col.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Insert"))
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.update_preview()
        if self.editors:
            next(iter(self.editors.values())).setFocus()

    def values(self) -> dict[str, str]:
        out = {}
        for name, editor in self.editors.items():
            text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            out[name] = text
        return out

    def rendered(self) -> Rendered:
        return render_snippet(self.library, self.snippet, self.lang, self.values())

    def update_preview(self) -> None:
        r = self.rendered()
        text = r.text
        out, pos = [], 0
        for f in r.fields:
            if f.state == "unfilled":
                out.append(html.escape(text[pos:f.start]))
                out.append(f"<span style='background:#ffd6d6'>{html.escape(text[f.start:f.end])}</span>")
                pos = f.end
        out.append(html.escape(text[pos:]))
        gloss = render_gloss(self.library, self.snippet, self.values(), self.lang)
        body = f"<p style='white-space:pre-wrap'>{''.join(out)}</p>"
        if gloss:
            gloss_line = labelled(language_name("zh"), gloss)
            body += f"<p style='color:#555;white-space:pre-wrap'>{html.escape(gloss_line)}</p>"
        self.preview.setHtml(body)
