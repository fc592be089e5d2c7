from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.languagetool.ltserver import LTServer


@pytest.fixture()
def lt_server() -> Iterator[LTServer]:
    server = LTServer()
    yield server
    server.close()
