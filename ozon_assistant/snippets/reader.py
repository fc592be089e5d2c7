"""What a buyer's message *is* before what it is about: kind, sentiment and situations.

A small linear model (softmax per head) over lemma unigrams and bigrams, negated words («не
очень», "not great"), the form of the message (a question mark, «подскажите», «есть ли», "does
it", smiles «)))» and sad «((», emoji, capitals, «Достоинства:/Недостатки:») and the library's
own cue scores for each situation. It is trained on the fitting half of the labelled real messages
(``python -m ozon_assistant.snippets.reader train``) and shipped as data
(``resources/snippets/model/reader.json``): no network, pure Python, about a millisecond a message.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ozon_assistant.snippets.lexicon import NEGATORS, Lexicon, clauses
from ozon_assistant.snippets.terms import CYR_RE, split_words, word_terms

#: Training settings chosen by leave-one-source-out runs on the fitting half.
EPOCHS, L2, BIGRAMS, BLEND = 15, 1e-2, False, 1.0
HEADS = ("situation", "kind", "sentiment")

QUESTION_START = frozenset(
    "как какой какая какое какие когда где почему зачем сколько можно есть ли подскажите "
    "скажите напишите подойдет подойдёт будет стоит идет идёт имеет поддерживает "
    "how what when where why which who does do did is are can could will would should".split())
POSITIVE_EMOJI = "👍👌❤♥😊😁🙏💞🤝🎉🔥😍🥰☺🤗✔🌷🙌🫶😀😃😄🤙👏"
NEGATIVE_EMOJI = "😡😭😩🙈🤬👎😠😤😞😢🤯😒🤦🤷☹"
SMILE_RE = re.compile(r"(?<![(:;])\){1,}|[:;]-?\)|\bxd\b", re.I)
SAD_RE = re.compile(r"(?<!\))\({1,}(?!\w)|:-?\(")
CAPS_RE = re.compile(r"\b[A-ZА-ЯЁ]{4,}\b")
PROS_RE = re.compile(r"(?:достоинства|плюсы|pros):\s*\S", re.I)
_NONE = r"(?:нет\b|не нашл|не обнаруж|их нет|none\b|nothing\b|—|-)"
CONS_RE = re.compile(rf"(?:недостатки|минусы|cons):\s*(?!{_NONE})\S", re.I)
NO_CONS_RE = re.compile(rf"(?:недостатки|минусы|cons):\s*{_NONE}", re.I)


def lemma(word: str) -> str:
    terms = word_terms(word)
    return terms[1] if len(terms) > 1 else terms[0]


def features(text: str, cue_scores: Mapping[str, float] | None = None,
             bigrams: bool = True, families: Mapping[str, Sequence[str]] | None = None
             ) -> dict[str, float]:
    """Sparse features of a message: lemmas, bigrams, negations, form, the word families found
    (:mod:`lexicon`) and the cue scores."""
    words: list[str] = []
    starts: list[int] = []  # where each word's clause begins: a negation does not reach past it
    for clause in clauses(text):
        start = len(words)
        words.extend(split_words(clause))
        starts.extend([start] * (len(words) - start))
    lemmas = [lemma(w) for w in words]
    f: dict[str, float] = {}
    for i, (w, lem) in enumerate(zip(words, lemmas, strict=True)):
        # A negated word («не работает», "not great", «царапин нет») is its own feature only: read
        # as the plain word, it would count for the opposite.
        near = i > starts[i] and words[i - 1] in NEGATORS
        far = i > starts[i] + 1 and words[i - 2] in NEGATORS
        denied = words[i + 1:i + 2] == ["нет"] and starts[i + 1] == starts[i]
        if w not in NEGATORS and (near or far or denied):
            f["neg:" + lem] = max(f.get("neg:" + lem, 0.0), 1.0 if near or denied else 0.5)
        else:
            f["w:" + lem] = 1.0
        if bigrams and i + 1 < len(lemmas):
            f[f"b:{lem}_{lemmas[i + 1]}"] = 1.0
    low = text.lower()
    if "?" in text:
        f["f:question-mark"] = 1.0
    if lemmas and (words[0] in QUESTION_START or lemmas[0] in QUESTION_START):
        f["f:question-start"] = 1.0
    if re.search(r"\b(есть ли|можно ли|подойд[её]т ли|подскажите|does it|is there|is it|do you|"
                 r"can i|will it)\b", low):
        f["f:question-form"] = 1.0
    if SMILE_RE.search(text):
        f["f:smile"] = 1.0
    if SAD_RE.search(text):
        f["f:sad"] = 1.0
    if any(c in text for c in POSITIVE_EMOJI):
        f["f:emoji+"] = 1.0
    if any(c in text for c in NEGATIVE_EMOJI):
        f["f:emoji-"] = 1.0
    if "!!" in text or "??" in text:
        f["f:shout"] = 1.0
    if CAPS_RE.search(text):
        f["f:caps"] = 1.0
    if PROS_RE.search(text):
        f["f:pros"] = 1.0
    if CONS_RE.search(text):
        f["f:cons"] = 1.0
    if NO_CONS_RE.search(text):
        f["f:no-cons"] = 1.0
    if "@" in text:
        f["f:mention"] = 1.0
    n = len(words)
    f["f:short" if n <= 3 else "f:long" if n > 40 else "f:medium"] = 1.0
    f["f:lang-ru" if CYR_RE.search(low) else "f:lang-en"] = 1.0
    if cue_scores:
        top = max(cue_scores.values(), default=0.0)
        if top > 0:
            for sid, score in cue_scores.items():
                if score > 0:
                    f["cue:" + sid] = score / top
    for fam in families or ():
        f["lex:" + fam] = 1.0
    f["bias"] = 1.0
    return f


@dataclass
class LinearHead:
    """One softmax over ``classes``: weights[feature][class index]."""

    classes: list[str]
    weights: dict[str, list[float]]

    def scores(self, feats: Mapping[str, float]) -> list[float]:
        z = [0.0] * len(self.classes)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    z[i] += w * value
        return z

    def probs(self, feats: Mapping[str, float]) -> dict[str, float]:
        z = self.scores(feats)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return {c: v / s for c, v in zip(self.classes, e, strict=True)}

    def explain(self, feats: Mapping[str, float], cls: str, limit: int = 6) -> list[str]:
        """The features that pushed ``cls`` up the most (the evidence a seller sees)."""
        i = self.classes.index(cls)
        contrib = [(self.weights[n][i] * v, n) for n, v in feats.items()
                   if n in self.weights and n != "bias"]
        return [n for c, n in sorted(contrib, reverse=True)[:limit] if c > 0.05]


def train_head(rows: Sequence[tuple[Mapping[str, float], Mapping[str, float]]], classes: list[str],
               epochs: int = 40, rate: float = 0.3, l2: float = 1e-3, seed: int = 7) -> LinearHead:
    """Softmax regression with AdaGrad; each row is (features, target distribution)."""
    head = LinearHead(classes, {})
    grad_sq: dict[str, list[float]] = {}
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    k = len(classes)
    for _ in range(epochs):
        rnd.shuffle(order)
        for j in order:
            feats, target = rows[j]
            p = head.probs(feats)
            delta = [p[c] - target.get(c, 0.0) for c in classes]
            for name, value in feats.items():
                w = head.weights.setdefault(name, [0.0] * k)
                g2 = grad_sq.setdefault(name, [1e-6] * k)
                for i in range(k):
                    g = delta[i] * value + l2 * w[i]
                    g2[i] += g * g
                    w[i] -= rate * g / math.sqrt(g2[i])
    head.weights = {n: [round(x, 4) for x in w] for n, w in head.weights.items()
                    if any(abs(x) >= 1e-3 for x in w)}
    return head


@dataclass
class Reading:
    """What the message is: kind and sentiment with their probabilities, and situation scores."""

    kind: str
    kind_p: float
    sentiment: str
    sentiment_p: float
    situations: dict[str, float]
    feats: dict[str, float]
    ranking: dict[str, float]
    #: the word families found (:mod:`lexicon`) → the message's words that made each
    families: dict[str, list[str]] = field(default_factory=dict)
    #: every sentiment's probability (``sentiment`` is the likeliest)
    sentiments: dict[str, float] = field(default_factory=dict)


class Reader:
    """The trained heads, with how they were trained: ``bigrams`` (features) and ``blend`` (how
    much the cue scores count beside the model's log-probability when situations are ranked)."""

    def __init__(self, heads: Mapping[str, LinearHead], bigrams: bool = True,
                 blend: float = 1.0, lexicon: Lexicon | None = None) -> None:
        self.heads = dict(heads)
        self.bigrams = bigrams
        self.blend = blend
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()

    @classmethod
    def load(cls, path: Path | None = None) -> Reader | None:
        from ozon_assistant.core.paths import snippet_reader_model_file

        path = path or snippet_reader_model_file()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return cls({h: LinearHead(d["classes"], d["weights"]) for h, d in data["heads"].items()},
                   data.get("bigrams", True), data.get("blend", 1.0))

    def save(self, path: Path, note: str = "") -> None:
        data = {"note": note, "bigrams": self.bigrams, "blend": self.blend,
                "heads": {h: {"classes": m.classes, "weights": m.weights}
                          for h, m in self.heads.items()}}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                        + "\n", encoding="utf-8")

    def read(self, text: str, cue_scores: Mapping[str, float] | None = None) -> Reading:
        families = self.lexicon.find(text)
        feats = features(text, cue_scores, self.bigrams, families)
        kind = self.heads["kind"].probs(feats)
        sent = self.heads["sentiment"].probs(feats)
        k = max(kind, key=kind.__getitem__)
        s = max(sent, key=sent.__getitem__)
        probs = self.heads["situation"].probs(feats)
        top = max(cue_scores.values(), default=0.0) if cue_scores else 0.0
        ranked = {sid: math.log(p) + self.blend * ((cue_scores or {}).get(sid, 0.0) / top if top else 0.0)
                  for sid, p in probs.items()}
        return Reading(k, kind[k], s, sent[s], probs, feats, ranked, families, sent)


