"""The conditional rule kind: groups of meaning in one sentence, cues by lemma from shared
lexicons, read as the rule's data says."""

from __future__ import annotations

from pathlib import Path

import pytest

from ozon_assistant.checker.compiled import compile_rules
from ozon_assistant.checker.conditional import Conditional, CueIndex, Paragraph, find, sentences
from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import Checker
from ozon_assistant.checker.lexicons import Lexicons, compile_cues, english_forms, word_forms
from ozon_assistant.checker.packs import load_rules
from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError

IRREGULAR = Lexicons([paths.rules_dir()]).irregular()


def spans(text: str, groups: list[list[str]], **options: object) -> list[str]:
    """What a conditional rule of these groups (and options: context, unless, exclude, within,
    distance, gate, legacy) flags in ``text``."""
    lists: list[tuple[str, ...]] = [tuple(g) for g in groups]
    extra = {k: v for k, v in options.items() if k in ("within", "distance", "legacy")}
    ids: dict[str, object] = {}
    for key in ("unless", "exclude", "gate"):
        if key in options:
            lists.append(tuple(options[key]))  # type: ignore[arg-type]
            ids[key] = len(lists) - 1
    context = [tuple(c) for c in options.get("context", [])]  # type: ignore[attr-defined]
    lists.extend(context)
    cue_sets = {i: compile_cues(c, IRREGULAR) for i, c in enumerate(lists)}
    rule = Conditional(groups=tuple(range(len(groups))),
                       context=tuple(range(len(lists) - len(context), len(lists))),
                       **ids, **extra)  # type: ignore[arg-type]
    index = CueIndex(cue_sets)
    para = Paragraph(text, index, index.present(text))
    return [text[a:b] for a, b in find(rule, para)]


def test_a_russian_lemma_stands_for_every_form() -> None:
    groups = [["изменить"], ["отзыв"]]
    for text, want in [("Измените отзыв.", "Измените отзыв"),
                       ("Вы изменили отзывы?", "изменили отзывы"),
                       ("Изменю отзыв завтра.", "Изменю отзыв"),
                       ("Отзыв изменён.", "Отзыв изменён")]:
        assert spans(text, groups) == [want]
    # a form that is no dictionary form stands for itself only
    assert spans("Можете отменить.", [["можете"], ["отменить"]]) == ["Можете отменить"]
    assert spans("Мог бы отменить.", [["можете"], ["отменить"]]) == []
    assert spans("Измените отзыв.", [["=изменить"], ["отзыв"]]) == []  # "=": that form only


def test_english_words_come_with_their_inflections() -> None:
    assert {"changes", "changed", "changing"} <= english_forms("change", IRREGULAR)
    assert {"cancelled", "cancelling", "cancels"} <= english_forms("cancel", IRREGULAR)
    assert {"took", "taken", "takes"} <= english_forms("take", IRREGULAR)
    assert {"knock-offs"} <= english_forms("knock-off", IRREGULAR)
    assert word_forms("=please", IRREGULAR) == frozenset({"please"})
    assert spans("We changed the rating.", [["change"], ["rating"]]) == ["changed the rating"]


def test_phrases_gaps_alternatives_stems_and_patterns() -> None:
    assert spans("Please take the review down.", [["take … down"]]) == ["take the review down"]
    assert spans("Take it all the way down.", [["take …1 down"]]) == []
    assert spans("Уберите, пожалуйста, отзыв.", [["убрать|удалить …2 отзыв"]]) == \
        ["Уберите, пожалуйста, отзыв"]
    assert spans("Пишите в вотсапчик.", [["вотсап*"]]) == ["вотсапчик"]
    assert spans("Вернём 300 ₽.", [["вернуть"], [r"re:\d+\s*₽"]]) == ["Вернём 300 ₽"]
    # a phrase never runs over the end of a sentence
    assert spans("Take it. Down it goes.", [["take … down"]]) == []


def test_groups_meet_in_one_sentence_and_the_shortest_stretch_is_flagged() -> None:
    groups = [["отзыв"], ["скидка"]]
    assert spans("Спасибо за отзыв. Скидка действует до мая.", groups) == []
    assert spans("Отзыв, отзыв и скидка.", groups) == ["отзыв и скидка"]
    assert spans("Отзыв, скидка. Отзыв и скидка!", groups) == ["Отзыв, скидка", "Отзыв и скидка"]


def test_one_word_is_no_cue_of_two_groups() -> None:
    assert spans("Write to our e-mail.", [["write", "e-mail"], ["our e-mail"]]) == \
        ["Write to our e-mail"]
    assert spans("Email.", [["email"], ["email"]]) == []
    assert spans("Email.", [["email"], ["email"]], legacy=True) == ["Email"]
    # a phrase's gap words are free for other groups
    assert spans("Было бы здорово, если бы Вы сами отменили.",
                 [["бы …2 отменили"], ["вы …1 сами"]]) == ["бы Вы сами отменили"]


