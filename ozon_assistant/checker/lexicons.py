"""Shared vocabularies of meaning — lexicons — and the cue lists rules build from them.

A lexicon is a TOML file in ``resources/rules/lexicons/`` (or the user's
``<config>/rules/lexicons/``, whose entries are added to a bundled lexicon of the same name). It
names one idea — a review, changing something, a reward, a bank card — in every wording a seller
uses, and several rules share it by name (``"@review"``)::

    # lexicons/review.toml
    ru = ["отзыв", "оценка", "звезда", "пятёрка"]        # lemmas: every form counts
    en = ["review", "rating", "star", "feedback"]          # with their inflections
    all = ["5*"]                                           # for both languages
    include = ["@rating_words"]                            # another lexicon's entries too

A lexicon without ``ru``/``en``/``all`` lists (a table of tables, as ``channels.toml``) gives
every string in it; ``"@channels.messenger"`` names one of its tables.

An entry — in a lexicon or written straight into a rule — is one of:

- a Russian word: a dictionary form («изменить», «отзыв») stands for every form of it («измените»,
  «изменили», «изменённый», «отзывы»); any other form («можете», «сами») stands for itself;
- an English word: with its inflections (change → changes, changed, changing; refund → refunds,
  refunded; irregular verbs from ``lexicons/en_irregular.toml``: take → took, taken);
- ``=word``: that exact word only («=сам», "=please": not "pleased");
- ``stem*``: any word it begins (slang the dictionary lacks: «вотсап*»);
- several words: a phrase, each word matched as above; ``…`` stands for up to three words
  ("take … down" matches "take the review down"), ``…1`` for at most one; ``a|b`` is either
  word, ``#`` any number ("keep … #" for "keep 10 %"), and ``@lexicon`` any single word of a
  lexicon ("@change … @review");
- ``re:pattern``: a regular expression, searched case-insensitively (a last resort: it is the
  only kind that costs more than a set look-up).

Russian forms come from pymorphy3 when the packs are compiled; the compiled cue sets are
pickled with the packs, so checking a reply is a set look-up per word.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from ozon_assistant.core import paths
from ozon_assistant.core.text import fold

LEXICON_FOLDER = paths.LEXICONS
#: keys of a cue lexicon that hold entries for one language (``all``: for every language)
LANGUAGE_KEYS = ("ru", "en", "all")
#: "…" in a phrase: up to this many words may stand there
GAP_WORDS = 3
_GAPS = frozenset({"…", "~"})


class LexiconError(ValueError):
    """A lexicon that is missing or malformed; the message names the file."""


@dataclass
class Lexicons:
    """The lexicon files under the rule folders, read when a rule first names one."""

    dirs: Sequence[Path]
    _data: dict[str, dict[str, Any]] = field(default_factory=dict)

    def table(self, name: str) -> dict[str, Any]:
        """The merged contents of ``lexicons/NAME.toml`` in every rule folder (bundled first)."""
        hit = self._data.get(name)
        if hit is None:
            hit = {}
            found = False
            for folder in self.dirs:
                path = Path(folder) / LEXICON_FOLDER / f"{name}.toml"
                if not path.is_file():
                    continue
                found = True
                try:
                    with path.open("rb") as fh:
                        _merge(hit, tomllib.load(fh))
                except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                    raise LexiconError(f"lexicon {path}: {exc}") from None
            if not found:
                raise LexiconError(f"no lexicon {name!r} (looked for {LEXICON_FOLDER}/{name}.toml "
                                   "in the rule folders)")
            self._data[name] = hit
        return hit

    def entries(self, ref: str, languages: Iterable[str], _seen: frozenset[str] = frozenset()
                ) -> list[str]:
        """The entries ``@name`` or ``@name.table`` gives for ``languages``."""
        if ref in _seen:
            raise LexiconError(f"lexicon {ref} includes itself")
        name, _, part = ref.lstrip("@").partition(".")
        table: Any = self.table(name)
        for key in part.split(".") if part else ():
            table = table.get(key) if isinstance(table, dict) else None
            if table is None:
                raise LexiconError(f"lexicon {name!r} has no table {part!r}")
        out: list[str] = []
        if isinstance(table, dict) and any(k in table for k in (*LANGUAGE_KEYS, "include")):
            stray = [k for k, v in table.items()
                     if k not in (*LANGUAGE_KEYS, "include") and not isinstance(v, dict)]
            if stray:  # a typo («ur = […]») would silently drop its words
                raise LexiconError(f"lexicon {name!r}: unknown key(s) {', '.join(stray)} "
                                   f"(a cue lexicon has {', '.join(LANGUAGE_KEYS)}, include)")
            for key in ("all", *languages):
                out.extend(_strings(table.get(key, []), f"{ref}: {key}"))
            for inner in _strings(table.get("include", []), f"{ref}: include"):
                out.extend(self.entries(inner, languages, _seen | {ref}))
        else:
            out.extend(_flatten(table))
        return out

    def resolve(self, cues: Iterable[str], languages: Iterable[str],
                _seen: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """``cues`` with every ``@lexicon`` replaced by its entries, duplicates dropped; in a
        phrase, ``@lexicon`` stands for any one word of it (``"@change … @review"``) — in the
        lexicon's own entries too («можете …3 @cancel_act» inside @cancel_permission)."""
        langs = tuple(languages)
        out: list[str] = []
        for cue in cues:
            if cue.startswith("@") and " " not in cue.strip():
                ref = cue.strip()
                if ref in _seen:
                    raise LexiconError(f"lexicon {ref} includes itself")
                out.extend(self.resolve(self.entries(ref, langs), langs, _seen | {ref}))
            elif not cue.startswith("re:") and "@" in cue:
                out.append(" ".join("|".join(self._alternatives(a, langs) if a.startswith("@")
                                             else a for a in w.split("|"))
                                    for w in cue.split()))
            else:
                out.append(cue)
        return tuple(dict.fromkeys(c.strip() for c in out if c.strip()))

    def _alternatives(self, ref: str, langs: tuple[str, ...]) -> str:
        words = [e for e in self.entries(ref, langs) if not e.startswith("re:") and " " not in e]
        if not words:
            raise LexiconError(f"{ref} has no single words to stand in a phrase")
        return "|".join(words)

    def irregular(self) -> dict[str, tuple[str, ...]]:
        """English irregular forms (``en_irregular.toml``: take = ["took", "taken"])."""
        try:
            table = self.table("en_irregular")
        except LexiconError:
            return {}
        return {fold(k): tuple(fold(v) for v in _strings(vs, k)) for k, vs in table.items()}


