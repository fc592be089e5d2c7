"""Is a Russian word spelled right? pymorphy3's dictionary (OpenCorpora: about five million word
forms, already our dependency for inflection) answers, with three refinements:

* OpenCorpora marks distorted and erroneous spellings it has seen (``Dist``, ``Erro``: «што»,
  «ето», «тайланд») and informal ones (``Infr``: «седня», «щас»). A word whose every reading is
  one of these is flagged, and the dictionary's own normal form gives the fix («што» → «что»).
* A hyphenated word is known when the whole or every part is («интернет-магазин»).
* Compounds with a productive first element («фото», «авто», «полу», «само», …) are known when
  the rest is a known word: dictionaries list only some of «фотоотчёт», «автозапчасти», …

Speed: whether a word is known and whether all its readings are marked needs only
pymorphy3's word graph (``words.dawg``: word → (paradigm, form) pairs, read by dawg-python in
10 ms) and the set of (paradigm, form) pairs whose tag is marked (cached in the cache folder).
Loading the whole analyser (0.1 s, 40 MB) waits until a flagged word needs its dictionary
form or its «ё» spelling. tests/spelling/test_russian.py checks that both ways agree.
"""

from __future__ import annotations

import json
import threading
import zlib
from functools import lru_cache
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.text import fold

MARKED = frozenset({"Dist", "Erro", "Infr"})
#: verb forms: «не» is written apart from them (:meth:`RussianLexicon._compound`)
VERB_FORMS = frozenset({"VERB", "INFN", "GRND"})
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
#: longer words get no dictionary neighbours (:meth:`RussianLexicon.near_words`): the search
#: grows with the length, and a word this long is a compound the frequency list rarely misses
MAX_NEAR = 24

#: Productive first elements of Russian compounds (general grammar, not from any test text).
COMBINING = (
    "авиа", "авто", "агро", "аква", "анти", "аудио", "аэро", "био", "вело", "видео", "гео",
    "гидро", "гипер", "евро", "квази", "кино", "контр", "макро", "мега", "медиа", "меж", "микро",
    "мини", "мото", "мульти", "нано", "нео", "не", "пост", "псевдо", "радио", "само", "сверх",
    "спец", "стерео", "супер", "теле", "термо", "транс", "ультра", "фото", "эко", "экс", "электро",
    "полу", "пол", "гор", "гос", "полит", "проф", "соц", "спорт", "техно", "интер", "вне", "около",
    "много", "мало", "обще", "ино", "двух", "трёх", "трех", "четырёх", "пяти", "одно", "разно",
)


class FixMemo:
    """Dictionary fixes found before, kept in a small JSON file in the cache folder, valid for
    one dictionary (``source``) and one set of marked grammemes. Concurrent writers each write
    the whole file atomically; the worst case is a forgotten answer, found again next time."""

    LIMIT = 5000

    def __init__(self, source: object, marked: str) -> None:
        self._key = {"format": 1, "source": source, "marked": marked}
        self._path = paths.speller_cache_file("ru", "fixes", zlib.crc32(marked.encode()), ".json")
        self._fixes: dict[str, list[str]] | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[str, list[str]]:
        if self._fixes is None:
            self._fixes = {}
            try:
                data = json.loads(self._path.read_text(encoding="utf-8"))
                if data.get("key") == self._key and isinstance(data.get("fixes"), dict):
                    self._fixes = data["fixes"]
            except (OSError, ValueError, AttributeError):
                pass  # absent or damaged: start afresh
        return self._fixes

    def get(self, word: str) -> list[str] | None:
        with self._lock:
            return self._load().get(word)

    def put(self, word: str, fixes: list[str]) -> None:
        with self._lock:
            table = self._load()
            if len(table) >= self.LIMIT:
                table.clear()
            table[word] = fixes
            try:
                write_atomic(self._path, json.dumps({"key": self._key, "fixes": table},
                                                    ensure_ascii=False))
            except OSError:
                pass  # a read-only cache folder: remembered for this process only


@lru_cache(maxsize=1)
def analyzer() -> Any:
    from ozon_assistant.checker.morph import analyzer as shared

    return shared()


