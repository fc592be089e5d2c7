"""What a seller can read in a window: every label, button, menu, tab, list row, table cell,
tooltip and placeholder, for tests that check the language a window speaks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

I18N = Path(__file__).resolve().parent.parent.parent / "resources" / "i18n"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Rich text as read: tags gone, entities and accelerators (&) resolved."""
    import html

    text = _TAG.sub(" ", text) if "<" in text and ">" in text else text
    return html.unescape(text).replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def _tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out: list[QTreeWidgetItem] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item is None:
            continue
        out.append(item)
        stack[:0] = [item.child(i) for i in range(item.childCount())]
    return out


def texts(root: QWidget, visible_only: bool = True) -> list[tuple[str, str]]:
    """(object name or class, text) for everything readable in ``root`` and below it."""
    out: list[tuple[str, str]] = []

    def add(widget: object, text: str | None) -> None:
        if text and plain(text).strip():
            name = getattr(widget, "objectName", lambda: "")() or type(widget).__name__
            out.append((name, plain(text).strip()))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if visible_only and not w.isVisible() and not isinstance(w, QMenu):
            continue
        if w.isWindow() or isinstance(w, QDockWidget):
            add(w, w.windowTitle())
        add(w, w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QTextBrowser):
            add(w, w.toPlainText())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            add(w, w.placeholderText())
        elif isinstance(w, QMenu):
            add(w, w.title())
            for a in w.actions():
                if not a.isSeparator():
                    add(a, a.text())
                    add(a, a.toolTip() if a.toolTip() != plain(a.text()) else "")
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            add(w, w.suffix())
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                add(w, item.text())
                add(w, item.toolTip())
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                add(w, header.text() if header else "")
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        add(w, item.text())
                        add(w, item.toolTip())
        elif isinstance(w, QTreeWidget):
            header = w.headerItem()
            if not w.isHeaderHidden() and header is not None:
                for c in range(header.columnCount()):
                    add(w, header.text(c))
            for item in _tree_items(w):
                for c in range(item.columnCount()):
                    add(w, item.text(c))
                    add(w, item.toolTip(c))
        elif isinstance(w, QMessageBox):
            add(w, w.informativeText())
        if isinstance(w, QMainWindow):
            for a in w.menuBar().actions():
                add(a, a.text())
    return out


def translations(locale: str) -> dict[str, str]:
    """English source → its translation, for every message the locale's .ts file translates
    differently (accelerators removed on both sides)."""
    tree = ET.parse(I18N / f"ozon_assistant_{locale}.ts")
    out = {}
    for message in tree.getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        tr = message.find("translation")
        forms = [n.text or "" for n in tr.iter("numerusform")] if tr is not None else []
        text = plain(forms[0] if forms else (tr.text or "") if tr is not None else "")
        if text and text != source:
            out[source] = text
    return out


def english_left(found: list[tuple[str, str]], locale: str) -> list[tuple[str, str]]:
    """The texts that are an English source string the locale translates: shown untranslated."""
    sources = translations(locale)
    return [(w, t) for w, t in found if t in sources]
