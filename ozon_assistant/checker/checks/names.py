"""Names of other channels — messengers, social networks, marketplaces, payment services — in
every spelling sellers use, and the disguises they use to slip them past moderation.

Four passes, each cheap when there is nothing to find (a reply is re-checked on every keystroke):

1. whole words as written, Russian forms included («вотсапе», «телегу», «инстаграмный»): a set
   intersection of the reply's words with all forms — no loop at all for a reply naming none;
2. a name cut into pieces: "whats app", «теле грамм», «Яндекс.Маркет», "tik-tok";
3. letters set apart: «t e l e g r a m», «т.е.л.е.г.р.а.м», "w*h*a*t*s*a*p*p";
4. look-alike letters and digits inside a word: «тeлeгрaм» (Latin e, a), "whatsаpp" (Cyrillic а),
   "telegr4m", "v1ber", folded by :func:`disguise.skeleton` and compared with the names' skeletons.

Chinese names have no word boundaries to lean on and are matched as substrings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ozon_assistant.checker.checks.disguise import JOIN_GAP, lower, skeleton
from ozon_assistant.checker.morphology import lexicon
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import LETTERS_RE

#: group → canonical name → spellings, from ``lexicons/channels.toml`` (a team lead adds a
#: messenger or a spelling there). A Cyrillic spelling ending in a consonant also gets the usual
#: case endings and adjective endings; other spellings are listed with their forms.
_LEXICON = lexicon("channels")
GROUPS = ("messenger", "social", "marketplace", "payment")
NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    group: {name: tuple(s.lower() for s in spellings) for name, spellings in _LEXICON[group].items()}
    for group in GROUPS
}
_SPELLING = _LEXICON["spelling"]
_HAN = dict(_LEXICON["han"])
_HAN_ANY = rx(r"[\u4e00-\u9fff]")
_HAN_RE = rx("|".join(f"(?P<{g}>{rx})" for g, rx in _HAN.items()))
#: Too short to be written in pieces, or to be told from their look-alikes («в к», "8k").
_SHORT = frozenset(_SPELLING["short"])
#: Ordinary Russian words too: «телега» a cart, «телеграмма» a telegram (and «телеграммный»),
#: «Аська» a girl's name. Such a form is a channel only when offered or after «в», «через», "on".
AMBIGUOUS_PREFIXES = tuple(_SPELLING["ambiguous_prefixes"])
_NO_SPLIT = frozenset(_SPELLING["no_split"])  # «мы в контакте с курьером» is ordinary Russian
_RU_ENDINGS = tuple(_SPELLING["ru_endings"])
#: what an offered messenger name is replaced by, per reply language
FIX: dict[str, str] = dict(_LEXICON["fix"])

Found = tuple[str, str]  # (group, canonical name)


def _forms(spelling: str) -> list[str]:
    last = spelling[-1]
    if "а" <= last <= "я" and last not in "аеёиоуыэюяь" and spelling not in _SHORT:
        return [spelling + s for s in _RU_ENDINGS]
    return [spelling]


def _build() -> tuple[dict[str, Found], frozenset[str], frozenset[str], dict[str, Found]]:
    plain: dict[str, Found] = {}
    splittable: set[str] = set()
    skeletons: dict[str, Found] = {}
    for group, names in NAMES.items():
        for name, spellings in names.items():
            for sp in spellings:
                for form in _forms(sp):
                    plain[form] = (group, name)
                    if sp not in _SHORT:
                        skeletons[skeleton(form)] = (group, name)
                    if sp not in _SHORT and sp not in _NO_SPLIT:
                        splittable.add(form)
    # the first piece of a name cut in two or three ("whats" app, «теле» грамм)
    firsts = frozenset(f[:i] for f in splittable for i in range(3, len(f)))
    return plain, frozenset(splittable), firsts, skeletons


_PLAIN, _SPLITTABLE, _FIRSTS, _SKELETONS = _build()
_PLAIN_SET = frozenset(_PLAIN)
#: long names also match as the start of a longer word ("telegr4mm"): their bare spellings
_LONG_SKELETONS = tuple(sorted({skeleton(sp) for names in NAMES.values() for spellings in
                                names.values() for sp in spellings if len(sp) >= 6},
                               key=len, reverse=True))
_SKELETON_LENGTHS = sorted({len(k) for k in _SKELETONS}, reverse=True)

_G = r"[ .*\-_·•'’|/\\~+]"  # disguise.JOIN_GAP's characters
#: three single letters in a row, each set apart («т е л», "w*h*a"): where a spaced-out name may
#: be; _SPACED_RUN then reads the whole run
_SPACED_HINT = rx(rf"{_G}{{1,3}}[^\W\d_]{_G}{{1,3}}[^\W\d_]{_G}{{1,3}}[^\W\d_]{_G}")
# Where look-alikes may hide. Every word that mixes scripts has a Latin letter next to a Cyrillic
# one, and a Cyrillic letter next to a Latin one: either pattern finds them all, so the one that
# starts with the reply's rarer script is used — ``re`` scans for a pattern's first character
# class in C, and a rare one is a quick scan. (One alternation of everything would be tried
# position by position at several times the cost.)
_LATIN_BY_CYRILLIC = rx(r"[a-z](?:(?=[а-яё@])|(?<=[а-яё@][a-z]))")
_CYRILLIC_BY_LATIN = rx(r"[а-яё](?:(?=[a-z@])|(?<=[a-z@][а-яё]))")
_DIGIT_IN_WORD = rx(r"[0-9](?<=[^\W\d_][0-9])(?=[^\W\d_])")  # "telegr4m", not "T480"
_AT_IN_WORD = rx(r"@(?<=[^\W\d_]@)(?=[^\W\d_])")  # "wh@tsapp"
_SPACED_RUN = rx(rf"[^\W\d_](?:{_G}{{1,3}}[^\W\d_](?![^\W\d_]))+")


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def _tenge(text: str, start: int) -> bool:
    """«1 500 тг»: tenge, Kazakhstan's currency, not Telegram."""
    k = start - 1
    while k >= 0 and text[k] in " \u00a0":
        k -= 1
    return k >= 0 and text[k].isdigit()


