"""The offer to bring back drafts a crash left behind: a bar above the drafts, not a dialog, so
it never takes the keyboard from a seller who has started typing."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ozon_assistant.storage.drafts import Draft
from ozon_assistant.ui.shared.retranslate import Retranslated


class RestoreBar(Retranslated, QFrame):
    restore_requested = Signal(list)  # list[Draft]
    discard_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-bar")
        self.setStyleSheet("#restore-bar { background: #fff4e5; border-bottom: 1px solid #f0c36d; }"
                           " #restore-bar QLabel { color: #5f3b00; }")
        self.drafts: list[Draft] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.restore = QPushButton()
        self.restore.setObjectName("restore")
        self.discard = QPushButton()
        self.discard.setObjectName("discard")
        row.addWidget(self.label, 1)
        row.addWidget(self.restore)
        row.addWidget(self.discard)
        self.restore.clicked.connect(lambda: self._done(self.restore_requested))
        self.discard.clicked.connect(lambda: self._done(self.discard_requested))
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.restore.setText(self.tr("&Restore"))
        self.discard.setText(self.tr("Discard"))
        if self.drafts:
            first = " ".join(self.drafts[0].text.split())[:60]
            self.label.setText(self.tr(
                "The app was not closed properly last time. %n unsaved draft(s) can be restored "
                "(“%1…”).", "", len(self.drafts)).replace("%1", first))

    def offer(self, drafts: list[Draft]) -> None:
        self.drafts = list(drafts)
        self.retranslate_ui()
        self.show()

    def _done(self, signal: SignalInstance) -> None:
        drafts, self.drafts = self.drafts, []
        self.hide()
        signal.emit(drafts)
