"""A small HTTP client for LanguageTool's ``/v2`` API (plain urllib: no extra dependency, and the
same code serves a local server, the seller's own server and the public API).

Every failure — refused connection, timeout, HTTP error, an answer that is not LanguageTool's
JSON — becomes one :class:`LanguageToolError` with a short reason, never a traceback.

What a hostile or broken network cannot do to it:

- see the reply through a proxy the seller did not ask for: a server on this computer is never
  reached through one, and another server only when the seller said so (``languagetool_proxy``
  in ``config.toml``); ``http_proxy`` and friends alone change nothing;
- send the text on to, or take "fixes" from, another host: a redirect to another host (or from
  https to http) is refused;
- fill the memory: an answer is read up to :data:`MAX_ANSWER` bytes, never more; JSON nested
  too deeply is a garbage answer, not a crash;
- hold a check for ever: each request has an overall deadline (``timeout``), however slowly the
  server drips its answer (:class:`~ozon_assistant.core.deadline.Deadline`).
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from ozon_assistant.core.deadline import Deadline
from ozon_assistant.core.types import Finding
from ozon_assistant.languagetool.mapping import GarbageReply, findings_of

PUBLIC_URL = "https://api.languagetool.org"

#: Our reply languages → LanguageTool's language codes.
LANGUAGE_CODES = {"ru": "ru-RU", "en": "en-US"}

#: The most of an answer that is read. A check's answer for the longest paragraph the window
#: sends (and its matches) is far below; a server sending more is broken or hostile.
MAX_ANSWER = 8 * 1024 * 1024


class LanguageToolError(Exception):
    """The server could not be used this time; the message says why in a few words."""


def _loopback_ip(host: str) -> bool:
    try:
        ip = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        try:  # the shorthand forms the C library accepts too: 127.1, 0x7f.1, 2130706433
            ip = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):
            return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def is_loopback(url: str, resolve: bool = False) -> bool:
    """Whether ``url`` names this computer: 127.0.0.0/8 however written ("127.1"), ::1,
    ``localhost``; with ``resolve``, also a name every address of which is one of those."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost") or _loopback_ip(host):
        return True
    if not resolve or not host:
        return False
    try:
        found = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        return False
    return bool(found) and all(_loopback_ip(str(info[4][0])) for info in found)