@lru_cache(maxsize=1024)
def _token_re(token: str) -> re.Pattern[str]:
    # the word first, its start checked after: a leading look-behind makes ``re`` slow
    return rx(rf"{re.escape(token)}(?![^\W\d_])")


def _whole_words(text: str, low: str,
                 candidates: frozenset[str]) -> Iterator[tuple[int, int, Found]]:
    """Where the candidate words stand: a name as it is, or the first piece of a name in pieces
    ("whats app", «теле грамм», "tik-tok", «Яндекс.Маркет»). Only the few candidate words are
    looked for, so a reply pays nothing for its ordinary words."""
    for token in candidates:
        for m in _token_re(token).finditer(low):
            if _letter(low, m.start() - 1):
                continue
            found = _PLAIN.get(token)
            if found is not None:
                if not (token in ("тг", "tg") and _tenge(text, m.start())):
                    yield m.start(), m.end(), found
                continue
            joined, end = token, m.end()
            following = LETTERS_RE.finditer(low, end)
            for _ in range(2):
                nxt = next(following, None)
                if nxt is None or not JOIN_GAP.fullmatch(low, end, nxt.start()):
                    break
                joined, end = joined + nxt.group(), nxt.end()
                if joined in _SPLITTABLE:
                    yield m.start(), end, _PLAIN[joined]
                    break


