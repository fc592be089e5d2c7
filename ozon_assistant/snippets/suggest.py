""""Buyer wrote …" → the situations that fit best, and the best snippets for each. Offline.

Evidence comes from the library itself: each situation's cue words and phrases (``[situation]
cues``), its title, and the titles, tags and (weakly) bodies of its snippets. Words are compared as
lemmas (pymorphy3) or stems, misspelt words are matched to known words one or two edits away, and
a word shared by many situations counts for less (idf). A cue phrase found in order («не
пришёл», "wrong size") counts more than its words apart.

Those cue scores are one input of the reader (:mod:`reader`), a small linear model trained on
real buyer messages that tells what the message is (a review and its sentiment, a question, an
order request, a claim, a return) and which situations fit; the order it gives is then held to
the rules a seller relies on: a complaint (or a 1–2 star rating) is never offered a praise-thanking
answer, praise never an apology, and a 4–5 star review never gets an apology first. A message
nothing fits gets no situation: the general answers are offered instead (:meth:`Suggester.propose`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from ozon_assistant.core.text import guess_language
from ozon_assistant.snippets.lexicon import COMPLAINT_FAMILIES, PRAISE_FAMILIES, STRONG_FAULTS
from ozon_assistant.snippets.measure import APOLOGY, PRAISE_THANKS
from ozon_assistant.snippets.model import Library, Snippet
from ozon_assistant.snippets.reader import Reader, Reading, lemma
from ozon_assistant.snippets.search import SearchIndex
from ozon_assistant.snippets.terms import Vocabulary, is_stopword, split_words, word_terms

#: Evidence weights, chosen on buyer messages (tests/snippets/buyer_messages*.toml). Snippet
#: bodies are the seller's words, not the buyer's: counting them (BODY > 0) made proposals worse.
CUE, CUE_WORD, TITLE, TAG, SNIPPET_TITLE, BODY = 1.0, 0.4, 0.7, 0.3, 0.2, 0.0
PHRASE_BONUS = 1.2
#: How much a snippet preferred by one of the message's word families counts (a favourite: 1+).
PREFER = 0.6
STEM, STEM_LEN = 0.5, 6
TYPO = 0.75
MAX_GAP = 2
#: A situation is proposed when the reader gives it at least SHOW of the probability (the first
#: always, unless nothing fits); nothing fits when the best has less than NONE and no cue matched.
SHOW, NONE = 0.04, 0.3
#: How sure of praise the reader must be for a review naming a fault to get no apology.
SURE_PRAISE = 0.9
#: Answers that fit any message when no situation does.
GENERAL = ("ozon_support", "product_question")
_DEFAULT = object()
_shipped: dict[str, Reader | None] = {}


def shipped_reader() -> Reader | None:
    """The model shipped in resources (loaded once per process and resources folder)."""
    from ozon_assistant.core.paths import resources_dir

    key = str(resources_dir())
    if key not in _shipped:
        _shipped[key] = Reader.load()
    return _shipped[key]


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


@dataclass(frozen=True)
class Proposal:
    """What the message is and the situations proposed for it (``fits`` False: none fits, and
    ``situations`` holds the general answers instead)."""

    kind: str
    sentiment: str
    situations: list[SituationScore]
    fits: bool = True


def _lexeme(term: str) -> list[str]:
    """Every form of a Russian lemma, so an inflected, misspelt word is still one edit away."""
    from ozon_assistant.snippets.terms import CYR_RE, _forms

    return _forms(term) if CYR_RE.search(term) else []


class Suggester:
    def __init__(self, library: Library, index: SearchIndex | None = None,
                 reader: Reader | object | None = _DEFAULT) -> None:
        self.library = library
        self.index = index or SearchIndex(library)
        self.reader: Reader | None = shipped_reader() if reader is _DEFAULT else reader  # type: ignore[assignment]
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

    def _cues(self, message: str) -> tuple[list[str], list[dict[str, float]], dict[str, float],
                                           dict[str, list[str]]]:
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
        return words, expanded, scores, evidence

    def cue_scores(self, message: str) -> dict[str, float]:
        """Each situation's score from the library's cue words and phrases alone."""
        return self._cues(message)[2]

    def suggest(self, message: str, lang: str = "auto", limit: int = 5,
                per_situation: int = 3, boost: Mapping[str, float] | None = None,
                rating: int | None = None) -> list[SituationScore]:
        """Situations for ``message``, best first, each with its best snippets ([] if none fits)."""
        proposal = self.propose(message, lang, limit, per_situation, boost, rating)
        return proposal.situations if proposal.fits else []

    def propose(self, message: str, lang: str = "auto", limit: int = 5, per_situation: int = 3,
                boost: Mapping[str, float] | None = None, rating: int | None = None) -> Proposal:
        """What the message is, and the situations that fit it (or the general answers)."""
        lang = guess_language(message) if lang in ("", "auto") else lang
        words, expanded, scores, evidence = self._cues(message)
        if self.reader is None:
            ranked = [sid for sid, v in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])) if v > 0]
            shown = {sid: round(scores[sid], 3) for sid in ranked}
            kind, sentiment = "", ""
        else:
            reading = self.reader.read(message, scores)
            kind, sentiment = reading.kind, _sentiment(reading, rating)
            probs = reading.situations
            order = reading.ranking
            ranked = sorted((sid for sid in order if sid in self.bags), key=lambda sid: (-order[sid], sid))
            weights = self.reader.heads["situation"].weights
            known = any(n.startswith(("w:", "neg:")) and n in weights and not is_stopword(n.partition(":")[2])
                        for n in reading.feats)
            signs = bool(reading.families) or any(n in reading.feats for n in _SIGNS)
            if not ranked or not (rating or signs or max(scores.values(), default=0.0) > 0
                                  or (known and probs[ranked[0]] >= NONE)):
                ranked = []
            sentiment = _with_evidence(sentiment, reading.families, rating)
            ranked = _guard(ranked, _leaning(sentiment, reading, rating), rating, reading.families)
            ranked = [sid for i, sid in enumerate(ranked) if i == 0 or probs[sid] >= SHOW]
            shown = {sid: round(probs[sid], 3) for sid in ranked}
            for sid in ranked:
                evidence[sid] = _evidence(reading, sid, self.reader, words, evidence[sid])
        fits = bool(ranked)
        if not fits:
            ranked = [g for g in GENERAL if g in self.bags]
            shown = dict.fromkeys(ranked, 0.0)
        prefer = (self.reader.lexicon.preferred(reading.families)
                  if self.reader is not None and fits else {})
        out = []
        for sid in ranked[:limit]:
            picks = self.best_snippets(sid, expanded, lang, per_situation, boost, prefer)
            out.append(SituationScore(sid, shown[sid], picks, evidence[sid] if fits else []))
        return Proposal(kind, sentiment, out, fits)

    def best_snippets(self, category: str, expanded: list[dict[str, float]], lang: str,
                      limit: int, boost: Mapping[str, float] | None = None,
                      prefer: Mapping[str, float] | None = None) -> list[SnippetPick]:
        """The situation's snippets, best first: the message's words in a snippet, the snippets
        its word families prefer (:meth:`Lexicon.preferred`), the seller's favourites (``boost``),
        the reply language."""
        boost = boost or {}
        prefer = prefer or {}
        idx = self.index
        docs = {i: 0.0 for i, s in enumerate(idx.docs) if s.category == category}
        for terms in expanded:
            for term, q in terms.items():
                for doc, weight in idx.postings.get(term, {}).items():
                    if doc in docs:
                        docs[doc] += weight * q * idx.idf[term] * 0.1
        for doc in docs:
            s = idx.docs[doc]
            docs[doc] += (boost.get(s.id, 0.0) + PREFER * prefer.get(s.id, 0.0)
                          + (0.5 if lang in s.languages else 0.0))
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


def _sentiment(reading: Reading, rating: int | None) -> str:
    """The reader's sentiment, overruled by a rating where the seller has one."""
    if rating is None:
        return reading.sentiment
    if rating <= 2:
        return "complaint"
    if rating == 3:
        return "mixed" if reading.sentiment == "praise" else reading.sentiment
    if rating == 5 and not _faults(reading.families)[0]:
        return "praise"  # five stars and no fault named: whatever the words, no apology
    return "mixed" if reading.sentiment == "complaint" else "praise"


