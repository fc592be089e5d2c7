"""What the buyers' e-mail adds up to (``feedback report`` and the window's Feedback view).

From the messages in the inbox store (optionally those received since a date): how many there
are per situation and per ISO week, the share answered within 24 hours, the median wait, the
words buyers complain with in each situation and the products or SKUs they name most — the
seller's picture of what goes wrong and what the market asks about.

- **Situation**: the first one ``inbox list`` gives the message (the same classifier as
  ``snippets suggest``); a message no situation fits counts under ``other``.
- **Answered within 24 h**: of the messages answered, or unanswered for 24 hours already; one
  still unanswered but younger than a day can go either way yet, so it is left out (``pending``).
- **Median wait**: in hours, until the reply was sent, or until now for a message still waiting.
- **Complaint words**: Russian words by their lemma (pymorphy3's most likely reading: «трещиной»
  and «трещина» count as one), the words of an English message as written, in lower case; stop
  words (greetings, pronouns, prepositions, question words …), numbers, Latin words in Russian
  text (brands) and the product names found below left out; each word counted once per message.
- **Products**: model codes («RTX 4060», «SM-S918B», «T480»), article numbers after «артикул»,
  «арт.», SKU, and names in quotes («Нордик»), from the subject and the body; never Ozon order
  numbers (35142875-0153-1), e-mail addresses or links. Counted once per message, the spelling
  buyers use most shown.

Core code: no Qt. The CSV is one flat table (``section,situation,key,value``) a spreadsheet opens
as it is.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ozon_assistant.core.errors import OzonError
from ozon_assistant.storage.inbox import Message

#: the situation of a message no situation fits
OTHER = "other"
DAY_HOURS = 24.0
#: complaint words kept per situation, products kept in all
TOP_WORDS = 10
TOP_PRODUCTS = 15

# -- products -------------------------------------------------------------------------------------
#: what is never a product: e-mail addresses, links, Ozon order and posting numbers
_NOT_PRODUCT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)\S+"
    r"|\b\d{5,}(?:-\d+){1,3}\b",
    re.IGNORECASE)
#: a model code: Latin letters and digits in one token, maybe with dashes («SM-S918B», «T480»,
#: «WH-1000XM4», «S23 Ultra»), or a Latin name and a number («RTX 4060», «iPhone 15 Pro»)
_TAIL = r"(?:\s(?:Pro|Max|Ultra|Plus|Mini|Lite|Ti|Super|SE))?"
_CODE = re.compile(
    r"(?<![\w@./-])(?:"
    r"(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"  # SM-S918B, T480
    r"|[A-Za-z]*[A-Z][A-Za-z]*\s\d{2,5}[A-Za-z]{0,3}"  # RTX 4060, iPhone 15
    r")" + _TAIL + r"(?![\w@-])")
#: an article number (SKU) named as such: «артикул 123456789», «арт. 1234567», «SKU: 98765»
_SKU = re.compile(r"(?:\bартикул\w*|\bарт\.|\bsku|\barticle)\s*(?:[:№#]|no\.?)?\s*(\d{4,13})\b",
                  re.IGNORECASE)
#: a name in quotes: «Нордик», “Nordic Light”, "Уют-2" (up to four words, capitalised or coded)
_QUOTED = re.compile(r"[«“„\"]([^«»“”„\"\n]{2,40})[»”“\"]")
_SIZE = re.compile(r"^(?:[XSML]{1,4}|\d{1,3}[A-Za-z]{0,2})$")  # not a model: sizes and amounts
#: a code made only of these is a unit or a size, not a product («10GB», «5G», «100mm»)
_UNIT = re.compile(r"^\d+(?:[.,]\d+)?(?:gb|tb|mb|kb|mm|cm|m|kg|g|ml|l|w|v|mah|hz|g|k|p|x)?$",
                   re.IGNORECASE)


def _product_key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name).strip().casefold()


def products_in(text: str) -> dict[str, str]:
    """The products ``text`` names: key (folded) → the name as written, each once."""
    found: dict[str, str] = {}
    spans: list[tuple[int, int]] = []

    def add(name: str) -> None:
        name = " ".join(name.split()).strip(" .,;:!?-")
        if len(name) < 2:
            return
        found.setdefault(_product_key(name), name)

    clean = _NOT_PRODUCT.sub(lambda m: " " * len(m.group()), text)
    for m in _QUOTED.finditer(clean):
        inner = m.group(1).strip()
        words = inner.split()
        if 1 <= len(words) <= 4 and (inner[0].isupper() or any(c.isdigit() for c in inner)) \
                and any(c.isalpha() for c in inner):
            add(inner)
            spans.append(m.span())
    for m in _SKU.finditer(clean):
        add(m.group(1))
        spans.append(m.span())
    for m in _CODE.finditer(clean):
        if any(a <= m.start() < b for a, b in spans):
            continue
        code = m.group()
        if _UNIT.match(code.replace(" ", "")) or _SIZE.match(code):
            continue
        add(code)
    return found


# -- complaint words ------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CYRILLIC = re.compile(r"[а-яё]")
#: pymorphy3 parts of speech that say nothing about a complaint
_STOP_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "INTJ", "NUMR", "PRED", "COMP"})
#: lemmas in nearly every buyer's e-mail: greetings, politeness, the shop and the order itself,
#: auxiliary and question words
RU_STOP = frozenset("""
    здравствуйте здравствовать добрый день вечер утро привет спасибо благодарить пожалуйста
    уважаемый подсказать сказать уточнить мочь хотеть быть являться делать сделать знать очень
    весь это ещё еще уже вообще просто где когда как почему зачем куда откуда сколько какой
    который такой этот тот свой мой ваш наш его её их также тоже только даже потом сейчас
    сегодня вчера назад должный нужно надо можно нельзя ли бы вот там тут здесь так
    заказ заказать товар магазин продавец ozon озон письмо вопрос ответ ответить написать
    писать получить день неделя раз пара три два один год купить покупка артикул арт
