"""Russian agreement and government: the wrong forms of right words that learners write.

Every check reads all dictionary readings of the words involved (:mod:`..morphology`) and flags a
word only when *no* reading of the pair or group agrees: Russian forms are highly ambiguous
(«доставки» is a genitive singular or a nominative plural), and a seller told that a correct
sentence is wrong stops trusting every underline. Words the dictionary does not know (names,
brands, typos) are never judged. The fix is the same word put into the form the context needs.

What is data lives in the rule's ``params`` (``resources/rules/ru_grammar.toml``): which case
each preposition takes, which verbs take which case, the words that may stand between a subject
and its verb, the nouns after which a number is an ordinal. What is here is the agreement logic.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

from ozon_assistant.checker.checks.base import Hit, code_check, param_set
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.morphology import Reading, lexicon, parts_of_speech, readings
from ozon_assistant.core.text import Token, tokens

NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
ADJECTIVAL = frozenset({"ADJF", "PRTF"})
PREDICATE_POS = frozenset({"VERB", "ADJS", "PRTS"})
INFINITIVE = frozenset({"INFN"})
PRONOUN_SUBJECTS = {
    "я": ("1per", "sing", None), "ты": ("2per", "sing", None), "он": ("3per", "sing", "masc"),
    "она": ("3per", "sing", "femn"), "оно": ("3per", "sing", "neut"),
    "мы": ("1per", "plur", None), "вы": ("2per", "plur", None), "они": ("3per", "plur", None),
}


class Word:
    """A token of the paragraph with its readings and whether only spaces separate it from the
    word before (``joined``): agreement is judged inside a phrase, never across punctuation."""

    __slots__ = ("_pos", "gap", "joined", "key", "kinds", "readings", "tok")

    def __init__(self, tok: Token, joined: bool, gap: str = "") -> None:
        self.tok = tok
        self.gap = gap
        self.key = tok.key
        self.readings, self._pos, self.kinds = _word_info(tok.key)
        self.joined = joined

    def pos(self) -> frozenset[str]:
        return self._pos

    def of(self, kinds: frozenset[str]) -> list[Reading]:
        return [r for r in self.readings if r.pos in kinds]


_Info = tuple[tuple[Reading, ...], frozenset[str], tuple[str, ...]]
#: folded word → its readings, parts of speech and the :func:`where` lists it goes in (all but
#: "preposition"): worked out once per word, not once per paragraph
_INFO: dict[str, _Info] = {}
_INFO_MAX = 50_000


def _word_info(key: str) -> _Info:
    hit = _INFO.get(key)
    if hit is None:
        cyrillic = "а" <= key[:1] <= "я" or key[:1] == "ё"
        found: tuple[Reading, ...] = readings(key) if cyrillic else ()
        pos = parts_of_speech(key) if cyrillic else frozenset()
        kinds = []
        if "NOUN" in pos:
            kinds.append("noun")
        if "NOUN" in pos or key in PRONOUN_SUBJECTS:
            kinds.append("subject")
        if pos & PREDICATE_POS:
            kinds.append("predicate")
        if key[:1].isdecimal() or "NUMR" in pos:
            kinds.append("number")
        if pos & ADJECTIVAL:
            kinds.append("adjective")
        if pos & _VERBAL:
            kinds.append("verb")
            if "INFN" in pos:
                kinds.append("infinitive")
        if len(_INFO) >= _INFO_MAX:
            _INFO.clear()
        hit = _INFO[key] = (found, pos, tuple(kinds))
    return hit


_VERBAL = frozenset({"VERB", "INFN", "GRND"})


@lru_cache(maxsize=16)
def words(text: str) -> tuple[Word, ...]:
    """The paragraph's words, read once for all the grammar checks."""
    out: list[Word] = []
    add = out.append
    new = Word.__new__
    end = -1
    for tok in tokens(text):
        w = new(Word)  # Word(tok, joined, gap) without a call per word
        w.tok = tok
        w.key = key = tok.key
        w.gap = gap = text[end:tok.start] if end >= 0 else ""
        w.joined = gap.isspace()
        w.readings, w._pos, w.kinds = _INFO.get(key) or _word_info(key)
        end = tok.end
        add(w)
    return tuple(out)


@lru_cache(maxsize=16)
def where(text: str) -> dict[str, tuple[int, ...]]:
    """The positions of the words each check starts from, found in one pass: each check then
    looks at a few words instead of every word of the paragraph."""
    ends = _preposition_ends()
    found: dict[str, list[int]] = {"noun": [], "subject": [], "predicate": [], "number": [],
                                   "preposition": [], "verb": [], "infinitive": [],
                                   "adjective": []}
    prepositions = found["preposition"]
    for i, w in enumerate(words(text)):
        for kind in w.kinds:
            found[kind].append(i)
        if w.key in ends:
            prepositions.append(i)
    return {k: tuple(v) for k, v in found.items()}


# -- agreement predicates ------------------------------------------------------------------------

