"""Marketplace vocabulary shipped with the app (``resources/spelling/domain.txt``): «Ozon»,
«промокод», «постамат» … words every seller writes and no general dictionary knows."""

from __future__ import annotations

from functools import lru_cache

from ozon_assistant.core import paths
from ozon_assistant.core.text import fold


@lru_cache(maxsize=1)
def domain_words() -> frozenset[str]:
    try:
        lines = (paths.resources_dir() / "spelling" / "domain.txt").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(fold(w.strip()) for w in lines.splitlines()
                     if w.strip() and not w.startswith("#"))
