"""Local mode: finding an installation, starting its server once, reusing it, stopping it.

Here the "installation" is a folder with a ``languagetool-server.jar`` file and ``java`` on PATH
is a script that runs our test server with the arguments a real Java would get: fast tests of our
side (discovery, the command line, the background start, the record of the server, reuse, take-
over and stop). The real LanguageTool that ``make languagetool`` installs is tested in
test_real.py.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.languagetool import processes
from ozon_assistant.languagetool.local import (
    TOKEN_PROPERTY,
    LocalServer,
    find_installation,
    find_jar,
    installation_at,
    read_record,
)
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
    from ozon_assistant.languagetool import local

    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "none"))
    monkeypatch.setattr(local, "project_folder", lambda: tmp_path / "project" / ".languagetool")
    assert find_jar() is None
    old, new = install(tmp_path / "dl", "6.3"), install(tmp_path / "dl", "6.10")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "dl"))
    assert find_jar() == new / "languagetool-server.jar"
    made = install(tmp_path / "project" / ".languagetool", "6.8")  # `make languagetool`'s first
    assert find_jar() == made / "languagetool-server.jar"
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
    assert args[0].startswith("-Xmx768m -XX:+UseSerialGC ")
    assert f" -cp {folder / 'languagetool-server.jar'} org.languagetool.server.HTTPServer --port " \
        in args[0]
    assert "--public" not in args[0]  # LanguageTool's server listens on the loopback only
    pid = server.pid
    assert pid is not None and _alive(pid)
    rec = read_record(server.state_dir)
    assert rec is not None and rec["pid"] == pid and rec["owner_pid"] == os.getpid()
    assert f"-D{TOKEN_PROPERTY}={rec['token']}" in args[0]
    assert server.owned and "PID" in server.describe()
    first.close()
    assert server.pid is None and not _alive(pid)
    assert read_record(server.state_dir) is None and server.state == "stopped"
    assert first.status().detail == "LanguageTool stopped"
    assert first.check_paragraph("превед", ctx) == [], "a closed source starts nothing"
    assert len(java.read_text().splitlines()) == 1


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
        assert running.behaviour.requests[-1]["text"] == "превед"
        assert [r["language"] for r in running.behaviour.requests] == ["ru-RU", "ru-RU"]  # warm-up
    finally:
        running.close()


def test_a_maven_folder_of_jars_is_an_installation(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """What `make languagetool` leaves: .languagetool/LanguageTool-X.Y/lib/*.jar."""
    folder = tmp_path / "LanguageTool-6.8"
    (folder / "lib").mkdir(parents=True)
    for name in ("languagetool-server-6.8.jar", "languagetool-core-6.8.jar", "guava-33.jar"):
        (folder / "lib" / name).write_bytes(b"PK")
    found = installation_at(folder)
    assert found is not None and found.classpath == str(folder / "lib" / "*")
    assert found.version == "6.8"
    (folder / "installed.json").write_text(json.dumps({"version": "6.8.1"}))
    assert installation_at(folder).version == "6.8.1"  # type: ignore[union-attr]
    assert find_installation(str(tmp_path)) == installation_at(folder)  # the parent folder too
    assert installation_at(tmp_path / "nothing") is None


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def spawned() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes a test starts itself (ended by their PID at the end)."""
    procs: list[subprocess.Popen[bytes]] = []
    yield procs
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait(5)


def _fake_server(token: str, procs: list[subprocess.Popen[bytes]]) -> tuple[int, int]:
    """Our test server as a process whose command line carries ``token``, as ours would."""
    port = _port()
    p = subprocess.Popen([sys.executable, str(SERVER), f"-D{TOKEN_PROPERTY}={token}",
                          "--port", str(port)])
    procs.append(p)
    from ozon_assistant.languagetool.client import LanguageToolClient, LanguageToolError

    for _ in range(100):
        try:
            LanguageToolClient(f"http://127.0.0.1:{port}", timeout=1).languages()
            break
        except LanguageToolError:
            time.sleep(0.1)
    return p.pid, port


def _record(folder: Path, pid: int, port: int, token: str, owner: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "languagetool-server.json").write_text(json.dumps({
        "pid": pid, "port": port, "token": token, "owner_pid": owner,
        "owner_started": processes.started(owner), "started_at": time.time()}))


def test_a_crashed_apps_server_is_taken_over_and_stopped_by_its_pid(
        tmp_path: Path, java: Path, spawned: list[subprocess.Popen[bytes]]) -> None:
    dead_owner = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_owner.wait()
    pid, port = _fake_server("t0k3n", spawned)
    _record(tmp_path / "state", pid, port, "t0k3n", dead_owner.pid)
    server = LocalServer(str(tmp_path / "nowhere"), reuse_port=None, state_dir=tmp_path / "state",
                         languages=())
    assert server.wait(30) == f"http://127.0.0.1:{port}" and server.pid == pid
    assert server.owned and not java.exists(), "reused, not started again"
    assert read_record(tmp_path / "state")["owner_pid"] == os.getpid()  # type: ignore[index]
    server.stop()
    assert spawned[0].wait(10) is not None and read_record(tmp_path / "state") is None


def test_a_server_another_running_app_started_is_borrowed_and_left_running(
        tmp_path: Path, java: Path, spawned: list[subprocess.Popen[bytes]]) -> None:
    owner = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    spawned.append(owner)
    pid, port = _fake_server("window", spawned)
    _record(tmp_path / "state", pid, port, "window", owner.pid)
    server = LocalServer(str(tmp_path / "nowhere"), reuse_port=None, state_dir=tmp_path / "state",
                         languages=())
    src = LanguageToolSource("local", server=server)
    assert len(src.check_paragraph("превед", CheckContext(language="ru"))) == 1
    assert not server.owned and "shared" in server.describe()
    src.close()
    assert _alive(pid) and read_record(tmp_path / "state")["owner_pid"] == owner.pid  # type: ignore[index]


def test_a_recorded_pid_that_is_not_our_server_is_never_ended(
        tmp_path: Path, spawned: list[subprocess.Popen[bytes]]) -> None:
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    spawned.append(stranger)
    _record(tmp_path / "state", stranger.pid, _port(), "t0k3n", 999_999)
    server = LocalServer(str(tmp_path / "nowhere"), reuse_port=None, state_dir=tmp_path / "state")
    assert server.wait(30) is None and "no LanguageTool installation found" in server.error
    assert stranger.poll() is None, "a PID of someone else's process must be left alone"
    assert read_record(tmp_path / "state") is None


def test_a_recorded_server_that_stopped_answering_is_ended_by_its_pid(
        tmp_path: Path, spawned: list[subprocess.Popen[bytes]]) -> None:
    pid, port = _fake_server("hung", spawned)
    os.kill(pid, __import__("signal").SIGSTOP)  # alive, ours, and silent
    dead_owner = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_owner.wait()
    _record(tmp_path / "state", pid, port, "hung", dead_owner.pid)
    server = LocalServer(str(tmp_path / "nowhere"), startup_timeout=1, reuse_port=None,
                         state_dir=tmp_path / "state")
    assert server.wait(60) is None and "no LanguageTool installation found" in server.error
    assert spawned[0].wait(10) is not None, "the hung server was ended"
    assert read_record(tmp_path / "state") is None


def test_memory_cap_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from ozon_assistant.languagetool.local import memory_cap_mb

    monkeypatch.setenv("OZON_ASSISTANT_LT_MEMORY_MB", "1024")
    assert memory_cap_mb() == 1024 and LocalServer().memory_mb == 1024
    monkeypatch.setenv("OZON_ASSISTANT_LT_MEMORY_MB", "lots")
    assert memory_cap_mb() == 768
