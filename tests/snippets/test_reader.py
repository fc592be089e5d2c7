"""The reader (what a buyer's message is) and the rules on its proposals, judged on the labelled
real messages: the fitting half and the half kept aside (tests/snippets/real_messages.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozon_assistant.core.paths import snippets_dir
from ozon_assistant.snippets.lexicon import Lexicon
from ozon_assistant.snippets.libraries import Locations, load_library, phrases_dir
from ozon_assistant.snippets.measure import (
    APOLOGY,
    PRAISE_THANKS,
    default_set,
    evaluate,
    labelled_sets,
    load_labelled,
    written_set,
)
from ozon_assistant.snippets.reader import Reader, features
from ozon_assistant.snippets.suggest import Suggester

#: Floors for the halves kept aside, a little under what is measured (`make bench`). Real
#: messages, unrated: first 74.1 %, top three 82.1 % (with the sources' ratings 80.1 %, 90.0 %,
#: praise→apology 2); written ones: first 95.8 %, top three 98.8 % (of which the kinds a blind
#: round missed, written-holdout-c: 95.3 %, 95.3 %). They guard against a regression; on real
#: messages the issue's top-three aim (95 %) is not met yet.
HOLDOUT_FIRST, HOLDOUT_TOP3 = 0.78, 0.88  # real, with ratings
REAL_FIRST, REAL_TOP3 = 0.71, 0.80  # real, without ratings
WRITTEN_FIRST, WRITTEN_TOP3 = 0.93, 0.96  # written, without ratings


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    lib = load_library(Locations(snippets_dir(), phrases_dir(), Path("/nonexistent-user-library")))
    return Suggester(lib)


def test_the_labelled_set_is_real_sized_split_by_source_and_sourced() -> None:
    messages = load_labelled(default_set())
    assert len(messages) >= 300
    halves = {m.split for m in messages}
    assert halves == {"fit", "holdout"}
    by_group: dict[str, set[str]] = {}
    for m in messages:
        by_group.setdefault(m.group, set()).add(m.split)
    assert all(len(s) == 1 for s in by_group.values()), "a source straddles the halves"
    for half in halves:
        part = [m for m in messages if m.split == half]
        assert len(part) >= 140 and {m.lang for m in part} == {"ru", "en"}
        assert len({m.situations[0] for m in part}) >= 10


def test_the_written_set_is_large_split_and_never_fitted_on_its_holdout() -> None:
    written = load_labelled(written_set())
    assert len(written) >= 400
    assert {m.split for m in written} == {"fit", "holdout"}
    assert sum(m.split == "holdout" for m in written) >= 100
    assert all(m.kind and m.sentiment for m in written)
    # all 17 situations in each half
    for half in ("fit", "holdout"):
        assert len({m.situations[0] for m in written if m.split == half}) == 17
    from ozon_assistant.snippets.measure import fitting_messages

    held = {m.text for name, part in labelled_sets().items() if name.endswith("holdout") for m in part}
    assert not held & {m.text for m in fitting_messages()}


def test_the_shipped_model_loads() -> None:
    reader = Reader.load()
    assert reader is not None and set(reader.heads) == {"situation", "kind", "sentiment"}


def test_form_features_see_questions_smiles_and_negation() -> None:
    f = features("Подскажите, есть ли зарядка в комплекте?")
    assert {"f:question-mark", "f:question-form", "f:question-start"} <= set(f)
    assert "f:smile" in features("Всё пришло целым)))")
    assert "neg:очень" in features("не очень")
    assert "neg:great" in features("not great at all")


def test_held_out_figures(suggester: Suggester) -> None:
    sets = labelled_sets()
    held = sets["real holdout"]
    f = evaluate(lambda m: [r.category for r in suggester.suggest(m.text, m.lang, rating=m.rating)], held)
    report = f.line("holdout") + "\n" + "\n".join(f.misses)
    assert f.first_rate >= HOLDOUT_FIRST and f.top3_rate >= HOLDOUT_TOP3, report
    assert f.complaint_got_thanks <= 2 and f.praise_got_apology <= 3, report
    f = evaluate(lambda m: [r.category for r in suggester.suggest(m.text, m.lang)], held)
    report = f.line("real") + "\n" + "\n".join(f.misses)
    assert f.first_rate >= REAL_FIRST and f.top3_rate >= REAL_TOP3, report
    f = evaluate(lambda m: [r.category for r in suggester.suggest(m.text, m.lang)], sets["written holdout"])
    report = f.line("written") + "\n" + "\n".join(f.misses)
    assert f.first_rate >= WRITTEN_FIRST and f.top3_rate >= WRITTEN_TOP3, report
    assert f.cross_errors <= 3, report


@pytest.mark.parametrize(("text", "family"), [
    ("шов разошёлся", "broken"), ("молния сломалась", "broken"), ("экран мерцает", "broken"),
    ("Не работает", "broken"), ("doesn't turn on", "broken"), ("the screen flickers", "broken"),
    ("банки смяты", "damaged"), ("полка расколотая", "damaged"), ("угол раздавлен", "damaged"),
    ("the box came crushed", "damaged"), ("хочу предложить", "wish"), ("было бы здорово", "wish"),
    ("just a suggestion", "wish"), ("пожелание", "wish"), ("поставьте чёрный вместо белого", "change"),
    ("заказ ещё не отгружен", "not_shipped"), ("придержите отгрузку", "change"),
    ("уберите одну позицию", "change"), ("пункт выдачи закрыт", "platform"),
    ("сдать обратно", "return_send"), ("хочу отослать", "return_send"), ("жду возмещение", "refund"),
    ("не заплатили обратно", "refund"), ("не понравился", "complaint"), ("брака не обнаружили", "fine"),
    ("царапин нет", "fine"), ("no issues at all", "fine"),
    ("а внутри пусто", "empty"), ("в коробке ничего нет", "empty"), ("nothing inside the box", "empty"),
    ("флакон заполнен наполовину", "empty"), ("брюки коротковаты", "size"), ("сапог не налезает", "size"),
    ("жмут в пальцах", "size"), ("these won't button up", "size"), ("runs a size down", "size"),
    ("нет в наличии", "stock"), ("можно предзаказ?", "stock"), ("when is the restock", "stock"),
    ("it's unavailable now", "stock"), ("переведите заказ в другой пункт выдачи", "change"),
    ("redirect it to another pickup point", "change"), ("ОТМЕНИТЕ, нашла дешевле", "cancel"),
    ("курьер взял сбор за ввоз", "abroad"), ("an import fee at the door", "abroad"),
    ("прибыло в страну назначения", "abroad"), ("за свои деньги норм", "lukewarm"),
    ("for the price it's decent", "lukewarm"), ("вы просили отзыв", "feedback_given"),
    ("you asked for my opinion", "feedback_given"), ("опять одно и то же", "recurring"),
    ("it keeps happening", "recurring"), ("заказа нет в системе", "pickup_refused"),
    ("said it's not in their system", "pickup_refused"),
])
def test_word_families_are_found_with_their_negation(text: str, family: str) -> None:
    assert family in Lexicon.load().find(text), (text, Lexicon.load().find(text))


@pytest.mark.parametrize(("text", "family"), [
    ("не сломался, всё работает", "broken"), ("брака не обнаружили", "broken"),
    ("nothing broke", "broken"), ("без повреждений", "damaged"),
    ("Пришёл целым, не воняет. Рекомендую", "complaint"),
    ("доставили без сколов, царапин", "damaged"), ("под дождь-не промокла", "broken"),
    ("на сколько удобно, не знаю", "damaged"),
])
def test_a_negated_fault_is_no_fault(text: str, family: str) -> None:
    assert family not in Lexicon.load().find(text), (text, Lexicon.load().find(text))


def test_a_named_fault_never_gets_praise_first(suggester: Suggester) -> None:
    for text in ("шов разошёлся", "молния сломалась", "экран мерцает", "банки смяты",
                 "Полка пришла расколотая", "Красивая, но молния сломалась через день",
                 "Looks nice but the strap tore within a month"):
        top = [r.category for r in suggester.suggest(text)]
        assert top and top[0] not in PRAISE_THANKS, (text, top)


def test_a_rating_is_honoured(suggester: Suggester) -> None:
    for text in ("Отличный товар, спасибо", "Всё супер)))", "Great, thanks!"):
        top = [r.category for r in suggester.suggest(text, rating=1)]
        assert not PRAISE_THANKS & set(top[:3]), (text, top)
    for text in ("Кошмар, а не качество", "Швы кривые, нитки торчат", "Arrived damaged"):
        top = [r.category for r in suggester.suggest(text, rating=5)]
        assert top and top[0] not in APOLOGY, (text, top)


def test_none_fits_is_said_plainly_with_general_answers(suggester: Suggester) -> None:
    proposal = suggester.propose("ыыы 12345")
    assert not proposal.fits
    assert [s.category for s in proposal.situations] == ["ozon_support", "product_question"]
    assert suggester.suggest("ыыы 12345") == []


def test_several_situations_each_with_evidence(suggester: Suggester) -> None:
    ranked = suggester.suggest("Посылка пришла на неделю позже, коробка смята и кружка разбита")
    cats = [r.category for r in ranked]
    assert "damaged_parcel" in cats[:3], cats
    assert all(r.evidence for r in ranked[:2])
    damaged = next(r for r in ranked if r.category == "damaged_parcel")
    assert {"смята", "разбита"} & set(damaged.evidence)


def test_questions_are_read_as_questions(suggester: Suggester) -> None:
    proposal = suggester.propose("Does it come with a charger?")
    assert proposal.kind == "question"
    assert proposal.situations[0].category == "product_question"


def test_the_snippet_follows_the_message_within_its_situation(suggester: Suggester) -> None:
    for text, situation, snippet in (
            ("Заказ должен был прийти неделю назад, а его всё нет", "delivery_delay",
             "delivery-delay-date-passed"),
            ("жду возмещение уже неделю", "refund_timing", "refund-timing-not-received"),
            ("шов разошёлся", "review_negative", "review-negative-defect"),
            ("хочу предложить добавить карман", "feedback_request", "feedback-request-honest-opinion")):
        ranked = suggester.suggest(text)
        picked = next(r for r in ranked if r.category == situation)
        assert picked.snippets[0].snippet.id == snippet, (text, [p.snippet.id for p in picked.snippets])


def test_an_empty_parcel_told_plainly_is_a_missing_item_never_praise(suggester: Suggester) -> None:
    for text in ("Получила коробку, открыла, а внутри ничего", "Посылка пришла пустая",
                 "Пачка наполовину пустая, веса меньше указанного",
                 "The parcel came today and there was nothing inside",
                 "Got the box, it was empty apart from some paper"):
        top = [r.category for r in suggester.suggest(text)]
        assert top and top[0] == "wrong_or_missing_item", (text, top)
        assert not PRAISE_THANKS & set(top[:3]), (text, top)


def test_held_back_praise_gets_no_apology(suggester: Suggester) -> None:
    for text in ("Для своей цены вполне, думала будет хуже",
                 "Pros: warm, soft. Cons: the zip is stiff. Overall pleased"):
        top = [r.category for r in suggester.suggest(text)]
        assert top and top[0] == "review_positive" and not APOLOGY & set(top[:3]), (text, top)


def test_five_stars_without_a_named_fault_get_no_apology(suggester: Suggester) -> None:
    top = [r.category for r in suggester.suggest("Ну такое, посмотрим как будет носиться", rating=5)]
    assert not APOLOGY & set(top[:3]), top
