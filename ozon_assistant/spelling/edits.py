"""How likely a typo is: a weighted edit distance for ranking a speller's candidates.

Plain edit distance treats every slip alike. People do not: they hit a neighbouring key, write
an unstressed «о» as «а» (and «е» as «и»), drop or double a letter in «нн»/«сс», forget «ь»,
swap two letters. Those cost less here, so «Атличный» ranks «Отличный» above words that are as
many edits away but need unlikely slips. The weights are general facts about typing and about
Russian and English spelling, never fitted to particular words.
"""

from __future__ import annotations

from functools import lru_cache

RU_ROWS = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
EN_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")

#: Pairs that sound alike or are spelled alike in unstressed or voiced/voiceless positions.
RU_SOUND = ("оа", "еи", "ея", "иы", "эе", "юу", "яа", "ёо", "бп", "вф", "гк", "дт", "жш", "зс",
            "щш", "цс", "чщ", "йи", "ьъ")
EN_SOUND = ("ae", "ai", "ao", "au", "ei", "eo", "eu", "io", "iu", "ou", "iy", "ey", "ck", "cs",
            "sz", "kq", "fv", "gj", "dt", "bp", "mn", "wv", "xz")
#: Letters people drop or add most (Russian signs, silent English letters).
RU_LIGHT = "ьъй"
EN_LIGHT = "ehuw"

SUB, INDEL, SWAP = 1.0, 1.0, 0.75
NEAR_KEY, SOUND, LIGHT, DOUBLE = 0.65, 0.55, 0.6, 0.45
#: «ь» after a hissing consonant at the end of a word («получишь», «ночь»; «мяч» without): a
#: spelling rule left out or overdone, which learners and natives alike get wrong
HISSING_SIGN = 0.35
HISSING = "жчшщ"
#: one letter written as two that sound the same, or back («щ» for «сч»: «щетчик»,
#: «расщитать»; «сч» for «щ»), as cheap as a sound-alike letter
RU_CLUSTERS = (("щ", "сч"), ("щ", "зч"), ("щ", "шч"))


def _neighbours(rows: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    pos = {c: (r, i) for r, row in enumerate(rows) for i, c in enumerate(row)}
    out = set()
    for a, (ra, ia) in pos.items():
        for b, (rb, ib) in pos.items():
            if a != b and abs(ra - rb) <= 1 and abs((ia + 0.5 * ra) - (ib + 0.5 * rb)) <= 1.0:
                out.add((a, b))
    return frozenset(out)


def _pairs(pairs: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    return frozenset({(p[0], p[1]) for p in pairs} | {(p[1], p[0]) for p in pairs})


class EditModel:
    """Costs of single edits for one language."""

    def __init__(self, rows: tuple[str, ...], sound: tuple[str, ...], light: str,
                 clusters: tuple[tuple[str, str], ...] = (), hissing: str = "") -> None:
        self.near = _neighbours(rows)
        self.sound = _pairs(sound)
        self.light = frozenset(light)
        #: (one letter, the two it is confused with), both ways
        self.clusters = frozenset(clusters)
        self.hissing = hissing

    def sub(self, a: str, b: str) -> float:
        if a == b:
            return 0.0
        if (a, b) in self.sound:
            return SOUND
        if (a, b) in self.near:
            return NEAR_KEY
        return SUB

    def alike(self, letter: str) -> frozenset[str]:
        """``letter`` and the letters that sound like it: what a word's first letter was most
        likely meant to be when it is wrong at all («зделать», «фсё», «отака»)."""
        return frozenset({letter} | {b for a, b in self.sound if a == letter})

    def indel(self, word: str, i: int) -> float:
        """Cost of inserting or deleting ``word[i]`` (cheap next to the same letter, or light)."""
        c = word[i]
        if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
            return DOUBLE
        if c == "ь" and i == len(word) - 1 and i > 0 and word[i - 1] in self.hissing:
            return HISSING_SIGN
        if c in self.light:
            return LIGHT
        return INDEL

    def distance(self, typo: str, word: str) -> float:
        return _distance(self, typo, word)


@lru_cache(maxsize=65536)
def _distance(model: EditModel, a: str, b: str) -> float:
    """Weighted optimal-string-alignment distance from ``a`` (typed) to ``b`` (meant)."""
    n, m = len(a), len(b)
    prev2: list[float] = []
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + model.indel(b, j - 1)
    for i in range(1, n + 1):
        cur = [prev[0] + model.indel(a, i - 1)] + [0.0] * m
        ai = a[i - 1]
        for j in range(1, m + 1):
            bj = b[j - 1]
            best = min(prev[j] + model.indel(a, i - 1),      # a letter typed too many
                       cur[j - 1] + model.indel(b, j - 1),   # a letter left out
                       prev[j - 1] + model.sub(ai, bj))
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == bj and ai != bj:
                best = min(best, prev2[j - 2] + SWAP)
            if model.clusters:
                if j > 1 and (ai, b[j - 2:j]) in model.clusters:  # «щ» typed, «сч» meant
                    best = min(best, prev[j - 2] + SOUND)
                if i > 1 and (bj, a[i - 2:i]) in model.clusters:  # «сч» typed, «щ» meant
                    best = min(best, prev2[j - 1] + SOUND)
            cur[j] = best
        prev2, prev = prev, cur
    return prev[m]


RUSSIAN = EditModel(RU_ROWS, RU_SOUND, RU_LIGHT, RU_CLUSTERS, HISSING)
ENGLISH = EditModel(EN_ROWS, EN_SOUND, EN_LIGHT)


def model_for(language: str) -> EditModel:
    return RUSSIAN if language == "ru" else ENGLISH