#: Form signs that say a message means something even when no word is known ("Kazakhstan?", 👍).
_SIGNS = ("f:question-mark", "f:emoji+", "f:emoji-", "f:smile", "f:sad")


def _faults(families: Mapping[str, list[str]]) -> tuple[bool, bool]:
    """(a concrete fault is named: breakage or damage; any complaint word at all)."""
    concrete = any(f in families for f in STRONG_FAULTS)
    return concrete, concrete or any(f in families for f in COMPLAINT_FAMILIES)


def _with_evidence(sentiment: str, families: Mapping[str, list[str]], rating: int | None) -> str:
    """A message that names a fault is not plain praise, whatever the model says: a complaint if
    nothing in it praises, mixed if something does (a 4–5 star rating has the last word)."""
    if rating is not None and rating >= 4:
        return sentiment
    concrete, any_fault = _faults(families)
    praised = any(f in families for f in PRAISE_FAMILIES)
    if any_fault and not praised and sentiment in ("praise", "mixed", "neutral") and (
            concrete or sentiment == "praise"):
        return "complaint"
    if concrete and sentiment == "praise":
        return "mixed"
    return sentiment


def _leaning(sentiment: str, reading: Reading, rating: int | None) -> str:
    """A mixed review that leans to praise is guarded as praise: it gets no apology among the
    first. With a concrete fault named, only when the reader is sure of the praise (a fault word
    in passing: «запах почти не впитывают. Доволен»)."""
    praise = reading.sentiments.get("praise", 0.0)
    if (sentiment == "mixed" and (rating is None or rating >= 3)
            and praise > reading.sentiments.get("complaint", 0.0)
            and (praise >= SURE_PRAISE or not _faults(reading.families)[0])):
        return "praise"
    return sentiment


