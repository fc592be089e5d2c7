"""Local mode: finding an installation, starting its server once, reusing it, stopping it.

No LanguageTool distribution can be downloaded here, so the "installation" is a folder with a
``languagetool-server.jar`` file and a ``java`` on PATH that runs our test server with the
arguments a real Java would get. What is tested is our side: discovery, the command line, the
background start, the wait, reuse and the stop. A real installation is tested in test_real.py.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.languagetool.local import LocalServer, find_jar
from ozon_assistant.languagetool.source import LanguageToolSource

SERVER = Path(__file__).with_name("ltserver.py")


def install(root: Path, version: str = "6.4") -> Path:
    folder = root / f"LanguageTool-{version}"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"PK")
    return folder


@pytest.fixture()
def java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "java-args.txt"
    script = bin_dir / "java"
    script.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\nexec "{sys.executable}" "{SERVER}" "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    return log


def test_find_jar_in_settings_env_and_download_folder(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "none"))
    assert find_jar() is None
    old, new = install(tmp_path / "dl", "6.3"), install(tmp_path / "dl", "6.10")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "dl"))
    assert find_jar() == new / "languagetool-server.jar"
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(old))
    assert find_jar() == old / "languagetool-server.jar"
    assert find_jar(str(new)) == new / "languagetool-server.jar"
    assert find_jar(str(new / "languagetool-server.jar")) == new / "languagetool-server.jar"
    assert find_jar(str(tmp_path / "missing")) is None


def test_server_started_once_reused_and_stopped(tmp_path: Path, java: Path) -> None:
    folder = install(tmp_path)
    server = LocalServer(str(folder), startup_timeout=30, reuse_port=None)
    first = LanguageToolSource("local", server=server)
    second = LanguageToolSource("local", server=server)
    ctx = CheckContext(language="ru")
    assert [f.replacements[0] for f in first.check_paragraph("Ну превед", ctx)] == ["привет"]
    assert len(second.check_paragraph("превед же", ctx)) == 1
    assert first.status().state == "ready"
    args = java.read_text().splitlines()
    assert len(args) == 1, "the server must be started once"
    assert args[0].startswith(f"-cp {folder / 'languagetool-server.jar'} "
                              "org.languagetool.server.HTTPServer --port ")
    pid = server.pid
    assert pid is not None and _alive(pid)
    first.close()
    assert server.pid is None and not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie still "exists": our stop() waits for the process, so that cannot happen here
    return True


def test_no_installation_is_unavailable_with_a_reason(tmp_path: Path, java: Path) -> None:
    server = LocalServer(str(tmp_path / "nowhere"), reuse_port=None)
    src = LanguageToolSource("local", server=server)
    assert src.check_paragraph("превед", CheckContext()) == []
    st = src.status()
    assert st.state == "unavailable" and "no LanguageTool installation found" in st.detail
    assert not java.exists()


def test_no_java_is_unavailable_with_a_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    server = LocalServer(str(install(tmp_path)), reuse_port=None)
    src = LanguageToolSource("local", server=server)
    assert src.check_paragraph("превед", CheckContext()) == []
    assert "Java not found" in src.status().detail


def test_a_server_already_running_on_the_usual_port_is_used_not_started(
        tmp_path: Path, java: Path) -> None:
    from tests.languagetool.ltserver import LTServer

    running = LTServer()
    try:
        server = LocalServer(str(tmp_path / "nowhere"), reuse_port=running.port)
        src = LanguageToolSource("local", server=server)
        assert len(src.check_paragraph("превед", CheckContext())) == 1
        assert server.pid is None and not java.exists()
        src.close()
        assert len(running.behaviour.requests) == 1
    finally:
        running.close()
