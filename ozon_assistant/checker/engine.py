"""Text → findings. The same engine serves the command line and the window.

The unit of work is a paragraph (a line, like a Qt text block), so the window can re-check only
what changed; whole-reply checks (greeting, length) run separately in :meth:`check_document`.
Extra sources (the speller, LanguageTool) plug in through :class:`FindingSource`.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from ozon_assistant.checker.compiled import CompiledPacks, PhraseEntry, load_compiled
from ozon_assistant.checker.conditional import Conditional, CueIndex, Paragraph
from ozon_assistant.checker.conditional import find as find_conditional
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.lexicons import CueSet
from ozon_assistant.checker.recheck import SLIPS, behind_slips
from ozon_assistant.checker.rules import Rule
from ozon_assistant.checker.visible import visible_view
from ozon_assistant.core import paths
from ozon_assistant.core.regex import rx
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.text import (
    PREFIX_LEN,
    QUOTES,
    Token,
    cluster_end,
    guess_language,
    match_case,
    paragraphs,
    quoted_spans,
    shown_match,
    tokens,
    word_keys,
)
from ozon_assistant.core.types import CheckResult, Finding, Severity


@dataclass(frozen=True)
class SourceStatus:
    """What the window's status bar shows for a source: state is off | loading | ready | limited
    (working, but held back by a server's request limit) | unavailable, detail a short sentence
    for the seller (already in the UI language if possible)."""

    name: str
    state: str
    detail: str = ""


class FindingSource(Protocol):
    """Anything else that finds problems in a paragraph (speller, LanguageTool).

    ``check_paragraph`` may be slow (network, dictionaries): the window calls it on worker
    threads, separately from the house rules, so house underlines never wait for it. It must not
    raise for a server that is down; it reports that through ``status()`` and returns [].
    """

    name: str

    def check_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]: ...

    def status(self) -> SourceStatus: ...


@dataclass(frozen=True)
class Overrides:
    """The user's rule switches from config.toml: rule id → 'off' or a severity."""

    states: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> Overrides:
        return cls(tuple(sorted(settings.rules.items())))

    def apply(self, rule_id: str, severity: Severity) -> Severity | None:
        state = dict(self.states).get(rule_id)
        if state == "off":
            return None
        return Severity(state) if state else severity


class _Plan(NamedTuple):
    """One language's live rules: word index, pattern rules (with gates), paragraph code checks,
    conditional rules with the index of their cue sets."""

    words: dict[str, list[tuple[PhraseEntry, Rule]]]
    patterns: list[tuple[int, Rule, str, int, frozenset[str], tuple[str, ...]]]
    code: list[tuple[Rule, Callable[..., Iterable[Any]]]]
    #: conditional rules, each with the cue sets a paragraph must hold for it to be read (its
    #: groups without patterns and its gate: one subset test rules out most rules) and all the
    #: cue sets it reads
    conditional: list[tuple[Rule, Conditional, frozenset[int], frozenset[int]]]
    cue_sets: dict[int, CueSet]  # the cue sets the live conditional rules use
    cue_index: CueIndex | None
    situations: frozenset[str]  # ids of the conditional rules: they yield to a specific rule


class Checker:
    """Compiled packs plus the user's overrides. Thread-safe: results depend only on inputs."""

    CACHE_SIZE = 4096

    def __init__(self, packs: CompiledPacks, overrides: Overrides | None = None,
                 sources: Sequence[FindingSource] = ()) -> None:
        self.packs = packs
        self.overrides = overrides or Overrides()
        self.sources = list(sources)
        self._state = dict(self.overrides.states)
        self._cache: OrderedDict[tuple[str, CheckContext], list[Finding]] = OrderedDict()
        self._lock = threading.Lock()
        self._regex: dict[int, re.Pattern[str]] = {}  # compiled on first use
        self._plans: dict[tuple[str, bool], _Plan] = {}
        self._documents: dict[str, list[tuple[Rule, Callable[..., Iterable[Any]]]]] = {}
        #: a gate prefix longer than the word beginnings kept (never so far) is also tried
        #: the slow way
        self._long_gates = any(len(p) > PREFIX_LEN for *_r, prefixes in packs.patterns
                               for p in prefixes)

    def clear_cache(self) -> None:
        """Forget cached paragraph results, the code checks' own included (benchmarks measure
        real work; after the user edits a rule pack)."""
        with self._lock:
            self._cache.clear()
        tokens.cache_clear()
        word_keys.cache_clear()
        for clear in _check_caches():
            clear()

    # -- rules -------------------------------------------------------------------------------
    @property
    def rules(self) -> list[Rule]:
        return self.packs.rules

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.packs.rules if r.id == rule_id), None)

    def _severity(self, rule: Rule) -> Severity | None:
        state = self._state.get(rule.id)
        if state == "off":
            return None
        return Severity(state) if state else rule.severity

    def _finding(self, rule: Rule, text: str, start: int, end: int, fixes: Iterable[str],
                 ctx: CheckContext, matched: str | None = None,
                 facts: dict[str, str] | None = None) -> Finding | None:
        severity = self._severity(rule)
        if severity is None or not 0 <= start < end <= len(text):
            return None
        end = cluster_end(text, end)  # never a fix that orphans a mark or half an emoji
        shown = shown_match(matched if matched is not None else text[start:end])
        return Finding(
            start=start, end=end, rule=rule.id, category=rule.category, severity=severity,
            message=rule.message_for(ctx.ui_lang, shown, facts),
            description=rule.description_for(ctx.ui_lang),
            replacements=tuple(dict.fromkeys(fixes)), source="house", link=rule.link,
        )

    def _applies(self, rule: Rule, ctx: CheckContext) -> bool:
        return ctx.language in rule.languages

    # -- paragraphs --------------------------------------------------------------------------
    def check_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        """House and source findings in one paragraph, offsets relative to it, merged."""
        return merge_findings(self.house_paragraph(text, ctx) + self.source_paragraph(text, ctx))

    def source_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        """Findings of the extra sources only (speller, LanguageTool): may be slow."""
        found: list[Finding] = []
        for source in self.sources:
            found.extend(f for f in source.check_paragraph(text, ctx) if self._keep_source(f))
        found = [f if cluster_end(text, f.end) == f.end else
                 replace(f, end=cluster_end(text, f.end)) for f in found]
        return outside_quotes(text, found)

    def unknown_overrides(self) -> list[str]:
        """Rule ids in the user's [rules] table that no rule has (a typo, or a renamed rule):
        such a switch silently does nothing, so the CLI and the window say so."""
        known = {r.id for r in self.packs.rules}
        return sorted(rid for rid in self._state if rid not in known
                      and not rid.startswith(("spelling.", "lt.")))

    def source_statuses(self) -> list[SourceStatus]:
        return [s.status() for s in self.sources]

    def house_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        """House-rule findings in one paragraph (fast, cached by text and context)."""
        key = (text, ctx)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return list(hit)
        def again(t: str) -> list[Finding]:
            # the corrected paragraph: its slip findings (grammar, spelling) are dropped, so
            # the rules that make them are not run
            return self._one_per_problem(self._house_paragraph(t, ctx, slips=False), ctx)

        first = self._one_per_problem(self._house_paragraph(text, ctx), ctx)
        found = merge_findings(outside_quotes(text, first + behind_slips(again, text, first)))
        with self._lock:
            self._cache[key] = found
            if len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        return list(found)

    def _keep_source(self, f: Finding) -> bool:
        return self._state.get(f.rule) != "off"

    def _plan(self, language: str, slips: bool = True) -> _Plan:
        """The rules that apply to ``language`` and are not switched off, laid out for the
        paragraph loop (built once per language: the loop then never looks at the others);
        without ``slips``, less the rules of the slip categories (grammar, spelling)."""
        plan = self._plans.get((language, slips))
        if plan is None:
            from ozon_assistant.checker.checks import CODE_CHECKS

            rules = self.packs.rules
            live = [language in r.languages and self._severity(r) is not None
                    and (slips or r.category not in SLIPS) for r in rules]
            index = {key: kept for key, entries in self.packs.index.items()
                     if (kept := [(e, rules[e.rule_index]) for e in entries if live[e.rule_index]])}
            patterns = [(i, rules[i], source, flags, words, prefixes)
                        for i, source, flags, words, prefixes in self.packs.patterns if live[i]]
            code = [(rules[i], CODE_CHECKS[rules[i].check]) for i in self.packs.code
                    if live[i] and rules[i].scope == "paragraph"]
            live_conditional = [(rules[i], c) for i, c in self.packs.conditional if live[i]]
            used = {cid for _r, c in live_conditional
                    for cid in (*c.groups, *c.context, c.unless, c.exclude, c.gate)
                    if cid is not None}
            cue_sets = {cid: self.packs.cue_sets[cid] for cid in sorted(used)}
            conditional = [(r, c, frozenset(g for g in (*c.groups, c.gate) if g is not None
                                            and not cue_sets[g].patterns),
                            frozenset(g for g in (*c.groups, *c.context, c.unless, c.exclude)
                                      if g is not None))
                           for r, c in live_conditional]
            situations = frozenset(r.id for r, _c, _n, _u in conditional)
            plan = self._plans[(language, slips)] = _Plan(
                index, patterns, code, conditional, cue_sets,
                CueIndex(cue_sets) if cue_sets else None, situations)
        return plan

    def _house_paragraph(self, text: str, ctx: CheckContext,
                         slips: bool = True) -> list[Finding]:
        """The house rules read the paragraph as the buyer sees it (:mod:`.visible`); their
        findings are put back on the characters as typed."""
        view = visible_view(text)
        if view is None:
            return self._house_visible(text, ctx, slips)
        return [view.back(f, text) for f in self._house_visible(view.text, ctx, slips)]

    def _house_visible(self, text: str, ctx: CheckContext, slips: bool = True) -> list[Finding]:
        plan = self._plan(ctx.language, slips)
        out: list[Finding] = []
        add = out.append
        toks = tokens(text)
        index = plan.words
        n = len(toks)
        for i, tok in enumerate(toks):
            entries = index.get(tok.key)
            if not entries:
                continue
            for entry, rule in entries:
                rest = entry.rest
                if not rest:
                    end_tok = i
                elif i + 1 < n and toks[i + 1].key in rest[0]:  # most phrases stop here
                    matched = self._match_rest(text, toks, i, rest)
                    if matched is None:
                        continue
                    end_tok = matched
                else:
                    continue
                end = toks[end_tok].end
                fixes = entry.replacements.get(tok.key, entry.default_replacements)
                fixes = tuple(match_case(tok.text, f) for f in fixes)
                if f := self._finding(rule, text, tok.start, end, fixes, ctx):
                    add(f)
        keys, heads = word_keys(text)  # words, and word beginnings, for the gates
        for rule_index, rule, source, flags, gate_words, gate_prefixes in plan.patterns:
            if (gate_words or gate_prefixes) and keys.isdisjoint(gate_words) and (
                    not gate_prefixes or (heads.isdisjoint(gate_prefixes) and not (
                        self._long_gates and any(k.startswith(gate_prefixes) for k in keys
                                                 if len(k) > PREFIX_LEN)))):
                continue
            regex = self._regex.get(rule_index)
            if regex is None:
                regex = self._regex[rule_index] = rx(source, flags)
            group = "m" if "m" in regex.groupindex else 0
            for m in regex.finditer(text):
                start, end = m.span(group)
                shown = text[start:end]
                fixes = tuple(match_case(shown, r) for r in rule.replacements)
                if f := self._finding(rule, text, start, end, fixes, ctx):
                    add(f)
        for rule, check in plan.code:
            for hit in check(text, ctx, rule.params):
                fixes = hit.replacements or rule.replacements
                if f := self._finding(rule, text, hit.start, hit.end, fixes, ctx, hit.matched,
                                      hit.facts):
                    add(f)
        if plan.cue_index is not None:
            out.extend(self._conditional(text, ctx, plan.cue_index, plan.conditional))
        return out

    def _conditional(self, text: str, ctx: CheckContext, index: CueIndex,
                     rules: list[tuple[Rule, Conditional, frozenset[int], frozenset[int]]]
                     ) -> Iterable[Finding]:
        """The conditional rules' findings: only rules whose cue sets the paragraph's words
        hold are read, and only their cue sets."""
        present = index.present(text)
        in_play = [(r, c, uses) for r, c, needs, uses in rules if needs <= present]
        if not in_play:
            return
        para = Paragraph(text, index, present, frozenset().union(*(u for _r, _c, u in in_play)))
        for rule, conditional, _uses in in_play:
            for start, end in find_conditional(conditional, para):
                shown = text[start:end]
                fixes = tuple(match_case(shown, r) for r in rule.replacements)
                if f := self._finding(rule, text, start, end, fixes, ctx):
                    yield f

    def _one_per_problem(self, found: list[Finding], ctx: CheckContext) -> list[Finding]:
        """A situation rule's finding gives way to a specific rule's finding of the same
        category and at least its severity on the same words (two rules that catch one bribe
        show one error)."""
        situations = self._plan(ctx.language).situations
        if not situations or not any(f.rule in situations for f in found):
            return found
        specific = [f for f in found if f.rule not in situations]
        return [f for f in found if f.rule not in situations or not any(
            g.category == f.category and g.severity.rank >= f.severity.rank
            and _same_words(f, g) for g in specific)]

    @staticmethod
    def _match_rest(text: str, toks: Sequence[Token], i: int,
                    rest: tuple[frozenset[str], ...]) -> int | None:
        j = i
        for forms in rest:
            j += 1
            if j >= len(toks) or toks[j].key not in forms:
                return None
            gap = text[toks[j - 1].end : toks[j].start]
            if gap and not gap.isspace():
                return None
        return j

    # -- whole replies -----------------------------------------------------------------------
    def check_document(self, text: str, ctx: CheckContext) -> list[Finding]:
        """Checks that need the whole reply: greeting, length."""
        out: list[Finding] = []
        for rule, check in self._document_checks(ctx.language):
            for hit in check(text, ctx, rule.params):
                fixes = hit.replacements or rule.replacements
                if f := self._finding(rule, text, hit.start, hit.end, fixes, ctx, hit.matched,
                                      hit.facts):
                    out.append(f)
        return out

    def _document_checks(self, language: str) -> list[tuple[Rule, Callable[..., Iterable[Any]]]]:
        """The whole-reply code checks of ``language``'s rules, in pack order (found once)."""
        found = self._documents.get(language)
        if found is None:
            from ozon_assistant.checker.checks import CODE_CHECKS

            rules = self.packs.rules
            found = self._documents[language] = [
                (rules[i], CODE_CHECKS[rules[i].check]) for i in self.packs.code
                if rules[i].scope == "document" and language in rules[i].languages]
        return found

    def rule_findings(self, text: str, ctx: CheckContext) -> list[Finding]:
        """Every house rule's findings before merging, in document offsets: what each rule
        says on its own (its examples are tested on this)."""
        found = [f.shifted(offset) for offset, para in paragraphs(text) if para.strip()
                 for f in self._house_paragraph(para, ctx)]
        return sort_findings(found + self.check_document(text, ctx))

    def check(self, text: str, ctx: CheckContext) -> CheckResult:
        """Every finding in ``text``, in document offsets, sorted; language already resolved."""
        findings: list[Finding] = []
        for offset, para in paragraphs(text):
            if para.strip():
                findings.extend(f.shifted(offset) for f in self.check_paragraph(para, ctx))
        findings.extend(self.check_document(text, ctx))
        return CheckResult(text=text, language=ctx.language, channel=ctx.channel,
                           findings=sort_findings(findings))


