"""Rule packs compiled for fast matching, and cached on disk.

Word lists become one index: the folded first word of every phrase → the phrases starting with it,
each position a set of accepted forms. Checking a paragraph is then one pass over its words.
The compiled form is pickled in the cache folder, keyed by the rule files' contents, the
checker's source code and our version, so the command line starts without pymorphy3 after the
first run and never with rules compiled from other code. The file is sealed with the user's cache
key (:mod:`ozon_assistant.core.signed`): one the app did not write is never unpickled, only
rebuilt, and unpickling builds nothing but the checker's own data classes.
"""

from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass, field, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from ozon_assistant import __version__
from ozon_assistant.checker.conditional import Conditional
from ozon_assistant.checker.lexicons import CueSet, Lexicons, compile_cues
from ozon_assistant.checker.packs import load_rules
from ozon_assistant.checker.rules import Rule
from ozon_assistant.core import paths
from ozon_assistant.core.text import fold, tokens

CACHE_FORMAT = 4


@dataclass
class PhraseEntry:
    rule_index: int
    rest: tuple[frozenset[str], ...]  # accepted forms for the 2nd, 3rd… word
    replacements: dict[str, tuple[str, ...]]  # folded matched form of a one-word phrase → fixes
    default_replacements: tuple[str, ...]


@dataclass
class CompiledPacks:
    rules: list[Rule]
    index: dict[str, list[PhraseEntry]] = field(default_factory=dict)
    # rule index, regex source, flags, gate words, gate prefixes. The source, not a compiled
    # pattern: unpickling a pattern recompiles it, and most gated patterns never run at all
    patterns: list[tuple[int, str, int, frozenset[str], tuple[str, ...]]] = field(
        default_factory=list)
    code: list[int] = field(default_factory=list)
    #: conditional rules: (rule index, its groups as indexes into ``cue_sets``); a cue list
    #: shared by several rules (one lexicon) is compiled and stored once
    conditional: list[tuple[int, Conditional]] = field(default_factory=list)
    cue_sets: list[CueSet] = field(default_factory=list)
    digest: str = ""


def _phrase_words(phrase: str) -> list[str]:
    return [t.text for t in tokens(phrase)]


def _compile_phrase(
    rule: Rule, index: int, phrase: str, fixes: list[str]
) -> tuple[frozenset[str], PhraseEntry] | None:
    words = _phrase_words(phrase)
    if not words:
        return None
    positions: list[dict[str, object]] = []
    for w in words:
        if rule.inflect:
            from ozon_assistant.checker.morph import forms_of

            positions.append(dict(forms_of(w)))
        else:
            positions.append({fold(w): None})
    by_form: dict[str, tuple[str, ...]] = {}
    if len(words) == 1 and fixes and rule.inflect:
        from ozon_assistant.checker.morph import inflect_like

        for form, tag in positions[0].items():
            by_form[form] = tuple(inflect_like(f, tag) for f in fixes)
    entry = PhraseEntry(index, tuple(frozenset(p) for p in positions[1:]), by_form, tuple(fixes))
    return frozenset(positions[0]), entry


def compile_rules(rules: list[Rule], digest: str = "",
                  dirs: list[Path] | None = None) -> CompiledPacks:
    packs = CompiledPacks(rules=rules, digest=digest)
    cue_ids: dict[tuple[str, ...], int] = {}
    irregular: dict[str, tuple[str, ...]] | None = None

    def cue_set(entries: tuple[str, ...]) -> int:
        nonlocal irregular
        cid = cue_ids.get(entries)
        if cid is None:
            if irregular is None:
                irregular = Lexicons(dirs or [paths.rules_dir()]).irregular()
            cid = cue_ids[entries] = len(packs.cue_sets)
            packs.cue_sets.append(compile_cues(entries, irregular))
        return cid

    for i, rule in enumerate(rules):
        if rule.kind == "existence":
            for phrase in rule.tokens:
                _add(packs, _compile_phrase(rule, i, phrase, list(rule.replacements)))
        elif rule.kind == "substitution":
            for phrase, fixes in rule.swap.items():
                _add(packs, _compile_phrase(rule, i, phrase, fixes))
        elif rule.kind == "pattern":
            flags = 0 if rule.case_sensitive else re.IGNORECASE
            words = frozenset(g for g in rule.gate if not g.endswith("*"))
            prefixes = tuple(g[:-1] for g in rule.gate if g.endswith("*"))
            packs.patterns.append((i, rule.pattern, flags, words, prefixes))
        elif rule.kind == "conditional":
            packs.conditional.append((i, Conditional(
                groups=tuple(cue_set(g) for g in rule.groups),
                context=tuple(cue_set(c) for c in rule.context),
                unless=cue_set(rule.unless) if rule.unless else None,
                exclude=cue_set(rule.exclude) if rule.exclude else None,
                within=rule.within, distance=rule.distance, legacy=rule.legacy,
                gate=cue_set(tuple(g if g.endswith("*") else "=" + g for g in rule.gate))
                if rule.gate else None)))
        else:
            packs.code.append(i)
    return packs