class RussianLexicon:
    """``status(word)`` → 'ok' | 'marked' (informal or distorted) | 'unknown'."""

    def __init__(self, flag_informal: bool = True) -> None:
        from ozon_assistant.spelling.opencorpora import word_graph

        self.flag_informal = flag_informal
        self.marked = MARKED if flag_informal else MARKED - {"Infr"}
        graph = word_graph()
        self._words, self._yo = graph.words, graph.yo
        self._marked_forms = graph.marked_forms(self.marked)
        self._verb_forms = graph.marked_forms(VERB_FORMS)
        self._memo = FixMemo(graph.source, ",".join(sorted(self.marked)))

    @property
    def morph(self) -> Any:
        """The full pymorphy3 analyser, loaded on first use (dictionary forms, «ё»)."""
        return analyzer()

    def _plain_status(self, word: str) -> str:
        """As pymorphy3 says: unknown when no spelling (with «е» read as «ё» too) is in the
        dictionary, marked when every reading of every such spelling has a marked tag."""
        found = self._words.similar_items(word, self._yo)
        if not found:
            return "unknown"
        marked = self._marked_forms
        if all((para << 16) | idx in marked for _w, forms in found for para, idx in forms):
            return "marked"
        return "ok"

    def status(self, word: str) -> str:
        word = word.lower()
        status = self._plain_status(word)
        if status != "unknown":
            return status
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if parts and all(self._plain_status(p) == "ok" or len(p) == 1 for p in parts):
                return "ok"
            return "unknown"
        if self._compound(word):
            return "ok"
        return "unknown"

    def _compound(self, word: str) -> bool:
        """A productive first element and a known word («фотоотчёт», «полутёплый»,
        «маломерит»), except «не» with a word that can be a verb: that «не» is written apart
        («не знаю», «не было»: «незнаю» is a slip; «ненавидеть» is in the dictionary)."""
        for head in COMBINING:
            rest = word[len(head):]
            if word.startswith(head) and len(rest) >= 4:
                rest = rest[1:] if rest[0] in "ъ" else rest
                if self._plain_status(rest) == "ok" and not (head == "не" and self._verb(rest)):
                    return True
        return False

    def glued(self, word: str) -> list[str]:
        """«незнаю» → «не знаю»: «не» written together with a verb, the one correction."""
        w = word.lower()
        rest = w[2:]
        if w.startswith("не") and len(rest) >= 2 and self._plain_status(rest) == "ok" \
                and self._verb(rest):
            return ["не " + rest]
        return []

    def _verb(self, word: str) -> bool:
        """Whether a reading of ``word`` is a verb form: finite, infinitive or gerund."""
        verbs = self._verb_forms
        return any((para << 16) | idx in verbs
                   for _w, forms in self._words.similar_items(word, self._yo)
                   for para, idx in forms)

    def is_correct(self, word: str) -> bool:
        """A candidate correction must be a plain dictionary word (not informal or distorted)."""
        return self._plain_status(word.lower()) == "ok"

    def near_words(self, word: str) -> list[str]:
        """Dictionary words one slip from ``word`` (a letter left out, added, replaced, or two
        swapped), found in the word graph itself: the frequency list a correction is searched
        in lacks the rarer forms of the five million («упаковщицам», «пересортировкой»), and a seller
        who writes a rare word deserves its correction too. About a thousand look-ups of a few
        microseconds for a ten-letter word; only a flagged word asks."""
        w = word.lower()
        if not 2 <= len(w) <= MAX_NEAR or not w.isalpha():
            return []
        n = len(w)
        tried = {w[:i] + w[i + 1:] for i in range(n)}
        tried.update(w[:i] + w[i + 1] + w[i] + w[i + 2:] for i in range(n - 1))
        for i in range(n + 1):
            head, tail = w[:i], w[i:]
            tried.update(head + c + tail for c in ALPHABET)
            if tail:
                tried.update(head + c + tail[1:] for c in ALPHABET)
        tried.discard(w)
        words, yo = self._words, self._yo
        # «е» may stand for «ё» (the graph keeps «ё»): those spellings need the slower look-up
        found = {c for c in tried if len(c) > 1  # one-letter words: the frequency list has them
                 and (c in words or ("е" in c and words.similar_keys(c, yo))) and self.is_correct(c)}
        for head in COMBINING:  # «электрочайнек» → «электро» + «чайник»
            rest = w[len(head):]
            if w.startswith(head) and len(rest) >= 4 and self._plain_status(rest) == "unknown":
                found.update(head + r for r in self.near_words(rest) if len(r) >= 4)
        return sorted(found)

    def dictionary_fixes(self, word: str) -> list[str]:
        """For a marked word, the standard form the dictionary links it to («щас» → «сейчас»).

        Finding it needs the full analyser (0.1 s to load), so answers are remembered in the
        cache folder (:class:`FixMemo`): sellers keep writing the same few informal words."""
        key = word.lower()
        hit = self._memo.get(key)
        if hit is None:
            hit = self._dictionary_fixes(key)
            self._memo.put(key, hit)
        return list(hit)

    def _dictionary_fixes(self, word: str) -> list[str]:
        out: list[str] = []
        for p in self.morph.parse(word.lower()):
            if not p.is_known or not (self.marked & p.tag.grammemes):
                continue
            for q in self.morph.parse(p.normal_form):
                if not q.is_known or (self.marked & q.tag.grammemes) or q.tag.POS != p.tag.POS:
                    continue
                wanted = set(p.tag.grammemes) - self.marked - {q.tag.POS}
                form = q.inflect(wanted & {"sing", "plur", "nomn", "gent", "datv", "accs", "ablt",
                                           "loct", "masc", "femn", "neut", "1per", "2per", "3per",
                                           "pres", "past", "futr", "impr"}) or q
                if self.is_correct(form.word) and fold(form.word) != fold(word):
                    out.append(form.word)
                break
        return list(dict.fromkeys(out))

    def with_yo(self, word: str) -> str:
        """The dictionary's spelling with «ё» («еще» → «ещё»), used when the seller writes «ё».
        Only a word with two spellings («все»/«всё») needs the analyser's most likely reading."""
        spellings = {w for w, _forms in self._words.similar_items(word.lower(), self._yo)}
        if not spellings:
            return word
        if len(spellings) == 1:
            return spellings.pop()
        for p in self.morph.parse(word):
            if p.is_known and fold(p.word) == fold(word):
                return str(p.word)
        return word
