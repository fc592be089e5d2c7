"""Approve & Copy, and the explicit "copy with findings" confirmation.

An approved reply (no error finding) goes straight to the clipboard. An unapproved one shows the
errors first; copying it anyway takes a ticked acknowledgement and a separate button, and the
override is recorded in history with the findings the seller chose to send.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ozon_assistant.core.types import CheckResult, Finding, Severity
from ozon_assistant.ui.shared.labels import SEVERITY_COLORS, category_name, quoted


def overridden_records(result: CheckResult) -> list[dict[str, object]]:
    """What history keeps of each finding the seller overrode (the errors that blocked approval)."""
    return [
        {"rule": f.rule, "severity": f.severity.value, "message": f.message,
         "span": [f.start, f.end], "text": result.text[f.start:f.end]}
        for f in result.findings if f.severity is Severity.ERROR
    ]


def findings_html(findings: list[Finding], text: str) -> str:
    rows = []
    for f in findings:
        color = SEVERITY_COLORS[f.severity].name()
        piece = html.escape(quoted(text[f.start:f.end][:60]))
        rows.append(f"<li><span style='color:{color}'><b>{html.escape(category_name(f.category))}"
                    f"</b></span> — {piece}<br/>{html.escape(f.message)}</li>")
    return "<ul style='margin-left:-20px'>" + "".join(rows) + "</ul>"


class OverrideDialog(QDialog):
    """Why the reply is not approved, and the only way to copy it anyway."""

    def __init__(self, result: CheckResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("override-dialog")
        self.result_ = result
        self.setWindowTitle(self.tr("Reply not approved"))
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        col = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This reply breaks Ozon's communication standard. Sending it can get your chats "
            "disabled or your shop penalised. Fix these first:"))
        intro.setWordWrap(True)
        col.addWidget(intro)
        listing = QTextBrowser()
        listing.setHtml(findings_html(errors, result.text))
        listing.setMinimumSize(440, 160)
        col.addWidget(listing, 1)
        self.acknowledge = QCheckBox(self.tr(
            "I have read these findings and take responsibility for sending the reply as it is"))
        self.acknowledge.setObjectName("acknowledge")
        col.addWidget(self.acknowledge)
        buttons = QDialogButtonBox()
        self.fix_button = QPushButton(self.tr("Go back and fix"))
        self.fix_button.setDefault(True)
        self.copy_button = QPushButton(self.tr("Copy with findings"))
        self.copy_button.setObjectName("copy-with-findings")
        self.copy_button.setEnabled(False)
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.AcceptRole)
        col.addWidget(buttons)
        self.acknowledge.toggled.connect(self.copy_button.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.fix_button.setFocus()
