"""A LanguageTool installation on the seller's laptop: found, started once, reused, stopped.

Where we look, first hit wins: the ``languagetool_path`` setting (the unpacked
``LanguageTool-X.Y`` folder or its ``languagetool-server.jar``), then language-tool-python's own
``LTP_JAR_DIR_PATH`` and ``LTP_PATH`` (and its default download folder). Java comes from
``JAVA_HOME`` or PATH. A server that already answers on LanguageTool's usual port 8081 of this
machine is used as it is (and left running); otherwise we start one on a free port in the
background and stop it when the app exits. Nothing is ever downloaded.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

from ozon_assistant.languagetool.client import LanguageToolClient, LanguageToolError

DEFAULT_PORT = 8081
JAR_NAMES = ("languagetool-server.jar", "languagetool-standalone*.jar")
SERVER_CLASS = "org.languagetool.server.HTTPServer"


def _jar_in(folder: Path) -> Path | None:
    for pattern in JAR_NAMES:
        for jar in sorted(folder.glob(pattern)):
            if jar.is_file():
                return jar
    return None


def _newest_install(download_dir: Path) -> Path | None:
    """language-tool-python unpacks into ``<dir>/LanguageTool-X.Y[-SNAPSHOT]``: newest first."""
    if not download_dir.is_dir():
        return None

    def version(p: Path) -> tuple[int, ...]:
        raw = p.name.removeprefix("LanguageTool-").split("-")[0]
        return tuple(int(x) for x in raw.split(".") if x.isdigit())

    for folder in sorted(download_dir.glob("LanguageTool*"), key=version, reverse=True):
        if folder.is_dir() and (jar := _jar_in(folder)):
            return jar
    return None


def find_jar(setting: str = "") -> Path | None:
    """The server jar of the first installation found (see the module docstring)."""
    if setting:
        p = Path(setting).expanduser()
        if p.is_file() and p.suffix == ".jar":
            return p
        if p.is_dir():
            return _jar_in(p) or _newest_install(p)
        return None
    if jar_dir := os.environ.get("LTP_JAR_DIR_PATH"):
        if jar := _jar_in(Path(jar_dir).expanduser()):
            return jar
    download = os.environ.get("LTP_PATH") or str(Path.home() / ".cache" / "language_tool_python")
    return _newest_install(Path(download).expanduser())


def find_java() -> str | None:
    if home := os.environ.get("JAVA_HOME"):
        for name in ("java", "java.exe"):
            candidate = Path(home) / "bin" / name
            if candidate.is_file():
                return str(candidate)
    return shutil.which("java")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalServer:
    """One LanguageTool server for this process. ``start()`` returns at once; ``wait()`` blocks
    (off the UI thread) until the server answers or could not be started."""

    def __init__(self, setting: str = "", startup_timeout: float = 120.0,
                 reuse_port: int | None = DEFAULT_PORT) -> None:
        self.setting = setting
        self.startup_timeout = startup_timeout
        self.reuse_port = reuse_port
        self.url: str | None = None
        self.error = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._started = False

    @property
    def started(self) -> bool:
        return self._started

    @property
    def starting(self) -> bool:
        return self._started and not self._ready.is_set()

    def start(self) -> None:
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._run, name="languagetool-local", daemon=True).start()

    def retry(self) -> None:
        """Start again when the last attempt failed or our server died (called after a pause)."""
        with self._lock:
            dead = self._proc is not None and self._proc.poll() is not None
            if not self._ready.is_set() or (self.url is not None and not dead):
                return
            self._proc, self.url, self.error = None, None, ""
            self._ready.clear()
            self._started = False
        self.start()

    def wait(self, timeout: float | None = None) -> str | None:
        """The server's URL once it answers, None when it could not be started."""
        self.start()
        self._ready.wait(self.startup_timeout + 5 if timeout is None else timeout)
        return self.url

    def _run(self) -> None:
        try:
            self.url = self._existing() or self._launch()
        except LanguageToolError as exc:
            self.error = str(exc)
        finally:
            self._ready.set()

    def _existing(self) -> str | None:
        if not self.reuse_port:
            return None
        url = f"http://127.0.0.1:{self.reuse_port}"
        try:
            LanguageToolClient(url, timeout=1.0).languages()
        except LanguageToolError:
            return None
        return url

    def _launch(self) -> str:
        jar = find_jar(self.setting)
        if jar is None:
            where = self.setting or "LTP_JAR_DIR_PATH / LTP_PATH"
            raise LanguageToolError(f"no LanguageTool installation found ({where})")
        java = find_java()
        if java is None:
            raise LanguageToolError("Java not found (install Java 17+ or set JAVA_HOME)")
        port = _free_port()
        cmd = [java, "-cp", str(jar), SERVER_CLASS, "--port", str(port)]
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, cwd=str(jar.parent))
        except OSError as exc:
            raise LanguageToolError(f"cannot start Java ({exc.strerror or exc})") from None
        self._proc = proc
        atexit.register(self.stop)
        url = f"http://127.0.0.1:{port}"
        client = LanguageToolClient(url, timeout=2.0)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise LanguageToolError(f"the LanguageTool server exited (code {proc.returncode})")
            try:
                client.languages()
                return url
            except LanguageToolError:
                time.sleep(0.25)
        self.stop()
        raise LanguageToolError(f"the server did not answer within {self.startup_timeout:g} s")

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def stop(self) -> None:
        """Stop the server we started (never one we found running)."""
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


_servers: dict[str, LocalServer] = {}
_servers_lock = threading.Lock()


def shared_server(setting: str = "") -> LocalServer:
    """The one server per installation setting, so rebuilding sources never starts a second."""
    with _servers_lock:
        server = _servers.get(setting)
        if server is None:
            server = _servers[setting] = LocalServer(setting)
        return server
