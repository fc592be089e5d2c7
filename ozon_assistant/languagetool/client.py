"""A small HTTP client for LanguageTool's ``/v2`` API (plain urllib: no extra dependency, and the
same code serves a local server, the seller's own server and the public API).

Every failure — refused connection, timeout, HTTP error, an answer that is not LanguageTool's
JSON — becomes one :class:`LanguageToolError` with a short reason, never a traceback.
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

from ozon_assistant.core.types import Finding
from ozon_assistant.languagetool.mapping import GarbageReply, findings_of

PUBLIC_URL = "https://api.languagetool.org"

#: Our reply languages → LanguageTool's language codes.
LANGUAGE_CODES = {"ru": "ru-RU", "en": "en-US"}


class LanguageToolError(Exception):
    """The server could not be used this time; the message says why in a few words."""


def is_loopback(url: str) -> bool:
    """Whether ``url`` names this computer (127.0.0.0/8, ::1, localhost)."""
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: For loopback servers: no proxy, whatever http_proxy/HTTPS_PROXY say (a proxy would see the
#: text, and a corporate one cannot reach our laptop's 127.0.0.1 anyway).
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def base_url(url: str) -> str:
    """``http://host:8081``, ``…/v2`` and ``…/v2/check`` all name the same server."""
    url = url.strip().rstrip("/")
    for tail in ("/check", "/v2"):
        if url.endswith(tail):
            url = url[: -len(tail)]
    return url


class LanguageToolClient:
    """One server. ``timeout`` bounds each request, so a slow server never freezes a check."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = base_url(url)
        self.timeout = timeout
        self._open = _DIRECT.open if is_loopback(self.url) else urllib.request.urlopen

    def _request(self, path: str, form: dict[str, str] | None = None) -> Any:
        data = urllib.parse.urlencode(form).encode("utf-8") if form is not None else None
        req = urllib.request.Request(
            f"{self.url}/v2/{path}", data=data,
            headers={"Accept": "application/json", "User-Agent": "ozon-assistant"},
        )
        try:
            with self._open(req, timeout=self.timeout) as resp:
                body = resp.read()
        except urllib.error.HTTPError as exc:
            raise LanguageToolError(f"the server answered HTTP {exc.code}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, socket.timeout | TimeoutError):
                raise LanguageToolError(f"no answer within {self.timeout:g} s") from None
            raise LanguageToolError(f"cannot connect ({_short(reason)})") from None
        except TimeoutError:
            raise LanguageToolError(f"no answer within {self.timeout:g} s") from None
        except (OSError, ValueError, http.client.HTTPException) as exc:  # reset or cut short
            # (a server killed mid-answer), bad URLs, broken chunking
            raise LanguageToolError(f"connection failed ({_short(exc)})") from None
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LanguageToolError("the answer is not LanguageTool's JSON") from None

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
        except GarbageReply:
            raise LanguageToolError("the answer is not LanguageTool's JSON") from None


def _short(reason: object) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    return text.splitlines()[0][:80] if text else reason.__class__.__name__
