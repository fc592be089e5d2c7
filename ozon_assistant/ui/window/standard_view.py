"""The "Standard" view: every rule with its reason and bad/good examples, in the UI language,
grouped by Ozon's four steps and its policy. The seller's reference and a team's training
material; any finding's "Why?" opens it at that rule."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from ozon_assistant.checker.engine import Checker
from ozon_assistant.checker.rules import Rule
from ozon_assistant.ui.shared.labels import (
    SEVERITY_COLORS,
    STEP_ORDER,
    category_name,
    italic_html,
    joined,
    labelled,
    language_name,
    severity_name,
    step_name,
)
from ozon_assistant.ui.shared.retranslate import Retranslated
from ozon_assistant.ui.window.rule_switch import rule_title

# lupdate reads translate("Context", "text") calls through this alias
translate = QCoreApplication.translate


def _rule_html(rule: Rule, lang: str, state: str | None) -> str:
    color = SEVERITY_COLORS[rule.severity].name()
    sev = severity_name(rule.severity)
    if state == "off":
        sev = translate("StandardView", "switched off in your settings")
    example = html.escape(rule_title(rule, lang))
    heading = labelled(html.escape(category_name(rule.category)),
                       f"<span style='font-weight:normal'>{example}</span>")
    languages = joined(language_name(code) for code in rule.languages)
    not_like = translate("StandardView", "Not like this:")
    like = translate("StandardView", "Like this:")
    out = [f"<a name='{html.escape(rule.id)}'></a>",
           f"<h3 style='margin-bottom:2px'>{heading}</h3>",
           f"<p style='margin-top:0;color:#666'><span style='color:{color}'>{html.escape(sev)}"
           f"</span> · <code>{html.escape(rule.id)}</code> · {html.escape(languages)}</p>",
           f"<p>{html.escape(rule.description_for(lang))}</p>"]
    if rule.examples_bad:
        marks = rule.example_marks or (None,) * len(rule.examples_bad)
        bad = "".join(f"<li>{_marked(x, m)}</li>" for x, m in zip(rule.examples_bad, marks,
                                                                     strict=True))
        out.append(f"<p style='margin-bottom:0'><b style='color:#c62828'>"
                   f"{html.escape(not_like)}</b></p><ul>{bad}</ul>")
    if rule.examples_good:
        good = "".join(f"<li>{html.escape(x)}</li>" for x in rule.examples_good)
        out.append(f"<p style='margin-bottom:0'><b style='color:#2e7d32'>"
                   f"{html.escape(like)}</b></p><ul>{good}</ul>")
    if rule.link:
        out.append(f"<p><a href='{html.escape(rule.link)}'>{html.escape(rule.link)}</a></p>")
    return "".join(out)


def _marked(example: str, mark: tuple[int, int, str] | None) -> str:
    """A bad example with its wrong words struck through in red and, where the rule names it,
    the right form beside them in green: a learner sees what changes («<s>новый</s> новую»)."""
    if mark is None:
        return html.escape(example)
    start, end, fix = mark
    wrong = (f"<span style='color:#c62828;text-decoration:line-through'>"
             f"{html.escape(example[start:end])}</span>")
    right = f" <b style='color:#2e7d32'>{html.escape(fix)}</b>" if fix else ""
    return html.escape(example[:start]) + wrong + right + html.escape(example[end:])


def chapter(rule: Rule) -> str:
    """The Standard view's chapter a rule is shown in: its step, except that every grammar rule
    (agreement, government, numerals — whatever step its pack gives it) is in one "Grammar"
    chapter, a learner's reference."""
    return "grammar" if rule.category == "grammar" else rule.step


def rule_matches(rule: Rule, lang: str, query: str) -> bool:
    """Whether ``query`` is in any of the rule's fields (its id, category, message, reason or
    examples), as the seller reads them in ``lang``."""
    q = query.casefold().strip()
    return not q or q in " ".join((
        rule.id, rule.category, category_name(rule.category), rule.description_for(lang),
        rule.message_for(lang, ""), *rule.examples_bad, *rule.examples_good)).casefold()


def rules_by_step(rules: Sequence[Rule], lang: str, query: str = "") -> list[tuple[str, list[Rule]]]:
    """Rules by step, in the standard's order (Ozon's four steps, its policy, then the rest);
    ``query`` keeps the rules with it in a field. The Standard view and Settings → Rules."""
    steps = list(STEP_ORDER) + sorted({chapter(r) for r in rules} - set(STEP_ORDER))
    out = []
    for step in steps:
        chosen = [r for r in rules if chapter(r) == step and rule_matches(r, lang, query)]
        if chosen:
            out.append((step, chosen))
    return out


class StandardView(Retranslated, QDialog):
    """Non-modal: it can stay open beside the compose window."""

    def __init__(self, checker: Checker, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standard-view")
        self.resize(720, 640)
        self.checker, self.ui_lang = checker, ui_lang
        col = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("standard-text")
        self.browser.setOpenExternalLinks(True)
        col.addWidget(self.filter)
        col.addWidget(self.browser, 1)
        self.filter.textChanged.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ozon's communication standard"))
        self.filter.setPlaceholderText(self.tr("Filter rules (words, category, rule id)…"))
        self.refresh()

    def groups(self, query: str = "") -> list[tuple[str, list[Rule]]]:
        return rules_by_step(self.checker.rules, self.ui_lang, query)

    def refresh(self) -> None:
        intro = self.tr(
            "Ozon asks sellers for a business style, positive emotions, answers that agree with "
            "the contract and the law, and no shouting. Its policy also forbids contacts, links "
            "and pressure. Each rule below says why.")
        title = self.tr("The standard, rule by rule")
        parts = [f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(intro)}</p>"]
        states = self.checker.overrides.states
        for step, rules in self.groups(self.filter.text()):
            parts.append(f"<h2 style='border-bottom:1px solid #ccc'>"
                         f"{html.escape(step_name(step))}</h2>")
            for rule in rules:
                parts.append(_rule_html(rule, self.ui_lang, dict(states).get(rule.id)))
        if len(parts) == 2:
            nothing = self.tr("No rule matches the filter.")
            parts.append(f"<p>{italic_html(html.escape(nothing))}</p>")
        self.browser.setHtml("".join(parts))

    def show_rule(self, rule_id: str = "") -> None:
        """Show the view scrolled to ``rule_id`` (the top when empty)."""
        if rule_id and self.filter.text():
            self.filter.clear()
        self.show()
        self.raise_()
        self.activateWindow()
        if rule_id:
            self.browser.scrollToAnchor(rule_id)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)
