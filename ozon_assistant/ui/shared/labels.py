"""Human names for the core's vocabulary (severities, categories, channels, steps), translatable.

Every string is a literal inside ``QCoreApplication.translate("Labels", …)`` so ``pyside6-lupdate``
finds it; the core keeps its stable English keys and the window shows these names instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from ozon_assistant.core.types import Severity


def fill(template: str, *args: object) -> str:
    """``QString.arg`` for %1…%9 in one pass: a value that itself contains "%2" is left alone
    (chained ``.replace("%1", …).replace("%2", …)`` would substitute inside it)."""
    def sub(m: re.Match[str]) -> str:
        i = int(m.group(1))
        return str(args[i - 1]) if i <= len(args) else m.group(0)
    return re.sub(r"%([1-9])", sub, template)


def labelled(label: str, text: str) -> str:
    """"Label: text" with the UI language's colon (Chinese uses a full-width one)."""
    return fill(QCoreApplication.translate("Labels", "%1: %2", "a label and what it labels"),
                label, text)


def quoted(text: str) -> str:
    """A piece of the reply in the UI language's quotation marks (“…”, «…»)."""
    return fill(QCoreApplication.translate("Labels", "“%1”", "quotation marks around a piece of text"),
                text)


def clauses(first: str, second: str) -> str:
    """Two clauses of one status message ("3 sent, 1 failed"), punctuated for the UI language."""
    return fill(QCoreApplication.translate("Labels", "%1, %2", "two clauses of one sentence"),
                first, second)


def joined(items: Iterable[str]) -> str:
    """Items of a short list with the UI language's separator (Chinese: 、)."""
    return QCoreApplication.translate("Labels", ", ", "between the items of a list").join(items)


def severity_name(severity: Severity) -> str:
    names = {
        Severity.ERROR: QCoreApplication.translate("Labels", "Error"),
        Severity.WARNING: QCoreApplication.translate("Labels", "Warning"),
        Severity.SUGGESTION: QCoreApplication.translate("Labels", "Suggestion"),
    }
    return names[severity]


# Underline and badge colours: red errors, orange warnings, blue suggestions (readable on white
# and on dark themes alike).
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


# The Standard view's groups, in order: Ozon's four steps, its policy, then the rest.
STEP_ORDER = ("business", "positive", "law", "shouting", "policy", "language", "grammar",
              "structure")


def step_name(step: str) -> str:
    names = {
        "business": QCoreApplication.translate("Labels", "Step 1. Business style"),
        "positive": QCoreApplication.translate("Labels", "Step 2. Positive emotions"),
        "law": QCoreApplication.translate("Labels", "Step 3. Contract and law"),
        "shouting": QCoreApplication.translate("Labels", "Step 4. No shouting"),
        "policy": QCoreApplication.translate("Labels", "Ozon's communication policy"),
        "language": QCoreApplication.translate("Labels", "Language and spelling"),
        "grammar": QCoreApplication.translate("Labels", "Grammar: agreement, cases, verb forms"),
        "structure": QCoreApplication.translate("Labels", "Structure of a reply"),
    }
    return names.get(step) or QCoreApplication.translate("Labels", "Other rules")


def language_name(code: str) -> str:
    """A reply or label language (ru, en, zh) named in the UI language."""
    names = {
        "ru": QCoreApplication.translate("Labels", "Russian"),
        "en": QCoreApplication.translate("Labels", "English"),
        "zh": QCoreApplication.translate("Labels", "Chinese"),
    }
    return names.get(code, code)


def reply_language_name(code: str) -> str:
    return QCoreApplication.translate("Labels", "Auto") if code == "auto" else language_name(code)


def ui_language_name(code: str) -> str:
    """UI languages are named in their own language, so a seller can find theirs."""
    return {"en": "English", "ru": "Русский", "zh": "中文"}.get(code, code)


def interface_language_label() -> str:
    """The interface-language option: the first-run screen and Settings call it the same."""
    return QCoreApplication.translate("Labels", "Interface &language:")


def return_period_label() -> str:
    """The return-period option: the first-run screen and Settings call it the same."""
    return QCoreApplication.translate("Labels", "&Return period on my product pages:")


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


#: Chinese, Japanese and Korean letters and their punctuation: never set in italics (Qt slants
#: them by a shear, since no CJK font has an italic face: the "fake italic" of issue 17)
_CJK_RE = re.compile("[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f"
                     "\uff00-\uffef\U00020000-\U0003134f]")


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def italic_html(escaped: str) -> str:
    """``escaped`` (HTML already) in italics, unless it holds CJK text: then upright."""
    return escaped if has_cjk(escaped) else f"<i>{escaped}</i>"


def symbol_names(text: str, limit: int = 3) -> str:
    """The emoji and pictographs in ``text`` named, so a finding about one says which even
    where no font can draw it (a Linux without an emoji font shows an empty box):
    "😊 (U+1F60A smiling face with smiling eyes)". Unicode's names are English: in another
    interface language only the code point is given ("😊 (U+1F60A)"). Empty when there are
    none."""
    import unicodedata

    from ozon_assistant.ui.shared.translations import installed_language

    english = installed_language() in ("", "en")

    seen: list[str] = []
    for ch in text:
        code = ord(ch)
        pictograph = unicodedata.category(ch) == "So" or 0x1F000 <= code <= 0x1FAFF
        if not pictograph or ch in seen:
            continue
        seen.append(ch)
    named = [f"{ch} (U+{ord(ch):04X} {unicodedata.name(ch, '').lower() if english else ''})"
             .replace(" )", ")") for ch in seen[:limit]]
    if len(seen) > limit:
        named.append("…")
    return joined(named)
