"""Human names for the core's vocabulary (severities, categories, channels, steps), translatable.

Every string is a literal inside ``QCoreApplication.translate("Labels", …)`` so ``pyside6-lupdate``
finds it; the core keeps its stable English keys and the window shows these names instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from ozon_assistant.core.types import Severity


def severity_name(severity: Severity) -> str:
    names = {
        Severity.ERROR: QCoreApplication.translate("Labels", "Error"),
        Severity.WARNING: QCoreApplication.translate("Labels", "Warning"),
        Severity.SUGGESTION: QCoreApplication.translate("Labels", "Suggestion"),
    }
    return names[severity]


#: Underline and badge colours: red errors, orange warnings, blue suggestions (readable on white
#: and on dark themes alike).
SEVERITY_COLORS = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#e67700"),
    Severity.SUGGESTION: QColor("#1e6fd9"),
}


def category_name(category: str) -> str:
    names = {
        "capitals": QCoreApplication.translate("Labels", "Capitals"),
        "punctuation": QCoreApplication.translate("Labels", "Punctuation"),
        "emoticons": QCoreApplication.translate("Labels", "Emoji and smileys"),
        "formality": QCoreApplication.translate("Labels", "Formality"),
        "vagueness": QCoreApplication.translate("Labels", "Vague wording"),
        "rudeness": QCoreApplication.translate("Labels", "Rudeness"),
        "negativity": QCoreApplication.translate("Labels", "Negativity"),
        "legal": QCoreApplication.translate("Labels", "Consumer law"),
        "contacts": QCoreApplication.translate("Labels", "Contacts"),
        "off_platform": QCoreApplication.translate("Labels", "Off-platform"),
        "privacy": QCoreApplication.translate("Labels", "Privacy"),
        "clarity": QCoreApplication.translate("Labels", "Clarity"),
        "typography": QCoreApplication.translate("Labels", "Typography"),
        "spelling": QCoreApplication.translate("Labels", "Spelling"),
        "grammar": QCoreApplication.translate("Labels", "Grammar"),
        "structure": QCoreApplication.translate("Labels", "Structure"),
        "placeholders": QCoreApplication.translate("Labels", "Placeholders"),
        "length": QCoreApplication.translate("Labels", "Length"),
    }
    return names.get(category, category)


def channel_name(channel: str) -> str:
    names = {
        "chat": QCoreApplication.translate("Labels", "Chat"),
        "review": QCoreApplication.translate("Labels", "Review reply"),
        "question": QCoreApplication.translate("Labels", "Product question"),
        "email": QCoreApplication.translate("Labels", "E-mail"),
    }
    return names.get(channel, channel)


#: The Standard view's groups, in order: Ozon's four steps, its policy, then the rest.
STEP_ORDER = ("business", "positive", "law", "shouting", "policy", "language", "structure")


def step_name(step: str) -> str:
    names = {
        "business": QCoreApplication.translate("Labels", "Step 1. Business style"),
        "positive": QCoreApplication.translate("Labels", "Step 2. Positive emotions"),
        "law": QCoreApplication.translate("Labels", "Step 3. Contract and law"),
        "shouting": QCoreApplication.translate("Labels", "Step 4. No shouting"),
        "policy": QCoreApplication.translate("Labels", "Ozon's communication policy"),
        "language": QCoreApplication.translate("Labels", "Language and spelling"),
        "structure": QCoreApplication.translate("Labels", "Structure of a reply"),
    }
    return names.get(step) or QCoreApplication.translate("Labels", "Other rules")


def reply_language_name(code: str) -> str:
    names = {
        "auto": QCoreApplication.translate("Labels", "Auto"),
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "en": QCoreApplication.translate("Labels", "English"),
    }
    return names.get(code, code)


def ui_language_name(code: str) -> str:
    """UI languages are named in their own language, so a seller can find theirs."""
    return {"en": "English", "ru": "Русский", "zh": "中文"}.get(code, code)


def system_ui_language() -> str:
    """en, ru or zh from the system locale (English when it is none of them)."""
    name = QLocale.system().name().lower()
    for code in ("ru", "zh"):
        if name.startswith(code):
            return code
    return "en"


def replacement_label(replacement: str) -> str:
    """How a fix is shown in menus: removing text reads as such, not as an empty quote."""
    if not replacement:
        return QCoreApplication.translate("Labels", "Remove it")
    return QCoreApplication.translate("Labels", "Replace with “%1”").replace("%1", replacement)
