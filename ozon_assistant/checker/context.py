"""What a check needs to know beyond the text: language, channel and the user's settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from ozon_assistant.core.settings import LEGAL_MIN_RETURN_DAYS


@dataclass(frozen=True)
class CheckContext:
    language: str = "ru"  # the reply's language: "ru" or "en" (never "auto" here)
    channel: str = "chat"
    ui_lang: str = "en"  # language of messages and descriptions: en, ru, zh
    platform_return_days: int = LEGAL_MIN_RETURN_DAYS
    accept_words: frozenset[str] = field(default_factory=frozenset)

    @property
    def min_return_days(self) -> int:
        """The shortest return window a reply may state: the law's 7 days or the platform's."""
        return max(LEGAL_MIN_RETURN_DAYS, self.platform_return_days)
