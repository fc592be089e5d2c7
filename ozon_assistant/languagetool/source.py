"""LanguageTool as a :class:`FindingSource`: modes, states, the per-paragraph cache, retries.

Modes: ``off`` (the default), ``local`` (an installation on this laptop, see :mod:`.local`),
``public`` (api.languagetool.org: buyer text leaves the laptop, so only when the seller opts in)
and any ``http(s)://`` URL (the seller's own server). A server that is down, slow or answers
garbage turns the state to *unavailable* and the source returns nothing; it is asked again after
``retry_after`` seconds, so typing never waits on a dead server twice in a row.

The public server takes 20 checks a minute. Past that the state is *limited*, with the seconds
until the next check in its detail: the window (``wait_for_limit``) waits for it on its worker
thread, saying so in the status bar, while the house rules and spelling go on; the command line
does not wait at all: the paragraphs past the limit go unchecked by LanguageTool, and its stderr
says how many and when to try again.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import SourceStatus
from ozon_assistant.core.types import Finding
from ozon_assistant.languagetool.client import PUBLIC_URL, LanguageToolClient, LanguageToolError
from ozon_assistant.languagetool.local import LocalServer, failure_code, shared_server

UNAVAILABLE = "LanguageTool unavailable — house rules and spelling still work"
PUBLIC_PER_MINUTE = 20  # the public API's published limit for free use
LIMIT_WINDOW = 60.0  # seconds the limit counts over
LOCAL_TIMEOUT = 60.0  # seconds a request to our own local server may take, at least (a busy laptop)


class LanguageToolSource:
    """Findings from a LanguageTool server, cached by paragraph text and language."""

    name = "languagetool"
    CACHE_SIZE = 2048

    def __init__(self, mode: str = "off", *, timeout: float = 5.0, path: str = "",
                 retry_after: float = 30.0, server: LocalServer | None = None,
                 proxy: bool = False, wait_for_limit: bool = False) -> None:
        self.mode = mode
        self.timeout = timeout
        self.retry_after = retry_after
        self.wait_for_limit = wait_for_limit
        #: paragraphs left unchecked because the public server's limit was reached
        self.skipped = 0
        self._limited_until = 0.0
        self._closing = threading.Event()
        self._cache: OrderedDict[tuple[str, str], list[Finding]] = OrderedDict()
        self._lock = threading.Lock()
        self._state = "off" if mode == "off" else "loading"
        self._detail = ""
        self._retry_at = 0.0
        self._sent: deque[float] = deque()
        self._server: LocalServer | None = None
        self._client: LanguageToolClient | None = None
        self.closed = False
        if mode == "local":
            self._server = server or shared_server(path)
            self._server.start()  # Java takes seconds to start: begin now, in the background
        elif mode == "public":
            self._client = LanguageToolClient(PUBLIC_URL, timeout, proxy=proxy)
        elif mode != "off":
            self._client = LanguageToolClient(mode, timeout, proxy=proxy)

    # -- FindingSource -----------------------------------------------------------------------
    def status(self) -> SourceStatus:
        with self._lock:
            state, detail = self._state, self._detail
        server = self._server
        if server is not None:
            if self.closed or server.state == "stopped":
                state, detail = "unavailable", "LanguageTool stopped"
            elif server.state == "starting":
                state = "loading"
            elif server.state == "failed":
                state, detail = "unavailable", f"{UNAVAILABLE} ({server.error})"
            elif not server.running():
                state, detail = "unavailable", f"{UNAVAILABLE} (the local server stopped)"
            elif state != "unavailable":
                state = "ready"
        wait = self.limited_for()
        if wait and state != "unavailable":
            state = "limited"
            detail = (f"LanguageTool: the public server takes {PUBLIC_PER_MINUTE} checks a "
                      f"minute; the next check in {math.ceil(wait)} s")
            if self.skipped:
                detail += (f" ({self.skipped} paragraph(s) not checked by it this time: check "
                           "again then)")
        if state == "off":
            detail = "LanguageTool is off"
        elif state == "loading":
            detail = (f"starting LanguageTool on this computer (heap capped at "
                      f"{server.memory_mb} MB)…" if server is not None else "connecting to LanguageTool…")
        elif state == "ready":
            detail = "LanguageTool: " + self.where()
        return SourceStatus(self.name, state, detail)

    def check_paragraph(self, text: str, ctx: CheckContext) -> list[Finding]:
        if self.mode == "off" or self.closed or not text.strip():
            return []
        key = (text, ctx.language)
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return list(hit)
            if self._state == "unavailable" and time.monotonic() < self._retry_at:
                return []
        client = self._connect(ctx.language)
        if client is None:
            return []
        if not self._throttle():
            return []  # over the public limit and not waiting: unchecked, and said so
        try:
            found = client.check(text, ctx.language)
        except LanguageToolError as exc:
            if self._server is not None:
                self._server.settle()
            self._down(str(exc))
            return []
        except Exception as exc:  # a bug of ours: logged, and never "connecting…" for ever
            import logging

            logging.getLogger(__name__).exception("LanguageTool check failed")
            self._down(f"{exc.__class__.__name__}: {exc}"[:200])
            return []
        with self._lock:
            self._state, self._detail = "ready", ""
            self._cache[key] = found
            if len(self._cache) > self.CACHE_SIZE:
                self._cache.popitem(last=False)
        return list(found)

    @property
    def failure(self) -> str:
        """Why the local server is not there, as a code the window words in its language:
        no-installation, no-java, old-java, timeout, memory, exited, other, or stopped; ''
        while it starts or runs, and in the other modes."""
        server = self._server
        if server is None:
            return ""
        if self.closed or server.state == "stopped":
            return "stopped"
        if server.state == "failed":
            return failure_code(server.error)
        if server.state == "ready" and not server.running():
            return "exited"
        return ""

    def memory_in_use(self) -> int | None:
        """MB of RAM the local server takes (read at most every 5 s); None otherwise."""
        return self._server.usage_mb(max_age=5.0) if self._server is not None else None

    # -- internals ---------------------------------------------------------------------------
    def where(self) -> str:
        if self._server is not None:
            return self._server.describe()
        if self.mode == "public":
            return "public server (text is sent to languagetool.org)"
        return self._client.url if self._client else self.mode

    def _connect(self, language: str) -> LanguageToolClient | None:
        if self._server is None:
            return self._client
        self._server.retry()
        url = self._server.wait()
        if url is None:
            self._down(self._server.error or "the local server is still starting")
            return None
        self._server.used()
        try:
            self._server.warm(language)  # a language's first request is slow: not a timeout
        except LanguageToolError as exc:
            self._down(str(exc))
            return None
        self._server.used()
        if self._client is None or self._client.url != url:
            # the first checks after a start are slow too (Java compiles as it goes): a local
            # server gets at least LOCAL_TIMEOUT; it cannot be slow because of a network
            self._client = LanguageToolClient(url, max(self.timeout, LOCAL_TIMEOUT))
        return self._client

    def _down(self, reason: str) -> None:
        with self._lock:
            self._state = "unavailable"
            self._detail = f"{UNAVAILABLE} ({reason})"
            self._retry_at = time.monotonic() + self.retry_after

    def limited_for(self) -> float:
        """Seconds until the public server's limit lets the next check through (0: now)."""
        with self._lock:
            return max(0.0, self._limited_until - time.monotonic())

    def _throttle(self) -> bool:
        """Stay under the public API's request limit (other servers are the seller's own): True
        when a request may go now — at once, or, with ``wait_for_limit``, after waiting for it
        (the state says *limited* meanwhile); False when it may not (not waiting, or closed)."""
        if self.mode != "public":
            return True
        while True:
            with self._lock:
                now = time.monotonic()
                while self._sent and now - self._sent[0] > LIMIT_WINDOW:
                    self._sent.popleft()
                if len(self._sent) < PUBLIC_PER_MINUTE:
                    self._sent.append(now)
                    return True
                wait = LIMIT_WINDOW - (now - self._sent[0]) + 0.05
                self._limited_until = now + wait
                if not self.wait_for_limit:
                    self.skipped += 1
                    return False
            if self._closing.wait(wait) or self.closed:
                return False

    def close(self) -> None:
        """Stop the local server if this process started it (the window calls this on exit,
        atexit also does); a server borrowed from another run is left running. A check waiting
        for the public server's limit gives up at once."""
        self.closed = True
        self._closing.set()
        if self._server is not None:
            self._server.stop()
