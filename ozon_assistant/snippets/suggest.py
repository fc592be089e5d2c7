""""Buyer wrote …" → the situations that fit best, and the best snippets for each. Offline.

Evidence comes from the library itself: each situation's cue words and phrases (``[situation]
cues``), its title, and the titles, tags and (weakly) bodies of its snippets. Words are compared as
lemmas (pymorphy3) or stems, misspelt words are matched to known words one or two edits away, and
a word shared by many situations counts for less (idf). A cue phrase found in order («не
пришёл», "wrong size") counts more than its words apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from ozon_assistant.core.text import guess_language
from ozon_assistant.snippets.model import Library, Snippet
from ozon_assistant.snippets.search import SearchIndex
from ozon_assistant.snippets.terms import Vocabulary, is_stopword, split_words, word_terms

#: Evidence weights, chosen on buyer messages (tests/snippets/buyer_messages*.toml). Snippet
#: bodies are the seller's words, not the buyer's: counting them (BODY > 0) made proposals worse.
CUE, CUE_WORD, TITLE, TAG, SNIPPET_TITLE, BODY = 1.0, 0.4, 0.7, 0.3, 0.2, 0.0
PHRASE_BONUS = 1.2
STEM, STEM_LEN = 0.5, 6
TYPO = 0.75
MAX_GAP = 2


@dataclass(frozen=True)
class SnippetPick:
    snippet: Snippet
    score: float


@dataclass(frozen=True)
class SituationScore:
    category: str
    score: float
    snippets: list[SnippetPick] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)


def _lexeme(term: str) -> list[str]:
    """Every form of a Russian lemma, so an inflected, misspelt word is still one edit away."""
    from ozon_assistant.snippets.terms import CYR_RE, _forms

    return _forms(term) if CYR_RE.search(term) else []


class Suggester:
    def __init__(self, library: Library, index: SearchIndex | None = None) -> None:
        self.library = library
        self.index = index or SearchIndex(library)
        self.bags: dict[str, dict[str, float]] = {}
        self.phrases: list[tuple[str, str, list[frozenset[str]]]] = []
        ids = list(dict.fromkeys([*library.situations, *(s.category for s in library.snippets.values())]))
        by_category: dict[str, list[Snippet]] = {}
        for s in library.snippets.values():
            by_category.setdefault(s.category, []).append(s)
        for sid in ids:
            bag: dict[str, float] = {}
            situation = library.situation(sid)
            for cues in situation.cues.values():
                for cue in cues:
                    words = split_words(cue)
                    content = [w for w in words if not is_stopword(w)]
                    weight = CUE if len(content) <= 1 else CUE_WORD
                    self._add(bag, content, weight)
                    if len(words) > 1:
                        self.phrases.append((sid, cue, [frozenset(word_terms(w)) for w in words]))
            self._add(bag, [*split_words(" ".join(situation.title.values())),
                            *split_words(sid.replace("_", " "))], TITLE)
            for s in by_category.get(sid, ()):
                self._add(bag, [w for tags in s.tags.values() for w in split_words(" ".join(tags))], TAG)
                self._add(bag, split_words(" ".join(s.title.values())), SNIPPET_TITLE)
                from ozon_assistant.snippets.search import _strip_placeholders

                if BODY:
                    self._add(bag, split_words(_strip_placeholders(" ".join(s.body.values()))), BODY)
            self.bags[sid] = bag
        df: dict[str, int] = {}
        for bag in self.bags.values():
            for term in bag:
                df[term] = df.get(term, 0) + 1
        n = max(1, len(self.bags))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        strong = {t for bag in self.bags.values() for t, w in bag.items() if w >= TAG}
        self.vocab = Vocabulary([*df, *(f for t in strong for f in _lexeme(t))])

    @staticmethod
    def _add(bag: dict[str, float], words: list[str], weight: float) -> None:
        for w in set(words):
            if is_stopword(w):
                continue
            for term in word_terms(w):
                if bag.get(term, 0.0) < weight:
                    bag[term] = weight

    def _expand(self, word: str) -> dict[str, float]:
        terms = {t: 1.0 for t in word_terms(word) if t in self.idf}
        if not terms:
            for near in self.vocab.near(word)[:3]:
                for t in word_terms(near):
                    if t in self.idf:
                        terms.setdefault(t, TYPO)
        return terms

    def suggest(self, message: str, lang: str = "auto", limit: int = 5,
                per_situation: int = 3, boost: Mapping[str, float] | None = None) -> list[SituationScore]:
        """Situations for ``message``, best first, each with its best snippets."""
        lang = guess_language(message) if lang in ("", "auto") else lang
        words = split_words(message)
        expanded = [self._expand(w) for w in words]
        scores: dict[str, float] = dict.fromkeys(self.bags, 0.0)
        evidence: dict[str, list[str]] = {sid: [] for sid in self.bags}
        seen: set[str] = set()
        for word, terms in zip(words, expanded, strict=True):
            if is_stopword(word) or not terms or word in seen:
                continue
            seen.add(word)
            for sid, bag in self.bags.items():
                best = max((bag.get(t, 0.0) * q * self.idf[t] for t, q in terms.items()), default=0.0)
                if best > 0:
                    scores[sid] += best
                    evidence[sid].append(word)
        message_terms = [set(terms) | set(word_terms(w)) for w, terms in zip(words, expanded, strict=True)]
        for sid, cue, pattern in self.phrases:
            if _phrase_found(pattern, message_terms):
                idf = sum(max((self.idf.get(t, 0.5) for t in p), default=0.5) for p in pattern)
                scores[sid] += PHRASE_BONUS * idf / max(1, len(pattern)) * len(pattern) ** 0.5
                evidence[sid].append(cue)
        ranked = sorted((s for s in scores.items() if s[1] > 0), key=lambda kv: (-kv[1], kv[0]))
        out = []
        for sid, score in ranked[:limit]:
            picks = self.best_snippets(sid, expanded, lang, per_situation, boost)
            out.append(SituationScore(sid, round(score, 3), picks, evidence[sid]))
        return out

    def best_snippets(self, category: str, expanded: list[dict[str, float]], lang: str,
                      limit: int, boost: Mapping[str, float] | None = None) -> list[SnippetPick]:
        boost = boost or {}
        idx = self.index
        docs = {i: 0.0 for i, s in enumerate(idx.docs) if s.category == category}
        for terms in expanded:
            for term, q in terms.items():
                for doc, weight in idx.postings.get(term, {}).items():
                    if doc in docs:
                        docs[doc] += weight * q * idx.idf[term] * 0.1
        for doc in docs:
            s = idx.docs[doc]
            docs[doc] += boost.get(s.id, 0.0) + (0.5 if lang in s.languages else 0.0)
        ranked = sorted(docs.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [SnippetPick(idx.docs[d], round(v, 3)) for d, v in ranked]


def _phrase_found(pattern: list[frozenset[str]], message: list[set[str]]) -> bool:
    """The cue's words appear in order, with at most MAX_GAP other words between neighbours."""
    for start, terms in enumerate(message):
        if not pattern[0] & terms:
            continue
        pos, ok = start, True
        for want in pattern[1:]:
            nxt = next((j for j in range(pos + 1, min(len(message), pos + 2 + MAX_GAP))
                        if want & message[j]), None)
            if nxt is None:
                ok = False
                break
            pos = nxt
        if ok:
            return True
    return False
