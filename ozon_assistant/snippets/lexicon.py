"""Word families in a buyer's message: breakage, damage, wishes, order changes, refunds …

The families are data (``resources/snippets/model/lexicon.toml``, its header says how entries are
written and matched). The reader turns each family found into one feature, so the linear model
generalises from the words it was trained on to the rest of their family; the suggester uses the
complaint families to keep a praise-thanking answer away from a message that names a fault.
Negation is read here: «не сломался» and "nothing broke" are no breakage, «не работает» is.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ozon_assistant.core.text import fold
from ozon_assistant.snippets.terms import split_words, word_terms

#: Kept beside the trained model, whose features it makes.
LEXICON_NAME = "lexicon.toml"
HYPHEN_NOT_RE = re.compile(r"(?<=\w)-(не|ни)\b", re.I)
CLAUSE_RE = re.compile(r"[.!?;:,()\n\u2026]+|\s[-\u2013\u2014]+\s")
NEGATORS = frozenset({
    "не", "ни", "нет", "без", "not", "no", "never", "without", "nothing", "none", "dont", "doesnt",
    "didnt", "isnt", "wasnt", "wont", "cant", "havent", "hasnt", "arent", "werent", "couldnt",
    "don't", "doesn't", "didn't", "isn't", "wasn't", "won't", "can't", "haven't", "hasn't",
    "aren't", "weren't", "couldn't", "nor", "никаких", "никакого", "никакой", "никакие",
})
#: Negations that go on over a short list after a comma: «без сколов, царапин».
LIST_NEGATORS = frozenset({"без", "нет", "ни", "no", "without", "никаких"})
#: «брака не обнаружили», «царапин нет»: a denial after the word.
DENIAL_AFTER = ("обнаруж", "выявл", "выявил", "было", "найд", "нашл", "нашел", "замеч", "заметил")
#: Families that say something is wrong with what the buyer got (for the praise guard): a
#: concrete fault (breakage, damage, an empty parcel or less than was ordered), and any complaint
#: at all; and the families of praise (held-back praise too: "fine for the money").
STRONG_FAULTS = ("broken", "damaged", "empty")
COMPLAINT_FAMILIES = ("broken", "damaged", "empty", "missing", "complaint")
PRAISE_FAMILIES = ("praise", "fine", "lukewarm")


@dataclass(frozen=True)
class _Atom:
    text: str
    prefix: bool
    targets: frozenset[str]

    def matches(self, terms: Sequence[str]) -> bool:
        if self.prefix:
            return any(t.startswith(self.text) for t in terms)
        return any(t in self.targets for t in terms)


@dataclass(frozen=True)
class _Entry:
    family: str
    atoms: tuple[_Atom, ...]
    negated: bool  # counts only after a negation
    self_negating: bool  # the entry starts with a negation itself («не тот»)


def _atom(word: str) -> _Atom:
    word = fold(word)
    if word.endswith("*"):
        return _Atom(word[:-1], True, frozenset())
    return _Atom(word, False, frozenset(word_terms(word)))


class Lexicon:
    def __init__(self, families: dict[str, dict]) -> None:
        self.families = sorted(families)
        #: family → the snippets that fit a message with it best, within their situation
        self.prefers: dict[str, tuple[str, ...]] = {f: tuple(spec.get("snippets", ()))
                                                     for f, spec in families.items()}
        self.exact: dict[str, list[_Entry]] = {}
        self.prefixed: dict[str, list[_Entry]] = {}
        for fam, spec in families.items():
            groups = [(spec.get(lang, []), False) for lang in ("ru", "en")]
            negated = spec.get("negated", {})
            groups += [(negated.get(lang, []), True) for lang in ("ru", "en")]
            for words, neg in groups:
                for text in words:
                    parts = text.split()
                    atoms = tuple(_atom(p) for p in parts)
                    entry = _Entry(fam, atoms, neg, fold(parts[0]) in NEGATORS)
                    first = atoms[0]
                    if first.prefix:
                        self.prefixed.setdefault(first.text[:3], []).append(entry)
                    else:
                        for t in first.targets:
                            self.exact.setdefault(t, []).append(entry)

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        return _load(str(path) if path else "")

    def preferred(self, families: Mapping[str, Sequence[str]]) -> dict[str, float]:
        """Snippet id → how many of the message's families prefer it."""
        out: dict[str, float] = {}
        for fam in families:
            for sid in self.prefers.get(fam, ()):
                out[sid] = out.get(sid, 0.0) + 1.0
        return out

    def find(self, text: str) -> dict[str, list[str]]:
        """Each family found (not negated) → the message's words that made it, in order. Entries
        and negations do not reach across a clause («Пришёл целым, не воняет. Рекомендую»)."""
        found: dict[str, list[str]] = {}
        carry: str | None = None
        for clause in clauses(text):
            words = split_words(clause)
            # «без сколов, царапин», "no dents, scratches": a short list goes on being denied
            if carry and 0 < len(words) <= 4 and words[0] not in NEGATORS:
                words = [carry, *words]
            else:
                carry = next((w for w in words[-3:-1] if w in LIST_NEGATORS), None)
            self._find(words, found)
        return found

    def _find(self, words: list[str], found: dict[str, list[str]]) -> None:
        terms = [word_terms(w) for w in words]
        for i, ts in enumerate(terms):
            cands: list[_Entry] = []
            seen: set[int] = set()
            for t in ts:
                for e in self.exact.get(t, ()):
                    if id(e) not in seen:
                        seen.add(id(e))
                        cands.append(e)
                for e in self.prefixed.get(t[:3], ()):
                    if id(e) not in seen and e.atoms[0].matches((t,)):
                        seen.add(id(e))
                        cands.append(e)
            for e in cands:
                end = _rest(e.atoms, terms, i)
                if end is None:
                    continue
                negated = not e.self_negating and _negated(words, i, end)
                if negated != e.negated:
                    continue
                span = " ".join(words[max(0, i - 1) if e.negated else i:end + 1])
                hits = found.setdefault(e.family, [])
                if span not in hits:
                    hits.append(span)


def clauses(text: str) -> list[str]:
    """The message cut where a negation stops reaching: sentence marks, commas, brackets, dashes
    («дождь-не промокла» is «дождь, не промокла»)."""
    return [c for c in CLAUSE_RE.split(HYPHEN_NOT_RE.sub(r" \1", text)) if c.strip()]


def _rest(atoms: tuple[_Atom, ...], terms: list[tuple[str, ...]], start: int) -> int | None:
    """Where the entry's other words end, each at most one word after the last (None: absent)."""
    pos = start
    for atom in atoms[1:]:
        nxt = next((j for j in range(pos + 1, min(len(terms), pos + 3)) if atom.matches(terms[j])), None)
        if nxt is None:
            return None
        pos = nxt
    return pos


def _negated(words: list[str], start: int, end: int) -> bool:
    if any(w in NEGATORS for w in words[max(0, start - 2):start]):
        return True
    after = words[end + 1:end + 3]
    if after[:1] == ["нет"]:
        return True
    return len(after) == 2 and after[0] == "не" and after[1].startswith(DENIAL_AFTER)


@lru_cache(maxsize=4)
def _load(path: str) -> Lexicon:
    from ozon_assistant.core.paths import snippet_reader_model_file

    file = Path(path) if path else snippet_reader_model_file().with_name(LEXICON_NAME)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return Lexicon({})
    return Lexicon(data.get("family", {}))
