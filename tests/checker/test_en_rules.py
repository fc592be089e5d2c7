"""The English packs (en_style, en_tone, en_law, en_policy) beyond their own examples.

The rule examples show one bad and one good sentence each; these tests pin what examples can't:
negated or warned-against breaches are not breaches, lawful exceptions in the same sentence are
recognised, spans cover the phrase and no more, fixes cure, severities block or not, the rules
stay out of Russian replies, and every message reads in the three UI languages.
"""

from __future__ import annotations

import re

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core.types import Severity
from tests.checker.helpers import check, gate_opens, shared_checker

EN_PACKS = ("en_style.toml", "en_tone.toml", "en_law.toml", "en_policy.toml")


def _en_rules():  # type: ignore[no-untyped-def]
    return [r for r in shared_checker().rules if r.pack in EN_PACKS]


def _hits(text: str, rule_prefix: str = "en.") -> list[tuple[str, str, str]]:
    """(rule, category, covered text) of the English-pack findings in ``text``."""
    result = check(text, "en")
    return [(f.rule, f.category, text[f.start:f.end]) for f in result.findings
            if f.rule.startswith(rule_prefix)]


def _rules_hit(text: str) -> set[str]:
    return {rule for rule, _, _ in _hits(text)}


def test_packs_are_english_only_and_complete() -> None:
    rules = _en_rules()
    assert len(rules) >= 25
    for rule in rules:
        assert rule.languages == ("en",), rule.id
        assert rule.step, rule.id
        for lang in ("en", "ru", "zh"):
            assert "%s" in rule.message[lang] or rule.kind == "code", (rule.id, lang)
            assert rule.description[lang].strip(), (rule.id, lang)


def test_english_rules_stay_out_of_russian_replies() -> None:
    text = "Здравствуйте! Please cancel the order, pay us directly, no returns, thx."
    result = shared_checker().check(text, CheckContext(language="ru"))
    assert not [f for f in result.findings if f.rule.startswith("en.")]