def _merge(into: dict[str, Any], more: dict[str, Any]) -> None:
    for key, value in more.items():
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            _merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            old.extend(value)
        else:
            into[key] = value


def _strings(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{what} must be a list of strings")
    return list(value)


def _flatten(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _flatten(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _flatten(v)]
    return []


# -- forms ---------------------------------------------------------------------------------------

_VOWELS = frozenset("aeiou")


def english_forms(word: str, irregular: dict[str, tuple[str, ...]]) -> set[str]:
    """A word and its regular inflections — plural/3rd person, past, -ing, possessive — plus
    its irregular forms. Generous: a form no one writes ("carded") costs nothing."""
    out = {word, word + "'s"}
    head, dash, last = word.rpartition("-")
    if dash and head and last.isalpha():  # "knock-off" → "knock-offs": the last part inflects
        return out | {head + dash + f for f in english_forms(last, irregular)}
    if not word.isalpha() or len(word) < 2:
        return out | set(irregular.get(word, ()))
    last, before = word[-1], word[-2]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    elif last == "y" and before not in _VOWELS:
        out.add(word[:-1] + "ies")
    else:
        out.add(word + "s")
    if last == "e":
        out |= {word + "d", word[:-1] + "ing"}
    elif last == "y" and before not in _VOWELS:
        out |= {word[:-1] + "ied", word + "ing"}
    else:
        out |= {word + "ed", word + "ing"}
        if last not in _VOWELS and last not in "wxy" and before in _VOWELS and \
                (len(word) < 3 or word[-3] not in _VOWELS):
            out |= {word + last + "ed", word + last + "ing"}  # stop → stopped, cancel → cancelled
    out.update(irregular.get(word, ()))
    return out


def word_forms(entry: str, irregular: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The folded forms one entry word stands for (see the module's docstring)."""
    if entry.startswith("="):
        return frozenset({fold(entry[1:])})
    word = fold(entry)
    if any("а" <= ch <= "я" for ch in word):
        return _russian_forms(word)
    if word.isascii() and any(ch.isalpha() for ch in word):
        return frozenset(english_forms(word, irregular))
    return frozenset({word})


@cache
def _russian_forms(word: str) -> frozenset[str]:
    """Every form of a Russian dictionary word (pymorphy3, when packs are compiled: a lexicon
    shared by several rules expands each word once)."""
    from ozon_assistant.checker.morph import forms_of

    return frozenset(forms_of(word))


class Slot(NamedTuple):
    """One word of a phrase cue — its forms and stems (``a|b|stem*``: any of them), or any
    number (``#``) — or a gap of up to ``gap`` words."""

    forms: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    gap: int = 0
    number: bool = False

    def takes(self, key: str) -> bool:
        return key in self.forms or (bool(self.stems) and key.startswith(self.stems)) or \
            (self.number and key[:1].isdigit())


@dataclass(frozen=True)
class CueSet:
    """A list of entries, compiled: every form of its words, its stems, phrases and patterns."""

    words: frozenset[str]
    stems: tuple[str, ...]
    phrases: tuple[tuple[Slot, ...], ...]
    patterns: tuple[str, ...]

    @property
    def heads(self) -> frozenset[str]:
        """The forms a phrase of this set may begin with."""
        return frozenset(f for p in self.phrases for f in p[0].forms)

    @property
    def head_stems(self) -> tuple[str, ...]:
        return tuple(st for p in self.phrases for st in p[0].stems)


def compile_cues(entries: Iterable[str], irregular: dict[str, tuple[str, ...]]) -> CueSet:
    words: set[str] = set()
    stems: list[str] = []
    phrases: list[tuple[Slot, ...]] = []
    patterns: list[str] = []
    for entry in entries:
        if entry.startswith("re:"):
            patterns.append(entry[3:])
            continue
        parts = entry.split()
        if len(parts) > 1:
            slots = tuple(_slot(p, irregular) for p in parts)
            if slots[0].gap or slots[-1].gap or slots[0].number:
                raise LexiconError(f"phrase {entry!r} may not begin with a gap or a number, "
                                   "nor end with a gap")
            phrases.append(slots)
        elif parts and parts[0].endswith("*") and len(parts[0]) > 1:
            stems.append(fold(parts[0][:-1]))
        elif parts:
            words |= word_forms(parts[0], irregular)
    return CueSet(frozenset(words), tuple(dict.fromkeys(stems)), tuple(phrases), tuple(patterns))


def _slot(part: str, irregular: dict[str, tuple[str, ...]]) -> Slot:
    if part[:1] in _GAPS or part.startswith("..."):
        digits = part.lstrip(".…~")
        if digits and not digits.isdigit():
            raise LexiconError(f"a gap is …, …2 or …5, not {part!r}")
        return Slot(gap=int(digits) if digits else GAP_WORDS)
    forms: set[str] = set()
    stems: list[str] = []
    if part == "#":
        return Slot(number=True)
    for alt in part.split("|"):
        if alt.endswith("*") and len(alt) > 1:
            stems.append(fold(alt[:-1]))
        elif alt:
            forms |= word_forms(alt, irregular)
    return Slot(forms=frozenset(forms), stems=tuple(stems))
