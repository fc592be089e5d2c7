"""Marketplace vocabulary shipped with the app (``resources/spelling/*.txt``): «Ozon»,
«промокод», «постамат», materials, cosmetics, gadgets … words sellers write and no general
dictionary knows. One word form a line; ``#`` starts a comment line."""

from __future__ import annotations

from functools import lru_cache

from ozon_assistant.core import paths
from ozon_assistant.core.text import fold


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    words: set[str] = set()
    for path in sorted(paths.spelling_vocabulary_dir().glob("*.txt")):
        try:
            lines = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # a damaged list costs its words, never the check
        words.update(fold(w.strip()) for w in lines.splitlines()
                     if w.strip() and not w.startswith("#"))
    return frozenset(words)
