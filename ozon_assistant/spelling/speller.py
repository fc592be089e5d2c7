"""The built-in offline speller as a :class:`FindingSource` (Russian and English).

A language's dictionary loads in a background thread when asked for (``preload``) or with its
first paragraph — from the cache files, in 10-30 ms — and ``check_paragraph`` (called off the
UI thread) waits for it; correction data is read piece by piece when a typo needs it.
Findings: category ``spelling``, severity warning, source ``speller``, up to five corrections
with the seller's capitalisation and «ё» kept.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import SourceStatus
from ozon_assistant.core.text import fold
from ozon_assistant.core.types import Finding, Severity
from ozon_assistant.spelling import personal
from ozon_assistant.spelling.candidates import Ranking, suggest
from ozon_assistant.spelling.context import Bigrams, load_bigrams
from ozon_assistant.spelling.domain import domain_words
from ozon_assistant.spelling.edits import model_for
from ozon_assistant.spelling.frequency import COMMON_ZIPF, Vocabulary, load_vocabulary
from ozon_assistant.spelling.memo import VerdictMemo
from ozon_assistant.spelling.memo import stamp as memo_stamp
from ozon_assistant.spelling.words import Word, neighbours, words_to_check

RULE = "spelling.unknown-word"
RULE_MARKED = "spelling.nonstandard-form"
#: An unknown word that may well be right (a name, a brand, a rare or British word): shown as a
#: suggestion, not a warning, so a clean reply is not held up by a word the dictionary lacks.
RULE_UNFAMILIAR = "spelling.unfamiliar-word"
#: A typo is "likely" when the correction is this much more common (Zipf: a factor of 10 per
#: step) than what was typed. On the development rows (``benchmarks/bench_spelling.py``) 23 of
#: the 393 typos found become suggestions, and 25 of the 44 false alarms (names, slang, rare
#: words) stop being warnings.
LIKELY_TYPO_GAP = 1.5
#: ... unless people write the word itself often (Zipf 2: once in a hundred million words, like
#: «спрей» or "yerba") and it is two or more edits from the correction: then it is a word the
#: dictionary lacks. On the development rows this makes 5 of 142 warned English typos and 1 of
#: 4 English false alarms suggestions (no Russian row changes); it keeps trade replies clean.
WRITTEN_OFTEN_ZIPF = 2.0

MESSAGES = {
    "en": ("Possible misspelling: “{w}”.", "“{w}” is a colloquial or distorted spelling.",
           "Unfamiliar word: “{w}”. Check its spelling, or add it to your dictionary."),
    "ru": ("Возможно, опечатка: «{w}».", "«{w}» — разговорное или искажённое написание.",
           "Незнакомое слово: «{w}». Проверьте написание или добавьте его в свой словарь."),
    "zh": ("可能拼写错误：“{w}”。", "“{w}”是口语或不规范的写法。",
           "不常见的词：“{w}”。请检查拼写，或把它加入个人词典。"),
}
DESCRIPTIONS = {
    "en": "The word is not in the dictionary. Buyers and moderators read typos as carelessness; "
          "pick a correction, or add the word to your dictionary if it is a name or a brand.",
    "ru": "Слова нет в словаре. Покупатели и модераторы воспринимают опечатки как небрежность: "
          "выберите исправление или добавьте слово в свой словарь, если это имя или бренд.",
    "zh": "词典中没有这个词。买家和审核员会把拼写错误看作不认真；请选择一个更正，"
          "如果这是名称或品牌，请把它加入个人词典。",
}


@dataclass
class Options:
    """Behaviour switches, measured in benchmarks/bench_spelling.py."""

    flag_informal: bool = True  # «щас», «седня»: flagged with the standard form
    #: Languages where an unknown capitalised word inside a sentence is taken for a name unless
    #: a close correction exists (Russian text is full of names and places no dictionary lists).
    lenient_names: tuple[str, ...] = ("ru", "en")
    name_max_cost: float = 1.0  # "close" above: weighted edit cost of the best correction
    ranking: dict[str, Ranking] = field(
        default_factory=lambda: {"ru": Ranking(), "en": Ranking(edit_weight=3.0, short_word=3)})


class Speller:
    """Russian (pymorphy3's dictionary) and English (Hunspell en_US via spylls) spelling."""

    name = "speller"

    def __init__(self, languages: tuple[str, ...] = ("ru", "en"), options: Options | None = None,
                 background: bool = True, preload: tuple[str, ...] | None = None,
                 full_preload: bool = True, remember: bool = True) -> None:
        """``preload``: languages to start loading now (default: all); the others load when
        their first paragraph arrives. ``background=False`` loads them before returning.
        ``full_preload=False`` leaves the correction data until a word needs correcting (it is
        opened in a few milliseconds and read by word length as typos need it either way).
        ``remember=False`` neither reads nor writes the verdicts of earlier runs (:mod:`.memo`:
        the benchmarks measure the search itself)."""
        self.full_preload = full_preload
        self.remember = remember
        self._memos: dict[str, VerdictMemo] = {}
        self._vocab_lock = threading.Lock()
        self.languages = languages
        self.options = options or Options()
        self._lexicons: dict[str, Any] = {}
        self._vocab: dict[str, Vocabulary] = {}
        self._bigrams: dict[str, Bigrams | None] = {}
        self._lang_ready = {lang: threading.Event() for lang in languages}
        self._started: set[str] = set()
        self._errors: dict[str, str] = {}
        self._personal: frozenset[str] = frozenset()
        self._personal_stamp: object = None
        self._accept_memo: dict[object, frozenset[str]] = {}
        self._cache: dict[tuple[str, str, frozenset[str]], list[Finding]] = {}
        self._words: dict[tuple[str, str, bool, str, str], tuple[str, tuple[str, ...]] | None] = {}
        self._statuses: dict[tuple[str, str], str] = {}  # (language, word) → lexicon status
        self._lock = threading.Lock()
        self.load_seconds: dict[str, float] = {}
        self.preload(languages if preload is None else preload, background)

    # -- loading -------------------------------------------------------------------------------
    def preload(self, languages: tuple[str, ...] = ("ru", "en"), background: bool = True) -> None:
        """Start loading these languages (the window calls this at start-up)."""
        for lang in languages:
            if lang not in self._lang_ready:
                continue
            with self._lock:
                if lang in self._started:
                    continue
                self._started.add(lang)
            if background:
                threading.Thread(target=self._load, args=(lang,), name=f"speller-{lang}",
                                 daemon=True).start()
            else:
                self._load(lang)

    def warm_up(self) -> None:
        """Load everything for both languages in the background (the window, at start-up), so
        the first typo gets its corrections without a pause."""
        self.preload(self.languages)

        def run() -> None:
            for lang in self.languages:
                if self.wait(300, lang):
                    try:
                        self._corrections(lang)
                    except Exception as exc:  # reported by status(), never raised
                        self._errors[lang] = f"{exc.__class__.__name__}: {exc}"

        threading.Thread(target=run, name="speller-warm-up", daemon=True).start()

    def _load(self, lang: str) -> None:
        from ozon_assistant.spelling.english import EnglishLexicon
        from ozon_assistant.spelling.russian import RussianLexicon

        started = time.monotonic()
        try:
            self._lexicons[lang] = (RussianLexicon(self.options.flag_informal) if lang == "ru"
                                    else EnglishLexicon())
            if self.full_preload:
                self._corrections(lang)
        except Exception as exc:  # a broken install must not take the checker down with it
            self._errors[lang] = f"{exc.__class__.__name__}: {exc}"
        self.load_seconds[lang] = time.monotonic() - started
        self._lang_ready[lang].set()

    def _corrections(self, lang: str) -> tuple[Vocabulary, Bigrams | None]:
        """The frequency vocabulary and word pairs, loaded with the first word that needs a
        correction (a clean reply never pays for them) or at start-up with ``full_preload``."""
        with self._vocab_lock:
            if lang not in self._vocab:
                self._bigrams[lang] = load_bigrams(lang)
                # English: only words the lexicon accepts (see load_vocabulary); Russian would
                # take 15 s to filter through dawg-python for a quarter fewer words
                lexicon = self._lexicons.get(lang)
                vetted = getattr(lexicon, "vetting", None)
                self._vocab[lang] = (load_vocabulary(lang, *vetted()) if vetted is not None
                                     else load_vocabulary(lang))
            return self._vocab[lang], self._bigrams[lang]

    def wait(self, timeout: float | None = None, language: str = "ru") -> bool:
        """Load ``language`` if needed and block until it is ready; False when it failed."""
        if language not in self._lang_ready:
            return False
        self.preload((language,))
        return self._lang_ready[language].wait(timeout) and language in self._lexicons

    # -- FindingSource -------------------------------------------------------------------------
    def status(self) -> SourceStatus:
        with self._lock:
            started = set(self._started)
        if any(not self._lang_ready[lang].is_set() for lang in started):
            return SourceStatus(self.name, "loading", "loading the spelling dictionaries…")
        if self._errors:
            why = "; ".join(f"{lang}: {e}" for lang, e in sorted(self._errors.items()))
            return SourceStatus(self.name, "unavailable", f"spelling dictionaries failed ({why})")
        return SourceStatus(self.name, "ready", "spelling: " + ", ".join(self.languages))

    def check_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        if (ctx.language not in self.languages or not text.strip()
                or not self.wait(300, ctx.language)):
            return []
        accept = self._accepted(ctx)
        key = (text, ctx.language + ctx.ui_lang, accept)
        with self._lock:
            hit = self._cache.get(key)
        if hit is not None:
            return list(hit)
        try:
            found = [f for w in words_to_check(text, ctx.language, accept)
                     if (f := self._check_word(w, ctx, text, accept)) is not None]
        except Exception as exc:  # a damaged dictionary file: say so, never fail the check
            self._errors[ctx.language] = f"{exc.__class__.__name__}: {exc}"
            return []
        with self._lock:
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[key] = found
        return list(found)

    # -- words ---------------------------------------------------------------------------------
    def _accepted(self, ctx: CheckContext) -> frozenset[str]:
        """The seller's words, the trade vocabulary and the context's own: one set, built again
        only when the personal dictionary changes (a stat per paragraph) or the context brings
        other words. Building it for every paragraph (3,500 words copied and hashed for the
        paragraph cache's key) was a fifth of a long file's check."""
        stamp = personal.stamp()
        if stamp != self._personal_stamp:
            try:
                self._personal = frozenset(personal.words())
            except Exception:  # an unreadable file: keep the last words we had
                pass
            self._personal_stamp = stamp
            self._accept_memo.clear()
        extra = ctx.accept_words
        key = extra if isinstance(extra, frozenset) else tuple(extra)
        hit = self._accept_memo.get(key)
        if hit is None:
            if len(self._accept_memo) > 64:
                self._accept_memo.clear()
            hit = self._accept_memo[key] = (self._personal | domain_words()
                                            | {fold(w) for w in extra})
        return hit

    def _verdict(self, word: Word, lang: str, text: str) -> tuple[str, tuple[str, ...]] | None:
        """(status, corrections) for a word to flag, None for a good one. Statuses are cached
        by word and verdicts by word and neighbours (which rank English corrections), so
        re-checking a paragraph being typed only looks the new word up; the verdicts of
        earlier runs are read from the cache folder (:mod:`.memo`)."""
        status = self._status(lang, word.text)
        if status == "ok":
            return None
        # only now the neighbours (they rank English corrections): most words are fine
        before, after = neighbours(text, word) if lang == "en" else ("", "")
        key = (lang, word.text, word.sentence_start, before, after)
        with self._lock:
            if key in self._words:
                return self._words[key]
        memo = self._memo(lang)
        memo_key = f"{word.text}\t{int(word.sentence_start)}\t{before}\t{after}"
        remembered = memo.get(memo_key) if memo is not None else None
        verdict: tuple[str, tuple[str, ...]] | None = None
        if remembered is not None:  # judged in an earlier run: [] for a good word
            if remembered:
                verdict = (remembered[0], tuple(remembered[1:]))
        else:
            verdict = self._judge(word, lang, status, before, after)
            if memo is not None and lang not in self._errors:
                memo.put(memo_key, [] if verdict is None else [verdict[0], *verdict[1]])
        with self._lock:
            if len(self._words) > 20_000:
                self._words.clear()
            self._words[key] = verdict
        return verdict

    def _judge(self, word: Word, lang: str, status: str, before: str,
               after: str) -> tuple[str, tuple[str, ...]] | None:
        """The verdict on a word the lexicon does not call good (see :meth:`_verdict`)."""
        lexicon = self._lexicons[lang]
        fixes = lexicon.dictionary_fixes(word.text) if status == "marked" else []
        if fixes:  # a distorted form the dictionary links to its standard word: no search
            ranked = [fold(f) for f in fixes]
        else:
            ranked = self._ranked(word, lang, before, after)
        if status == "marked" or not self._probable_name(word, ranked, lang):
            if status == "unknown" and not (" " in ranked[0] if ranked else False) \
                    and not self._likely_typo(word, ranked, lang):
                status = "unfamiliar"  # (two words run together, «незнаю», stay a slip)
            shaped = (self._shape(word.text, r, lexicon) for r in ranked)
            return (status, tuple(dict.fromkeys(shaped)))
        return None

    def _memo(self, lang: str) -> VerdictMemo | None:
        """The verdicts of earlier runs (:mod:`.memo`), opened on the first unknown word."""
        memo = self._memos.get(lang)
        if memo is None and self.remember:
            try:
                memo = VerdictMemo(lang, memo_stamp(lang, self.options))
            except Exception:  # a missing data file: no memory, the verdicts are the same
                return None
            with self._lock:
                memo = self._memos.setdefault(lang, memo)
        return memo

    def _ranked(self, word: Word, lang: str, before: str, after: str) -> list[str]:
        """Corrections searched in the frequency vocabulary, best first."""
        lexicon = self._lexicons[lang]
        try:
            vocab, bigrams = self._corrections(lang)
        except Exception as exc:  # no corrections then, but the word is still flagged
            self._errors[lang] = f"{exc.__class__.__name__}: {exc}"
            return []
        context = None
        if bigrams is not None:
            context = lambda cand: bigrams.bonus(cand, before, after)  # noqa: E731
        glued = getattr(lexicon, "glued", None)  # «незнаю» → «не знаю» first
        return suggest(word.text, vocab, lexicon, model_for(lang), self.options.ranking[lang],
                       tuple(glued(word.text)) if glued is not None else (), context)

    def _check_word(self, word: Word, ctx: CheckContext, text: str,
                    accept: frozenset[str] = frozenset()) -> Finding | None:
        if "-" in word.text and self._parts_known(word.text, ctx.language, accept):
            return None
        verdict = self._verdict(word, ctx.language, text)
        if verdict is None:
            return None
        status, replacements = verdict
        msg_unknown, msg_marked, msg_unfamiliar = MESSAGES.get(ctx.ui_lang, MESSAGES["en"])
        message, rule, severity = {
            "marked": (msg_marked, RULE_MARKED, Severity.WARNING),
            "unfamiliar": (msg_unfamiliar, RULE_UNFAMILIAR, Severity.SUGGESTION),
        }.get(status, (msg_unknown, RULE, Severity.WARNING))
        return Finding(start=word.start, end=word.end,
                       rule=rule, category="spelling",
                       severity=severity, message=message.format(w=word.text),
                       description=DESCRIPTIONS.get(ctx.ui_lang, DESCRIPTIONS["en"]),
                       replacements=replacements, source=self.name)

    def _parts_known(self, word: str, lang: str, accept: frozenset[str]) -> bool:
        """«серьги-пусеты», «масло-спрей»: a hyphenated word whose every part is a dictionary
        word or one of the accepted words (trade vocabulary, the seller's dictionary)."""
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(fold(p) in accept or self._status(lang, p) == "ok"
                                      for p in parts)

    def _status(self, lang: str, word: str) -> str:
        """The lexicon's status of ``word``, remembered (a paragraph being typed is re-read
        word by word)."""
        status = self._statuses.get((lang, word))
        if status is None:
            if len(self._statuses) > 50_000:
                self._statuses.clear()
            status = self._statuses[(lang, word)] = self._lexicons[lang].status(word)
        return status

    def _likely_typo(self, word: Word, ranked: list[str], lang: str) -> bool:
        """Whether an unknown word is most likely a slip: a correction exists, the word is not
        capitalised inside a sentence (a name, more often than not), and the correction is
        at least ten times as common as what was typed."""
        if not ranked or word.text.isupper() or (not word.sentence_start
                                                 and word.text[:1].isupper()):
            return False  # a name inside a sentence; a code or brand in capitals (ISOFIX)
        if any(c.isupper() for c in word.text[1:]):
            return False  # a capital inside the word: a brand or a term (eSIM, YouTube)
        vocab = self._vocab.get(lang)
        if vocab is None:
            return True
        typed, best = fold(word.text).replace("ё", "е"), fold(ranked[0]).replace("ё", "е")
        best_zipf = vocab.zipf(best)
        seen = vocab.common_zipf(typed)
        if seen is None:  # rarer than COMMON_ZIPF: its exact value matters only if close
            if best_zipf - COMMON_ZIPF >= LIKELY_TYPO_GAP:
                return True
            seen = vocab.zipf(typed)
        if seen >= WRITTEN_OFTEN_ZIPF and _edits(typed, best) >= 2:
            return False  # people write it often, and it is not one slip from the correction
        return best_zipf - seen >= LIKELY_TYPO_GAP

    def _probable_name(self, word: Word, ranked: list[str], lang: str) -> bool:
        """A capitalised unknown word inside a sentence with no close correction: a name."""
        if (lang not in self.options.lenient_names or word.sentence_start
                or not word.text[:1].isupper() or word.text.isupper()):
            return False
        if not ranked:
            return True
        model, typed = model_for(lang), fold(word.text)
        return min(model.distance(typed, r) for r in ranked) > self.options.name_max_cost

    @staticmethod
    def _shape(typed: str, fix: str, lexicon: Any) -> str:
        """The correction with the typed word's capitalisation and, if it used «ё», with «ё»."""
        if "ё" in typed.lower() and hasattr(lexicon, "with_yo"):
            fix = lexicon.with_yo(fix)
        elif hasattr(lexicon, "display"):
            fix = lexicon.display(fix)
        if typed.isupper() and len(typed) > 1:
            return fix.upper()
        if typed[:1].isupper():
            return fix[:1].upper() + fix[1:]
        return fix


_shared: Speller | None = None
_shared_lock = threading.Lock()


def _edits(a: str, b: str) -> int:
    from rapidfuzz.distance import OSA  # imported already by the correction search

    return int(OSA.distance(a, b))


def shared_speller() -> Speller:
    """One speller per process (the word lengths and shards it has read stay read: at most
    ~90 MB for both languages in a long session): the CLI and the window share it however often they
    rebuild their sources."""
    global _shared
    with _shared_lock:
        if _shared is None:
            # each language when its first paragraph arrives: its lexicon reads in 10-30 ms
            # (a command line check of English text never touches the Russian dictionary), the
            # correction data section by section when a typo needs it
            _shared = Speller(preload=(), full_preload=False)
        return _shared