def base_url(url: str) -> str:
    """``http://host:8081``, ``…/v2`` and ``…/v2/check`` all name the same server."""
    url = url.strip().rstrip("/")
    for tail in ("/check", "/v2"):
        if url.endswith(tail):
            url = url[: -len(tail)]
    return url


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only on the same host and never from https to http."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str,
                         headers: Any, newurl: str) -> urllib.request.Request | None:
        old = urllib.parse.urlsplit(req.full_url)
        new = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, newurl))
        if (new.hostname or "").lower() != (old.hostname or "").lower() or (
                old.scheme == "https" and new.scheme != "https"):
            fp.close()
            raise LanguageToolError(f"the server sent the request on to another address "
                                    f"({new.scheme}://{new.netloc}); refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _watched(cls: type[http.client.HTTPConnection], deadline: Deadline) -> Any:
    """``cls`` whose socket is handed to ``deadline`` as soon as it is connected."""

    def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = cls(host, **kwargs)

        def connect(address: tuple[str, int], timeout: float | None = None,
                    source: tuple[str, int] | None = None) -> socket.socket:
            sock = socket.create_connection(address, deadline.remaining(timeout), source)
            deadline.attach(sock)
            return sock

        conn._create_connection = connect  # type: ignore[attr-defined]
        return conn

    return make


class _Http(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _Https(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        # the default context: certificate and host name verified
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req)


class LanguageToolClient:
    """One server. ``timeout`` bounds each request as a whole, so a slow server never freezes a
    check. ``proxy``: reach a server elsewhere through the system's proxy (``https_proxy``…),
    which the seller asked for; a server on this computer is always reached directly."""

    def __init__(self, url: str, timeout: float = 5.0, proxy: bool = False) -> None:
        self.url = base_url(url)
        self.timeout = timeout
        self.proxy = proxy and not is_loopback(self.url, resolve=True)

    def _opener(self, deadline: Deadline) -> urllib.request.OpenerDirector:
        proxies = urllib.request.getproxies() if self.proxy else {}
        return urllib.request.build_opener(urllib.request.ProxyHandler(proxies), _Http(deadline),
                                           _Https(deadline), _Redirects())

    def _request(self, path: str, form: dict[str, str] | None = None) -> Any:
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        req = urllib.request.Request(
            f"{self.url}/v2/{path}", data=data,
            headers={"Accept": "application/json", "User-Agent": "ozon-assistant"},
        )
        with Deadline(self.timeout) as deadline:
            try:
                body = self._fetch(req, deadline)
            except LanguageToolError:
                raise
            except Exception as exc:
                if deadline.expired:
                    raise LanguageToolError(f"no answer within {self.timeout:g} s") from None
                raise _failure(exc, self.timeout) from None
            if deadline.expired:  # cut short: an end of headers or body the server never sent
                raise LanguageToolError(f"no answer within {self.timeout:g} s")
        try:
            return json.loads(body.decode("utf-8"))
        except RecursionError:
            raise LanguageToolError("the answer is not LanguageTool's JSON (nested too "
                                    "deeply)") from None
        except (UnicodeDecodeError, ValueError):
            raise LanguageToolError("the answer is not LanguageTool's JSON") from None

    def _fetch(self, req: urllib.request.Request, deadline: Deadline) -> bytes:
        with self._opener(deadline).open(req, timeout=self.timeout) as resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.strip().isdigit() and int(declared) > MAX_ANSWER:
                raise LanguageToolError(_too_large())
            body: bytes = resp.read(MAX_ANSWER + 1)
        if len(body) > MAX_ANSWER:
            raise LanguageToolError(_too_large())
        return body

    def languages(self) -> list[str]:
        """The language codes the server knows (``ru-RU``, ``en-US``, …): a cheap health check."""
        reply = self._request("languages")
        if not isinstance(reply, list):
            raise LanguageToolError("the answer is not LanguageTool's JSON")
        return [str(x.get("longCode", "")) for x in reply if isinstance(x, dict)]

    def check(self, text: str, language: str) -> list[Finding]:
        """Findings for ``text`` (offsets already converted to ``str`` indices)."""
        code = LANGUAGE_CODES.get(language, language)
        reply = self._request("check", {"text": text, "language": code})
        try:
            return findings_of(reply, text)
        except (GarbageReply, RecursionError):
            raise LanguageToolError("the answer is not LanguageTool's JSON") from None


def _too_large() -> str:
    return f"the answer is larger than {MAX_ANSWER // (1024 * 1024)} MB; refused"


def _failure(exc: BaseException, timeout: float) -> LanguageToolError:
    """One short reason for a request that failed."""
    if isinstance(exc, urllib.error.HTTPError):
        if exc.code == 429:
            return LanguageToolError("the server's request limit was reached (HTTP 429: too "
                                     "many requests)")
        return LanguageToolError(f"the server answered HTTP {exc.code}")
    if isinstance(exc, urllib.error.URLError):
        reason = exc.reason
        if isinstance(reason, socket.timeout | TimeoutError):
            return LanguageToolError(f"no answer within {timeout:g} s")
        if isinstance(reason, LanguageToolError):
            return reason
        return LanguageToolError(f"cannot connect ({_short(reason)})")
    if isinstance(exc, TimeoutError):
        return LanguageToolError(f"no answer within {timeout:g} s")
    if isinstance(exc, OSError | ValueError | http.client.HTTPException):
        # reset or cut short (a server killed mid-answer), bad URLs, broken chunking
        return LanguageToolError(f"connection failed ({_short(exc)})")
    return LanguageToolError(f"connection failed ({exc.__class__.__name__})")


def _short(reason: object) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    return text.splitlines()[0][:80] if text else reason.__class__.__name__
