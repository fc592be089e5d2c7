"""Every word form of Hunspell's en_US dictionary, listed once and cached (see :mod:`.english`).

en_US builds words from a stem and at most one suffix and one prefix (no affixes on affixes,
compounding only for numerals like «21st», which hold digits and are never checked), so listing
them is exact: a stem, each suffix and prefix whose condition the stem meets, and each
cross-product pair. tests/spelling/test_hunspell_forms.py compares the list with spylls' own
look-up over tens of thousands of real words in three casings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.spelling.packed import (
    Pack,
    open_or_build,
    package_dir,
    shard_of,
    sharded,
    source_stamp,
)

__all__ = ["SHARDS", "expand", "forms_pack", "shard_of"]

CACHE_FORMAT = 1
SHARDS = 512


def dictionary_base() -> Path:
    """en_US.aff / en_US.dic inside the spylls package, found without importing spylls."""
    return package_dir("spylls") / "hunspell" / "data" / "en" / "en_US"


def hunspell_en_us() -> Any:
    """spylls' reader of en_US: only to build the list (0.65 s), and in the tests."""
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(dictionary_base()))


def expand(dictionary: Any) -> set[str]:
    """All forms the dictionary accepts, as it spells them (case kept: «Paris», «iPod»)."""
    aff, dic = dictionary.aff, dictionary.dic
    skip = {f for f in (aff.ONLYINCOMPOUND, aff.FORBIDDENWORD, aff.NEEDAFFIX) if f}
    if any(a.flags for table in (aff.SFX, aff.PFX) for group in table.values() for a in group):
        raise ValueError("affixes with their own affixes: this dictionary cannot be listed")
    out: set[str] = set()
    for word in dic.words:
        stem, flags = word.stem, word.flags
        if any(c.isdigit() for c in stem):
            continue  # numerals: only through compounding, and never checked (digits)
        if flags & skip:
            continue
        out.add(stem)
        suffixed: list[str] = []
        for flag in flags:
            for sfx in aff.SFX.get(flag, ()):
                if stem.endswith(sfx.strip) and sfx.cond_regexp.search(stem):
                    form = stem[:len(stem) - len(sfx.strip)] + sfx.add
                    out.add(form)
                    if sfx.crossproduct:
                        suffixed.append(form)
        for flag in flags:
            for pfx in aff.PFX.get(flag, ()):
                if stem.startswith(pfx.strip) and pfx.cond_regexp.search(stem):
                    out.add(pfx.add + stem[len(pfx.strip):])
                    if pfx.crossproduct:
                        out.update(pfx.add + f[len(pfx.strip):] for f in suffixed
                                   if f.startswith(pfx.strip))
    out.discard("")
    return out


def _build() -> tuple[dict[str, bytes], dict[str, Any]]:
    forms = expand(hunspell_en_us())
    return sharded(((f.lower(), f) for f in sorted(forms)), SHARDS, "f"), {"forms": len(forms)}


def forms_pack() -> Pack:
    base = dictionary_base()
    key = {"format": CACHE_FORMAT, "shards": SHARDS,
           "source": source_stamp(base.with_suffix(".aff"), base.with_suffix(".dic"))}
    return open_or_build(paths.speller_cache_file("en", "forms", CACHE_FORMAT), key, _build,
                         ("speller-en-forms-*.pack",))
