"""Is a Russian word spelled right? pymorphy3's dictionary (OpenCorpora: about five million word
forms, already our dependency for inflection) answers, with three refinements:

* OpenCorpora marks distorted and erroneous spellings it has seen (``Dist``, ``Erro``: «што»,
  «ето», «тайланд») and informal ones (``Infr``: «седня», «щас»). A word whose every reading is
  one of these is flagged, and the dictionary's own normal form gives the fix («што» → «что»).
* A hyphenated word is known when the whole or every part is («интернет-магазин»).
* Compounds with a productive first element («фото», «авто», «полу», «само», …) are known when
  the rest is a known word: dictionaries list only some of «фотоотчёт», «автозапчасти», …
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ozon_assistant.core.text import fold

MARKED = frozenset({"Dist", "Erro", "Infr"})

#: Productive first elements of Russian compounds (general grammar, not from any test text).
COMBINING = (
    "авиа", "авто", "агро", "аква", "анти", "аудио", "аэро", "био", "вело", "видео", "гео",
    "гидро", "гипер", "евро", "квази", "кино", "контр", "макро", "мега", "медиа", "меж", "микро",
    "мини", "мото", "мульти", "нано", "нео", "не", "пост", "псевдо", "радио", "само", "сверх",
    "спец", "стерео", "супер", "теле", "термо", "транс", "ультра", "фото", "эко", "экс", "электро",
    "полу", "пол", "гор", "гос", "полит", "проф", "соц", "спорт", "техно", "интер", "вне", "около",
    "много", "мало", "обще", "ино", "двух", "трёх", "трех", "четырёх", "пяти", "одно", "разно",
)


@lru_cache(maxsize=1)
def analyzer() -> Any:
    from ozon_assistant.checker.morph import analyzer as shared

    return shared()


class RussianLexicon:
    """``status(word)`` → 'ok' | 'marked' (informal or distorted) | 'unknown'."""

    def __init__(self, flag_informal: bool = True) -> None:
        self.morph = analyzer()
        self.flag_informal = flag_informal
        self.marked = MARKED if flag_informal else MARKED - {"Infr"}

    def _plain_status(self, word: str) -> str:
        if not self.morph.word_is_known(word):
            return "unknown"
        parses = [p for p in self.morph.parse(word) if p.is_known]
        if parses and all(self.marked & p.tag.grammemes for p in parses):
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
        for head in COMBINING:
            rest = word[len(head):]
            if word.startswith(head) and len(rest) >= 4:
                rest = rest[1:] if rest[0] in "ъ" else rest
                if self._plain_status(rest) == "ok":
                    return True
        return False

    def is_correct(self, word: str) -> bool:
        """A candidate correction must be a plain dictionary word (not informal or distorted)."""
        return self._plain_status(word.lower()) == "ok"

    def dictionary_fixes(self, word: str) -> list[str]:
        """For a marked word, the standard form the dictionary links it to («щас» → «сейчас»)."""
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
        """The dictionary's spelling with «ё» («еще» → «ещё»), used when the seller writes «ё»."""
        for p in self.morph.parse(word):
            if p.is_known and fold(p.word) == fold(word):
                return str(p.word)
        return word
