"""Russian inflection through pymorphy3, used only when packs are compiled (never per keystroke).

A rule lists lemmas («ты», «грубить»); the compiled pack holds every form of each, so matching a
reply is a set look-up. Only parses whose normal form *is* the listed word are expanded: «норм»
(slang) must not pull in the forms of «норма».
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ozon_assistant.core.text import fold

_KEEP = ("nomn", "gent", "datv", "accs", "ablt", "loct", "sing", "plur", "masc", "femn", "neut",
         "1per", "2per", "3per", "pres", "past", "futr", "indc", "impr", "actv", "pssv", "Short")


@lru_cache(maxsize=1)
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def forms_of(word: str) -> dict[str, Any]:
    """Every form of ``word`` as a lemma → the tag of that form. Unknown words map to themselves."""
    morph = analyzer()
    out: dict[str, Any] = {fold(word): None}
    for parse in morph.parse(word):
        if fold(parse.normal_form) != fold(word):
            continue
        for form in parse.lexeme:
            out.setdefault(fold(form.word), form.tag)
    return out


def inflect_like(replacement: str, tag: Any) -> str:
    """``replacement`` (one word) put into the case/number/gender of ``tag``; unchanged if unsure."""
    if tag is None or " " in replacement:
        return replacement
    parses = analyzer().parse(replacement)
    if not parses:
        return replacement
    wanted = {g for g in _KEEP if g in tag}
    for parse in parses:
        if parse.tag.POS != tag.POS:
            continue
        got = parse.inflect(wanted) or parse.inflect(wanted - {"masc", "femn", "neut"})
        if got:
            word: str = got.word
            return replacement[0] + word[1:] if replacement[0].isupper() else word
    return replacement