def _guard(ranked: list[str], sentiment: str, rating: int | None,
           families: Mapping[str, list[str]] | None = None) -> list[str]:
    """No praise-thanking answer for a complaint, no apology for praise, no apology first for a
    4–5 star review, and no praise-thanking answer first when the message names a fault."""
    if sentiment == "complaint":
        ranked = [sid for sid in ranked if sid not in PRAISE_THANKS]
    elif sentiment == "praise":
        ranked = [sid for sid in ranked if sid not in APOLOGY]
    if (families and (rating is None or rating <= 3) and _faults(families)[0]
            and ranked and ranked[0] in PRAISE_THANKS):
        first = next((sid for sid in ranked if sid not in PRAISE_THANKS), None)
        if first is not None:
            ranked = [first, *(sid for sid in ranked if sid != first)]
    if rating is not None and rating >= 4 and ranked and ranked[0] in APOLOGY:
        first = next((sid for sid in ranked if sid not in APOLOGY), None)
        if first is not None:
            ranked = [first, *(sid for sid in ranked if sid != first)]
    return ranked


_FORM_EVIDENCE = {"f:question-mark": "?", "f:question-form": "question form",
                  "f:question-start": "question word", "f:smile": ")))", "f:sad": "(((",
                  "f:emoji+": "emoji 👍", "f:emoji-": "emoji 😡", "f:shout": "!!!",
                  "f:pros": "Достоинства:", "f:cons": "Недостатки:", "f:caps": "CAPITALS"}


def _evidence(reading: Reading, sid: str, reader: Reader, words: list[str],
              cue_words: list[str]) -> list[str]:
    """The message's own words (and signs) that made the reader choose ``sid``."""
    by_lemma: dict[str, str] = {}
    for w in words:
        by_lemma.setdefault(lemma(w), w)
    out: list[str] = []
    for name in reader.heads["situation"].explain(reading.feats, sid, limit=8):
        kind, _, rest = name.partition(":")
        if kind == "w":
            word = by_lemma.get(rest, rest)
            if not is_stopword(word):
                out.append(word)
        elif kind == "b":
            a, _, b = rest.partition("_")
            out.append(f"{by_lemma.get(a, a)} {by_lemma.get(b, b)}")
        elif kind == "neg":
            out.append(f"не/not {by_lemma.get(rest, rest)}")
        elif kind == "lex":  # a word family: the message's own words that belong to it
            out.extend(reading.families.get(rest, ()))
        elif name in _FORM_EVIDENCE:
            out.append(_FORM_EVIDENCE[name])
    out.extend(w for w in cue_words if w not in out)
    return list(dict.fromkeys(out))[:8]