def situation_target(situations: Sequence[str]) -> dict[str, float]:
    """The first situation counts most; the others that also fit share a smaller part."""
    weights = {s: (1.0 if i == 0 else 0.4) for i, s in enumerate(situations)}
    total = sum(weights.values())
    return {s: w / total for s, w in weights.items()}


def train(messages: Iterable[tuple[str, Sequence[str], str, str, Mapping[str, float]]],
          situations: list[str], kinds: Sequence[str], sentiments: Sequence[str],
          epochs: int = 40, l2: float = 1e-3, bigrams: bool = True, blend: float = 1.0) -> Reader:
    """``messages``: (text, situations best first, kind, sentiment, cue scores)."""
    lexicon = Lexicon.load()
    rows = [(features(t, cues, bigrams, lexicon.find(t)), sits, k, s) for t, sits, k, s, cues in messages]
    return Reader({
        "situation": train_head([(f, situation_target(sits)) for f, sits, _, _ in rows],
                                situations, epochs, l2=l2),
        "kind": train_head([(f, {k: 1.0}) for f, _, k, _ in rows if k], list(kinds), epochs, l2=l2),
        "sentiment": train_head([(f, {s: 1.0}) for f, _, _, s in rows if s], list(sentiments),
                                epochs, l2=l2),
    }, bigrams, blend)


