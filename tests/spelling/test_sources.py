"""``build_sources``: LanguageTool off costs the command line nothing, and behaves like the real
source in mode ``off``; any other mode gets the real source."""

from __future__ import annotations

import os
import subprocess
import sys

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.sources import LanguageToolOff, build_sources
from ozon_assistant.core.settings import Settings
from ozon_assistant.languagetool.source import LanguageToolSource
from ozon_assistant.spelling.speller import Speller


def test_off_behaves_like_the_real_source_switched_off() -> None:
    stand_in, real = LanguageToolOff(), LanguageToolSource("off")
    assert stand_in.status() == real.status()
    assert stand_in.name == real.name and stand_in.mode == real.mode
    text = "Здравствуйте, спосибо за заказ"
    assert stand_in.check_paragraph(text, CheckContext()) == real.check_paragraph(text, CheckContext())


def test_modes_choose_the_source() -> None:
    off = build_sources(Settings())
    assert isinstance(off[0], LanguageToolOff) and isinstance(off[1], Speller)
    url = build_sources(Settings(), "http://127.0.0.1:9")
    assert isinstance(url[0], LanguageToolSource) and url[0].mode == "http://127.0.0.1:9"


def test_a_check_loads_only_what_it_needs() -> None:
    """No HTTP client with LanguageTool off, no Qt, no other command, and with warm cache
    files neither spylls nor the pymorphy3 analyser."""
    code = ("import sys\n"
            "from ozon_assistant.cli import main\n"
            "rc = main(['check', '--format', 'json', '-'])\n"
            "print(rc, 'ozon_assistant.languagetool.client' in sys.modules,"
            " 'http.client' in sys.modules, 'PySide6' in sys.modules,"
            " 'ozon_assistant.cli.cmd_snippets' in sys.modules, 'spylls' in sys.modules,"
            " 'pymorphy3' in sys.modules, file=sys.stderr)\n")
    out = subprocess.run([sys.executable, "-c", code], input="Hello, thank you for the order.",
                         capture_output=True, text=True, env=dict(os.environ), timeout=300)
    # (the first run builds the English cache files with spylls; the second needs none of it)
    out = subprocess.run([sys.executable, "-c", code], input="Hello, thank you for the order.",
                         capture_output=True, text=True, env=dict(os.environ), timeout=300)
    assert out.stderr.strip().splitlines()[-1] == "0 False False False False False False"
