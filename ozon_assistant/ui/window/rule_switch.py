"""Switching a rule off: what the seller is told first when the rule holds back breaches.

A rule shipped as an error stops a reply that breaks Ozon's policy or the law from being
approved (a phone number, a refusal of a lawful return). Switching one off — in Settings →
Rules or with "Disable this rule" on a finding — asks first, naming the rule and why it exists.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ozon_assistant.checker.rules import Rule
from ozon_assistant.core.types import Severity
from ozon_assistant.ui.shared.labels import category_name, fill

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate


def rule_title(rule: Rule, lang: str) -> str:
    """A rule as the seller knows it: its message in ``lang`` ("“…” is vague…"), not its id;
    the facts a finding fills in ("after «{prep}»") are "…" too."""
    return re.sub(r"\{\w+\}", "…", rule.message_for(lang, "…"))


def confirm_switch_off(parent: QWidget | None, rule: Rule, lang: str) -> bool:
    """True to go ahead: at once for a warning or suggestion; for an error, only when the
    seller says so after reading what the rule guards against."""
    if rule.severity is not Severity.ERROR:
        return True
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("RuleSwitch", "Switch off a rule that blocks breaches?"),
                      fill(translate(
                          "RuleSwitch", "%1: %2\n\nThis rule holds back replies that break "
                          "Ozon's policy or the law. Switched off, such a reply is approved and "
                          "can be sent, and Ozon may penalise the shop for it. Switch it off "
                          "anyway?"), category_name(rule.category), rule_title(rule, lang)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("switch-off-confirm")
    box.setInformativeText(rule.description_for(lang))
    off = box.addButton(translate("RuleSwitch", "Switch it off"),
                        QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is off
