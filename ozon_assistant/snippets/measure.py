"""How well "buyer wrote" reads real messages: the labelled set, its fixed halves and the figures.

The set (``tests/snippets/real_messages.toml``) holds public buyer messages grouped by source; each
group is in the half the reader is fitted on ("fit") or in the half kept aside ("holdout"). The
figures: the right situation first (the first proposal is one the message fits), the best one in
the top three, and the cross-errors a seller must never see: a complaint offered a praise-thanking
answer among the first three, praise offered an apology among the first three.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: Answers that thank for praise, and answers that apologise: the two must never be crossed.
PRAISE_THANKS = frozenset({"review_positive", "thank_you_letter"})
APOLOGY = frozenset({"review_negative", "delivery_delay", "damaged_parcel", "defect_warranty",
                     "wrong_or_missing_item"})
KINDS = ("review", "question", "order", "claim", "return")
SENTIMENTS = ("praise", "complaint", "mixed", "neutral")


@dataclass(frozen=True)
class Labelled:
    text: str
    lang: str
    situations: tuple[str, ...]
    kind: str
    sentiment: str
    rating: int | None
    group: str
    split: str


def load_labelled(path: Path) -> list[Labelled]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    out = []
    for g in data["group"]:
        for m in g["messages"]:
            out.append(Labelled(m["t"], g["lang"], tuple(m["s"].split()), m["k"], m["m"],
                                m.get("r"), g["id"], g["split"]))
    return out


def default_set() -> Path:
    """The labelled set in a source checkout (tests are not installed with the package)."""
    from ozon_assistant.core.paths import source_root

    return source_root() / "tests" / "snippets" / "real_messages.toml"


def written_set() -> Path:
    """The messages written for the reader (situations real sources rarely show), same layout."""
    return default_set().with_name("written_messages.toml")


def older_set(name: str = "buyer_messages.toml") -> list[Labelled]:
    """The older written sets (one situation a message), ``buyer_messages.toml`` (fitted on) and
    ``buyer_messages_holdout.toml`` (kept aside)."""
    split = "holdout" if "holdout" in name else "fit"
    data = tomllib.loads(default_set().with_name(name).read_text(encoding="utf-8"))
    return [Labelled(m["text"], m["lang"], (m["expect"],), "", "", None, "older-written", split)
            for m in data["message"]]


def labelled_sets() -> dict[str, list[Labelled]]:
    """Every labelled set by name: the real messages, the written ones and the older written set,
    each in its fitting half and the half kept aside."""
    real, written = load_labelled(default_set()), load_labelled(written_set())
    return {"real fit": [m for m in real if m.split == "fit"],
            "real holdout": [m for m in real if m.split == "holdout"],
            "written fit": [m for m in written if m.split == "fit"],
            "written holdout": [m for m in written if m.split == "holdout"],
            "older fit": older_set("buyer_messages.toml"),
            "older holdout": older_set("buyer_messages_holdout.toml")}


def fitting_messages() -> list[Labelled]:
    """What the reader is trained on: the fitting half of each set, never a held-out message."""
    return [m for name, part in labelled_sets().items() if name.endswith(" fit") for m in part]


def is_complaint(m: Labelled) -> bool:
    return m.sentiment == "complaint" or (m.rating is not None and m.rating <= 2)


def is_praise(m: Labelled) -> bool:
    return m.sentiment == "praise"


@dataclass
class Figures:
    n: int = 0
    first: int = 0
    top3: int = 0
    complaint_got_thanks: int = 0
    praise_got_apology: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def first_rate(self) -> float:
        return self.first / self.n if self.n else 0.0

    @property
    def top3_rate(self) -> float:
        return self.top3 / self.n if self.n else 0.0

    @property
    def cross_errors(self) -> int:
        return self.complaint_got_thanks + self.praise_got_apology

    def line(self, name: str) -> str:
        return (f"{name:<15} {self.n:>4} messages: first {self.first_rate:6.1%}, top three "
                f"{self.top3_rate:6.1%}, complaint→thanks {self.complaint_got_thanks}, "
                f"praise→apology {self.praise_got_apology}")


def evaluate(rank: Callable[[Labelled], list[str]], messages: Iterable[Labelled]) -> Figures:
    """``rank`` gives situation ids best first (an empty list says "none fits")."""
    f = Figures()
    for m in messages:
        got = rank(m)
        f.n += 1
        ok1 = bool(got) and got[0] in m.situations
        f.first += ok1
        f.top3 += m.situations[0] in got[:3]
        if is_complaint(m) and PRAISE_THANKS & set(got[:3]):
            f.complaint_got_thanks += 1
        if is_praise(m) and APOLOGY & set(got[:3]):
            f.praise_got_apology += 1
        if not ok1:
            f.misses.append(f"{m.situations[0]:<22} got {got[:3]}  {m.text[:70]!r}")
    return f