#: Categories that say how the seller writes: inside a quotation the words are someone else's
#: (the buyer's «ПОЧЕМУ ТАК ДОЛГО???», a product's name), so such findings there are dropped,
#: as proselint does. What a reply must never carry — contacts, off-platform offers, requests
#: for private data, unlawful terms, insults, negativity, unfilled placeholders — counts inside
#: quotation marks too.
STYLE_ONLY = frozenset({"capitals", "punctuation", "emoticons", "formality", "vagueness",
                        "spelling", "typography", "grammar", "clarity"})


def outside_quotes(text: str, findings: list[Finding]) -> list[Finding]:
    """``findings`` less the style findings that lie wholly inside a quotation in ``text``."""
    if not findings or not any(q in text for q in QUOTES):
        return findings
    spans = quoted_spans(text)
    return [f for f in findings if f.category not in STYLE_ONLY
            or not any(a <= f.start and f.end <= b for a, b in spans)]


_CACHE_CLEARERS: list[Callable[[], None]] = []


def _check_caches() -> list[Callable[[], None]]:
    """The ``cache_clear`` of every memoised function in the code checks (found once)."""
    if not _CACHE_CLEARERS:
        import sys

        from ozon_assistant.checker import checks  # noqa: F401 - imports every check module

        for name, module in list(sys.modules.items()):
            if name.startswith("ozon_assistant.checker.checks.") and module is not None:
                _CACHE_CLEARERS.extend(
                    value.cache_clear for value in vars(module).values()
                    if callable(getattr(value, "cache_clear", None))
                    and getattr(value, "__module__", "") == name)
    return _CACHE_CLEARERS


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, -f.severity.rank, f.end, f.rule))


