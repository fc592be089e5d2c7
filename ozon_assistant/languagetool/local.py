"""A LanguageTool server on the seller's laptop: found, started once, shared, stopped.

**Where the installation is**, first hit wins: the ``languagetool_path`` setting (a folder or a
jar), language-tool-python's ``LTP_JAR_DIR_PATH``, the project's own ``.languagetool/`` folder
that ``make languagetool`` fills (``LanguageTool-X.Y/lib/*.jar`` from Maven Central), then
language-tool-python's download folder (``LTP_PATH`` or ``~/.cache/language_tool_python``). An
installation is either LanguageTool's ZIP (``languagetool-server.jar``) or a folder of jars.

**The server** is started with Java (``JAVA_HOME`` or PATH; LanguageTool 6.x needs Java 17) on a
free port of 127.0.0.1 — LanguageTool's server only listens on the loopback unless told
``--public``, and we never tell it — with its heap capped (``-Xmx``, :data:`DEFAULT_MEMORY_MB`
or ``OZON_ASSISTANT_LT_MEMORY_MB``). It starts in the background: :meth:`LocalServer.start`
returns at once, :meth:`LocalServer.wait` blocks a worker thread, never the window's. Java takes
seconds to listen and LanguageTool tens of seconds more to load a language's rules on its first
request, so each language is warmed with one request before its first real check (with the
start-up time limit, not the per-request one).

**One server, recorded.** The server's PID, port and a token of ours (on its command line) are
written to ``languagetool-server.json`` in the cache folder. The next start — of the window or of
``check --languagetool local`` — reads it: a live process with our token is used as it is (the
CLI borrows the window's), or taken over when the app that started it is gone (a crash), or ended
by that PID when it no longer answers. A process is never looked for or ended by its name. Whoever
started or took over the server stops it when it exits (the window on closing, the CLI at the end
of its run; ``atexit`` as a fallback). A LanguageTool already running on the usual port 8081 that
is not ours is used and left alone. Nothing is ever downloaded here.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.languagetool import processes
from ozon_assistant.languagetool.client import LanguageToolClient, LanguageToolError

DEFAULT_PORT = 8081
JAR_NAMES = ("languagetool-server.jar", "languagetool-standalone*.jar")
SERVER_CLASS = "org.languagetool.server.HTTPServer"
JAVA_NEEDED = 17
#: The heap cap: Russian and English with the rules loaded fit in about 300 MB of heap; the
#: process takes 500-700 MB of RAM in all (Java's own memory on top).
DEFAULT_MEMORY_MB = 768
RECORD_NAME = paths.LANGUAGETOOL_RECORD
CONFIG_NAME = "languagetool-server.properties"
#: LanguageTool's server builds a new checking pipeline (every rule of the language) for each
#: request unless told to keep them: about 2 s of every check here, 0.1 s with them kept.
SERVER_CONFIG = ("pipelineCaching=true\nmaxPipelinePoolSize=8\n"
                 "pipelineExpireTimeInSeconds=86400\n")
LOG_NAME = "languagetool-server.log"
TOKEN_PROPERTY = "ozon_assistant.languagetool"
#: A seller's reply per language: the warm-up request that makes LanguageTool load its rules.
WARM_TEXTS = {
    "ru": "Здравствуйте! Спасибо за заказ, посылка уже в пути. Деньги вернутся в течение 10 дней.",
    "en": "Hello! Thank you for your order, the parcel is on its way. The refund takes 10 days.",
}
#: The other languages are warmed once the server has had nothing to do for this long, so a
#: command-line run's one check never competes with them for the processor.
IDLE_BEFORE_WARMING = 3.0


# -- installations ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Installation:
    """What ``java -cp`` needs: one jar (the ZIP's) or every jar of a folder (``lib/*``)."""

    folder: Path
    classpath: str
    version: str


def project_folder() -> Path:
    """``.languagetool/`` at the root of the source tree: where ``make languagetool`` puts it."""
    return paths.languagetool_project_dir()


def _jar_in(folder: Path) -> Path | None:
    for pattern in JAR_NAMES:
        for jar in sorted(folder.glob(pattern)):
            if jar.is_file():
                return jar
    return None


def _version(folder: Path) -> str:
    info = folder / paths.LANGUAGETOOL_INSTALLED
    with contextlib.suppress(OSError, ValueError, AttributeError):
        return str(json.loads(info.read_text(encoding="utf-8")).get("version", ""))
    m = re.match(r"LanguageTool-(\d[\w.]*)", folder.name)
    return m.group(1) if m else ""


def installation_at(path: Path) -> Installation | None:
    """The installation in ``path`` itself (a jar, the ZIP's folder or a folder of jars)."""
    if path.is_file() and path.suffix == ".jar":
        return Installation(path.parent, str(path), _version(path.parent))
    if not path.is_dir():
        return None
    if jar := _jar_in(path):
        return Installation(path, str(jar), _version(path))
    for lib in (path / "lib", path):
        if lib.is_dir() and any(lib.glob("languagetool-server-*.jar")):
            version = _version(path)
            if not version:
                core = sorted(lib.glob("languagetool-core-*.jar"))
                version = core[0].stem.removeprefix("languagetool-core-") if core else ""
            return Installation(path, str(lib / "*"), version)
    return None


def _newest_in(parent: Path) -> Installation | None:
    """``parent/LanguageTool-X.Y[-SNAPSHOT]`` folders, newest version first."""
    if not parent.is_dir():
        return None

    def version(p: Path) -> tuple[int, ...]:
        raw = p.name.removeprefix("LanguageTool-").split("-")[0]
        return tuple(int(x) for x in raw.split(".") if x.isdigit())

    for folder in sorted(parent.glob("LanguageTool*"), key=version, reverse=True):
        if folder.is_dir() and (found := installation_at(folder)):
            return found
    return None


def find_installation(setting: str = "") -> Installation | None:
    """The first installation found (see the module docstring for the order)."""
    if setting:
        p = Path(setting).expanduser()
        return installation_at(p) or _newest_in(p)
    if jar_dir := os.environ.get("LTP_JAR_DIR_PATH"):
        if found := installation_at(Path(jar_dir).expanduser()):
            return found
    if found := _newest_in(project_folder()):
        return found
    download = os.environ.get("LTP_PATH") or str(Path.home() / ".cache" / "language_tool_python")
    return _newest_in(Path(download).expanduser())


def find_jar(setting: str = "") -> Path | None:
    """The jar (or ``lib/*``) of the first installation found; kept for callers of old."""
    found = find_installation(setting)
    return Path(found.classpath) if found else None


def find_java() -> str | None:
    if home := os.environ.get("JAVA_HOME"):
        for name in ("java", "java.exe"):
            candidate = Path(home) / "bin" / name
            if candidate.is_file():
                return str(candidate)
    return shutil.which("java")


def memory_cap_mb() -> int:
    raw = os.environ.get("OZON_ASSISTANT_LT_MEMORY_MB", "")
    return max(256, int(raw)) if raw.isdigit() else DEFAULT_MEMORY_MB


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _state_dir() -> Path:
    return paths.languagetool_state_dir()


# -- the record of our server -------------------------------------------------------------------
@contextlib.contextmanager
def _record_lock(folder: Path) -> Iterator[None]:
    """Two processes starting at once (the window and a CLI run) agree on one server."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / f".{RECORD_NAME}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            deadline = time.monotonic() + 30
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                yield
            finally:
                os.lseek(fd, 0, 0)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def read_record(folder: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
        return None
    return data


def _write_record(folder: Path, data: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{RECORD_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, folder / RECORD_NAME)


def _remove_record(folder: Path, pid: int) -> None:
    """Remove the record if it still names ``pid`` (another process may have replaced it)."""
    with contextlib.suppress(OSError), _record_lock(folder):
        rec = read_record(folder)
        if rec is not None and rec.get("pid") == pid:
            (folder / RECORD_NAME).unlink()


def is_ours(rec: dict[str, Any]) -> bool:
    """The recorded PID is alive and its command line carries the recorded token."""
    pid, token = int(rec.get("pid", 0)), str(rec.get("token", ""))
    if not token or not processes.alive(pid):
        return False
    cmd = processes.command_line(pid)
    return cmd is not None and f"-D{TOKEN_PROPERTY}={token}" in cmd


def _owner_alive(rec: dict[str, Any]) -> bool:
    """Whether the process that started (or took over) the server still runs: then it stops the
    server itself. That may be this very process (another server object of it, as in tests)."""
    pid = int(rec.get("owner_pid", 0))
    if not processes.alive(pid):
        return False
    return rec.get("owner_started") in (None, processes.started(pid))


def _exit_reason(code: int | None, log: Path) -> str:
    """Why the server stopped, from its exit code and the last lines of its log."""
    tail = ""
    with contextlib.suppress(OSError):
        tail = log.read_text(encoding="utf-8", errors="replace")[-4000:]
    if "UnsupportedClassVersionError" in tail:
        return f"LanguageTool needs Java {JAVA_NEEDED} or newer (set JAVA_HOME)"
    if "OutOfMemoryError" in tail:
        return f"LanguageTool ran out of memory (-Xmx{memory_cap_mb()}m; set OZON_ASSISTANT_LT_MEMORY_MB)"
    if "PortBindingException" in tail:
        return "its port was taken"
    causes = [ln.strip() for ln in tail.splitlines() if re.search(r"(Exception|Error)\b", ln)
              and not ln.lstrip().startswith("at ")]
    how = f"code {code}" if code is None or code >= 0 else f"signal {-code}"
    return f"the LanguageTool server exited ({how})" + (f": {causes[-1][:160]}" if causes else "")


def failure_code(error: str) -> str:
    """The kind of a start-up failure, for the window to word in its language."""
    for code, words in (("no-installation", "no LanguageTool installation"),
                        ("no-java", "Java not found"), ("old-java", "needs Java"),
                        ("timeout", "did not answer within"), ("memory", "out of memory"),
                        ("exited", "exited")):
        if words in error:
            return code
    return "other" if error else ""


# -- the server ----------------------------------------------------------------------------------
class LocalServer:
    """One LanguageTool server for this process.

    ``state`` is ``stopped`` (not started, or stopped), ``starting``, ``ready`` or ``failed``
    (``error`` says why). ``owned`` says whether this process stops it on exit."""

    def __init__(self, setting: str = "", startup_timeout: float = 180.0,
                 reuse_port: int | None = DEFAULT_PORT, *, memory_mb: int | None = None,
                 state_dir: Path | None = None, languages: tuple[str, ...] = ("ru", "en")) -> None:
        self.setting = setting
        self.startup_timeout = startup_timeout
        self.reuse_port = reuse_port
        self.memory_mb = memory_mb or memory_cap_mb()
        self.state_dir = state_dir or _state_dir()
        self.languages = languages
        self.url: str | None = None
        self.error = ""
        self.version = ""
        self.owned = False
        self.state = "stopped"
        self.started_in: float | None = None  # seconds from start() to ready
        self._pid: int | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._token = ""
        self._ready = threading.Event()
        self._lock = threading.Lock()
        self._warm: dict[str, threading.Event] = {}
        self._warm_lock = threading.Lock()
        self._generation = 0
        self._atexit = False
        self._last_used = 0.0
        self._usage: tuple[float, int | None] | None = None

    # -- public ---------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self.state != "stopped"

    @property
    def starting(self) -> bool:
        return self.state == "starting"

    @property
    def pid(self) -> int | None:
        return self._pid

    @property
    def log_file(self) -> Path:
        return self.state_dir / LOG_NAME

    def start(self) -> None:
        """Begin in the background (at once); a second call does nothing."""
        with self._lock:
            if self.state != "stopped":
                return
            self.state, self.error, self.url = "starting", "", None
            self._ready.clear()
            self._generation += 1
            generation = self._generation
        with self._warm_lock:
            self._warm.clear()
        self._t0 = time.monotonic()
        threading.Thread(target=self._run, args=(generation,), name="languagetool-local",
                         daemon=True).start()

    def retry(self) -> None:
        """Start again when the last attempt failed or the server died (the source calls this
        after its pause)."""
        with self._lock:
            dead = self.state == "ready" and not self.running()
            if self.state != "failed" and not dead:
                return
            if not dead:
                self.state = "stopped"
        if dead:
            self.stop()  # forget it, and its record if it was ours
        self.start()

    def running(self) -> bool:
        """Whether the server process is still there (an outside server on 8081: assumed)."""
        if self._proc is not None:
            return self._proc.poll() is None
        return processes.alive(self._pid) if self._pid else self.url is not None

    def settle(self, grace: float = 2.0) -> None:
        """After a failed request: give a process that is being killed time to be gone. A
        client sees its connection reset while the kernel still tears down Java's threads, and
        until then the process looks alive: without this pause the next check would take the
        dead server for a live one and fail again instead of starting a new one."""
        proc, pid = self._proc, self._pid
        if proc is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(grace)
            return
        deadline = time.monotonic() + grace
        while pid and processes.alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)

    def wait(self, timeout: float | None = None) -> str | None:
        """The server's URL once it answers, None when it could not be started."""
        self.start()
        self._ready.wait(self.startup_timeout + 5 if timeout is None else timeout)
        return self.url if self.state == "ready" else None

    def used(self) -> None:
        """A check is being sent now (the background warm-up waits for a quiet moment)."""
        self._last_used = time.monotonic()

    def warm(self, language: str) -> None:
        """Make sure LanguageTool has loaded ``language`` (its first request takes tens of
        seconds): one short request with the start-up time limit, once per language per server.
        Raises :class:`LanguageToolError` when that request fails."""
        url = self.url
        if url is None:
            raise LanguageToolError("the local server is not running")
        with self._warm_lock:
            event = self._warm.get(language)
            mine = event is None
            if mine:
                event = self._warm[language] = threading.Event()
        assert event is not None
        if not mine:
            event.wait(self.startup_timeout)
            return
        try:
            LanguageToolClient(url, timeout=self.startup_timeout).check(
                WARM_TEXTS.get(language, "Test."), language)
        except LanguageToolError:
            with self._warm_lock:
                self._warm.pop(language, None)
            raise
        finally:
            event.set()

    def usage_mb(self, max_age: float = 0.0) -> int | None:
        """How much RAM the server takes now (None when unknown or not running); a reading at
        most ``max_age`` seconds old will do (the status bar asks every 0.7 s)."""
        if not self._pid or self.state != "ready":
            return None
        now = time.monotonic()
        if self._usage is None or now - self._usage[0] > max_age:
            self._usage = (now, processes.memory_mb(self._pid))
        return self._usage[1]

    def describe(self) -> str:
        """One line for the status bar's tooltip and the CLI: where, which, how much memory."""
        if self.state == "starting":
            return f"starting the local LanguageTool server (at most {self.memory_mb} MB of heap)…"
        if self.state == "failed":
            return self.error
        if self.state == "stopped":
            return "the local LanguageTool server is stopped"
        version = f"LanguageTool {self.version} " if self.version else "LanguageTool "
        where = f"{version}on this computer ({self.url}"
        if self._pid:
            used = self.usage_mb()
            where += f", PID {self._pid}"
            if used is not None:
                where += f", {used} MB of memory in use, heap capped at {self.memory_mb} MB"
        if not self.owned:
            where += ", shared"
        return where + ")"

    def stop(self) -> None:
        """Stop the server if this process started or took it over; only forget it otherwise."""
        with self._lock:
            pid, proc, owned = self._pid, self._proc, self.owned
            self._pid, self._proc, self.owned = None, None, False
            self.state, self.url = "stopped", None
            self._generation += 1
            self._ready.set()
        with self._warm_lock:
            self._warm.clear()
        if not owned or pid is None:
            return
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        else:
            rec = read_record(self.state_dir)
            if rec is not None and rec.get("pid") == pid and is_ours(rec):
                processes.end(pid)
        _remove_record(self.state_dir, pid)

    # -- internals -------------------------------------------------------------------------------
    def _run(self, generation: int) -> None:
        try:
            url = self._recorded() or self._existing() or self._launch()
            self._answering(url)
            with self._lock:
                if generation != self._generation:
                    return
                self.url = url
            if self.languages:  # the first language before "ready", the others after
                self.warm(self.languages[0])
            with self._lock:
                if generation != self._generation:
                    return
                self.state = "ready"
                self.started_in = time.monotonic() - self._t0
                self._last_used = time.monotonic()
            self._ready.set()
            for language in self.languages[1:] if self.owned else ():
                while time.monotonic() - self._last_used < IDLE_BEFORE_WARMING:
                    time.sleep(0.5)
                if generation != self._generation:
                    return
                with contextlib.suppress(LanguageToolError):
                    self.warm(language)
        except LanguageToolError as exc:
            with self._lock:
                if generation != self._generation:
                    return
                self.error = str(exc)
                self.state = "failed"
                proc, pid, owned = self._proc, self._pid, self.owned
                self._proc, self._pid, self.owned = None, None, False
                self.url = None
            if owned and pid is not None:  # never leave a half-started server behind
                if proc is not None and proc.poll() is None:
                    proc.kill()
                    proc.wait(5)
                elif proc is None:
                    processes.end(pid, 2)
                _remove_record(self.state_dir, pid)
            self._ready.set()

    def _recorded(self) -> str | None:
        """Our recorded server: used, taken over (its app is gone) or ended (it is not ours
        any more, or it hangs); None to start a new one."""
        with _record_lock(self.state_dir):
            rec = read_record(self.state_dir)
            if rec is None:
                return None
            if not is_ours(rec):  # gone (or the PID now belongs to another program)
                with contextlib.suppress(OSError):
                    (self.state_dir / RECORD_NAME).unlink()
                return None
            pid = int(rec["pid"])
            url = f"http://127.0.0.1:{int(rec['port'])}"
            if _owner_alive(rec):
                owned = False  # the window's (or another run's): borrowed, left running
            else:
                owned = True  # its app crashed or was killed: ours now, stopped when we exit
                rec["owner_pid"], rec["owner_started"] = os.getpid(), processes.started(os.getpid())
                _write_record(self.state_dir, rec)
            self._pid, self._token, self.owned = pid, str(rec["token"]), owned
            self.version = str(rec.get("version", ""))
            self.memory_mb = int(rec.get("memory_mb", self.memory_mb))
        if owned:
            self._register_atexit()
        try:
            self._answering(url, deadline_from=float(rec.get("started_at", 0)))
        except LanguageToolError:
            if owned:
                processes.end(pid)
                _remove_record(self.state_dir, pid)
                self._pid, self.owned = None, False
                return None
            raise
        return url

    def _existing(self) -> str | None:
        """A LanguageTool on the usual port that we did not start: used as it is, never stopped."""
        if not self.reuse_port:
            return None
        url = f"http://127.0.0.1:{self.reuse_port}"
        try:
            LanguageToolClient(url, timeout=1.0).languages()
        except LanguageToolError:
            return None
        return url

    def _launch(self) -> str:
        install = find_installation(self.setting)
        if install is None:
            where = self.setting or "run `make languagetool`, or set the installation folder"
            raise LanguageToolError(f"no LanguageTool installation found ({where})")
        java = find_java()
        if java is None:
            raise LanguageToolError(f"Java not found (install Java {JAVA_NEEDED} or newer, or set JAVA_HOME)")
        self.version = install.version
        for _attempt in range(3):  # the free port may be taken between our look and Java's bind
            port = _free_port()
            self._token = uuid.uuid4().hex
            config = self.state_dir / CONFIG_NAME
            cmd = [java, f"-Xmx{self.memory_mb}m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                   f"-D{TOKEN_PROPERTY}={self._token}", "-cp", install.classpath, SERVER_CLASS,
                   "--port", str(port), "--config", str(config)]
            self.state_dir.mkdir(parents=True, exist_ok=True)
            config.write_text(SERVER_CONFIG, encoding="utf-8")
            with _record_lock(self.state_dir):
                try:
                    with open(self.log_file, "wb") as log:
                        proc = subprocess.Popen(
                            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                            cwd=str(install.folder),
                            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
                except OSError as exc:
                    raise LanguageToolError(f"cannot start Java ({exc.strerror or exc})") from None
                self._proc, self._pid, self.owned = proc, proc.pid, True
                _write_record(self.state_dir, {
                    "pid": proc.pid, "port": port, "token": self._token,
                    "owner_pid": os.getpid(), "owner_started": processes.started(os.getpid()),
                    "started_at": time.time(), "installation": str(install.folder),
                    "version": install.version, "memory_mb": self.memory_mb})
            self._register_atexit()
            url = f"http://127.0.0.1:{port}"
            try:
                self._answering(url)
            except LanguageToolError as exc:
                if "port was taken" in str(exc):
                    _remove_record(self.state_dir, proc.pid)
                    continue
                raise
            return url
        raise LanguageToolError("no free port for the LanguageTool server")

    def _answering(self, url: str, deadline_from: float = 0.0) -> None:
        """Wait until ``url`` answers /v2/languages; raise when our process exits or the
        start-up time runs out (counted from ``deadline_from``, a wall-clock start, if given)."""
        client = LanguageToolClient(url, timeout=2.0)
        left = self.startup_timeout
        if deadline_from:
            left = max(5.0, self.startup_timeout - (time.time() - deadline_from))
        deadline = time.monotonic() + left
        while True:
            proc = self._proc
            if proc is not None and proc.poll() is not None:
                raise LanguageToolError(_exit_reason(proc.returncode, self.log_file))
            if proc is None and self._pid is not None and not processes.alive(self._pid):
                raise LanguageToolError("the LanguageTool server exited")
            try:
                client.languages()
                return
            except LanguageToolError:
                if time.monotonic() > deadline:
                    raise LanguageToolError(
                        f"the LanguageTool server did not answer within {self.startup_timeout:g} s"
                    ) from None
                time.sleep(0.25)

    def _register_atexit(self) -> None:
        if not self._atexit:
            self._atexit = True
            atexit.register(self.stop)


_servers: dict[str, LocalServer] = {}
_servers_lock = threading.Lock()


def shared_server(setting: str = "") -> LocalServer:
    """The one server per installation setting, so rebuilding sources never starts a second."""
    with _servers_lock:
        server = _servers.get(setting)
        if server is None:
            server = _servers[setting] = LocalServer(setting)
        return server


def stop_all() -> None:
    """Stop every server this process started or took over (the window, on closing or when
    LanguageTool is switched away from local)."""
    with _servers_lock:
        servers = list(_servers.values())
    for server in servers:
        server.stop()