def _main(argv: list[str]) -> int:
    """``python -m ozon_assistant.snippets.reader train``: fit on the fitting half, write the model."""
    from ozon_assistant.core.paths import phrases_dir, snippet_reader_model_file, snippets_dir
    from ozon_assistant.snippets.libraries import Locations, load_library
    from ozon_assistant.snippets.measure import KINDS, SENTIMENTS, fitting_messages
    from ozon_assistant.snippets.suggest import Suggester

    if argv[:1] != ["train"]:
        print("usage: python -m ozon_assistant.snippets.reader train")
        return 2
    lib = load_library(Locations(snippets_dir(), phrases_dir(), Path("/nonexistent-user-library")))
    cues = Suggester(lib, reader=None)
    # The fitting halves of the real messages, of the written ones (the situations real reviews
    # and tweets rarely show) and of the older written set; the held-out halves are never read.
    # Settings chosen by cross-validation on the fitting halves (benchmarks/bench_snippets.py).
    fit = fitting_messages()
    model = train(((m.text, m.situations, m.kind, m.sentiment, cues.cue_scores(m.text)) for m in fit),
                  sorted(cues.bags), KINDS, SENTIMENTS, EPOCHS, L2, BIGRAMS, BLEND)
    out = snippet_reader_model_file()
    model.save(out, f"trained on the {len(fit)} messages of the fitting halves of "
                    "tests/snippets/real_messages.toml, written_messages.toml and buyer_messages.toml")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB) from {len(fit)} messages")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(_main(sys.argv[1:]))