#: Which source wins when two cover the same words: the house rules, then LanguageTool, then
#: the built-in speller (and anything else).
SOURCE_RANK = {"house": 0, "languagetool": 1}


def _rank(f: Finding) -> int:
    return SOURCE_RANK.get(f.source, 2)


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per problem: identical spans of one category keep the best source and then
    the most severe; a finding that overlaps one from a better-ranked source is dropped (a house
    finding hides LanguageTool's, LanguageTool's hides the speller's)."""
    best: dict[tuple[int, int, str], Finding] = {}
    for f in findings:
        key = (f.start, f.end, f.category)
        old = best.get(key)
        if old is None or (_rank(f), -f.severity.rank) < (_rank(old), -old.severity.rank):
            best[key] = f
    out: list[Finding] = []
    better = _Spans()  # the kept findings of better-ranked sources than the group at hand
    by_rank: dict[int, list[Finding]] = {}
    for f in best.values():
        by_rank.setdefault(_rank(f), []).append(f)
    for rank in sorted(by_rank):
        kept = [f for f in by_rank[rank] if not better.overlaps(f.start, f.end)]
        out.extend(kept)
        better.add(kept)
    return sort_findings(out)


class _Spans:
    """Spans to ask "does any overlap [start, end)?" in log time (a long line can hold tens of
    thousands of findings; asking each against all of them took minutes)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._max_end: list[int] = []  # the furthest end among the spans up to each start

    def add(self, found: list[Finding]) -> None:
        if found:
            self._spans = sorted([*self._spans, *((f.start, f.end) for f in found)])
            self._starts = [a for a, _b in self._spans]
            self._max_end = list(accumulate((b for _a, b in self._spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._max_end[i - 1] > start


def _same_words(a: Finding, b: Finding) -> bool:
    """Whether two overlapping spans cover the same words: one inside the other, or sharing
    at least half of the shorter."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared * 2 >= min(a.end - a.start, b.end - b.start)


def rule_dirs() -> list[Path]:
    """Bundled packs first, then the user's own (``<config>/rules/*.toml``)."""
    return [paths.rules_dir(), paths.user_rules_dir()]


def get_checker(settings: Settings | None = None,
                sources: Sequence[FindingSource] = ()) -> Checker:
    """A checker with the packs compiled (from the cache when unchanged) and the user's overrides."""
    settings = settings or Settings()
    packs = load_compiled(rule_dirs(), paths.cache_dir())
    return Checker(packs, Overrides.from_settings(settings), sources)


def context_for(settings: Settings, text: str = "", language: str = "auto",
                channel: str | None = None, ui_lang: str | None = None,
                platform_return_days: int | None = None) -> CheckContext:
    """The one place a CheckContext is built from settings and per-call choices."""
    lang = guess_language(text) if language in ("", "auto") else language
    return CheckContext(
        language=lang,
        channel=channel or settings.channel,
        ui_lang=ui_lang or settings.ui_lang or "en",
        platform_return_days=platform_return_days or settings.platform_return_days,
        accept_words=frozenset(w.lower() for w in settings.accept_words),
    )