def _gender_ok(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a == "ms-f" or b == "ms-f"


def _anim_ok(adj: Reading, noun: Reading) -> bool:
    """An accusative adjective of a masculine singular or a plural is marked for animacy
    («нашего курьера», «наш заказ»): it must be the noun's."""
    if adj.case != "accs":
        return True
    for mark in ("anim", "inan"):
        if mark in adj.tags:
            return mark in noun.tags or not ({"anim", "inan"} & noun.tags)
    return True


def agrees(adj: Reading, noun: Reading) -> bool:
    """An adjective reading and a noun reading in one case, number and (singular) gender."""
    if adj.case != noun.case or adj.number != noun.number:
        return False
    if adj.number == "sing" and not _gender_ok(adj.gender, noun.gender):
        return False
    return _anim_ok(adj, noun)


def paucal(word: Word) -> bool:
    """«два», «3», «22», «оба»: a number after which a noun takes the genitive singular."""
    if word.key.isdecimal():
        n = int(word.key)
        return n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    return any(r.pos == "NUMR" and r.lemma in ("два", "три", "четыре", "оба", "полтора")
               for r in word.readings)


def _known(word: Word) -> bool:
    return bool(word.readings)


# -- inflection of fixes -------------------------------------------------------------------------

def inflect(word: str, reading: Reading, wanted: set[str]) -> str | None:
    """``word`` (read as ``reading``) put into the grammemes ``wanted``; None if there is no
    such form. The full analyser is loaded here, only when a finding needs its fix."""
    from ozon_assistant.checker.morph import analyzer

    for parse in analyzer().parse(word.lower()):
        if parse.tag.POS != reading.pos or parse.normal_form.replace("ё", "е") != \
                reading.lemma.replace("ё", "е"):
            continue
        got = parse.inflect(wanted)
        if got is not None:
            form: str = got.word
            if word[:1].isupper():
                form = form[:1].upper() + form[1:]
            return form
    return None


def _adj_grammemes(noun: Reading) -> set[str]:
    wanted = {noun.case or "nomn", noun.number or "sing"}
    if noun.number == "sing" and noun.gender in ("masc", "femn", "neut"):
        wanted.add(noun.gender)
    if noun.case == "accs" and ("anim" in noun.tags or "inan" in noun.tags) and (
            noun.number == "plur" or noun.gender == "masc"):
        wanted.add("anim" if "anim" in noun.tags else "inan")
    return wanted


def _fixes(word: Word, wanted: list[set[str]], kinds: frozenset[str]) -> tuple[str, ...]:
    out: list[str] = []
    for grammemes in wanted:
        for r in word.of(kinds):
            form = inflect(word.tok.text, r, grammemes)
            if form and form.lower() != word.tok.text.lower():
                out.append(form)
                break
    return tuple(dict.fromkeys(out))


# -- adjective ↔ noun ----------------------------------------------------------------------------

def _adjective(word: Word) -> bool:
    """A word that is only an adjective here: an adjective or participle reading and no other
    but a verb's imperative («мой» may also be «мой!» of «мыть»); «рабочие» (also a noun),
    «это», «то» (also particles), «позднее» (also a comparative) are left alone."""
    pos = word.pos()
    return bool(pos & ADJECTIVAL) and pos <= ADJECTIVAL | {"VERB"} and all(
        "impr" in r.tags for r in word.readings if r.pos == "VERB")


def _noun_readings(word: Word) -> list[Reading]:
    return list(_nouns_of(word.key)) if "NOUN" in word.pos() else []


@lru_cache(maxsize=20_000)
def _nouns_of(key: str) -> tuple[Reading, ...]:
    """The noun readings of a word that can only be a noun here (see :func:`_noun_readings`)."""
    return tuple(_noun_readings_uncached(key))


def _noun_readings_uncached(key: str) -> list[Reading]:
    pos = parts_of_speech(key)
    all_readings = readings(key)
    if "NOUN" not in pos or pos & {"INFN", "ADJS", "PRTS", "ADVB", "PRED", "CONJ",
                                   "PREP", "GRND", "ADJF", "PRTF", "NPRO"}:
        return []
    if any(r.pos == "VERB" and "impr" not in r.tags for r in all_readings):
        return []  # «стали», «знать»: a verb too («день», «цель» as imperatives do not count)
    if any("Fixd" in r.tags for r in all_readings):
        return []  # «купе», «кофе»: one form for every case and number
    return [r for r in all_readings if r.pos == "NOUN"]


@code_check("ru_adjective_noun")
def adjective_noun(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """An adjective, possessive, participle or ordinal right before its noun in another case,
    number or gender («хороший скидка», «Ваш заявка», «в нашего время»)."""
    ws = words(text)
    for i in where(text)["noun"]:
        if i == 0 or not ws[i].joined:
            continue
        nouns = _noun_readings(ws[i])
        if not nouns or not _modifier(ws, i - 1, nouns):
            continue
        j = i - 1
        while j >= 0 and _modifier(ws, j, nouns) and (j == i - 1 or ws[j + 1].joined):
            adj = ws[j]
            count = ws[j - 1] if j > 0 and ws[j].joined else None
            adjs = adj.of(ADJECTIVAL)
            ok = any(agrees(a, n) for a in adjs for n in nouns)
            if not ok and count is not None and paucal(count):
                # «две новые модели», «три рабочих дня»: the plural after 2–4
                ok = any(a.number == "plur" and a.case in ("gent", "nomn", "accs")
                         and n.case == "gent" and n.number == "sing" for a in adjs for n in nouns)
            if not ok and _coordinated_adjectives(ws, j) and any(
                    a.case == n.case and a.number == "sing" and n.number == "plur"
                    for a in adjs for n in nouns):
                ok = True  # «белый и серый варианты»: one of each
            if not ok and (_postpositive(ws, j, adjs) or _governs(adjs, nouns)
                           or _own_complement(ws, j, adjs)
                           or _complement_before_head(ws, i, adjs)
                           or _coordinated_nouns(ws, i, adjs) or _set_phrase(ws, j, nouns)):
                break
            if not ok:
                yield _disagreement(text, ws, j, i, adjs, nouns)
                break
            j -= 1


def _modifier(ws: Sequence[Word], j: int, nouns: list[Reading]) -> bool:
    """Word ``j`` modifies the noun read as ``nouns``: an adjective, or one that is also a noun
    by use («новые», «маленькая», «первое») unless the noun after it may be its genitive
    («рабочие склада»), or a demonstrative that is also a pronoun («этого») when a preposition
    before it takes the noun too («на этого пылесос»; in «для этого товар нужен» it does not)."""
    word = ws[j]
    if _adjective(word):
        return True
    pos = word.pos()
    if not pos & ADJECTIVAL or pos - ADJECTIVAL - {"NOUN", "NPRO", "VERB"}:
        return False
    if "NPRO" in pos:
        allowed = _governing_cases(ws, j)
        return bool(allowed) and any(n.case in allowed for n in nouns)
    return not any(n.case == "gent" for n in nouns)


def _disagreement(text: str, ws: Sequence[Word], j: int, i: int, adjs: list[Reading],
                  nouns: list[Reading]) -> Hit:
    """The finding for an adjective ``j`` that does not agree with noun ``i``. A noun's gender
    is its own, so a gender slip is the adjective's («хороший скидка»); a case or number slip may
    be either word's («своего существовании», «в нашего время»): then the finding covers both
    and offers both corrections, first the one whose case the preposition before allows."""
    adj, noun = ws[j], ws[i]
    adj_fixes = _fixes(adj, [_adj_grammemes(n) for n in _preferred(nouns, ws, j)], ADJECTIVAL)
    facts = {"noun": noun.tok.text}
    if any(a.case == n.case and a.number == n.number for a in adjs for n in nouns) or i != j + 1:
        return Hit(adj.tok.start, adj.tok.end, adj_fixes, facts=facts)
    genders = {n.gender for n in nouns}
    wanted = [{a.case or "nomn", a.number or "sing"} for a in _preferred(adjs, ws, j)
              if a.number == "plur" or any(_gender_ok(a.gender, g) for g in genders)]
    noun_fixes = _fixes(noun, wanted, frozenset({"NOUN"}))
    gap = text[adj.tok.end:noun.tok.start]
    keep_noun = [f + gap + noun.tok.text for f in adj_fixes]
    keep_adj = [adj.tok.text + gap + f for f in noun_fixes]
    allowed = _governing_cases(ws, j)
    noun_first = bool(allowed) and not any(n.case in allowed for n in nouns) and any(
        a.case in allowed for a in adjs)
    fixes = keep_adj + keep_noun if noun_first else keep_noun + keep_adj
    return Hit(adj.tok.start, noun.tok.end, tuple(dict.fromkeys(fixes)),
               matched=adj.tok.text, facts=facts)


def _governing_cases(ws: Sequence[Word], start: int) -> tuple[str, ...]:
    """The cases the preposition right before word ``start`` takes (none if there is none)."""
    if start == 0 or not ws[start].joined:
        return ()
    return _preposition_at(ws, start - 1)[1]


def _complement_before_head(ws: Sequence[Word], i: int, adjs: list[Reading]) -> bool:
    """«дорогую сердцу моей родни тахту»: the noun after the adjective is its complement, and
    the adjective's own noun follows a few words on (before any verb or preposition)."""
    for k in range(i + 1, min(len(ws), i + 5)):
        if not ws[k].joined or ws[k].pos() & {"INFN", "PREP", "CONJ"} or any(
                r.pos == "VERB" and "impr" not in r.tags for r in ws[k].readings):
            return False  # («родни» is also «родни!»: an imperative does not end the phrase)
        if any(agrees(a, n) for a in adjs for n in ws[k].of(frozenset({"NOUN"}))):
            return True
    return False


def _coordinated_adjectives(ws: Sequence[Word], j: int) -> bool:
    """Adjective ``j`` is the last of several joined by «и»/«или» («белый и серый»)."""
    return j >= 2 and ws[j - 1].key in ("и", "или") and _adjective(ws[j - 2])


def _postpositive(ws: Sequence[Word], j: int, adjs: list[Reading]) -> bool:
    """«цель, достойную человека», «Витя наш»: the adjective belongs to the noun right before
    it, or before the comma that opens its phrase (not to any noun of the sentence: in «на этот
    товар действует хороший скидка» «хороший» is «скидка»'s)."""
    if j == 0:
        return False
    before = ws[j - 1].of(frozenset({"NOUN"}))
    if ws[j].joined and ws[j - 1].pos() & {"PREP", "CONJ", "PRCL"}:
        return False
    if not ws[j].joined and "," not in text_between(ws, j):
        return False  # «Анна! Ваша заказ …»: a new sentence, not the name's attribute
    return any(agrees(a, n) for a in adjs for n in before)


def text_between(ws: Sequence[Word], j: int) -> str:
    """What stands between word ``j`` and the word before it (kept by the paragraph's words)."""
    return ws[j].gap


def _set_phrase(ws: Sequence[Word], j: int, nouns: list[Reading]) -> bool:
    """The adjective ends a phrase of its own: «в дальнейшем технология» (a preposition before
    it that the noun cannot follow), «что такое кошки», «шесть десятых процента», «который»
    (its case comes from its own clause), «последние полвека» (пол- takes the plural)."""
    adj = ws[j]
    if any(r.lemma == "который" for r in adj.readings):
        return True
    if j > 0 and adj.joined and f"{ws[j - 1].key} {adj.key}" in _set_phrases():
        return True  # «в общем», «в целом», «на самом деле»
    if adj.key in _alone():
        return True  # «тому подтверждение»
    if any("Sgtm" in n.tags and n.lemma.startswith("пол") for n in nouns):
        return True
    if j == 0 or not adj.joined:
        return False
    before = ws[j - 1]
    if before.key == "что" or before.key.isdecimal() or "NUMR" in before.pos():
        return True
    allowed = _preposition_at(ws, j - 1)[1]
    return bool(allowed) and not any(n.case in allowed for n in nouns)


def _governs(adjs: list[Reading], nouns: list[Reading]) -> bool:
    """A participle with its own object or agent after it («покрытое грязью», «исполненных
    авторами»): the noun after it is in an oblique case of its own."""
    if not any(a.pos == "PRTF" for a in adjs):
        return False
    transitive = any("tran" in a.tags and "actv" in a.tags for a in adjs)
    return all(n.case in ("gent", "datv", "ablt", "loct") or (transitive and n.case == "accs")
               for n in nouns) or (transitive and any(n.case == "accs" for n in nouns))


def _own_complement(ws: Sequence[Word], j: int, adjs: list[Reading]) -> bool:
    """«довольные Вашим отзывом», «благодарный Вам»: the words after the adjective are its own
    complement (``lexicons/ru_short_adjectives.toml``), not its noun."""
    table: dict[str, list[str]] = lexicon("ru_short_adjectives").get("complements", {})
    kinds = next((table[a.lemma] for a in adjs if a.lemma in table), None)
    return kinds is not None and j + 1 < len(ws) and _complement(ws, j + 1, kinds)


def _coordinated_nouns(ws: Sequence[Word], i: int, adjs: list[Reading]) -> bool:
    """«земные водород и вода»: a plural adjective before two nouns joined by «и»."""
    return any(a.number == "plur" for a in adjs) and i + 1 < len(ws) and \
        ws[i + 1].key in ("и", "или")


def _preferred(found: list[Reading], ws: Sequence[Word], start: int) -> list[Reading]:
    """Readings of a phrase's word, those a preposition before the phrase allows first."""
    allowed = _governing_cases(ws, start)
    return sorted(found, key=lambda r: r.case not in allowed) if allowed else found


# -- preposition ↔ case --------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _set_phrases() -> frozenset[str]:
    """Fixed phrases whose adjective is no noun's (``lexicons/ru_set_phrases.toml``)."""
    return frozenset(lexicon("ru_set_phrases").get("phrases", ()))


@lru_cache(maxsize=1)
def _alone() -> frozenset[str]:
    return frozenset(lexicon("ru_set_phrases").get("alone", ()))


def preposition_cases() -> dict[str, list[str]]:
    """Preposition → the cases it governs (``resources/rules/lexicons/ru_prepositions.toml``);
    a key of two words is a compound preposition («в течение», «по поводу»)."""
    return lexicon("ru_prepositions")


_ENDS: dict[int, frozenset[str]] = {}


def _preposition_ends() -> frozenset[str]:
    """The last words of every preposition («в», «течение»): a set look-up spares the rest."""
    table = preposition_cases()
    ends = _ENDS.get(id(table))
    if ends is None:
        ends = _ENDS[id(table)] = frozenset(k.split()[-1] for k in table)
    return ends


def _preposition_at(ws: Sequence[Word], i: int) -> tuple[str, tuple[str, ...]]:
    """The preposition ending at word ``i`` and the cases it takes: a compound one («в течение
    года») before a simple one; ("", ()) when word ``i`` ends none."""
    table = preposition_cases()
    if i > 0 and ws[i].joined:
        pair = f"{ws[i - 1].key} {ws[i].key}"
        if pair in table:
            return f"{ws[i - 1].tok.text} {ws[i].tok.text}", tuple(table[pair])
    cases = table.get(ws[i].key)
    if cases and "PREP" in ws[i].pos():
        return ws[i].tok.text, tuple(cases)
    return "", ()


@code_check("ru_preposition_case")
def preposition_case(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A noun, pronoun or adjective right after a preposition, in none of the cases the
    preposition takes («из-за погода», «до получение», «без чек»)."""
    ws = words(text)
    for i in where(text)["preposition"]:
        if i + 1 >= len(ws):
            continue
        nxt = ws[i + 1]
        if not nxt.joined or len(nxt.key) < 2 or not _known(nxt):
            continue
        prep, cases = _preposition_at(ws, i)
        if not cases:
            continue
        if i > 0 and ws[i].joined and ws[i - 1].key == "что" and ws[i].key == "за":
            continue  # «что за товар?» takes the nominative
        if f"{ws[i].key} {nxt.key}" in _set_phrases():
            continue  # «с голоду», «на дому»
        if nxt.key in _PRONOUN_FORMS and any(r.pos == "NPRO" and r.lemma in (
                "он", "она", "оно", "они") for r in nxt.readings):
            continue  # «у он» → «у него»: the н- form is ru_pronoun_form's
        # the phrase: adjectives, then the noun; each word must allow one of the cases
        j = i + 1
        while j < len(ws) and (j == i + 1 or ws[j].joined):
            w = ws[j]
            pos = w.pos()
            if not pos or not pos <= NOMINAL | {"INTJ", "PRCL"} or not pos & NOMINAL:
                break
            nominal = w.of(NOMINAL)
            if all(r.case is not None and r.case not in cases for r in nominal) and all(
                    r.case is not None for r in nominal):
                want = [{c, r.number or "sing"} for c in cases for r in nominal[:1]]
                yield Hit(w.tok.start, w.tok.end, _fixes(w, want, NOMINAL),
                          facts={"prep": prep, "case": "|".join(cases)})
                break
            if pos & {"NOUN", "NPRO", "NUMR"} or not _adjective(w):
                break
            if j + 1 < len(ws) and not any(agrees(a, n) for a in w.of(ADJECTIVAL)
                                           for n in ws[j + 1].of(NOMINAL)):
                break  # «в дальнейшем технология»: the phrase ended with the adjective
            j += 1


# -- numeral ↔ noun ------------------------------------------------------------------------------

def _number_value(word: Word, values: dict[str, int]) -> int | None:
    if word.key.isdecimal() and len(word.key) <= 6:
        return int(word.key)
    if word.key in values:
        return values[word.key]  # «много», «полторы»
    for r in word.readings:
        if r.pos == "NUMR" and r.case == "nomn" and r.lemma in values:
            return values[r.lemma]
    return None


@code_check("ru_numeral_noun")
def numeral_noun(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A count and its noun in the wrong form: «3 день», «10 штука», «21 дней», «2 неделя».

    Two slips are wrong whatever governs the count: a plural after a number ending in 1 (not 11)
    and a nominative singular after any other. The others («22 дней», «5 дня») are wrong only
    where the count is a subject or an object: after a preposition or «более» the number may be
    an ordinal or a time («до 3 дня» is three o'clock, «на 2 этаже» the second floor) — except
    after the prepositions that put the whole group in the genitive plural («в течение 10
    дней», «около 3 часов»). Also the adjective between («2 новых чехла», «5 рабочих дней»),
    «много заказов», «полторы недели», «обе модели», «двое суток»."""
    values: dict[str, int] = params.get("values", {})
    labels = param_set(params, "ordinal_nouns")
    quantity = param_set(params, "quantity_words")
    genitive_after = param_set(params, "genitive_plural_after")
    ws = words(text)
    for i in where(text)["number"]:
        w = ws[i]
        n = _number_value(w, values)
        if n is None or i + 1 >= len(ws):
            continue
        if text[w.tok.end:ws[i + 1].tok.start] not in (" ", "\u00a0"):
            continue  # «35142875-0153», «3,5», «10:00»
        if "NUMR" in ws[i + 1].pos() or any(r.lemma == "один" for r in ws[i + 1].readings):
            continue  # «двадцать один покупатель»: the last word of the number decides
        free = _count_is_free(ws, i, text, labels)
        if free is None:
            continue
        j = i + 1
        while j < len(ws) and ws[j].joined and j < i + 4 and (_adjective(ws[j]) or (
                ws[j].pos() & ADJECTIVAL and ws[j].pos() <= ADJECTIVAL | {"NOUN"}
                and j + 1 < len(ws) and ws[j + 1].joined and _noun_readings(ws[j + 1]))):
            j += 1  # «3 рабочих дня»: «рабочих» is a noun too
        if j >= len(ws) or not ws[j].joined:
            continue
        noun = ws[j]
        nouns = _noun_readings(noun)
        if nouns and any(r.lemma in labels for r in nouns) and n % 10 != 1 and all(
                r.case in ("nomn", "accs") and r.number == "sing" for r in nouns) and \
                _governed_genitive(ws, i, genitive_after):
            yield from _genitive_group(ws, i, j, nouns, w)  # «около 5 год» → «лет»
            continue
        if not nouns or any(r.lemma in labels for r in nouns):
            continue
        if w.key in ("оба", "обе") and not any(r.number == "sing" for r in nouns):
            continue  # «обе кроссовки»: the dictionary knows only «кроссовок»
        if w.key in quantity:
            if all(r.case in ("nomn", "accs") and r.number == "sing" for r in nouns) and \
                    j == i + 1:  # «много заказ» → «заказов» («много времени» is right)
                yield Hit(noun.tok.start, noun.tok.end,
                          _fixes(noun, [{"gent", "plur"}], frozenset({"NOUN"})),
                          facts={"number": w.tok.text})
            continue
        one = n % 10 == 1 and n % 100 != 11
        plural_only = any("Pltm" in r.tags for r in nouns)
        if not one and _governed_genitive(ws, i, genitive_after):
            yield from _genitive_group(ws, i, j, nouns, w)
            continue
        yield from _count_word(ws, i, j, nouns, w)
        if j > i + 1 and any(r.case != "nomn" for r in nouns):
            # «шесть десятых процента», «3 рабочих дня»: the adjective decides, unless the
            # noun cannot be a genitive at all («3 бракованных телефон») or the adjective
            # cannot go with it («2 новые чехла», «5 рабочий дней»)
            if not one and not plural_only and all(
                    r.case in ("nomn", "accs") and r.number == "sing" for r in nouns):
                fix = {"gent", "sing"} if paucal(w) else {"gent", "plur"}
                yield Hit(noun.tok.start, noun.tok.end, _fixes(noun, [fix], frozenset({"NOUN"})),
                          facts={"number": w.tok.text})
            else:
                yield from _count_adjectives(ws, i, j, nouns, w)
            continue
        paucal_n = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) and not plural_only
        fix = {"nomn", "sing"} if one else {"gent", "sing"} if paucal_n else {"gent", "plur"}
        if one and not plural_only:
            wrong = all(r.number == "plur" for r in nouns)  # «21 дней», «31 моделей»
            if wrong and not free:
                fix = {nouns[0].case or "nomn", "sing"}  # «более 21 дня»
        elif not plural_only and all(r.case == "nomn" and r.number == "sing" for r in nouns):
            wrong = True  # «2 неделя», «20 минута»: never right after a count
        elif free and not plural_only:
            wanted = ("gent", "sing") if paucal_n else ("gent", "plur")
            wrong = all(r.case in ("nomn", "accs", "gent") for r in nouns) and not any(
                (r.case, r.number) == wanted for r in nouns)
        elif not plural_only and not _preposition_at(ws, i - 1)[1] and all(
                r.case in ("nomn", "accs") and r.number == "sing" for r in nouns):
            wrong = True  # «длина кабеля 84 сантиметр», «скидка 80 процент»
        else:
            wrong = False
        if wrong:
            fixes = _counted(noun, nouns) if fix == {"gent", "plur"} else _fixes(
                noun, [fix], frozenset({"NOUN"}))
            yield Hit(noun.tok.start, noun.tok.end, fixes, facts={"number": w.tok.text})


def _governed_genitive(ws: Sequence[Word], i: int, heads: frozenset[str]) -> bool:
    """The count at ``i`` follows a word that puts the whole group in the genitive («в течение
    10 дней», «около 3 часов», «не более 5 дней»)."""
    if i == 0 or not ws[i].joined:
        return False
    if ws[i - 1].key in heads:
        return True
    return i > 1 and ws[i - 1].joined and f"{ws[i - 2].key} {ws[i - 1].key}" in heads


def _genitive_group(ws: Sequence[Word], i: int, j: int, nouns: list[Reading],
                    count: Word) -> Iterator[Hit]:
    """After «в течение», «около», «более» a count other than 1 and its words are all in the
    genitive plural: «в течение 3 рабочих дней», «около 3 часов»."""
    noun = ws[j]
    if not any(r.case == "gent" and r.number == "plur" for r in nouns):
        if any("Pltm" in r.tags for r in nouns) and any(r.case == "gent" for r in nouns):
            return
        yield Hit(noun.tok.start, noun.tok.end, _counted(noun, nouns),
                  facts={"number": count.tok.text})
        return
    for k in range(i + 1, j):
        if not any(r.case == "gent" and r.number == "plur" for r in ws[k].of(ADJECTIVAL)):
            yield Hit(ws[k].tok.start, ws[k].tok.end,
                      _fixes(ws[k], [{"gent", "plur"}], ADJECTIVAL),
                      facts={"number": count.tok.text})
            return


def _counted(noun: Word, nouns: list[Reading]) -> tuple[str, ...]:
    """The genitive plural after a count: «5 лет», not «5 годов»."""
    if any(r.lemma == "год" for r in nouns):
        return ("лет",)
    return _fixes(noun, [{"gent", "plur"}], frozenset({"NOUN"}))


def _count_adjectives(ws: Sequence[Word], i: int, j: int, nouns: list[Reading],
                      count: Word) -> Iterator[Hit]:
    """The adjectives between a count and its noun: after 2–4 the genitive plural («2 новых
    чехла»; the nominative plural only before a feminine noun: «две новые модели»), after 5
    and more the noun's own case («5 рабочих дней»)."""
    gent_sing = [r for r in nouns if r.case == "gent" and r.number == "sing"]
    for k in range(i + 1, j):
        adjs = ws[k].of(ADJECTIVAL)
        if paucal(count) and gent_sing:
            if any(a.case == "gent" and a.number == "plur" for a in adjs):
                continue
            feminine = any(r.gender == "femn" for r in gent_sing)
            if feminine and any(a.number == "plur" and a.case in ("nomn", "accs") for a in adjs):
                continue
            if any(r.number == "plur" and r.case == "gent" for r in nouns):
                return  # «трёх рабочих дней» read either way
        elif any(agrees(a, r) for a in adjs for r in nouns):
            continue
        elif any(a.number == "plur" for a in adjs) or not any(
                r.case == "gent" and r.number == "plur" for r in nouns):
            return
        yield Hit(ws[k].tok.start, ws[k].tok.end, _fixes(ws[k], [{"gent", "plur"}], ADJECTIVAL),
                  facts={"number": count.tok.text})
        return


def _count_word(ws: Sequence[Word], i: int, j: int, nouns: list[Reading],
                count: Word) -> Iterator[Hit]:
    """The number word itself takes the noun's gender or kind: «полторы недели», «обе
    модели», «двое суток» (a noun with no singular takes «двое», «трое», «четверо»)."""
    lemmas = {r.lemma for r in count.readings if r.pos == "NUMR" and r.case in ("nomn", "accs")}
    if not lemmas & {"полтора", "оба", "два", "три", "четыре"}:
        return
    gent_sing = [r for r in nouns if r.case == "gent" and r.number == "sing"]
    genders = {r.gender for r in gent_sing}
    fix = None
    if lemmas & {"полтора", "оба"} and len(genders) == 1 and None not in genders:
        wanted = "femn" if genders == {"femn"} else "masc"
        if not any(r.gender == wanted or (wanted == "masc" and r.gender == "neut")
                   for r in count.readings if r.pos == "NUMR"):
            lemma = lemmas.pop()
            fix = {"полтора": {"masc": "полтора", "femn": "полторы"},
                   "оба": {"masc": "оба", "femn": "обе"}}[lemma][wanted]
    elif lemmas & {"два", "три", "четыре"} and not gent_sing and all(
            "Pltm" in r.tags for r in nouns) and all(r.case == "gent" for r in nouns):
        fix = {"два": "двое", "три": "трое", "четыре": "четверо"}[(lemmas & {
            "два", "три", "четыре"}).pop()]
    if fix:
        if count.tok.text[:1].isupper():
            fix = fix[:1].upper() + fix[1:]
        yield Hit(count.tok.start, count.tok.end, (fix,), facts={"number": ws[j].tok.text})


def _count_is_free(ws: Sequence[Word], i: int, text: str, labels: frozenset[str]) -> bool | None:
    """Whether the count at ``i`` stands free (a subject or object: «осталось 4 пары»), is
    governed (after a preposition, «более», a noun in the genitive-governing slot: False), or
    is no count at all (None): a label's value («размер 42 рост», «№ 5», «1 290»)."""
    if i == 0:
        return True
    prev = ws[i - 1]
    gap = text[prev.tok.end:ws[i].tok.start]
    if prev.key.isdecimal() or "№" in gap or "#" in gap:
        return None
    if any(r.lemma in labels for r in prev.readings) or (not prev.readings and gap.isspace()):
        return None  # «размер 42», «этаж 3», «JBL Go 3»
    if not gap.isspace():
        # «Гарантия — 12 месяцев»: after a dash or a colon; «ст. 18 Закона», «с. 14»: a label
        return None if "." in gap or not gap.strip(" \u00a0—–-:") == "" else True
    if _preposition_at(ws, i - 1)[1]:
        return prev.key in ("через", "за", "на", "в", "во", "про")
    pos = prev.pos()
    if pos & {"COMP", "PREP", "NUMR"}:
        return False  # «более 10 дней», «около 2 недель»
    if "NOUN" in pos and not all(r.case in ("datv", "ablt", "loct") for r in prev.readings):
        return False  # «статьи 18 Закона», «серебра 925 пробы»: a number the noun names
    return True


# -- subject ↔ verb ------------------------------------------------------------------------------

def _subject(ws: Sequence[Word], i: int) -> tuple[str, str | None, str | None, bool] | None:
    """(person, number, gender, certain) when word ``i`` is a subject in the nominative: a
    personal pronoun (certain), or a noun that can only be nominative and does not hang on the
    word before it (not «стоимость доставки», not «в заказе»)."""
    w = ws[i]
    pron = PRONOUN_SUBJECTS.get(w.key)
    if pron is not None:
        if i > 0 and ws[i].joined and any(r.pos == "PREP" for r in ws[i - 1].readings):
            return None
        return pron[0], pron[1], pron[2], True
    nouns = _noun_readings(w)
    k = i - 1
    while k >= 0 and ws[k + 1].joined and (_adjective(ws[k]) or (
            ws[k].pos() & ADJECTIVAL and any(agrees(a, n) for a in ws[k].of(ADJECTIVAL)
                                             for n in nouns))):
        # «это платье»: a demonstrative that is also a pronoun, agreeing with the noun
        nouns = [n for n in nouns if any(agrees(a, n) for a in ws[k].of(ADJECTIVAL))]
        k -= 1
    nomn = [r for r in nouns if r.case == "nomn"]
    if not nomn or len({(r.number, r.gender if r.number == "sing" else None)
                        for r in nomn}) != 1:
        return None  # («часы» of «часы» and of «час»: plural either way)
    if k >= 0 and ws[k + 1].joined and (
            ws[k].pos() & {"NOUN", "PREP", "NUMR", "NPRO", "VERB", "INFN", "GRND", "PRTF"}
            or ws[k].key.isdecimal()):
        return None  # «стоимость доставки», «в заказе», «передали заказ»: not a subject
    certain = not any(r.case == "accs" for r in nouns)
    return "3per", nomn[0].number, nomn[0].gender, certain


def _verb_agrees(r: Reading, person: str, number: str | None, gender: str | None) -> bool:
    if r.pos == "VERB":
        if r.tense == "past" or r.person is None:
            if r.number == "plur" or number == "plur":
                return r.number == number
            return r.gender is None or (_gender_ok(r.gender, gender) and (
                gender is not None or r.gender != "neut"))
        return r.person == person and r.number == number
    if r.pos in ("ADJS", "PRTS"):
        if number == "plur" or r.number == "plur":
            return r.number == number
        return _gender_ok(r.gender, gender) and (gender is not None or r.gender != "neut")
    return True


def _skip_between(ws: Sequence[Word], i: int, skip: frozenset[str]) -> int:
    """The first word after ``i`` that is not a listed word or an adverb or particle (at most
    three: «рыба совсем не клевал», «мы уже очень давно ждём»)."""
    j = i + 1
    while j < len(ws) and j <= i + 3 and ws[j].joined and (ws[j].key in skip or _adverb(ws[j])):
        j += 1
    return j


def _adverb(word: Word) -> bool:
    """Only an adverb or a particle here; an adverb in -о that is also a neuter short adjective
    («совершенно», «быстро») counts as the adverb."""
    return bool(word.readings) and _adverb_key(word.key)


@lru_cache(maxsize=4096)
def _adverb_key(key: str) -> bool:
    found = readings(key)
    pos = frozenset(r.pos for r in found)
    if pos <= {"ADVB", "PRCL"}:
        return True
    return "ADVB" in pos and pos <= {"ADVB", "ADJS", "PRCL"} and all(
        r.gender == "neut" for r in found if r.pos == "ADJS")


@code_check("ru_subject_verb")
def subject_verb(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A verb or short adjective that does not agree with the subject right before it in person,
    number or gender: «Мы проверил», «курьер не приехала», «Вы был», «Мы очень благодарен».
    Polite «Вы» takes the plural («Вы были», «Вы правы»)."""
    skip = param_set(params, "between")
    parenthetical = param_set(params, "parenthetical")
    time_nouns = param_set(params, "time_nouns")
    ws = words(text)
    places = where(text)
    predicates = frozenset(places["predicate"])
    if not predicates:
        return
    quantities = param_set(params, "quantity_nouns")
    nearby = _predicate_ahead(ws, predicates)
    for i in places["subject"]:
        if i + 1 >= len(ws) or not nearby[i + 1]:
            continue  # no predicate ahead in this run of words
        j = _skip_between(ws, i, skip)
        chain = False
        if j not in predicates or not ws[j].joined:
            # «Гарантия на наушники действуют», «Команда магазина благодарят», «Ваш заказ
            # 123-456 прибыли», «Мы с коллегой проверил»: the subject's own words between
            if not i + 2 < len(ws) or not nearby[i + 2]:
                continue
            k = _chain_end(ws, i)
            if k == i + 1:
                continue
            j = _skip_between(ws, k - 1, skip)
            if j not in predicates or not ws[j].joined:
                continue
            chain = True
        verb = ws[j]
        pronoun = ws[i].key in PRONOUN_SUBJECTS
        preds = [r for r in verb.of(PREDICATE_POS) if "impr" not in r.tags]
        if not preds:
            continue
        if any(r.pos == "VERB" for r in preds):
            preds = [r for r in preds if r.pos == "VERB"]  # «понимаем», not «понимаем(ый)»
        if verb.key in ("есть", "нет") or verb.key in parenthetical or \
                not _predicate_only(verb, pronoun, pronoun and not (
                    j + 1 < len(ws) and ws[j + 1].joined
                    and ws[j + 1].pos() & {"VERB", "INFN"})):
            continue  # «Захожу я значит в лифт»: a parenthetical word
        if all(r.pos == "ADJS" and r.gender == "neut" for r in preds) and \
                j + 1 < len(ws) and ws[j + 1].joined and "VERB" in ws[j + 1].pos():
            continue  # «он неприглядно выглядел»: an adverb in -о before the verb
        if any(r.lemma in time_nouns for r in _noun_readings(ws[i])) and not any(
                "Pltm" in r.tags for r in _noun_readings(ws[i])):  # («часы» are a watch too)
            continue  # «полдня ползал», «всю неделю ждали»: how long, not who
        if any(r.lemma in quantities for r in _noun_readings(ws[i])):
            continue  # «большинство покупателей остались»: agreement by sense is allowed
        subject = _subject(ws, i)
        if subject is None and not chain and i > 0 and ws[i].joined and \
                "NOUN" in ws[i - 1].pos() and any(r.case == "gent"
                                                  for r in _noun_readings(ws[i])):
            subject = _subject(ws, i - 1)  # «Пункт выдачи работают»: the head noun decides
            i -= 1
        if subject is None:
            continue
        person, number, gender, certain = subject
        if any(_verb_agrees(r, person, number, gender) for r in preds):
            continue
        if not certain and _takes_object(preds) and (
                any(r.tense == "past" or r.person != "3per" or r.number == "plur"
                    for r in preds) or _other_subject(ws, j, preds)):
            # «Заказ отправили вчера», «Всё время думал»: the noun may be the verb's object
            continue
        if chain and not pronoun and _other_subject(ws, j, preds):
            continue
        if _coordinated(ws, i) and not (chain and pronoun and ws[i + 1].key in ("с", "со")):
            continue
        wanted = _verb_grammemes(preds[0], person, number, gender)
        yield Hit(verb.tok.start, verb.tok.end,
                  _fixes(verb, [wanted], frozenset({preds[0].pos})),
                  facts={"subject": ws[i].tok.text})


def _predicate_ahead(ws: Sequence[Word], predicates: frozenset[int]) -> list[bool]:
    """For each word, whether a predicate follows it within nine words with only spaces
    between (only then may a subject's own words stand before a verb)."""
    out = [False] * len(ws)
    last = -1  # the nearest predicate at or after the word, in the same run of joined words
    for k in range(len(ws) - 1, -1, -1):
        if k in predicates:
            last = k
        out[k] = last >= 0 and last - k <= 9
        if not ws[k].joined:
            last = -1
    return out


def _chain_end(ws: Sequence[Word], i: int) -> int:
    """The word after the subject ``i``'s own dependents: prepositional phrases («гарантия на
    все наушники», «мы с коллегой»), genitives («команда нашего магазина», «курьер службы
    доставки»), numbers and codes («заказ 123-456», «заказ номер 5567»). A personal pronoun
    takes only a prepositional phrase; «я с коллегой» is two people and is not followed."""
    pronoun = ws[i].key in PRONOUN_SUBJECTS
    table = preposition_cases()
    k = i + 1
    while k < len(ws) and ws[k].joined and k <= i + 8:
        w = ws[k]
        if not pronoun and (any(c.isdecimal() for c in w.key) or (
                w.key in ("номер", "№") and k + 1 < len(ws) and ws[k + 1].joined
                and any(c.isdecimal() for c in ws[k + 1].key))):
            k += 1
            continue
        cases = table.get(w.key)
        if cases and "PREP" in w.pos():
            if pronoun and w.key in ("с", "со") and PRONOUN_SUBJECTS[ws[i].key][1] == "sing":
                return i + 1
            m = _group_end(ws, k + 1, tuple(cases))
            if m is None:
                break
            k = m
            continue
        if not pronoun:
            m = _group_end(ws, k, ("gent",))
            if m is not None:
                k = m
                continue
        break
    return k


def _group_end(ws: Sequence[Word], k: int, cases: tuple[str, ...]) -> int | None:
    """The word after a noun phrase starting at ``k`` in one of ``cases`` (modifiers, then a
    noun, a personal pronoun or a foreign name: «все наушники», «нашего магазина», «Вас», «iPhone
    15»); None if there is none."""
    m = k
    while m < len(ws) and m < k + 3 and ws[m].joined and (
            _adjective(ws[m]) or (ws[m].pos() & ADJECTIVAL and ws[m].pos() <= ADJECTIVAL | {
                "PRCL"})) and any(r.case in cases for r in ws[m].of(ADJECTIVAL)):
        m += 1
    if m >= len(ws) or not ws[m].joined:
        return None
    w = ws[m]
    if not w.readings:
        return m + 1 if w.key.isascii() and w.key.isalpha() else None
    found = _noun_readings(w) or (w.of(frozenset({"NPRO"})) if w.pos() == {"NPRO"} else [])
    if any(r.case in cases for r in found):
        return m + 1
    return None


def _predicate_only(word: Word, after_pronoun: bool = False, noun_ok: bool = False) -> bool:
    """A word that can only be a finite verb or a short adjective here: «чай» (also a noun),
    «хорошо» (also an adverb) are not judged; a genitive plural noun homonym («прав» of
    «право», «готов» of «гот») cannot follow a subject and does not count, nor, after a
    personal pronoun, a conjunction or particle homonym («Вы может»)."""
    extra = {"CONJ", "PRCL"} if after_pronoun else set()
    intransitive = all("intr" in r.tags for r in word.readings if r.pos == "VERB")
    for r in word.readings:
        if r.pos in ("VERB", "ADJS", "PRTS"):
            if r.pos == "VERB" and "impr" in r.tags and not (after_pronoun or intransitive):
                return False  # «Заказ проверим!» may be «let us check the order»
            continue
        if r.pos == "NOUN" and r.case in ("gent", "accs") and r.number == "plur":
            continue
        if r.pos == "NOUN" and r.case in ("nomn", "accs", "gent") and noun_ok:
            continue  # «Вы права»: not «права» (rights) when no verb follows
        if r.pos in extra:
            continue
        return False
    return True


def _takes_object(preds: list[Reading]) -> bool:
    """Whether the predicate can have a direct object, so that a noun before it may be that
    object («Заказ отправили»); an intransitive verb («прибыть», «находиться») or a short
    adjective cannot («Ваш заказ прибыли» is a subject with a wrong verb)."""
    return any(r.pos == "VERB" and "intr" not in r.tags for r in preds)


def _other_subject(ws: Sequence[Word], j: int, preds: list[Reading]) -> bool:
    """Whether a nominative after the verb, up to the clause's end, agrees with it (the noun
    before was its object: «Товары проверяет наш склад»)."""
    k = j + 1
    while k < len(ws) and ws[k].joined:
        if not ws[k].readings and not ws[k].key.isdecimal():
            return True  # «Условия показывает Ozon»: a name the dictionary does not know
        if "PREP" in ws[k].pos():
            k += 1
            continue  # «в», «к», «с» are also letters' names
        for r in ws[k].readings:
            if r.case == "nomn" and r.pos in ("NOUN", "NPRO") and any(
                    _verb_agrees(p, "3per" if r.pos == "NOUN" else (r.person or "3per"),
                                 r.number, r.gender) for p in preds):
                return True
        k += 1
    return False


def _coordinated(ws: Sequence[Word], i: int) -> bool:
    """«Анна и Иван пришли», «мы с Вами договорились»: one of several subjects."""
    k = i - 1
    while k >= 0 and ws[k + 1].joined:
        if ws[k].key in ("и", "или", "с", "со", "а"):
            return True
        k -= 1
    return i + 1 < len(ws) and ws[i + 1].key in ("и", "с", "со", "или")


def _verb_grammemes(r: Reading, person: str, number: str | None, gender: str | None) -> set[str]:
    if r.pos in ("ADJS", "PRTS"):
        return {number or "sing"} | ({gender} if number == "sing" and gender in (
            "masc", "femn", "neut") else set())
    if r.tense == "past":
        if number == "plur":
            return {"plur"}
        return {"sing", gender if gender in ("masc", "femn", "neut") else "masc"}
    return {person, number or "sing"}


# -- the dictionary form where a finite verb is needed -------------------------------------------

@code_check("ru_infinitive_predicate")
def infinitive_predicate(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A clause whose only verb is an infinitive after its subject («завтра курьер забирать»,
    «мы отправить завтра») or after «пожалуйста» («пожалуйста подождать»): the verb needs its
    person ending or the imperative. A clause with any finite verb, short adjective or
    predicative word («можно», «нужно», «должен», «рады») is left alone."""
    skip = param_set(params, "between")
    blockers = param_set(params, "clause_blockers")
    ws = words(text)
    if not any(_infinitive(ws[i]) for i in where(text)["infinitive"]):
        return
    infinitives = [i for i in where(text)["infinitive"] if _infinitive(ws[i])]
    for lo, hi in _clauses(ws):
        if not any(lo <= i < hi for i in infinitives):
            continue
        clause = ws[lo:hi]
        if any(w.key in blockers or _predicate_here(w) or _question_word(w, blockers)
               for w in clause):
            continue  # «мы можем отправить», «подскажем, какой размер выбрать»
        for k in range(lo, hi):
            w = ws[k]
            if w.key == "пожалуйста":
                # «пожалуйста, подождать», «оформить, пожалуйста, возврат»
                after = k + 1
                while after < hi and ws[after].key == "не":
                    after += 1
                j = next((x for x in (after, k - 1) if lo <= x < hi and _infinitive(ws[x])),
                         None)
                if j is not None:
                    yield Hit(ws[j].tok.start, ws[j].tok.end,
                              _fixes(ws[j], [{"impr", "plur", "excl"}], frozenset({"INFN"})),
                              facts={"subject": w.tok.text})
                    break
                continue
            subject = _subject(ws, k)
            if subject is None:
                continue
            j = _skip_between(ws, k, skip)
            if j >= hi or not _infinitive(ws[j]):
                continue
            person, number, _gender, certain = subject
            infn = ws[j].of(INFINITIVE)[0]
            if not certain and "intr" not in infn.tags:
                continue  # «пальцы растопырить»: the noun may be the infinitive's object
            if _defined(ws, hi):
                continue  # «Способность не завидовать — это дар»
            tense = "futr" if "perf" in infn.tags else "pres"
            yield Hit(ws[j].tok.start, ws[j].tok.end,
                      _fixes(ws[j], [{tense, person, number or "sing", "indc"}],
                             frozenset({"INFN"})),
                      facts={"subject": w.tok.text})
            break


def _defined(ws: Sequence[Word], hi: int) -> bool:
    """The clause ending before word ``hi`` is what «— это …» defines."""
    return hi < len(ws) and ws[hi].key == "это"


def _question_word(word: Word, blockers: frozenset[str]) -> bool:
    """A question word, which takes a bare infinitive («какой размер выбрать», «где забрать»):
    the dictionary's question tag, or a blocker listed by its lemma («какой», «сколько»)."""
    return any("Ques" in r.tags or r.lemma in blockers for r in word.readings)


def _predicate_here(word: Word) -> bool:
    """A word that makes the clause's predicate: a finite verb («может», «оформите»), a
    predicative («можно») or a short adjective («рады», «должен»); not an adverb that is also a
    short adjective («бесплатно», «быстро»)."""
    pos = word.pos()
    return "VERB" in pos or (bool(pos & {"PRED", "ADJS", "PRTS"}) and "ADVB" not in pos)


def _infinitive(word: Word) -> bool:
    """Only an infinitive here: «помочь» (also a rare noun) and «знать» (also a noun and a
    dialect conjunction) are; «есть» (also a finite verb) is not."""
    return "INFN" in word.pos() and word.pos() <= {"INFN", "NOUN", "CONJ", "INTJ", "PRCL"}


def _clauses(ws: Sequence[Word]) -> list[tuple[int, int]]:
    """Runs of words with only spaces between them, also cut at «и», «а», «но», «что»,
    «чтобы», «если», «когда» (the start of another clause)."""
    out: list[tuple[int, int]] = []
    lo = 0
    for i in range(1, len(ws) + 1):
        if i < len(ws) and "пожалуйста" in (ws[i].key, ws[i - 1].key):
            continue  # the commas around «пожалуйста» do not end a clause
        if i == len(ws) or not ws[i].joined or ws[i].key in (
                "и", "а", "но", "что", "чтобы", "если", "когда", "который", "которая",
                "которое", "которые", "как", "или"):
            if i > lo:
                out.append((lo, i))
            lo = i
    return out


# -- the infinitive as a polite request -----------------------------------------------------------

_SENTENCE_END = frozenset(".!?\n")


@code_check("ru_imperative_request")
def imperative_request(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A sentence that opens with a bare infinitive where a request to the buyer is meant: «Не
    волноваться, заказ уже в пути» → «Не волнуйтесь»; «Сфотографировать товар до вскрытия и
    отправьте нам фото» → «Сфотографируйте» (the same sentence goes on with an imperative). An
    infinitive with its own predicate («Вернуть товар можно …»), a definition («Не знать — не
    стыдно») or a heading alone is left alone."""
    blockers = param_set(params, "clause_blockers")
    ws = words(text)
    for j in where(text)["infinitive"]:
        neg = j > 0 and ws[j - 1].key == "не" and ws[j].joined
        s = j - 1 if neg else j
        if (s and not (_SENTENCE_END & set(ws[s].gap))) or not _infinitive(ws[j]):
            continue
        end = next((k for k in range(j + 1, len(ws)) if _SENTENCE_END & set(ws[k].gap)),
                   len(ws))
        if neg:
            after = ws[j + 1].gap if j + 1 < len(ws) else ""
            if (j + 1 < end and not (set(after) & set(",!:"))) or set(after) & set("—–-"):
                continue
        else:
            imperative = next((k for k in range(j + 1, end) if _imperative_only(ws[k])
                               and _opens_clause(ws, k)), None)
            if imperative is None or any(
                    w.key in blockers or _finite_only(w) or (
                        w.pos() & {"PRED", "ADJS", "PRTS"} and not w.pos() & {"ADVB", "PREP"})
                    or _question_word(w, blockers) or ":" in w.gap or "—" in w.gap
                    for w in ws[j + 1:imperative]):
                continue
        yield Hit(ws[j].tok.start, ws[j].tok.end,
                  _fixes(ws[j], [{"impr", "plur", "excl"}], frozenset({"INFN"})))


def _opens_clause(ws: Sequence[Word], k: int) -> bool:
    """Word ``k`` is its clause's first verb: after a comma or «и», adverbs aside («…, потом
    выберите», «и сразу отправьте»)."""
    while k > 0 and "," not in ws[k].gap:
        if ws[k - 1].key == "и":
            return True
        if not _adverb(ws[k - 1]) and ws[k - 1].key not in ("потом", "затем", "пожалуйста"):
            return False
        k -= 1
    return k > 0


def _imperative_only(word: Word) -> bool:
    """Only a polite imperative here: «отправьте», «напишите»."""
    return word.pos() == {"VERB"} and all("impr" in r.tags and r.number == "plur"
                                          for r in word.readings)


# -- a finite verb where an infinitive is needed -----------------------------------------------

@lru_cache(maxsize=1)
def _frames() -> dict[str, frozenset[str]]:
    """The words that take an infinitive (``lexicons/ru_verb_frames.toml``), as sets."""
    data = lexicon("ru_verb_frames")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


@lru_cache(maxsize=2048)
def _perfective(infinitive: str) -> str | None:
    """The perfective partner of an imperfective infinitive by the suffix pairs of
    ``lexicons/ru_verb_frames.toml`` («проверять» → «проверить», «выбирать» → «выбрать»,
    «извиняться» → «извиниться»), kept only if the dictionary knows it as perfective."""
    refl = infinitive.endswith(("ся", "сь"))
    stem = infinitive[:-2] if refl else infinitive
    pairs: dict[str, str] = lexicon("ru_verb_frames").get("perfective_suffixes", {})
    for old in sorted(pairs, key=len, reverse=True):
        if not stem.endswith(old):
            continue
        for new in pairs[old].split("|"):
            cand = stem[:len(stem) - len(old)] + new + ("ся" if refl else "")
            if any(r.pos == "INFN" and "perf" in r.tags for r in readings(cand)):
                return cand
    return None


_BUDU = {"буду": ("1per", "sing"), "будешь": ("2per", "sing"), "будет": ("3per", "sing"),
         "будем": ("1per", "plur"), "будете": ("2per", "plur"), "будут": ("3per", "plur")}


def _infinitive_head(ws: Sequence[Word], i: int, frames: dict[str, frozenset[str]]) -> bool:
    """Word ``i`` takes an infinitive: «можете», «хотела», «постараемся», «нужно», «должны»,
    «рады»; «стоит» only with no subject («Стоит обратить внимание»)."""
    w = ws[i]
    if w.key in frames["verb_forms_left_out"]:
        return False
    if i > 0 and ws[i].joined and ws[i - 1].key in frames["clause_openers"]:
        return False  # «Если хотите отправим»: a clause of its own, its comma left out
    if w.key in frames["words"]:
        if w.key == "стоит":
            return i == 0 or not ws[i].joined or ws[i - 1].key in frames["impersonal_before"]
        return True
    return any((r.pos == "VERB" and r.lemma in frames["verbs"] and "impr" not in r.tags)
               or (r.pos == "ADJS" and r.lemma in frames["adjectives"]) for r in w.readings)


def _finite_only(word: Word) -> bool:
    """Only a finite verb (or an imperative) here, and not «быть» («можно будет вернуть»);
    a first person plural may also be a short participle («видим», «сообщаем»)."""
    pos = word.pos()
    if pos != {"VERB"} and not ("VERB" in pos and pos <= {"VERB", "ADJS", "PRTS"} and any(
            r.person == "1per" and r.number == "plur" for r in word.readings)):
        return False
    return all(r.lemma != "быть" for r in word.readings)


@code_check("ru_infinitive_needed")
def infinitive_needed(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A finite verb where the word before needs an infinitive: «Вы можете выбираете» →
    «выбирать», «нужно назовёте» → «назвать», «хотим извиняемся» → «извиниться», «Просим Вас
    проверяете» → «проверять»; and «будем» with a perfective infinitive («мы будем отправить»),
    which has no compound future: «отправим»."""
    ws = words(text)
    places = where(text)
    if not places["verb"]:
        return
    frames = _frames()
    between = frames["between"]
    for i in places["verb"]:
        w = ws[i]
        if w.key in _BUDU:
            yield from _compound_perfective(ws, i, frames)
            continue
        if not _finite_only(w) or i == 0 or not w.joined:
            continue
        k = i - 1
        while k > 0 and ws[k + 1].joined and ws[k].key in between and k >= i - 3:
            k -= 1
        if not ws[k + 1].joined or not _infinitive_head(ws, k, frames):
            continue
        if ws[k].key in frames["first_person_ok"] and any(
                r.person == "1per" and r.number == "sing" for r in w.readings):
            continue  # «Можно уточню у склада?»
        if ws[k].key in ("хотите", "хочешь") and all("impr" in r.tags for r in w.readings):
            continue  # «Хотите — попробуйте»: its dash left out
        verb = next(r for r in w.readings if r.pos == "VERB")
        forms = [verb.lemma]
        partner = _perfective(verb.lemma) if any("impf" in r.tags for r in w.readings) \
            else None
        if partner and not (ws[k].key == "не" or any(
                r.lemma in frames["imperfective_heads"] for r in ws[k].readings) or (
                k > 0 and ws[k - 1].key == "не")):
            forms.insert(0, partner)  # «хотим извиняемся» → «извиниться» (one act)
        elif partner:
            forms.append(partner)
        if w.tok.text[:1].isupper():
            forms = [f[:1].upper() + f[1:] for f in forms]
        yield Hit(w.tok.start, w.tok.end, tuple(forms), facts={"head": ws[k].tok.text})


def _compound_perfective(ws: Sequence[Word], i: int,
                         frames: dict[str, frozenset[str]]) -> Iterator[Hit]:
    """«будем» + a perfective infinitive («будем отправить»): the fix is the perfective's own
    future («отправим»). Not after a predicative («можно будет вернуть», «нужно будет
    забрать», «должны будем доплатить»), which takes the infinitive itself."""
    if i + 1 >= len(ws) or not ws[i + 1].joined:
        return
    nxt = ws[i + 1]
    if not _infinitive(nxt) or not any("perf" in r.tags for r in nxt.of(INFINITIVE)):
        return
    if i > 0 and ws[i].joined and (ws[i - 1].key in frames["words"] or ws[i - 1].pos() & {
            "PRED", "ADJS", "PRTS", "COMP"} or ws[i - 1].key in ("не", "ни")):
        return
    person, number = _BUDU[ws[i].key]
    infn = nxt.of(INFINITIVE)[0]
    form = inflect(nxt.tok.text, infn, {"futr", person, number, "indc"})
    if form is None:
        return
    if ws[i].tok.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    yield Hit(ws[i].tok.start, nxt.tok.end, (form,), matched=f"{ws[i].tok.text} {nxt.tok.text}",
              facts={"head": ws[i].tok.text})


# -- the long adjective as a predicate with a complement ------------------------------------------

@code_check("ru_short_adjective")
def short_adjective(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """The long form of an adjective as the predicate with its complement: «зарядка совместимая с
    iPhone» → «совместима», «заказ уже готовый к отправке» → «готов», «магазин благодарный Вам»
    → «благодарен» (``lexicons/ru_short_adjectives.toml``). An attribute («готовый к отправке
    заказ», «зарядка, совместимая с iPhone, стоит …») is left alone."""
    data = lexicon("ru_short_adjectives")
    table: dict[str, list[str]] = data.get("complements", {})
    starts = frozenset(data.get("clause_start", ()))
    ws = words(text)
    for a in where(text)["adjective"]:
        w = ws[a]
        if a == 0 or a + 1 >= len(ws) or not w.joined or not ws[a + 1].joined:
            continue
        longs = [r for r in w.readings if r.pos in ADJECTIVAL and r.case == "nomn"
                 and r.lemma in table]
        if not longs or w.pos() - ADJECTIVAL:
            continue
        s = a - 1
        while s > 0 and ws[s + 1].joined and (_adverb(ws[s]) or ws[s].key in _LINKING_ADVERBS):
            s -= 1
        subject = _subject(ws, s) if ws[a].joined and ws[s + 1].joined else None
        if subject is None:
            continue
        _person, number, gender, _certain = subject
        if ws[s].key == "вы":
            number = "plur"
        agreeing = [r for r in longs if (r.number == number == "plur") or (
            r.number == "sing" == number and _gender_ok(r.gender, gender))]
        if not agreeing or not _complement(ws, a + 1, table[agreeing[0].lemma]):
            continue
        r = agreeing[0]
        if not _clause_opens_with(ws, s, starts) or _predicate_after(ws, a, table[r.lemma]):
            continue
        r = agreeing[0]
        r = next((p for p in w.readings if p.pos == "PRTF" and p.case == "nomn"
                  and p.number == r.number and p.gender == r.gender), r)  # «уверены», not «уверенны»
        wanted = {"ADJS" if r.pos == "ADJF" else "PRTS", number or "sing"}
        if number == "sing" and gender in ("masc", "femn", "neut"):
            wanted.add(gender)
        form = inflect(w.tok.text, r, wanted)
        if form:
            yield Hit(w.tok.start, w.tok.end, (form,), facts={"subject": ws[s].tok.text})


def _complement(ws: Sequence[Word], k: int, kinds: list[str]) -> bool:
    """Word ``k`` opens a complement of one of ``kinds`` (a preposition as written, "INFN",
    "datv", "ablt")."""
    w = ws[k]
    if w.key in kinds and "PREP" in w.pos():
        return True
    if "INFN" in kinds and _infinitive(w):
        return True
    oblique = tuple(c for c in ("datv", "ablt") if c in kinds)
    if not oblique:
        return False
    if _adjective(w):  # «довольны Вашим отзывом»
        end = _group_end(ws, k, oblique)
        return end is not None and all(r.case in oblique for r in _noun_readings(ws[end - 1]))
    found = _noun_readings(w) or (w.of(frozenset({"NPRO"})) if w.pos() == {"NPRO"} else [])
    return bool(found) and all(r.case in oblique for r in found)


def _clause_opens_with(ws: Sequence[Word], s: int, starts: frozenset[str]) -> bool:
    """Only the subject's own words, or a few linking words, stand before subject ``s`` in its
    clause."""
    k = s - 1
    while k >= 0 and ws[k + 1].joined and (_adjective(ws[k]) or ws[k].pos() & ADJECTIVAL):
        k -= 1  # «Эта зарядка», «Наш магазин»
    while k >= 0 and ws[k + 1].joined:
        if ws[k].key not in starts:
            return False
        k -= 1
    return True


_LINKING_ADVERBS = frozenset({"уже", "очень", "всегда", "полностью", "тоже", "также", "ещё",
                              "еще", "уж", "абсолютно", "совершенно", "вполне", "всего"})


def _predicate_after(ws: Sequence[Word], a: int, kinds: list[str]) -> bool:
    """A finite verb or a short form follows in the clause, or a noun the adjective agrees with
    right after its complement: the adjective is an attribute («готовый к отправке заказ»,
    «зарядка совместимая с iPhone стоит …»)."""
    k = a + 1
    if ws[k].key in kinds and "PREP" in ws[k].pos():
        k = _group_end(ws, k + 1, tuple(preposition_cases().get(ws[k].key, ()))) or k + 1
    elif not _infinitive(ws[k]):
        k = _group_end(ws, k, ("datv", "ablt")) or k + 1
    if k < len(ws) and ws[k].joined and any(
            agrees(x, n) for x in ws[a].of(ADJECTIVAL) for n in _noun_readings(ws[k])):
        return True
    for k in range(a + 1, min(len(ws), a + 10)):
        w = ws[k]
        if not w.joined or w.key in ("и", "а", "но", "что", "если", "когда"):
            return False
        if _finite_only(w) or w.key in ("есть", "был", "была", "было", "были", "будет") or (
                w.pos() & {"ADJS", "PRTS"} and not w.pos() & {"ADVB"}):
            return True
    return False


# -- «не» with negative words --------------------------------------------------------------------

@lru_cache(maxsize=1)
def _pronoun_data() -> dict[str, Any]:
    """``lexicons/ru_pronouns.toml``, its word lists as sets."""
    data = dict(lexicon("ru_pronouns"))
    for key in ("negative", "ni_words", "phrases", "negating"):
        data[key] = frozenset(data.get(key, ()))
    return data


@code_check("ru_negation")
def negation(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A clause with «никогда», «никто», «ничего», «нигде», «никак», «ни разу», «ни один» … whose
    verb lacks «не»: «Наш магазин никогда продаёт подделки» → «не продаёт», «никто нам звонил»,
    «ничего было повреждено». The fix puts «не» before the verb."""
    data = _pronoun_data()
    negative, ni_words = data["negative"], data["ni_words"]
    ws = words(text)
    if not any(w.key in negative or w.key == "ни" for w in ws):
        return
    for lo, hi in _clauses(ws):
        neg = next((k for k in range(lo, hi) if ws[k].key in negative or (
            ws[k].key == "ни" and k + 1 < hi and ws[k + 1].key in ni_words)), None)
        if neg is None:
            continue
        if any(ws[k].key in data["negating"] and not (k == neg and ws[k].key == "ни")
               for k in range(lo, hi)):
            continue  # «никто не звонил», «ни … ни …» with its «не»
        if any(f"{ws[k].key} {ws[k + 1].key}" in data["phrases"] for k in range(lo, hi - 1)):
            continue  # «как никогда», «ничего страшного»
        if lo > 0 and ws[lo].key in ("как", "что") and neg == lo + 1:
            continue
        verb = next((k for k in range(neg + 1, hi) if "VERB" in ws[k].pos() or
                     "INFN" in ws[k].pos()), None)
        if verb is None or not (_finite_only(ws[verb]) or ws[verb].key in (
                "было", "был", "была", "были", "будет", "будут")):
            continue  # no verb, or an infinitive («никуда не торопиться» is written with «не»)
        if any(_finite_only(ws[k]) for k in range(lo, neg)):
            continue  # the verb before the negative word: «знаете ли никого» — left alone
        w = ws[verb]
        yield Hit(w.tok.start, w.tok.end, (f"не {w.tok.text}",), facts={"word": ws[neg].tok.text})


# -- personal pronouns: object forms and н- after prepositions ----------------------------------

_NOMINATIVE_PRONOUNS = {"я": "я", "ты": "ты", "он": "он", "она": "она", "оно": "оно",
                        "мы": "мы", "вы": "вы", "они": "они"}


@code_check("ru_pronoun_form")
def pronoun_form(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A personal pronoun in the wrong form: the nominative as the object of a transitive verb
    («мы отправим она завтра» → «её», «проверьте они» → «их», «напишите мы» → «нам»), and «он»,
    «она», «оно», «они» after a preposition without н- («с им» → «с ним», «у он» → «у него»,
    «для их» → «для них»; «для их детей» is a possessive and stays)."""
    table: dict[str, list[str]] = params.get("verbs", {})
    n_forms: dict[str, dict[str, str]] = _pronoun_data().get("n_forms", {})
    ws = words(text)
    for i, w in enumerate(ws):
        if i == 0 or not w.joined or w.key not in _PRONOUN_FORMS:
            continue
        prev = ws[i - 1]
        if "PREP" in prev.pos():
            hit = _after_preposition(ws, i, n_forms)
            if hit is not None:
                yield hit
        elif w.key in _NOMINATIVE_PRONOUNS:
            hit = _nominative_object(ws, i, table)
            if hit is not None:
                yield hit


_PRONOUN_FORMS = frozenset({"я", "ты", "он", "она", "оно", "мы", "вы", "они", "его", "её", "ее",
                            "ему", "ей", "им", "ими", "их", "ём"})


def _after_preposition(ws: Sequence[Word], i: int,
                       n_forms: dict[str, dict[str, str]]) -> Hit | None:
    w = ws[i]
    cases = preposition_cases().get(ws[i - 1].key)
    if not cases or ws[i - 1].key in ("согласно", "вопреки"):
        return None
    prons = [r for r in w.readings if r.pos == "NPRO" and r.lemma in n_forms]
    if not prons:
        return None
    if i + 1 < len(ws) and ws[i + 1].joined and w.key in ("его", "её", "ее", "их") and any(
            r.case in cases for r in ws[i + 1].of(NOMINAL)):
        return None  # «для их детей», «с её помощью»: a possessive
    ordered = sorted(prons, key=lambda r: r.case not in cases)
    r = ordered[0]
    case = r.case if r.case in cases else cases[0]
    form = n_forms[r.lemma].get(case or "")
    if not form or form == w.key:
        return None
    if w.tok.text[:1].isupper():
        form = form[:1].upper() + form[1:]
    return Hit(w.tok.start, w.tok.end, (form,), facts={"prep": ws[i - 1].tok.text})


def _nominative_object(ws: Sequence[Word], i: int, table: dict[str, list[str]]) -> Hit | None:
    """«отправим она», «проверьте они»: a transitive verb, then a nominative pronoun that cannot
    be its subject (the verb does not agree with it, or a subject stands before the verb)."""
    verb = ws[i - 1]
    verbs = [r for r in verb.readings if r.pos in ("VERB", "INFN")]
    if not verbs or verb.pos() - {"VERB", "INFN"} or not all("tran" in r.tags for r in verbs):
        return None
    if i + 1 < len(ws) and ws[i + 1].joined and ws[i + 1].pos() and ws[i + 1].pos() <= {
            "VERB", "INFN", "ADJS", "PRTS", "PRED"}:
        return None  # «проверьте, мы отправим» without its comma: a clause of its own
    person, number, gender = PRONOUN_SUBJECTS[ws[i].key]
    agreeing = any(r.pos == "VERB" and "impr" not in r.tags and _verb_agrees(
        r, person, number, gender) for r in verbs)
    if agreeing and not _subject_before(ws, i - 1, certain=True):
        return None  # «Так сказала она», «Заказ проверит он сам»: the subject after its verb
    cases = next((table[r.lemma] for r in verbs if r.lemma in table), ["accs"])
    npro = [r for r in ws[i].readings if r.pos == "NPRO"]
    fixes = _fixes(ws[i], [{cases[0], npro[0].number or "sing"}], frozenset({"NPRO"})) \
        if npro else ()
    if not fixes:
        return None
    return Hit(ws[i].tok.start, ws[i].tok.end, fixes, facts={"verb": verb.tok.text})


# -- verb ↔ case of its pronoun object -----------------------------------------------------------

@code_check("ru_verb_government")
def verb_government(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A verb whose object right after it is in a case the verb does not take: a personal
    pronoun («благодарим Вам» → Вас, «помочь Вас» → Вам, «извините нам» → нас; ``verbs``) or a
    noun after a verb that governs an oblique case («соответствует описание» → описанию,
    «пользуемся услуги» → услугами, «избежать путаница» → путаницы; ``objects``). A noun that
    may be the verb's own subject placed after it is left alone unless a subject stands before
    the verb or the verb has none (an infinitive, an imperative)."""
    pronoun_table: dict[str, list[str]] = params.get("verbs", {})
    noun_table: dict[str, list[str]] = params.get("objects", {})
    addressee = param_set(params, "addressee")
    advisers = param_set(params, "addressee_before_infinitive")
    ws = words(text)
    yield from _experiencer(ws, param_set(params, "predicatives"))
    for i in where(text)["verb"]:
        if i + 1 >= len(ws):
            continue
        verb, obj = ws[i], ws[i + 1]
        if not obj.joined or verb.pos() & {"NOUN", "ADJF", "PREP"}:
            continue
        lemmas = {r.lemma for r in verb.readings if r.pos in ("VERB", "INFN", "GRND")}
        start = i + 1
        if obj.pos() == {"NPRO"}:
            cases = next((pronoun_table[x] for x in lemmas if x in pronoun_table), None)
            found = [r for r in obj.readings if r.person is not None]
            if cases and found and not any(r.case in cases for r in found):
                want = [{c, found[0].number or "sing"} for c in cases]
                yield Hit(obj.tok.start, obj.tok.end, _fixes(obj, want, frozenset({"NPRO"})),
                          facts={"verb": verb.tok.text, "case": "|".join(cases)})
                continue
            if not (found and all(r.case == "datv" for r in found)) or i + 2 >= len(ws):
                continue
            start = i + 2  # «желаем Вам хорошего дня»: the object after the addressee
        end = start
        while end < len(ws) and end < start + 3 and ws[end].joined and ws[end].pos() & \
                ADJECTIVAL and ws[end].pos() <= ADJECTIVAL | {"NOUN", "PRCL"} and not _noun_readings(
                    ws[end]):
            end += 1  # «наш», «Ваш», «хороший» before the noun
        if end >= len(ws) or not ws[end].joined:
            continue
        found = _agreeing_nouns(ws, start, end)
        if not found:
            continue
        if any(r.case == "nomn" for r in found) and not (
                _subjectless(verb) or _subject_before(ws, i) or _not_third(verb) or (
                    "касаться" in lemmas and i > 0 and ws[i - 1].key == "что")):
            continue  # «Вам подходит размер»: the noun may be the subject
        cases = next((noun_table[x] for x in lemmas if x in noun_table), None)
        if lemmas & addressee or (lemmas & advisers and end + 1 < len(ws)
                                  and _infinitive(ws[end + 1])):
            if any("anim" in r.tags for r in found) and not any(r.case == "datv" for r in found):
                cases = ["datv"]  # «позвонит получателя», «рекомендуем покупателей выбирать»
        if not cases or any(r.case in cases for r in found):
            continue
        fixed = _group_in_case(ws, start, end, found, cases[0])
        if fixed:
            yield Hit(ws[start].tok.start, ws[end].tok.end, (fixed,),
                      matched=text[ws[start].tok.start:ws[end].tok.end],
                      facts={"verb": verb.tok.text, "case": "|".join(cases)})


@code_check("ru_verb_preposition")
def verb_preposition(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A verb with the wrong preposition or none: «жаловались о качестве» → «на качество»,
    «оплачивать за доставку» → «доставку» (``wrong``); «ответим Ваш вопрос» → «на Ваш вопрос»,
    «обратиться поддержке» → «в поддержку» (``needs``: an inanimate object needs the
    preposition; a person is «к» + dative after «обратиться»)."""
    wrong: dict[str, dict[str, str]] = params.get("wrong", {})
    needs: dict[str, str] = params.get("needs", {})
    time_nouns = param_set(params, "time_nouns")
    ws = words(text)
    for i in where(text)["verb"]:
        if i + 2 >= len(ws) or not ws[i + 1].joined or ws[i].pos() & {"NOUN", "ADJF", "PREP"}:
            continue
        lemmas = [r.lemma for r in ws[i].readings if r.pos in ("VERB", "INFN", "GRND")]
        bad = next((wrong[x] for x in lemmas if x in wrong), None)
        need = next((needs[x] for x in lemmas if x in needs), None)
        if bad and ws[i + 1].key in bad and "PREP" in ws[i + 1].pos():
            group = _noun_group(ws, i + 2)
            if group is None:
                continue
            end, nouns = group
            if any(r.lemma in time_nouns for r in nouns) or ws[i + 2].key[:1].isdecimal():
                continue  # «оплатить за 5 минут»: how long
            cases = preposition_cases().get(ws[i + 1].key, [])
            if not any(r.case in cases for r in nouns):
                continue
            prep = bad[ws[i + 1].key]
            fixed = _group_in_case(ws, i + 2, end, nouns, "accs")
            if fixed:
                want = f"{prep} {fixed}" if prep else fixed
                yield Hit(ws[i + 1].tok.start, ws[end].tok.end, (want,),
                          facts={"verb": ws[i].tok.text, "want": want})
        elif need and not ws[i + 1].pos() & {"PREP", "NPRO", "ADVB", "CONJ", "PRCL", "INFN"}:
            group = _noun_group(ws, i + 1)
            if group is None:
                continue
            end, nouns = group
            if any(r.case == "nomn" for r in nouns) and not (
                    _subjectless(ws[i]) or _subject_before(ws, i) or _not_third(ws[i])):
                continue  # «Ответит служба поддержки»: the subject after its verb
            if any("anim" in r.tags for r in nouns):
                if need != "в" or not any(r.case == "datv" for r in nouns):
                    continue
                prep, case = "к", "datv"  # «обратиться продавцу» → «к продавцу»
            elif any(r.case in ("accs", "datv", "nomn") for r in nouns) and not any(
                    r.case in ("gent", "ablt") for r in nouns):  # (no bare locative)
                prep, case = need, "accs"
            else:
                continue
            if need == "на" and any(r.case == "datv" for r in nouns):
                continue  # «ответим покупателю», «отвечаем магазину»: the addressee
            fixed = _group_in_case(ws, i + 1, end, nouns, case)
            if fixed:
                want = f"{prep} {fixed}"
                yield Hit(ws[i + 1].tok.start, ws[end].tok.end, (want,),
                          facts={"verb": ws[i].tok.text, "want": want})


def _noun_group(ws: Sequence[Word], start: int) -> tuple[int, list[Reading]] | None:
    """Modifiers from ``start`` and their noun: (the noun's index, its readings)."""
    end = start
    while end < len(ws) and end < start + 3 and ws[end].joined and ws[end].pos() & ADJECTIVAL \
            and not _noun_readings(ws[end]):
        end += 1
    if end >= len(ws) or not ws[end].joined:
        return None
    nouns = _noun_readings(ws[end])
    return (end, nouns) if nouns else None


def _agreeing_nouns(ws: Sequence[Word], start: int, end: int) -> list[Reading]:
    """The readings of noun ``end`` its modifiers from ``start`` agree with («приятные покупки»:
    the plural, not the genitive singular); all of them if none agrees."""
    nouns = _noun_readings(ws[end])
    fit = [n for n in nouns if all(any(agrees(a, n) for a in ws[k].of(ADJECTIVAL))
                                   for k in range(start, end))]
    return fit or nouns


def _not_third(verb: Word) -> bool:
    """A verb in the first or second person only («желаем», «доверяете»): a noun after it is
    not its subject."""
    finite = [r for r in verb.readings if r.pos == "VERB"]
    return bool(finite) and all(r.person in ("1per", "2per") for r in finite)


def _group_in_case(ws: Sequence[Word], start: int, end: int, nouns: list[Reading],
                   case: str) -> str | None:
    """The words ``start``…``end`` (modifiers and their noun) put into ``case``, keeping the
    noun's number: «хороший день» → «хорошего дня», «наш магазин» → «нашему магазину»."""
    noun = ws[end]
    n = nouns[0]
    number = n.number or "sing"
    form = inflect(noun.tok.text, n, {case, number})
    if form is None:
        return None
    target = n._replace(case=case, number=number)
    out = [form]
    for k in range(end - 1, start - 1, -1):
        adjs = ws[k].of(ADJECTIVAL)
        got = next((f for a in adjs if (f := inflect(ws[k].tok.text, a,
                                                      _adj_grammemes(target))) is not None), None)
        if got is None:
            return None
        out.insert(0, got + ws[k + 1].gap)
    return "".join(out)


def _experiencer(ws: Sequence[Word], predicatives: frozenset[str]) -> Iterator[Hit]:
    """«вы не надо переживать» → «Вам не надо»: who needs or may is in the dative before
    «надо», «нужно», «можно», «нельзя»."""
    for i, w in enumerate(ws):
        if w.key not in PRONOUN_SUBJECTS or i + 1 >= len(ws):
            continue
        j = i + 1 + (ws[i + 1].key == "не")
        if j < len(ws) and ws[j].key in predicatives and all(x.joined for x in ws[i + 1:j + 1]):
            nomn = [r for r in w.readings if r.pos == "NPRO"]
            yield Hit(w.tok.start, w.tok.end,
                      _fixes(w, [{"datv", (nomn[0].number if nomn else None) or "sing"}],
                             frozenset({"NPRO"})),
                      facts={"verb": ws[j].tok.text, "case": "datv"})


def _subjectless(verb: Word) -> bool:
    """An infinitive or an imperative: no subject of its own can follow it."""
    return all(r.pos == "INFN" or "impr" in r.tags for r in verb.readings
               if r.pos in ("VERB", "INFN"))


def _subject_before(ws: Sequence[Word], j: int, certain: bool = False) -> bool:
    """Whether a nominative that agrees with verb ``j`` stands before it in its clause (with
    ``certain``, one that cannot be an accusative object: «Курьер», not «Заказ»)."""
    preds = ws[j].of(frozenset({"VERB"}))
    k = j - 1
    while k >= 0 and ws[k + 1].joined and ws[k].key not in ("и", "а", "но", "или"):
        found = _noun_readings(ws[k]) or (ws[k].of(frozenset({"NPRO"}))
                                          if ws[k].pos() == {"NPRO"} else [])
        if certain and any(r.case == "accs" for r in found):
            found = []
        if any(r.case == "nomn" and _verb_agrees(p, r.person or "3per", r.number, r.gender)
               for r in found for p in preds):
            return True
        k -= 1
    return False
