"""Against a real LanguageTool installation, when this machine has one (and Java)."""

from __future__ import annotations

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.languagetool.local import LocalServer, find_jar, find_java
from ozon_assistant.languagetool.source import LanguageToolSource

pytestmark = pytest.mark.languagetool_real


@pytest.mark.skipif(find_jar() is None or find_java() is None,
                    reason="no LanguageTool installation (LTP_JAR_DIR_PATH / LTP_PATH) or no Java")
def test_real_local_server_flags_a_russian_misspelling() -> None:
    server = LocalServer(startup_timeout=180, reuse_port=None)
    src = LanguageToolSource("local", server=server, timeout=30)
    try:
        text = "Спасибо за заказ 😊, превед!"
        found = src.check_paragraph(text, CheckContext(language="ru"))
        spelling = [f for f in found if f.category == "spelling"]
        assert any(text[f.start:f.end] == "превед" for f in spelling), found
        assert src.status().state == "ready"
    finally:
        src.close()