def test_context_unless_except_within_distance_gate() -> None:
    groups = [["удалить"], ["скидка"]]
    assert spans("Удалите фото, дадим скидку.", groups, context=[["отзыв"]]) == []
    assert spans("Спасибо за отзыв. Удалите его — дадим скидку.", groups,
                 context=[["отзыв"]]) == ["Удалите его — дадим скидку"]
    assert spans("Спасибо за отзыв. Удалите его — дадим скидку баллами.", groups,
                 unless=["балл"]) == []
    assert spans("Удалите фото? Дадим скидку?", groups, exclude=[r"re:\?"]) == []
    assert spans("Удалите фото, дадим скидку.", groups, within="clause") == []
    assert spans("Удалите фото и дадим скидку.", groups, within="clause") == \
        ["Удалите фото и дадим скидку"]
    assert spans("Удалите это фото и мы дадим скидку.", groups, distance=4) == []
    assert spans("Удалите фото, дадим скидку.", groups, distance=4) == ["Удалите фото, дадим скидку"]
    assert spans("Удалите фото, дадим скидку.", groups, gate=["фото"]) == \
        ["Удалите фото, дадим скидку"]
    assert spans("Удалите фото, дадим скидку.", groups, gate=["видео"]) == []


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "Наш офис: ул. Ленина, д. 5. Hello Mr. Green. Всё."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Наш офис: ул. Ленина, д. 5.", "Hello Mr. Green.", "Всё."]
    text = "Да, конечно; нет."
    assert [text[a:b].strip() for a, b in sentences(text, clauses=True)] == \
        ["Да,", "конечно;", "нет."]


RULE = """
[[rule]]
id = "ru.legal.test"
examples.bad = ["Измените оценку — вернём 300 ₽."]
examples.good = ["Спасибо за оценку."]
message = {{ en = "%s", ru = "%s", zh = "%s" }}
description = {{ en = "d", ru = "d", zh = "d" }}
category = "legal"
severity = "error"
languages = ["ru"]
{body}
"""


def _checker(folder: Path) -> Checker:
    return Checker(compile_rules(load_rules([folder]), dirs=[folder]))


def _write(folder: Path, body: str, **lexicons: str) -> Path:
    (folder / "lexicons").mkdir(parents=True, exist_ok=True)
    (folder / "a.toml").write_text(RULE.format(body=body), encoding="utf-8")
    for name, text in lexicons.items():
        (folder / "lexicons" / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def test_a_rule_names_lexicons_and_a_team_lead_extends_them(tmp_path: Path) -> None:
    bundled = _write(tmp_path / "bundled", 'kind = "conditional"\n'
                     'groups = [["@change … @review"], ["@reward"]]',
                     change='ru = ["изменить"]', review='ru = ["оценка"]',
                     reward='ru = ["вернуть"]\nall = [\'re:\\d+\\s*₽\']')
    ctx = CheckContext(language="ru")
    assert [f.rule for f in _checker(bundled).check("Измените оценку — вернём 300 ₽.", ctx)
            .findings] == ["ru.legal.test"]
    text = "Поменяйте оценку — дадим кешбэк."
    assert not _checker(bundled).check(text, ctx).findings
    user = tmp_path / "user" / "lexicons"
    user.mkdir(parents=True)
    (user / "change.toml").write_text('ru = ["поменять"]', encoding="utf-8")
    (user / "reward.toml").write_text('ru = ["кешбэк"]', encoding="utf-8")
    both = Checker(compile_rules(load_rules([bundled, tmp_path / "user"]),
                                 dirs=[bundled, tmp_path / "user"]))
    assert [f.rule for f in both.check(text, ctx).findings] == ["ru.legal.test"]


def test_a_missing_lexicon_names_the_pack_and_rule(tmp_path: Path) -> None:
    folder = _write(tmp_path, 'kind = "conditional"\ngroups = [["@nowhere"]]')
    with pytest.raises(ConfigError, match=r"ru\.legal\.test.*nowhere"):
        load_rules([folder])


def test_a_misspelt_language_key_is_an_error_not_lost_words(tmp_path: Path) -> None:
    folder = _write(tmp_path, 'kind = "conditional"\ngroups = [["@review"]]',
                    review='ru = ["отзыв"]\nur = ["оценка"]')
    with pytest.raises(ConfigError, match=r"unknown key.*ur"):
        load_rules([folder])


@pytest.mark.parametrize("body,needle", [
    ('kind = "conditional"', "needs groups"),
    ('kind = "conditional"\ngroups = [["x"]]\nwithin = "page"', "within"),
    ('kind = "conditional"\ngroups = [["x"]]\ndistance = -1', "distance"),
    ('kind = "conditional"\ngroups = [["re:("]]', "does not compile"),
    ('kind = "existence"\ntokens = ["x"]\ngroups = [["x"]]', "conditional rules only"),
])
def test_a_broken_conditional_rule_says_what_is_wrong(tmp_path: Path, body: str,
                                                       needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        load_rules([_write(tmp_path, body)])


def test_the_old_together_check_reads_as_a_conditional_rule(tmp_path: Path) -> None:
    """``check = "together"`` packs (a user's own, ru_style.toml) keep working: words as written,
    a gate word and a pattern on the same words allowed."""
    folder = _write(tmp_path, 'kind = "code"\ncheck = "together"\n'
                    'params.groups = [["оценку"], [\'re:измените\\s+оценку\'], ["вернём"]]\n'
                    'params.unless = ["балл*"]')
    [rule] = load_rules([folder])
    assert rule.kind == "conditional" and rule.legacy
    assert rule.groups == (("=оценку",), (r"re:измените\s+оценку",), ("=вернём",))
    ctx = CheckContext(language="ru")
    assert _checker(folder).check("Измените оценку — вернём 300 ₽.", ctx).findings
    assert not _checker(folder).check("Измените оценки — вернём 300 ₽.", ctx).findings
