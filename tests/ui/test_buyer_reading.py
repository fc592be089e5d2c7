""""Buyer wrote…" on the bundled library: the rating box beside it and the proposals that honour it,
what the message reads as, each situation's evidence (the buyer's words), "none fits" said plainly
with the general answers — in English, Russian and Chinese (issue 19)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ozon_assistant.core.paths import phrases_dir, snippets_dir, translation_file
from ozon_assistant.snippets.libraries import Locations
from ozon_assistant.snippets.measure import APOLOGY, PRAISE_THANKS
from ozon_assistant.snippets.service import SnippetService
from ozon_assistant.ui.snippets.sidebar import EVIDENCE_ROLE, ID_ROLE, SnippetSidebar


@pytest.fixture
def sidebar(qtbot: QtBot, tmp_path: Path) -> Iterator[SnippetSidebar]:
    service = SnippetService(Locations(snippets_dir(), phrases_dir(), tmp_path / "user"),
                             usage_path=tmp_path / "usage.sqlite3")
    sb = SnippetSidebar(service, "en", lambda: "ru")
    qtbot.addWidget(sb)
    sb.show()
    yield sb
    service.close()


def proposed(sb: SnippetSidebar) -> list[QTreeWidgetItem]:
    """The proposed situations' rows, best first."""
    group = sb.tree.topLevelItem(0)
    assert group is not None and group.text(0) == sb.tr("Proposed for the buyer's message")
    rows = [group.child(i) for i in range(group.childCount())]
    return [r for r in rows if r.data(0, ID_ROLE)]


def situation_ids(sb: SnippetSidebar) -> list[str]:
    lib = sb.service.library
    return [lib.snippets[r.data(0, ID_ROLE)].category for r in proposed(sb)]


def wrote(sb: SnippetSidebar, text: str, rating: int | None = None) -> None:
    sb.set_rating(rating)
    sb.buyer.setPlainText(text)
    sb.refresh()


def test_the_rating_box_sits_beside_buyer_wrote_and_starts_empty(sidebar: SnippetSidebar) -> None:
    assert sidebar.rating.objectName() == "buyer-rating"
    assert sidebar.current_rating() is None and sidebar.rating.currentText() == "No rating"
    assert [sidebar.rating.itemData(i) for i in range(sidebar.rating.count())] == [None, 1, 2, 3, 4, 5]
    assert sidebar.rating.isVisible() and sidebar.rating_label.buddy() is sidebar.rating


@pytest.mark.parametrize("text", ["Отличный товар, спасибо!", "Всё супер)))", "Great, thanks!"])
def test_one_star_never_gets_thanks_for_praise_first(sidebar: SnippetSidebar, text: str) -> None:
    wrote(sidebar, text)
    assert situation_ids(sidebar)[0] in PRAISE_THANKS  # unrated: read as praise
    sidebar.set_rating(1)  # the box alone updates the proposals
    ids = situation_ids(sidebar)
    assert ids and ids[0] not in PRAISE_THANKS and not PRAISE_THANKS & set(ids), ids
    assert "complaint" in sidebar.reading.text()


@pytest.mark.parametrize("text", ["Кошмар, а не качество", "Швы кривые, нитки торчат",
                                  "Arrived damaged"])
def test_five_stars_never_get_an_apology_first(sidebar: SnippetSidebar, text: str) -> None:
    wrote(sidebar, text, rating=5)
    ids = situation_ids(sidebar)
    assert ids and ids[0] not in APOLOGY, ids


def test_each_situation_shows_its_evidence(sidebar: SnippetSidebar) -> None:
    wrote(sidebar, "Посылка пришла на неделю позже, коробка смята и кружка разбита")
    rows = proposed(sidebar)
    damaged = next(r for r in rows if sidebar.service.library.snippets[r.data(0, ID_ROLE)].category
                   == "damaged_parcel")
    evidence = damaged.child(0)
    assert evidence.data(0, EVIDENCE_ROLE) and not evidence.data(0, ID_ROLE)
    assert evidence.text(0).startswith("Because of: ") and "«" not in evidence.text(0)
    assert "“смята”" in evidence.text(0) or "“разбита”" in evidence.text(0)
    shown = evidence.text(0).replace("\n", " ")
    assert damaged.toolTip(0).startswith(shown.rstrip("”")) and evidence.toolTip(0) == damaged.toolTip(0)
    # the evidence row is never a snippet: the first snippet is selected, not it
    assert sidebar.current_id() is not None
    assert "Reads as: " in sidebar.reading.text() and sidebar.reading.isVisible()


def test_none_fits_is_said_plainly_with_the_general_answers(sidebar: SnippetSidebar) -> None:
    wrote(sidebar, "ыыы 12345")
    group = sidebar.tree.topLevelItem(0)
    assert group.child(0).text(0).replace("\n", " ") == "No situation fits this message: the general answers"
    assert situation_ids(sidebar) == ["ozon_support", "product_question"]
    assert "None of the situations fits this message" in sidebar.reading.text()
    wrote(sidebar, "")
    assert not sidebar.reading.isVisible()


def test_an_empty_parcel_told_plainly_is_a_missing_item(sidebar: SnippetSidebar) -> None:
    wrote(sidebar, "Открыла коробку, а там ничего нет")
    ids = situation_ids(sidebar)
    assert ids[0] == "wrong_or_missing_item" and not PRAISE_THANKS & set(ids), ids


@pytest.fixture
def translated(tmp_path: Path) -> Iterator[object]:
    """Our translations, compiled from the .ts files now (the .qm may be older than them)."""
    app = QApplication.instance()
    installed: list[QTranslator] = []

    def load(locale: str) -> None:
        while installed:
            app.removeTranslator(installed.pop())
        qm = tmp_path / f"{locale}.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(translation_file(locale).with_suffix(".ts")),
                        "-qm", str(qm)], check=True)
        tr = QTranslator(app)
        assert tr.load(str(qm))
        app.installTranslator(tr)
        installed.append(tr)
        QApplication.processEvents()

    yield load
    while installed:
        app.removeTranslator(installed.pop())
    QApplication.processEvents()


@pytest.mark.parametrize(("locale", "script"), [("ru", "[а-яё]"), ("zh_CN", "[\u4e00-\u9fff]")])
def test_the_new_texts_are_translated(sidebar: SnippetSidebar, translated, locale: str,  # type: ignore[no-untyped-def]
                                      script: str) -> None:
    import re

    translated(locale)
    wrote(sidebar, "Посылка пришла на неделю позже, коробка смята", rating=2)
    texts = [sidebar.rating_label.text(), sidebar.rating.itemText(0), sidebar.rating.toolTip(),
             sidebar.reading.text(), proposed(sidebar)[0].child(0).text(0)]
    wrote(sidebar, "ыыы 12345")
    texts += [sidebar.reading.text(), sidebar.tree.topLevelItem(0).child(0).text(0)]
    for text in texts:
        assert re.search(script, text, re.I), text
        assert not re.search(r"\b(?:Reads|Because|No rating|None|situation|complaint|claim)\b", text), text
    assert QCoreApplication.translate("SnippetSidebar", "praise") != "praise"
