"""Ozon limits repetitive identical answers: notice when a reply is (nearly) one sent many times.

Compared with the recent history (``History.recent_texts``) as word sequences, ignoring case,
punctuation and numbers (an order number alone does not make a reply personal). The notice is a
suggestion, never a block, and names the placeholders that would personalise the reply.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ozon_assistant.core.text import LETTERS_RE, fold
from ozon_assistant.core.types import Finding, Severity

RULE_ID = "all.snippets.repetitive"
SIMILAR = 0.9
MIN_REPEATS = 3

MESSAGES = {
    "en": "This reply is identical or nearly identical to {n} recent replies. Ozon limits "
          "repetitive identical answers: personalise it{hint}.",
    "ru": "Этот ответ совпадает или почти совпадает с {n} недавними ответами. Ozon ограничивает "
          "однотипные одинаковые ответы: сделайте его личным{hint}.",
    "zh": "此回复与最近的 {n} 条回复相同或几乎相同。Ozon 会限制重复的相同回答：请加入个性化内容{hint}。",
}
HINTS = {
    "en": " (fill in: {names})", "ru": " (заполните: {names})", "zh": "（填写：{names}）",
}
GENERIC = {
    "en": "the buyer's name, the order, the product",
    "ru": "имя покупателя, номер заказа, товар",
    "zh": "买家姓名、订单号、商品",
}


@dataclass(frozen=True)
class RepetitionNotice:
    repeats: int
    placeholders: tuple[str, ...] = ()  # labels (or names) of fields that personalise the reply

    def message(self, ui_lang: str = "en") -> str:
        lang = ui_lang if ui_lang in MESSAGES else "en"
        names = ", ".join(self.placeholders) or GENERIC[lang]
        return MESSAGES[lang].format(n=self.repeats, hint=HINTS[lang].format(names=names))

    def finding(self, text: str, ui_lang: str = "en") -> Finding:
        """The notice as a suggestion-level finding over the reply's first line."""
        end = text.find("\n")
        end = len(text) if end < 0 else end
        return Finding(start=0, end=max(1, end), rule=RULE_ID, category="structure",
                       severity=Severity.SUGGESTION, message=self.message(ui_lang),
                       description=self.message(ui_lang), source="snippets")


def words(text: str) -> list[str]:
    return [fold(w) for w in LETTERS_RE.findall(text)]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    longer, shorter = max(len(a), len(b)), min(len(a), len(b))
    if shorter / longer < SIMILAR - 0.05:
        return shorter / longer
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def check_repetition(text: str, recent: Iterable[str], placeholders: Sequence[str] = (),
                     threshold: float = SIMILAR, min_repeats: int = MIN_REPEATS) -> RepetitionNotice | None:
    """A notice when ``text`` is ≥ ``threshold`` similar to at least ``min_repeats`` recent texts."""
    mine = words(text)
    if len(mine) < 4:
        return None
    repeats = sum(1 for old in recent if similarity(mine, words(old)) >= threshold)
    if repeats < min_repeats:
        return None
    return RepetitionNotice(repeats, tuple(placeholders))
