from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.languagetool.ltserver import LTServer

#: Set by .ci/run after `make languagetool` succeeded: a missing installation then fails the real
#: tests instead of skipping them, so CI can never pass by silently testing nothing real.
REQUIRED = os.environ.get("OZON_ASSISTANT_REQUIRE_LANGUAGETOOL") == "1"


@pytest.fixture()
def lt_server() -> Iterator[LTServer]:
    server = LTServer()
    yield server
    server.close()


def real_installation() -> tuple[str, str]:
    """The installation folder and Java for the real tests; skips (or fails in CI) without."""
    from ozon_assistant.languagetool.local import find_installation, find_java

    found, java = find_installation(os.environ.get("OZON_ASSISTANT_TEST_LT", "")), find_java()
    if found is None or java is None:
        why = ("no LanguageTool installation (run `make languagetool`)" if found is None
               else "no Java 17+ (JAVA_HOME or PATH)")
        if REQUIRED:
            pytest.fail(f"{why}, but OZON_ASSISTANT_REQUIRE_LANGUAGETOOL=1")
        pytest.skip(why)
    return str(found.folder), java


@pytest.fixture(scope="session")
def real_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An OZON_ASSISTANT_HOME whose cache folder holds the session server's record, so a
    command-line run given this home finds that server."""
    return tmp_path_factory.mktemp("lt-home")


@pytest.fixture(scope="session")
def real_lt(real_home: Path) -> Iterator[object]:
    """One real LanguageTool server for the whole session (it takes seconds to start and tens
    of seconds to load Russian and English), both languages warmed before the first test."""
    from ozon_assistant.languagetool.local import LocalServer

    folder, _java = real_installation()
    server = LocalServer(folder, startup_timeout=300, reuse_port=None,
                         state_dir=real_home / "cache", languages=())
    try:
        if server.wait() is None:
            pytest.fail(f"the real LanguageTool server did not start: {server.error}")
        server.warm("ru")
        server.warm("en")
        yield server
    finally:
        server.stop()