""".split())
EN_STOP = frozenset("""
    a an the i me my we our you your it its is are was were be been am do does did to of in on
    at for with and or but so this that these those he she they them his her their have has had
    will would can could should please hi hello dear thanks thank not no yes there here what
    when where why how which who any some just also very still yet from about into out up
    usually get got order item seller shop regards best kind question
""".split())


#: nouns buyers use in the plural, whose dictionary lemma reads oddly («деньга»)
_PLURAL_ONLY = {"деньга": "деньги", "сутка": "сутки", "наушник": "наушники", "брюка": "брюки",
                "джинс": "джинсы", "шорта": "шорты", "очко": "очки"}


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str | None:
    """The word counted for ``word`` (folded), or None for a stop word."""
    if len(word) < 3:
        return None
    if not _CYRILLIC.search(word):
        return None if word in EN_STOP or not word.isascii() else word
    from ozon_assistant.checker.morph import analyzer

    parses = analyzer().parse(word)
    if not parses:
        return word
    best = parses[0]
    if best.tag.POS in _STOP_POS or "Apro" in best.tag:
        return None
    normal = str(best.normal_form).replace("ё", "е")
    normal = _PLURAL_ONLY.get(normal, normal)
    if normal in RU_STOP or word in RU_STOP or len(normal) < 3:
        return None
    return normal


def words_in(text: str, products: Iterable[str] = ()) -> set[str]:
    """The complaint words of one message (each once), product names aside."""
    clean = _NOT_PRODUCT.sub(" ", text)
    russian = bool(_CYRILLIC.search(clean.lower()))
    for name in sorted(products, key=len, reverse=True):
        clean = re.sub(re.escape(name), " ", clean, flags=re.IGNORECASE)
    out: set[str] = set()
    for m in _WORD.finditer(clean.lower().replace("ё", "е")):
        if russian and not _CYRILLIC.search(m.group()):
            continue  # a Latin word in Russian text: a brand or a code, not a complaint
        w = lemma(m.group())
        if w is not None:
            out.add(w)
    return out


# -- the report -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Week:
    week: str  # ISO week, 2025-W19
    start: dt.date  # its Monday
    messages: int


@dataclass
class Report:
    """The figures. ``titles`` names each situation id in en/ru/zh (the snippet library's)."""

    since: dt.date | None
    generated: float
    messages: int = 0
    answered: int = 0
    answered_within_24h: int = 0
    counted_for_24h: int = 0  # answered, or waiting 24 h already
    pending: int = 0  # unanswered and younger than 24 h: not counted yet
    median_wait_hours: float | None = None
    situations: list[tuple[str, int]] = field(default_factory=list)  # most messages first
    weeks: list[Week] = field(default_factory=list)  # oldest first, empty weeks included
    complaint_words: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    products: list[tuple[str, int]] = field(default_factory=list)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def share_answered_within_24h(self) -> float | None:
        if not self.counted_for_24h:
            return None
        return round(self.answered_within_24h / self.counted_for_24h, 4)

    def title(self, situation: str, lang: str = "en") -> str:
        names = self.titles.get(situation, {})
        if situation == OTHER and not names:
            return "Other (no situation)"
        return names.get(lang) or names.get("en") or situation.replace("_", " ")


def parse_since(value: str | None) -> dt.date | None:
    """``--since`` as a date (YYYY-MM-DD); a one-line error for anything else."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise OzonError(f"--since: {value!r} is not a date: write it as YYYY-MM-DD, for example "
                        "2025-05-01", code="bad_since", value=value) from None


def since_timestamp(since: dt.date) -> float:
    """Local midnight at the start of ``since``."""
    return dt.datetime.combine(since, dt.time()).timestamp()


def build(messages: Sequence[Message], situation_of: Callable[[Message], Sequence[str]],
          since: dt.date | None = None, now: float | None = None,
          titles: Mapping[str, Mapping[str, str]] | None = None) -> Report:
    """The report over ``messages`` received on or after ``since`` (local time)."""
    now = time.time() if now is None else now
    if since is not None:
        start = since_timestamp(since)
        messages = [m for m in messages if m.received >= start]
    report = Report(since=since, generated=now, messages=len(messages))
    per_situation: Counter[str] = Counter()
    per_week: Counter[tuple[int, int]] = Counter()
    words: dict[str, Counter[str]] = {}
    products: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    waits: list[float] = []
    for m in messages:
        found = list(situation_of(m))
        situation = found[0] if found else OTHER
        per_situation[situation] += 1
        year, week, _ = dt.datetime.fromtimestamp(m.received).isocalendar()
        per_week[(year, week)] += 1
        end = m.answered_at if m.answered_at is not None else now
        wait = max(0.0, end - m.received) / 3600.0
        waits.append(wait)
        if m.answered_at is not None:
            report.answered += 1
        if m.answered_at is not None or wait >= DAY_HOURS:
            report.counted_for_24h += 1
            if m.answered_at is not None and wait <= DAY_HOURS:
                report.answered_within_24h += 1
        else:
            report.pending += 1
        text = "\n".join(x for x in (m.subject, m.body) if x)
        named = products_in(text)
        for key, name in named.items():
            products[key] += 1
            spellings.setdefault(key, Counter())[name] += 1
        words.setdefault(situation, Counter()).update(words_in(text, named.values()))
    if waits:
        report.median_wait_hours = round(statistics.median(waits), 2)
    report.situations = sorted(per_situation.items(), key=lambda kv: (-kv[1], kv[0] == OTHER, kv[0]))
    report.weeks = _weeks(per_week)
    order = [s for s, _ in report.situations]
    report.complaint_words = {
        s: sorted(words[s].items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_WORDS]
        for s in order if words.get(s)}
    report.products = [(spellings[k].most_common(1)[0][0], n) for k, n in
                       sorted(products.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_PRODUCTS]]
    report.titles = {s: dict(titles.get(s, {})) for s in order} if titles else {}
    return report


def _weeks(counts: Counter[tuple[int, int]]) -> list[Week]:
    if not counts:
        return []
    first, last = min(counts), max(counts)
    monday = dt.date.fromisocalendar(first[0], first[1], 1)
    end = dt.date.fromisocalendar(last[0], last[1], 1)
    out = []
    while monday <= end:
        year, week, _ = monday.isocalendar()
        out.append(Week(f"{year}-W{week:02d}", monday, counts.get((year, week), 0)))
        monday += dt.timedelta(days=7)
    return out


def load(since: dt.date | None = None, now: float | None = None, store: Any = None) -> Report:
    """The report over the inbox store (the data folder's, or ``store``), classified as
    ``inbox list`` classifies."""
    from ozon_assistant.inbox.listing import Situations
    from ozon_assistant.storage.inbox import InboxStore

    own = store is None
    store = InboxStore() if own else store
    try:
        messages = store.messages()
    finally:
        if own:
            store.close()
    if since is not None:
        start = since_timestamp(since)
        messages = [m for m in messages if m.received >= start]
    if not messages:
        return build([], lambda m: [], since, now)
    classifier = Situations()
    try:
        library = classifier.service.library
        report = build(messages, classifier.of, since, now)
        report.titles = {s: dict(library.situation(s).title) for s, _ in report.situations
                         if s != OTHER}
        return report
    finally:
        classifier.close()


# -- output ---------------------------------------------------------------------------------------
def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).astimezone().isoformat(timespec="seconds")


def to_json(report: Report, lang: str = "en") -> dict[str, Any]:
    return {
        "since": report.since.isoformat() if report.since else None,
        "generated": _iso(report.generated),
        "messages": report.messages,
        "answered": report.answered,
        "answered_within_24h": report.answered_within_24h,
        "counted_for_24h": report.counted_for_24h,
        "pending_under_24h": report.pending,
        "share_answered_within_24h": report.share_answered_within_24h,
        "median_wait_hours": report.median_wait_hours,
        "situations": [{"id": s, "title": report.title(s, lang), "messages": n}
                       for s, n in report.situations],
        "weeks": [{"week": w.week, "start": w.start.isoformat(), "messages": w.messages}
                  for w in report.weeks],
        "complaint_words": {s: [{"word": w, "messages": n} for w, n in ws]
                            for s, ws in report.complaint_words.items()},
        "products": [{"name": p, "messages": n} for p, n in report.products],
    }


CSV_HEADER = ("section", "situation", "key", "value")


def csv_rows(report: Report, lang: str = "en",
             other_title: str | None = None) -> list[tuple[str, str, str, str]]:
    """The flat table: one row per figure. ``situation`` holds the situation id where a row
    belongs to one; a situation row's key is its title (in ``lang``)."""
    def num(x: float | int | None) -> str:
        return "" if x is None else str(x)

    def title(s: str) -> str:
        return other_title if s == OTHER and other_title else report.title(s, lang)

    rows: list[tuple[str, str, str, str]] = [
        ("summary", "", "since", report.since.isoformat() if report.since else ""),
        ("summary", "", "generated", _iso(report.generated)),
        ("summary", "", "messages", num(report.messages)),
        ("summary", "", "answered", num(report.answered)),
        ("summary", "", "answered_within_24h", num(report.answered_within_24h)),
        ("summary", "", "counted_for_24h", num(report.counted_for_24h)),
        ("summary", "", "pending_under_24h", num(report.pending)),
        ("summary", "", "share_answered_within_24h", num(report.share_answered_within_24h)),
        ("summary", "", "median_wait_hours", num(report.median_wait_hours)),
    ]
    rows += [("situations", s, title(s), str(n)) for s, n in report.situations]
    rows += [("weeks", "", w.week, str(w.messages)) for w in report.weeks]
    rows += [("complaint_words", s, w, str(n)) for s, ws in report.complaint_words.items()
             for w, n in ws]
    rows += [("products", "", p, str(n)) for p, n in report.products]
    return rows


def to_csv(report: Report, lang: str = "en", other_title: str | None = None,
           header: Sequence[str] = CSV_HEADER) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(csv_rows(report, lang, other_title))
    return out.getvalue()


def to_text(report: Report) -> str:
    """The report for a terminal."""
    lines: list[str] = []
    head = f"Buyers' messages since {report.since.isoformat()}" if report.since \
        else "Buyers' messages"
    if not report.messages:
        lines.append(f"{head}: none (run `ozon-assistant inbox sync`)")
        return "\n".join(lines) + "\n"
    lines.append(f"{head}: {report.messages} ({report.answered} answered)")
    share = report.share_answered_within_24h
    if share is None:
        lines.append("Answered within 24 h: - (every message is less than a day old)")
    else:
        line = (f"Answered within 24 h: {share * 100:.0f}% ({report.answered_within_24h} of "
                f"{report.counted_for_24h})")
        if report.pending:
            line += f"; {report.pending} unanswered message(s) younger than 24 h not counted"
        lines.append(line)
    if report.median_wait_hours is not None:
        lines.append(f"Median wait: {report.median_wait_hours:.1f} h")

    def table(title: str, rows: list[tuple[str, str]]) -> None:
        lines.extend(["", title])
        width = max((len(k) for k, _ in rows), default=0)
        lines.extend(f"  {k.ljust(width)}  {v}" for k, v in rows)

    table("Messages per situation",
          [(f"{report.title(s)} ({s})" if s != OTHER else report.title(s), str(n))
           for s, n in report.situations])
    table("Messages per week",
          [(f"{w.week} (from {w.start:%d.%m.%Y})", str(w.messages)) for w in report.weeks])
    if report.complaint_words:
        lines.extend(["", "Complaint words per situation"])
        for s, ws in report.complaint_words.items():
            lines.append(f"  {report.title(s)}: " + ", ".join(f"{w} {n}" for w, n in ws))
    if report.products:
        table("Products and SKUs buyers mention", [(p, str(n)) for p, n in report.products])
    return "\n".join(lines) + "\n"
