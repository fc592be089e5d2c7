"""The snippet search answers what was typed, also while "Buyer wrote…" holds a message
(issue 17: 退货 and «возрат» typed there left the proposals on screen, selected and previewed)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ozon_assistant.ui.snippets.extension import SnippetsExtension
from ozon_assistant.ui.snippets.sidebar import SnippetSidebar
from tests.ui.test_snippet_sidebar import ext  # noqa: F401 - the fixture

MESSAGE = "Здравствуйте, посылка опаздывает уже на неделю, где она?"


def tops(sb: SnippetSidebar) -> list[str]:
    return [sb.tree.topLevelItem(i).text(0) for i in range(sb.tree.topLevelItemCount())]


@pytest.mark.parametrize("query", ["退货", "возрат", "return"])
def test_search_beside_proposals_selects_its_first_result(ext: SnippetsExtension, qtbot: QtBot,  # noqa: F811
                                                          query: str) -> None:
    sb = ext.sidebar
    sb.buyer.setPlainText(MESSAGE)
    qtbot.waitUntil(lambda: "Proposed for the buyer's message" in tops(sb))
    assert sb.current_id() == "delivery-delay-apology"
    sb.search.setText(query)
    qtbot.waitUntil(lambda: tops(sb)[0].startswith(f"Search results for “{query}”"))
    results = sb.tree.topLevelItem(0)
    expected = [h.snippet.id for h in ext.service.search(query, limit=60)]
    assert expected and [results.child(i).data(0, 256) for i in range(results.childCount())] \
        == expected
    assert tops(sb)[0] == f"Search results for “{query}” ({len(expected)})"
    # the proposals stay, titled, below the results
    assert tops(sb)[1] == "Proposed for the buyer's message"
    # what was typed is selected and previewed, not the proposal
    assert sb.current_id() == expected[0]
    assert ext.service.get(expected[0]).body["ru"].split("{")[0].strip()[:20] in \
        sb.preview.toPlainText()
    # moving within the results keeps the choice while the list is rebuilt
    sb.refresh()
    assert sb.current_id() == expected[0]
    # clearing the search gives the proposals back
    sb.search.clear()
    qtbot.waitUntil(lambda: tops(sb)[0] == "Proposed for the buyer's message")


def test_a_search_that_finds_nothing_says_so(ext: SnippetsExtension, qtbot: QtBot) -> None:  # noqa: F811
    sb = ext.sidebar
    sb.buyer.setPlainText(MESSAGE)
    qtbot.waitUntil(lambda: "Proposed for the buyer's message" in tops(sb))
    sb.search.setText("xqzzyv")
    qtbot.waitUntil(lambda: tops(sb)[0].startswith("Search results for “xqzzyv”"))
    assert sb.tree.topLevelItem(0).child(0).text(0).startswith("No snippet matches")
    assert sb.current_id() is None  # no proposal passed off as the answer