def _add(packs: CompiledPacks, compiled: tuple[frozenset[str], PhraseEntry] | None) -> None:
    if compiled is None:
        return
    first, entry = compiled
    for form in first:
        packs.index.setdefault(form, []).append(entry)


def source_files() -> list[Path]:
    """The code the compiled packs and the checks that use them depend on: every module of the
    checker (this one, the rule parser, morphology, each code check) and ``core/text.py``
    (folding and tokens: the index's keys). A frozen bundle has no sources: none then, and its
    version alone keys its cache (the code cannot change without a new bundle)."""
    here = Path(__file__).parent
    text = here.parent / "core" / "text.py"
    return [*_tree(here, ".py"), *([text] if text.is_file() else [])]


def digest_files(dirs: list[Path]) -> list[Path]:
    """Every file under the rule folders, subfolders too (a pack, a lexicon the checks read)."""
    return [f for d in dirs for f in _tree(d)]


def _tree(folder: Path, suffix: str = "") -> list[Path]:
    """The files under ``folder`` ending in ``suffix``, sorted, hidden and cache folders aside
    (os.scandir: Path.rglob costs half a millisecond of every `check` here)."""
    found: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:  # no such folder (a frozen bundle's sources, a user without own rules)
        return found
    for entry in entries:
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        if entry.is_dir():
            found += _tree(Path(entry.path), suffix)
        elif entry.name.endswith(suffix) and entry.is_file():
            found.append(Path(entry.path))
    return found


def packs_digest(files: list[Path], code: list[Path] | None = None) -> str:
    """Changes when a rule file, the app version, or any of the checker's code (``code``,
    by default :func:`source_files`) changes: the cache never serves rules compiled by other
    code, and editing a check and running ``check`` again shows the change."""
    # a 32-bit checksum and the size: this detects a change, it guards nothing (hashlib would
    # load OpenSSL on every `check` start for the same answer)
    crc = zlib.crc32(f"{__version__}:{CACHE_FORMAT}".encode())
    size = 0
    for f in [*(source_files() if code is None else code), *files]:
        data = f.read_bytes()
        crc = zlib.crc32(data, zlib.crc32(f"{f.name}:{len(data)}".encode(), crc))
        size += len(data)
    return f"{crc:08x}{size:08x}"


def _cache_class(module: str, name: str, obj: Any) -> bool:
    """What a rules cache file may build: the checker's data classes (dataclasses, named tuples,
    enums: no constructor of theirs does more than store its fields) and ``re``'s flags."""
    if module == "re":
        return name == "RegexFlag"
    if not (module.startswith("ozon_assistant.checker.") or module == "ozon_assistant.core.types"):
        return False
    return isinstance(obj, type) and (
        is_dataclass(obj) or issubclass(obj, Enum)
        or (issubclass(obj, tuple) and hasattr(obj, "_fields")))


def load_compiled(dirs: list[Path], cache_dir: Path | None) -> CompiledPacks:
    """Compiled packs from the cache when the rule files and the checker's code are unchanged,
    else compile and cache. A cache file this user's app did not write (see
    :mod:`ozon_assistant.core.signed`) counts as none."""
    from ozon_assistant.core import signed

    digest = packs_digest(digest_files(dirs))
    cache = paths.compiled_rules_file(digest, cache_dir) if cache_dir else None
    if cache:
        packs = signed.load(cache, _cache_class)
        if isinstance(packs, CompiledPacks) and packs.digest == digest:
            return packs
    packs = compile_rules(load_rules(dirs), digest, dirs)
    if cache:
        try:
            for old in cache.parent.glob(paths.COMPILED_RULES_GLOB):
                old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache folder only costs speed
        signed.dump(cache, packs)
    return packs
