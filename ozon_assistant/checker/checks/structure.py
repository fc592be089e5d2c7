"""Structure of a whole reply: greeting, length, unfilled placeholders."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import WORD_RE, damerau, fold
from ozon_assistant.core.types import CHANNEL_LIMITS


@code_check("missing_greeting")
def missing_greeting(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """The reply's first words are not a greeting from the pack's list for its language.

    Runs on the whole reply (scope = "document"). The fix puts the pack's first greeting in front.
    """
    greetings: list[str] = params.get(ctx.language, [])
    first = WORD_RE.search(text)
    if not greetings or first is None:
        return
    head = fold(text[first.start() : first.start() + 60])
    if any(head.startswith(fold(g)) for g in greetings):
        return
    if _misspelt_greeting(fold(first.group()), greetings):
        return  # «Здравсвуйте»: a greeting, misspelt; the speller offers «Здравствуйте»
    fix = f"{greetings[0]}! {first.group()}"
    yield Hit(first.start(), first.end(), (fix,), matched=first.group())


def _misspelt_greeting(word: str, greetings: list[str]) -> bool:
    """Whether ``word`` is a Russian greeting's first word with a slip in it: one typo away (two
    in a long word), the same first letter, and no word of its own («Здравсвуйте», not
    «Добрые» or «Уважаем»). Then the reply does open with a greeting — the speller corrects
    it — and offering to put another one in front («Здравствуйте! Здравсвуйте») would be wrong.
    Latin words are left alone: without an English lexicon here «Hell» cannot be told from
    «Helo»."""
    if not ("а" <= word[:1] <= "я" or word[:1] == "ё"):
        return False
    for greeting in greetings:
        target = fold(greeting.split()[0])
        if len(target) < 5 or word[:1] != target[:1]:
            continue
        limit = 2 if len(target) >= 10 else 1
        if damerau(word, target, limit) <= limit:
            from ozon_assistant.checker.morph import analyzer  # only for such near misses

            return not analyzer().word_is_known(word)
    return False


@code_check("length")
def length(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Longer than the channel allows (chat: 1,000 characters). Marks the part past the limit."""
    limit = CHANNEL_LIMITS.get(ctx.channel)
    if limit is not None and len(text.rstrip()) > limit:
        yield Hit(limit, len(text.rstrip()), (), matched=str(len(text.rstrip())))


_PLACEHOLDER = rx(
    r"\{\{[^{}\n]{0,80}\}\}|\{[^{}\n]{1,80}\}|\[\[[^\[\]\n]{0,80}\]\]|<[^\W\d][^<>\n]{0,60}>"
)


@code_check("placeholders")
def placeholders(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """``{{name}}``, ``{name}``, ``[[name]]``, ``<name>`` left in the text: fill them first."""
    for m in _PLACEHOLDER.finditer(text):
        yield Hit(m.start(), m.end(), ())