def _spaced(low: str) -> Iterator[tuple[int, int, Found]]:
    seen = -1
    for hint in _SPACED_HINT.finditer(low):
        if hint.start() < seen:
            continue
        run = _SPACED_RUN.search(low, max(0, hint.start() - 1))
        if run is None:
            continue
        seen = run.end()
        pieces = list(LETTERS_RE.finditer(low, run.start(), run.end()))
        letters = "".join(p.group() for p in pieces)
        sk = skeleton(letters)
        # the name may start at any piece («п и ш и т е в т е л е г р а м»); the pieces are
        # single letters but the first and last, so every piece boundary is a place to try
        starts: list[int] = []
        ends: dict[int, int] = {}
        total = 0
        for q, p in enumerate(pieces):
            starts.append(total)
            total += len(p.group())
            ends[total] = q
        if len(sk) != total:
            continue
        for k, offset in enumerate(starts):
            for n in _SKELETON_LENGTHS:
                found = _SKELETONS.get(sk[offset : offset + n])
                last = ends.get(offset + n)
                if found is not None and last is not None:
                    yield pieces[k].start(), pieces[last].end(), found
                    break


def _odd_spots(low: str, russian: bool) -> Iterator[int]:
    """Positions inside words that mix scripts («тeлeгрaм», "whatsаpp") or put a lone digit or
    @ among letters ("telegr4m", "wh@tsapp"; not "RU123456789CN" or "T480")."""
    mixed = _LATIN_BY_CYRILLIC if russian else _CYRILLIC_BY_LATIN
    for pattern in (mixed, _DIGIT_IN_WORD, _AT_IN_WORD):
        for m in pattern.finditer(low):
            yield m.start()


_LONGEST_WORD = 40  # no name is longer; a longer "word" ("a@a@a@…") is not looked into


def _word_around(low: str, spot: int) -> tuple[int, int] | None:
    start = spot
    while start > 0 and (low[start - 1].isalnum() or low[start - 1] == "@"):
        start -= 1
        if spot - start > _LONGEST_WORD:
            return None
    end = spot
    while end < len(low) and (low[end].isalnum() or low[end] == "@"):
        end += 1
        if end - start > _LONGEST_WORD:
            return None
    return start, end


def _lookalikes(low: str, russian: bool) -> Iterator[tuple[int, int, Found]]:
    covered = -1
    for spot in sorted(_odd_spots(low, russian)):
        if spot < covered:
            continue
        span = _word_around(low, spot)
        if span is None:
            covered = spot + 1
            continue
        start, end = span
        covered = end
        word = low[start:end]
        if word.isdigit() or word in _PLAIN:
            continue
        sk = skeleton(word)
        found = _SKELETONS.get(sk)
        if found is None:
            if not sk.startswith(_LONG_SKELETONS):
                continue
            found = _SKELETONS[next(k for k in _LONG_SKELETONS if sk.startswith(k))]
        yield start, end, found


#: a short name run into digits is a code: "TG-300", "VK12", "QQ-2041"
_CODE_AFTER = rx(r"[-–_/]?\d")


def scan_names(text: str, russian: bool = True) -> list[tuple[int, int, str, str]]:
    """(start, end, group, name) for every channel name in ``text``, overlaps removed.

    ``russian`` only says which script is rarer in the text, for speed; the result is the same.
    """
    low = lower(text)
    hits: list[tuple[int, int, Found]] = []
    words = LETTERS_RE.findall(low)
    candidates = _PLAIN_SET.intersection(words) | _FIRSTS.intersection(words)
    if candidates:
        hits.extend(_whole_words(text, low, candidates))
    hits.extend(_spaced(low))
    hits.extend(_lookalikes(low, russian))
    if _HAN_ANY.search(text):
        hits.extend((m.start(), m.end(), (m.lastgroup or "messenger", m.group()))
                    for m in _HAN_RE.finditer(text))
    out: list[tuple[int, int, str, str]] = []
    for s, e, (group, name) in sorted(hits, key=lambda h: (h[0], -h[1])):
        if out and s < out[-1][1]:
            continue
        if _letter(text, s - 1) and not _HAN_ANY.match(text, s):
            continue
        if low[s:e] in _SHORT and _CODE_AFTER.match(text, e):
            continue  # a model or an article code: "TG-300", «VK12», not Telegram or VK
        out.append((s, e, group, name))
    return out