@pytest.mark.parametrize("text", [
    "We never ask you to pay directly: every payment goes through Ozon.",
    "Do not transfer money to anyone outside Ozon.",
    "Never send your card number or the code from an SMS to anyone.",
    "We will never ask for your passport data.",
    "Please don't cancel your order, it ships today.",
    "You don't need to cancel the order.",
    "We do not recommend cancelling the order: the new date is 14 May.",
    "Talking outside Ozon is not safe, so let's keep to this chat.",
])
def test_warning_against_a_breach_is_not_the_breach(text: str) -> None:
    result = check(text, "en")
    assert result.approved, [(f.rule, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize("text,rule", [
    ("If you don't want to wait, pay us directly.", "en.off_platform.payment"),
    ("It is easy: contact us directly and we will arrange it.", "en.off_platform.move"),
    ("Sorry for the delay, please cancel the order.", "en.legal.cancel-request"),
])
def test_a_negation_in_another_clause_does_not_hide_a_breach(text: str, rule: str) -> None:
    assert rule in _rules_hit(text)
    assert not check(text, "en").approved


@pytest.mark.parametrize("text", [
    "Underwear of proper quality cannot be returned; a defective item can always be returned.",
    "Perfume without defects is non-returnable under Decree 2463.",
    "Return shipping costs are non-refundable.",
    "Returns are not accepted after the 30-day period.",
    "The warranty does not cover damage caused by water.",
    "You can return it even without a receipt.",
    "You can return it within 14 days, as shown on the product page.",
])
def test_lawful_exceptions_in_the_same_sentence(text: str) -> None:
    assert not [h for h in _hits(text) if h[1] == "legal"], _hits(text)


def test_the_exception_must_be_in_the_same_sentence() -> None:
    text = "We sell underwear and socks. Sorry, no returns."
    assert ("en.legal.no-returns", "legal", "no returns") in _hits(text)


def test_a_category_without_the_defect_condition_blocks_like_the_russian_pack() -> None:
    # Brief §3: "non-returnable" is lawful only for a defect-free item; ru.legal.no-returns blocks
    # «Нижнее бельё возврату не подлежит», so the English twin blocks too.
    result = check("Cosmetics cannot be returned.", "en")
    legal = [f for f in result.findings if f.category == "legal"]
    assert [f.severity for f in legal] == [Severity.ERROR]
    assert not result.approved
    ru = check("Косметика возврату не подлежит.", "ru")
    assert not ru.approved


@pytest.mark.parametrize("text", [
    "Hosiery is non-returnable under Decree 2463.",
    "This item is non-returnable under Decree 2463.",
])
def test_citing_decree_2463_is_lawful_as_in_russian(text: str) -> None:
    assert not [h for h in _hits(text) if h[1] == "legal"], _hits(text)
    assert not [f for f in check("Бельё возврату не подлежит (Постановление № 2463).", "ru").findings
                if f.category == "legal"]


@pytest.mark.parametrize("text,blocked", [
    ("Sorry, no refunds.", True),
    ("Leave 5 stars and get a gift.", True),
    ("Send us a photo of your passport.", True),
    ("Transfer the money to my card.", True),
    ("You are an idiot.", True),
    ("We will sue you.", True),
    ("Other sellers are scammers.", True),
    ("Your parcel will arrive soon.", False),
    ("Calm down, please.", False),
    ("Thx for the order.", False),
    ("There is no warranty on this item.", False),
    ("By law you have 14 days to return it.", True),
    ("Leave us alone.", True),
    ("Please delete your review.", False),
])
def test_policy_and_legal_breaches_block_style_problems_do_not(text: str, blocked: bool) -> None:
    assert check(text, "en").approved is not blocked


@pytest.mark.parametrize("text,span", [
    ("Hello! Your parcel will arrive very soon, thank you.", "very soon"),
    ("Thank u for waiting.", "u"),
    ("Hey there, your order shipped.", "Hey there"),
    ("We will ship it ASAP.", "ASAP"),
])
def test_spans_cover_the_phrase_only(text: str, span: str) -> None:
    assert span in {covered for _, _, covered in _hits(text)}, _hits(text)


@pytest.mark.parametrize("text", [
    "Pls send a photo.",
    "Kindly check the size chart.",
    "Hey! Your parcel is here.",
    "The parcel will come soon.",
    "We'll try to ship it today.",
    "By law you have 14 days to return the item.",
    "In order to return it, open your account.",
])
def test_first_fix_cures_and_keeps_the_case(text: str) -> None:
    result = check(text, "en")
    fixable = [f for f in result.findings if f.rule.startswith("en.") and f.replacements]
    assert fixable
    f = fixable[0]
    fixed = text[: f.start] + f.replacements[0] + text[f.end:]
    rule = shared_checker().rule(f.rule)
    if rule is not None and rule.kind in ("existence", "substitution") and text[f.start].isupper():
        assert fixed[f.start].isupper()  # word-list fixes take the case of what they replace
    again = check(fixed, "en")
    assert not [g for g in again.findings if g.rule == f.rule and g.start == f.start]


def test_chat_speak_fix_keeps_capitals_at_sentence_start() -> None:
    result = check("Thx for the order.", "en")
    (f,) = [f for f in result.findings if f.rule == "en.formality.chat-speak"]
    assert f.replacements == ("Thank you",)


def test_ui_language_switches_the_message() -> None:
    text = "Please cancel the order."
    for lang, needle in (("en", "cancel"), ("ru", "отмен"), ("zh", "取消")):
        result = shared_checker().check(text, CheckContext(language="en", ui_lang=lang))
        (f,) = [f for f in result.findings if f.rule == "en.legal.cancel-request"]
        assert needle in f.message and "cancel the order" in f.message
        assert f.description


def test_every_paragraph_is_checked_on_its_own() -> None:
    text = "Hello!\nNo.\nWe can offer a replacement instead."
    hits = _hits(text)
    assert ("en.negativity.flat-no", "negativity", "No") in hits


def test_an_alternative_in_the_same_paragraph_softens_a_refusal() -> None:
    assert not _hits("No. You can exchange it at the pickup point instead.")
    assert not _hits("We can't change the date, but Ozon support can.")


def test_insult_words_inside_longer_words_are_not_insults() -> None:
    assert not _hits("The idiot-proof lock and the dumbbell set ship together.")


def test_review_incentive_needs_both_the_review_and_the_reward() -> None:
    assert "en.legal.review-incentive" in _rules_hit("Delete the review and we will pay you 500 roubles.")
    assert not _hits("Thank you for your review; your refund was sent today.")
    assert not _hits("Please leave a review after you try the free sample.")


@pytest.mark.parametrize("text,rule", [
    ("We’ll try to ship it today.", "en.vagueness.try"),
    ("It’s your fault.", "en.negativity.blame"),
    ("We don’t accept returns.", "en.legal.no-returns"),
    ("We’ll sue you.", "en.rudeness.threat"),
])
def test_typographic_apostrophes_match_like_straight_ones(text: str, rule: str) -> None:
    assert rule in _rules_hit(text)
    assert rule in _rules_hit(text.replace("’", "'"))


def test_typographic_apostrophe_in_a_negation_still_negates() -> None:
    assert check("Please don’t cancel your order; we never ask you to pay directly.", "en").approved


# -- word gates: they spare the regex, never hide a match ----------------------------------------

GATE_PROBES = [
    "NON-REFUNDABLE item.", "Sold as is.", "No money back.", "Exchange only.", "Store credit only.",
    "We don’t take it back.", "This item is not eligible for a refund.",
    "Hosiery cannot be taken back.", "Perfume: all sales are final.", "Out of warranty.",
    "The guarantee has expired.", "No receipt, no refund.",
    "Proof of purchase is required for a return.", "The law gives you a 14-day return period.",
    "By law you have fourteen days to return it.", "Please cancel.",
    "Press the “Cancel order” button.", "Submit a cancellation request.",
    "Post a 5-star review and get a gift.", "Rate us 5 stars and get a discount.",
    "For a five-star rating we will send a gift.", "Kindly remove the 1-star rating.",
    "Send a scan of your ID card.", "Tell me the PIN.", "Send me the verification code.",
    "What's your date of birth?", "Give us your IBAN.", "Send us your postal address.",
    "Drop me your WhatsApp.", "What’s your email?", "Can I have your mobile number?",
    "Pay via Sber transfer.", "Send the money to our T-Bank card.", "Pay by bank transfer.",
    "Card-to-card transfer is cheaper.", "Pay in USDT.", "DM me.", "Let’s talk on WhatsApp.",
    "Follow us on Instagram.", "Visit our showroom.", "Cheaper on our website.",
    "Order it not through Ozon.", "Buy it directly.", "Our store on Wildberries.", "Thank U!", "K.",
    "Okey!", "Howdy, Anna!", "Hi there!", "Thanks, mate!", "My dear friend.", "Soonest possible.",
    "We’ll try to.", "You should’ve read it.", "Why didn't you check?", "Your problem.",
    "It's you who ordered it.", "You’re to blame.", "We’ve told you twice already.",
    "For the 3rd time we explain.", "Not the seller’s fault.", "So what?",
    "Apparently you didn't.", "Fine, whatever.", "You are such a liar.", "Stupid customers.",
    "Thieves like you.", "Your review is made up.", "Stop lying!", "You're out of your mind.",
    "Can’t you speak English?", "Go back to your country.", "Typical pensioner.", "Nope.",
    "Out of the question.", "Our answer is no.", "We won't.", "Sorry, we can’t.",
    "There's no solution.", "We are not responsible for delivery.", "That's not our department.",
    "Ozon's couriers are useless.", "Competitors sell junk.", "Wildberries is a scam.",
    "Unlike other sellers, we never sell fakes.",
]


def test_every_english_pattern_has_a_gate_that_never_hides_a_match() -> None:
    """As in the Russian packs: wherever the bare regex matches, the gate opens."""
    import re
    import tomllib
    from pathlib import Path


    rules = [r for r in _en_rules() if r.kind == "pattern"]
    texts = [t for r in shared_checker().rules for t in (*r.examples_bad, *r.examples_good)]
    for path in Path(__file__).parents[1].joinpath("corpus").glob("*.toml"):
        texts += [c["text"] for c in tomllib.loads(path.read_text(encoding="utf-8")).get("case", [])]
    texts += GATE_PROBES
    paragraphs = [p for t in texts for p in t.split("\n") if p.strip()]
    matched = 0
    for rule in rules:
        assert rule.gate, f"{rule.id} has no gate"
        regex = re.compile(rule.pattern, 0 if rule.case_sensitive else re.IGNORECASE)
        for p in paragraphs:
            if regex.search(p):
                matched += 1
                assert gate_opens(rule.gate, p), f"{rule.id}: gate hides a match in {p!r}"
    assert matched > 200  # the probes really exercise the patterns


# -- first-letter prefilters: (?=[...]) before a group lists every letter the group can start with --

def _first_letters(items, i: int = 0) -> tuple[set[str] | None, bool]:
    """(letters a regex part can start with, lower-cased, "\\d" for any digit; None = anything;
    whether it can be empty)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in list(items)[i:]:
        if op is c.LITERAL:
            return out | {chr(av).lower()}, False
        if op is c.IN:
            chars = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a).lower())
                elif o is c.RANGE:
                    chars |= {chr(x).lower() for x in range(a[0], a[1] + 1)}
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    chars.add("\\d")
                else:
                    return None, False
            return out | chars, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            return out | {"\\d"}, False
        if op is c.SUBPATTERN:
            sub, nullable = _first_letters(av[-1])
        elif op is c.BRANCH:
            sub, nullable = set(), False
            for alt in av[1]:
                f, n = _first_letters(alt)
                if f is None:
                    return None, False
                sub |= f
                nullable |= n
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            sub, n = _first_letters(av[2])
            nullable = av[0] == 0 or n
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


def _prefiltered_groups(pattern: str) -> list[tuple[str, str]]:
    """(class, what follows) for every "(?=[class])" in ``pattern``: the rest of the alternative
    it stands in, up to the next "|" or ")" of the enclosing group (what the class must cover)."""
    found = []
    for m in re.finditer(r"\(\?=\[((?:\\.|[^\]\\])+)\]\)", pattern):
        depth, k, esc, in_class = 0, m.end(), False, False
        while k < len(pattern):
            ch = pattern[k]
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth < 0:
                    break
            elif ch == "|" and depth == 0:
                break
            k += 1
        found.append((m.group(1), pattern[m.end() : k].replace("(?P<m>", "(?:")))
    return found


PACK_PATTERNS = [r for r in shared_checker().rules if r.kind == "pattern" and r.id[:3] in ("en.", "ru.")]


@pytest.mark.parametrize("rule", PACK_PATTERNS, ids=[r.id for r in PACK_PATTERNS])
def test_first_letter_prefilters_never_drop_a_match(rule) -> None:  # type: ignore[no-untyped-def]
    """The packs put "(?=[letters])" before big alternations so the regex gives up early; that is
    only safe while the class holds every letter the group can start with. Editing a pattern
    (a new alternative with a new first letter) must update the class; this test says so."""
    from re import _parser as parser  # type: ignore[attr-defined]

    flags = 0 if rule.case_sensitive else re.IGNORECASE
    for klass, group in _prefiltered_groups(rule.pattern):
        digits = {"\\d"} if "\\d" in klass else set()
        allowed = digits | {ch.lower() for ch in re.sub(r"\\(.)", r"\1", klass.replace("\\d", ""))}
        letters, nullable = _first_letters(parser.parse(group, flags).data)
        assert letters is not None and not nullable, (rule.id, group[:60])
        assert letters <= allowed, (rule.id, sorted(letters - allowed), group[:60])


@pytest.mark.parametrize("text", [
    "We cannot communicate outside Ozon, but we will always answer you in this chat.",
    "We can not talk outside Ozon; we answer only here.",
    "We never move conversations outside Ozon; we will answer you right here in the chat.",
    "We do not share contacts outside Ozon, but we are always happy to help in this chat.",
    "We won't ask you to pay outside Ozon: payment is only through the Ozon app.",
    "We cannot accept payment outside Ozon, so please pay in the app.",
])
def test_negated_moves_off_ozon_are_fine(text: str) -> None:
    assert not [h for h in _hits(text) if h[1] in ("off_platform", "contacts")]


@pytest.mark.parametrize("text", [
    "Let's talk outside Ozon, it is easier.",
    "We can not help here, message us on WhatsApp.",
    "We never answer here, email us instead.",
    "Email us and we will give you a discount.",
])
def test_moves_off_ozon_next_to_a_negation_still_block(text: str) -> None:
    result = check(text, "en")
    assert "off_platform" in {f.category for f in result.findings}
    assert not result.approved


@pytest.mark.parametrize("text", [
    "We are sorry you had to deal with it.",
    "We are so sorry you are having to deal with this.",
    "Sorry you had to deal with such a delay.",
    "We're sorry that you have to deal with it; a new part is on its way.",
    "We will deal with it today.",
    "No one should have to deal with it, so we will replace the lamp.",
])
def test_deal_with_it_as_sympathy_or_promise_is_fine(text: str) -> None:
    assert not [h for h in _hits(text) if h[1] == "negativity"]


@pytest.mark.parametrize("text", [
    "Just deal with it.", "Deal with it, the size chart was on the page.",
    "You will have to deal with it yourself.", "That's life, deal with it.",
    "You'll just have to live with it.",
])
def test_deal_with_it_as_dismissal_is_a_warning(text: str) -> None:
    assert "en.negativity.deal-with-it" in _rules_hit(text)


@pytest.mark.parametrize("text,flagged", [
    ("No warranty period has been set for the mug, so under the law you can make a claim for a "
     "defect found within two years.", False),
    ("There is no warranty period for this jacket, but by law you can claim for a defect within "
     "2 years.", False),
    ("The item has no warranty set, so the two-year term from the law applies to any defect.", False),
    ("There is no warranty for this item. By law, you can claim for a defect within 2 years.", False),
    ("There is no warranty on this mug.", True),
    ("No warranty, sorry, this is a cheap item.", True),
    ("The guarantee has expired, we cannot help.", True),
])
def test_no_warranty_with_the_two_year_right_is_lawful(text: str, flagged: bool) -> None:
    assert ("en.legal.warranty" in _rules_hit(text)) is flagged
