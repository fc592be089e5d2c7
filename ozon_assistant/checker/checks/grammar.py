"""Subject–verb agreement slips of a learner ("we has", "it arrive", "your order have"), read
off the paragraph's words in one pass: a pattern over every "we" and "it" of a reply cost more
than all the rest of the English rules together."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check, param_words
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.text import tokens


@code_check("agreement")
def agreement(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A subject directly followed by a verb form that does not agree with it. ``params``:
    ``plural`` subjects and the ``singular`` verbs they may not take; ``I`` and ``i_verbs``;
    ``third`` subjects (it, he, she), ``nouns`` after ``heads`` (your order, the parcel) and the
    ``base`` verbs they may not take; none of it right after a word of ``not_after`` (does it
    arrive, to have, of the order)."""
    plural, singular, i_verbs, third, heads, nouns, base, not_after = (
        param_words(params, k) for k in ("plural", "singular", "i_verbs", "third", "heads",
                                         "nouns", "base", "not_after"))
    toks = tokens(text)
    keys = [t.key for t in toks]
    n = len(toks)

    def spaced(a: int, b: int) -> bool:  # only spaces between the words
        return all(text[toks[k].end:toks[k + 1].start].isspace() for k in range(a, b))

    for i in range(n - 1):
        key, nxt = keys[i], keys[i + 1]
        free = i == 0 or keys[i - 1] not in not_after
        if key in plural and nxt in singular and spaced(i, i + 1):
            yield Hit(toks[i].start, toks[i + 1].end)
        elif toks[i].text == "I" and nxt in i_verbs and spaced(i, i + 1):
            yield Hit(toks[i].start, toks[i + 1].end)
        elif key in third and nxt in base and free and spaced(i, i + 1) and not (
                i + 2 < n and keys[i + 2] == "you"):
            yield Hit(toks[i].start, toks[i + 1].end)
        elif (key in heads and nxt in nouns and i + 2 < n and keys[i + 2] in base and free
              and spaced(i, i + 2)):
            yield Hit(toks[i].start, toks[i + 2].end)
