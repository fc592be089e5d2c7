"""Structure of a whole reply: greeting, length, unfilled placeholders (any template family's
shape; the words a slot holds are the rule's)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ozon_assistant.checker.checks.addresses import find_emails, overlaps, scan
from ozon_assistant.checker.checks.base import Hit, code_check
from ozon_assistant.checker.checks.vocab import vocab
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.regex import rx
from ozon_assistant.core.text import LETTERS_RE, WORD_RE, damerau, fold
from ozon_assistant.core.types import CHANNEL_LIMITS


@code_check("missing_greeting")
def missing_greeting(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """The reply's first words are not a greeting from the pack's list for its language.

    Runs on the whole reply (scope = "document"). The fix puts the pack's first greeting in front.
    """
    greetings: list[str] = params.get(ctx.language, [])
    first = WORD_RE.search(text)
    if not greetings or first is None:
        return
    head = fold(text[first.start() : first.start() + 60])
    if any(head.startswith(fold(g)) for g in greetings):
        return
    word = first.group()
    near = _near_greeting(fold(word), greetings)
    if near is not None and not near.isascii():
        from ozon_assistant.checker.morph import analyzer  # only for such near misses

        if not analyzer().word_is_known(word):
            return  # «Здравсвуйте»: a greeting, misspelt; the speller offers «Здравствуйте»
    # «Helo, Anna!» (or «Hell, Anna!»): the greeting meant, in place; else one put in front
    fix = near if near is not None and near.isascii() else f"{greetings[0]}! {word}"
    yield Hit(first.start(), first.end(), (fix,), matched=word)


def _near_greeting(word: str, greetings: list[str]) -> str | None:
    """The first word of the greeting ``word`` (folded) is a slip away from — one typo (two in
    a long word), the same first letter — or None. A Russian near miss that is no word of its
    own («Здравсвуйте», not «Добрые» or «Уважаем») is the greeting misspelt: the speller
    corrects it, and offering to put another in front («Здравствуйте! Здравсвуйте») would be
    wrong. With no English lexicon here, a Latin near miss is replaced by the greeting."""
    for greeting in greetings:
        target = greeting.split()[0]
        folded = fold(target)
        if len(folded) < 5 or word[:1] != folded[:1]:
            continue
        limit = 2 if len(folded) >= 10 else 1
        if word != folded and damerau(word, folded, limit) <= limit:
            return target
    return None


@code_check("length")
def length(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """Longer than the channel allows (chat: 1,000 characters). Marks the part past the limit."""
    limit = CHANNEL_LIMITS.get(ctx.channel)
    if limit is not None and len(text.rstrip()) > limit:
        yield Hit(limit, len(text.rstrip()), (), matched=str(len(text.rstrip())))


# -- unfilled placeholders ----------------------------------------------------------------------

#: The slots any template family leaves unfilled, by shape (wider than a snippet's own
#: ``{name}`` field, snippets.render.FIELD_RE). ``any``: template syntax whatever it holds ({name},
#: {{name}}, ${name}, [[name]], <name>). The others are also ordinary punctuation — a bracket, a
#: percent sign, a dollar, a blank, a run of X — so what they hold and where they stand decide.
_TEMPLATE_SLOT_START = rx(r"[{\[(<%$#*_XХxх]")
_TEMPLATE_SLOT = rx(
    r"(?P<any>\{\{[^{}\n]{0,80}\}\}|\$\{[^{}\n]{1,60}\}|\{[^{}\n]{1,80}\}|\[\[[^\[\]\n]{0,80}\]\]"
    r"|<[^\W\d][^<>\n]{0,60}>|\*\|[^|\n]{1,40}\|\*)"
    r"|\[(?P<square>[^\[\]\n]{0,60})\]"
    r"|\((?P<round>[^()\n]{1,60})\)"
    r"|%(?P<percent>[^\W\d](?:[^%\n]{0,40}[^\s%])?)%"
    r"|#(?P<hash>[^\W\d](?:[^#\n]{0,40}[^\s#])?)#"
    r"|(?<![\w$])\$(?P<dollar>[^\W\d]\w{0,40})"
    r"|(?<!\w)(?P<blank>_{2,}(?:[ .\-/:]{1,2}_{2,})*)(?!\w)"
    r"|(?<![^\W_])(?P<mask>(?:[XХ]{2,}|[xх]{2,})(?:[ .\-/:](?:[XХ]{2,}|[xх]{2,}))*)(?![^\W_])"
)
#: what a field name may be made of: letters, spaces, _ - / . , ' № # (no digit: «(арт. 58213)»)
_LABEL = rx(r"(?:[№#]\s*)?[^\W\d][\w\s\-/.,'’№#]*")
_NAME_WORD = rx(r"[^\W\d_]+(?:['’][^\W\d_]+)*")  # "customer's" is one word
_CAMEL = rx(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")
#: a value follows: "XXX ₽", «ХХХ руб.»
_MONEY_AFTER = rx(r"(?i)\s?(?:[₽$€¥%]|руб|rub|р\.|usd|eur|юан)")
_CLAUSE_BREAK = rx(r"[.!?;,()\n]")
_WORD_BEFORE = rx(r"([^\W\d_]+)[^\w]*$")


def _field_words(content: str) -> tuple[list[str], bool] | None:
    """The folded words of a slot's content and whether it is written as an identifier
    (snake_case, camelCase: "order_id", "clientName"); None when it cannot be a field name."""
    content = content.strip()
    if not _LABEL.fullmatch(content) or any(ch.isdigit() for ch in content):
        return None
    identifier = " " not in content and ("_" in content or _CAMEL.search(content) is not None)
    if identifier:
        content = _CAMEL.sub(" ", content)
    words = [fold(w) for w in _NAME_WORD.findall(content)]
    if not words or len(words) > 6:
        return None
    return words, identifier


def _is_field(content: str, params: dict[str, Any]) -> bool:
    """Does ``content`` name a field — "Customer", «Имя покупателя», "order_id", "insert date"?
    An identifier needs one field word; plain words must all be field words or fillers
    («ваш», "your", «и»), so "(see photo)" or «(95% вискоза)» are not fields."""
    parsed = _field_words(content)
    if parsed is None:
        return False
    words, identifier = parsed
    fields, fillers, orders = vocab(params, "fields"), vocab(params, "fillers"), vocab(params, "instructions")
    if orders.has(words[0]) and (words[0].isascii() or words[0].endswith(("ть", "ти"))):
        # a note to the template's author, whatever it asks for: «(вставить размер)», "[insert
        # tracking link]"; an imperative is said to the buyer: «(вставьте SIM-карту)»
        return True
    named = [fields.has(w) or orders.has(w) for w in words]
    if identifier:
        return any(named)
    return any(named) and all(n or fillers.has(w) for n, w in zip(named, words, strict=True))


def _in_value_place(text: str, start: int, content: str, params: dict[str, Any]) -> bool:
    """A round bracket holding a field name is a slot only where a value would stand: not after
    a word it could explain («данные получателя (ФИО)», "the label (tracking number)"), but
    after punctuation («Здравствуйте, (имя)!», «№ (номер)»), after a salutation ("Dear (name)"),
    written as a label with a capital ("(Customer Name)", «(ИМЯ)», not an abbreviation like
    «(ФИО)») or as an instruction ("(insert date)")."""
    before = text[:start].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "»”\")’"):
        return True
    word = _WORD_BEFORE.search(before[-40:])
    if word and vocab(params, "before").has(fold(word.group(1))):
        return True
    label = content.strip()
    if label[:1].isupper() and not (label.isupper() and len(label) <= 3):
        return True
    words = _field_words(label)
    return words is not None and any(vocab(params, "instructions").has(w) for w in words[0])


def _value_mask(text: str, m: re.Match[str], params: dict[str, Any]) -> bool:
    """A run of X is a value left out: a mask of several groups ("XX.XX.XXXX", «ХХХ-ХХ-ХХ»), or
    one run of three or more after "№", "#", ":" or a field word, or before a currency."""
    groups = LETTERS_RE.findall(m.group("mask"))
    if len(groups) > 1:
        return sum(map(len, groups)) >= 4
    if len(groups[0]) < 3:
        return False
    before = text[: m.start()].rstrip()
    if before.endswith(("№", "#", ":", "=")) or _MONEY_AFTER.match(text, m.end()):
        return True
    # a field word among the three words before, in the same clause ("order number is XXX")
    clause = _CLAUSE_BREAK.split(before[-40:])[-1]
    fields = vocab(params, "fields")
    return any(fields.has(fold(w)) for w in LETTERS_RE.findall(clause)[-3:])


def _slot(text: str, m: re.Match[str], params: dict[str, Any]) -> bool:
    kind = m.lastgroup or "any"
    if kind == "any":
        return True
    if kind == "blank":
        return sum(ch == "_" for ch in m.group(kind)) >= 3 and bool(
            text.strip(" _-—–.\t"))  # a line of underscores only is a divider
    if kind == "mask":
        return _value_mask(text, m, params)
    content = m.group(kind)
    if kind == "square" and not content.strip(" _"):
        return True  # "[ ]", "[___]": a blank
    if not _is_field(content, params):
        return False
    return kind != "round" or _in_value_place(text, m.start(), content, params)


#: a template's variable left bare: snake_case or camelCase, not inside a slot, a link or an ID
_SNAKE = rx(r"(?<![\w@#/.\-{%$<\[(|])[^\W\d_]{2,}(?:_[^\W\d_]{2,})+(?![\w@}%>\])|\-])")
_CAMEL_AT = rx(r"[a-z][A-Z]")
_NOT_AROUND = frozenset("@#/.-{}%$<>[]()|_")


def _bare_names(text: str) -> list[tuple[int, int]]:
    """Spans of snake_case and camelCase words ("Customer_Name", "OrderNumber")."""
    spans = [m.span() for m in _SNAKE.finditer(text)] if "_" in text else []
    seen = {s for s, _e in spans}
    for m in _CAMEL_AT.finditer(text):
        lo = m.start()
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        word = LETTERS_RE.match(text, lo)
        if word is None or lo in seen:
            continue
        seen.add(lo)
        before = text[lo - 1] if lo else " "
        after = text[word.end()] if word.end() < len(text) else " "
        if not (before.isdigit() or before in _NOT_AROUND or after.isdigit() or after in _NOT_AROUND):
            spans.append(word.span())
    return spans


def _bare_variable(name: str, params: dict[str, Any]) -> bool:
    """Is every part of an identifier a field word («имя_покупателя», "OrderNumber"), or the
    whole one ("first_name" → "firstname")? A handle or a brand has a name of its own in it
    ("lily_store", "PayPal", "MyShop")."""
    parts = [fold(w) for w in LETTERS_RE.findall(_CAMEL.sub(" ", name.replace("_", " ")))]
    fields = vocab(params, "fields")
    return len(parts) > 1 and (all(map(fields.has, parts)) or fields.has("".join(parts)))


@code_check("placeholders")
def placeholders(text: str, ctx: CheckContext, params: dict[str, Any]) -> Iterator[Hit]:
    """A template's slot left unfilled, in any family's shape: ``{name}``, ``{{name}}``,
    ``[Customer]``, «(ФИО)», ``%order_id%``, ``<BUYER>``, ``$name``, «№ ____», «ХХХ ₽». The
    words a slot may hold are the rule's ``params`` (fields, fillers, instructions, and the
    salutations a slot may follow); Python knows only the shapes."""
    emails: tuple[tuple[int, int], ...] | None = None
    found: list[tuple[int, int]] = []
    for m in scan(_TEMPLATE_SLOT_START, _TEMPLATE_SLOT, text):
        if _slot(text, m, params):
            if emails is None:
                emails = find_emails(text)
            if overlaps(emails, m.start(), m.end()):
                continue  # "sales{at}lilyshop{dot}hk": the e-mail rule reports the address
            start, end = m.span("blank") if m.lastgroup == "blank" else (
                m.span("mask") if m.lastgroup == "mask" else m.span())
            found.append((start, end))
            yield Hit(start, end, ())
    for start, end in _bare_names(text):
        if _bare_variable(text[start:end], params) and not overlaps(found, start, end):
            yield Hit(start, end, ())
