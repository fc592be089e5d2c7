"""A snippet's id made from its title, so a seller never has to invent one.

The title is written in Latin letters (Cyrillic transliterated, each Chinese character as its
pinyin syllable, accents dropped: ``anyascii``), lower-cased, and every run of anything else
becomes one hyphen: «Посылка задерживается» → ``posylka-zaderzhivaetsya``, «退货与退款» →
``tui-huo-yu-tui-kuan``. An id already taken gets ``-2``, ``-3`` … The result always matches the
loader's id rule (:data:`ozon_assistant.snippets.loader.ID_RE`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from ozon_assistant.snippets.loader import ID_RE

#: An id made from a title is cut at a word's end past this many characters
MAX_LENGTH = 48
#: The languages whose title an id is made from, the first one present
TITLE_ORDER = ("en", "ru", "zh")
#: Han characters, the CJK punctuation around them and full-width forms: one syllable each
_CJK = re.compile(r"([\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef])")
_NOT_ID = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` as lower-case Latin letters, digits and hyphens ("" when nothing is left)."""
    from anyascii import anyascii

    # an emoji or a symbol is no word of the title (anyascii would spell 📦 as "package")
    plain = "".join(" " if unicodedata.category(c) in ("So", "Sk", "Cs") else c for c in text)
    spaced = _CJK.sub(r" \1 ", plain)  # 退货 → "Tui Huo", not "TuiHuo"
    words = _NOT_ID.sub(" ", anyascii(spaced).lower()).split()
    out = ""
    for word in words:
        if out and len(out) + 1 + len(word) > MAX_LENGTH:
            break
        out = f"{out}-{word}" if out else word[:MAX_LENGTH]
    return out


def id_from_title(titles: Mapping[str, str], taken: Iterable[str]) -> str:
    """A new id from the first title present (English, Russian, Chinese), unique in ``taken``."""
    base = ""
    for lang in (*TITLE_ORDER, *titles):
        base = slug(titles.get(lang, ""))
        if base:
            break
    base = base or "my-snippet"
    used = set(taken)
    new_id, n = base, 2
    while new_id in used:
        new_id, n = f"{base}-{n}", n + 1
    assert ID_RE.match(new_id), new_id
    return new_id
