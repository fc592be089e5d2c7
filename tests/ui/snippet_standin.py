"""A small stand-in for the main window exposing the public API extensions use, so the snippet
widgets are tested on their own (the real window has its own integration test)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QPlainTextEdit

from ozon_assistant.core.offsets import to_utf16
from ozon_assistant.core.settings import Settings
from ozon_assistant.snippets.libraries import Locations
from ozon_assistant.snippets.service import SnippetService

FIXTURES = Path(__file__).resolve().parent.parent / "snippets" / "fixtures"


def fixture_service(tmp_path: Path) -> SnippetService:
    bundled, phrases = tmp_path / "bundled", tmp_path / "phrases"
    shutil.copytree(FIXTURES / "library", bundled)
    shutil.copytree(FIXTURES / "phrases", phrases)
    return SnippetService(Locations(bundled, phrases, tmp_path / "user"),
                          usage_path=tmp_path / "usage.sqlite3")


class StandInWindow(QMainWindow):
    editor_created = Signal(QPlainTextEdit)
    settings_changed = Signal()

    def __init__(self, language: str = "ru") -> None:
        super().__init__()
        self.settings = Settings()
        self.ui_lang = "en"
        self.language = language
        self.editor = QPlainTextEdit()
        self.setCentralWidget(self.editor)
        self.menus: dict[str, QMenu] = {}
        self.messages: list[str] = []
        self.docks: list[QDockWidget] = []

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        self.addDockWidget(area, dock)
        self.docks.append(dock)

    def add_action(self, menu: str, action: QAction) -> None:
        self.menus.setdefault(menu, self.menuBar().addMenu(menu)).addAction(action)

    def insert_text(self, text: str, cursor_offset: int | None = None) -> None:
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        start = cursor.selectionStart()
        cursor.insertText(text)
        cursor.endEditBlock()
        if cursor_offset is not None:
            cursor.setPosition(start + to_utf16(text, cursor_offset))
        self.editor.setTextCursor(cursor)

    def current_editor(self) -> QPlainTextEdit:
        return self.editor

    def current_text(self) -> str:
        return self.editor.toPlainText()

    def current_channel(self) -> str:
        return "chat"

    def current_language(self) -> str:
        return self.language

    def status_message(self, text: str) -> None:
        self.messages.append(text)
