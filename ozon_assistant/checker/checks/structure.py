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
    word = first.group()
    near = _near_greeting(fold(word), greetings)
    if near is not None and not near.isascii():
        from ozon_assistant.checker.morph import analyzer  # only for such near misses

        if not analyzer().word_is_known(word):
            return  # «Здравсвуйте»: a greeting, misspelt; the speller offers «Здравствуйте»
    # «Helo, Anna!» (or «Hell, Anna!»): the greeting meant, in place; else one put in front
    fix = near if near is not None and near.isascii() else f"{greetings[0]}! {word}"
    yield Hit(first.start(), first.end(), (fix,), matched=word)


def _near_greeting(word: str, greetings: list[str]) -> str | None:
    """The first word of the greeting ``word`` (folded) is a slip away from — one typo (two in
    a long word), the same first letter — or None. A Russian near miss that is no word of its
    own («Здравсвуйте», not «Добрые» or «Уважаем») is the greeting misspelt: the speller
    corrects it, and offering to put another in front («Здравствуйте! Здравсвуйте») would be
    wrong. With no English lexicon here, a Latin near miss is replaced by the greeting."""
    for greeting in greetings:
        target = greeting.split()[0]
        folded = fold(target)
        if len(folded) < 5 or word[:1] != folded[:1]:
            continue
        limit = 2 if len(folded) >= 10 else 1
        if word != folded and damerau(word, folded, limit) <= limit:
            return target
    return None


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
