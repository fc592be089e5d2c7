"""Search as you type over titles, tags and bodies in ru/en/zh.

An inverted index from terms (folded words, Russian lemmas, English stems, Chinese bigrams) to
snippets with a weight per field; query words are expanded to their lemmas, to completions of the
word being typed and to known words one typo away. Snippets that match more query words rank
first, then by weight × rarity, then by the caller's boost (favourites, usage). Built once per
library load; a query is a few dictionary look-ups, well under 20 ms for 5,000 snippets.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass

from ozon_assistant.snippets.model import Library, Snippet
from ozon_assistant.snippets.terms import Vocabulary, is_cjk, is_stopword, split_words, word_terms

#: Field weights: a title or tag match says more than a word somewhere in a body.
WEIGHTS = {"title": 3.0, "tags": 2.5, "situation": 1.5, "id": 1.2, "body": 1.0, "gloss": 0.8}
EXACT, LEMMA, PREFIX, TYPO = 1.0, 0.95, 0.8, 0.65
MORE_FIELDS = 0.2


@dataclass(frozen=True)
class Hit:
    snippet: Snippet
    score: float
    matched: int  # how many query words it matched


def _strip_placeholders(text: str) -> str:
    from ozon_assistant.snippets.render import TOKEN_RE

    return TOKEN_RE.sub(" ", text)


def snippet_fields(library: Library, s: Snippet) -> dict[str, str]:
    situation = library.situation(s.category)
    return {
        "title": " ".join(s.title.values()),
        "tags": " ".join(" ".join(words) for words in s.tags.values()),
        "situation": " ".join(situation.title.values()) + " " + s.category.replace("_", " "),
        "id": s.id.replace("-", " "),
        "body": _strip_placeholders(" ".join(s.body.values())),
        "gloss": _strip_placeholders(" ".join(s.gloss.values())),
    }


class SearchIndex:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.docs: list[Snippet] = library.ordered()
        self.postings: dict[str, dict[int, float]] = {}
        for i, s in enumerate(self.docs):
            best: dict[str, float] = {}
            total: dict[str, float] = {}
            for fname, text in snippet_fields(library, s).items():
                weight = WEIGHTS[fname]
                for term in {t for word in set(split_words(text)) for t in word_terms(word)}:
                    best[term] = max(best.get(term, 0.0), weight)
                    total[term] = total.get(term, 0.0) + weight
            for term, weight in best.items():  # the best field, plus a little for each other one
                self.postings.setdefault(term, {})[i] = weight + MORE_FIELDS * (total[term] - weight)
        n = max(1, len(self.docs))
        self.idf = {t: math.log(1 + n / len(d)) for t, d in self.postings.items()}
        self.vocab = Vocabulary(self.postings)
        self.position = {s.id: i for i, s in enumerate(self.docs)}

    def expand(self, word: str, last: bool) -> dict[str, float]:
        """Index terms a query word stands for, each with how sure we are of the match."""
        out: dict[str, float] = {}
        for k, term in enumerate(word_terms(word)):
            if term in self.postings:
                out[term] = max(out.get(term, 0.0), EXACT if k == 0 else LEMMA)
        if last and not is_cjk(word) and len(word) >= 2 and (word not in out or len(word) < 4):
            for term in self.vocab.prefixed(word):
                out.setdefault(term, PREFIX)
        if not out:
            for term in self.vocab.near(word):
                out.setdefault(term, TYPO)
            for lemma in word_terms(word)[1:]:
                for term in self.vocab.near(lemma):
                    out.setdefault(term, TYPO)
        return out

    def search(self, query: str, limit: int = 50, boost: Mapping[str, float] | None = None,
               category: str | None = None) -> list[Hit]:
        """Best matches first. An empty query lists everything, boosted ones first."""
        boost = boost or {}
        words = split_words(query)
        content = [w for w in words if not is_stopword(w)]
        if content and len(content) < len(words) and not is_stopword(words[-1]):
            words = content  # «где мой заказ»: the pronoun must not decide what matches
        if not words:
            pool = [s for s in self.docs if category in (None, s.category)]
            pool.sort(key=lambda s: -boost.get(s.id, 0.0))
            return [Hit(s, boost.get(s.id, 0.0), 0) for s in pool[:limit]]
        typing_last = not query[-1:].isspace()
        scores: dict[int, float] = {}
        matched: dict[int, int] = {}
        for n, word in enumerate(words):
            best: dict[int, float] = {}
            for term, quality in self.expand(word, typing_last and n == len(words) - 1).items():
                factor = quality * self.idf[term]
                for doc, weight in self.postings[term].items():
                    value = weight * factor
                    if value > best.get(doc, 0.0):
                        best[doc] = value
            for doc, value in best.items():
                scores[doc] = scores.get(doc, 0.0) + value
                matched[doc] = matched.get(doc, 0) + 1
        if category is not None:
            scores = {d: v for d, v in scores.items()
                      if self.docs[d].category == category}
        if not scores:
            return []
        most = max(matched[d] for d in scores)
        keep = [d for d in scores if matched[d] == most]
        top = heapq.nsmallest(limit, keep, key=lambda d: (
            -(scores[d] + boost.get(self.docs[d].id, 0.0)), d))
        return [Hit(self.docs[d], round(scores[d], 3), matched[d]) for d in top]
