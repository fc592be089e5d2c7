"""Items 4 and 8: LanguageTool traffic a hostile network cannot bend. A server on this computer
is never reached through a proxy (``http_proxy`` sent the reply to a proxy in clear in "local"
mode), another only through one when the seller asked (``languagetool_proxy``); a redirect to
another host is refused (its "fixes" were shown); an answer is read up to a few MB (a 300 MB one
took 0.96 GB); JSON nested too deeply is a garbage answer, not a crash (``check`` died with a
traceback); a server dripping its answer is cut at the timeout; the public server's 20 checks a
minute are shown, not waited for in silence. Real ``check`` processes against real HTTP servers
on 127.0.0.1 and this machine's LAN address."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.core import paths
from ozon_assistant.languagetool import client as lt_client
from ozon_assistant.languagetool import source as lt_source
from ozon_assistant.languagetool.client import LanguageToolClient, LanguageToolError, is_loopback
from ozon_assistant.languagetool.source import LanguageToolSource
from tests.faults.servers import non_loopback_address
from tests.languagetool.ltserver import Behaviour, check, make_handler

TEXT = "Здравствуйте! Спасибо за заказ, превед."


class Server:
    """A real HTTP server on ``host``: LanguageTool's test handler, or ``handler``."""

    def __init__(self, handler: type[BaseHTTPRequestHandler] | None = None,
                 host: str = "127.0.0.1") -> None:
        self.behaviour = Behaviour()
        self.httpd = ThreadingHTTPServer((host, 0), handler or make_handler(self.behaviour))
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://{host}:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def started() -> Iterator[list[Server]]:
    servers: list[Server] = []
    yield servers
    for s in servers:
        s.close()


def recorder(seen: list[str], answer: Any) -> type[BaseHTTPRequestHandler]:
    """A handler that notes every request line (and body) and answers with ``answer(self)``."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _any(self) -> None:
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n).decode("utf-8", "replace") if n else ""
            seen.append(f"{self.command} {self.path} {urllib.parse.unquote_plus(body)}")
            answer(self)

        do_GET = do_POST = do_CONNECT = _any

    return Handler


def send(handler: BaseHTTPRequestHandler, code: int, body: bytes,
         headers: dict[str, str] | None = None) -> None:
    handler.send_response(code)
    for k, v in {"Content-Length": str(len(body)), "Content-Type": "application/json",
                 **(headers or {})}.items():
        handler.send_header(k, v)
    handler.end_headers()
    handler.wfile.write(body)


def proxy(seen: list[str]) -> Server:
    """A proxy that notes what it was asked to carry and carries nothing (502)."""
    return Server(recorder(seen, lambda h: send(h, 502, b"proxy says no")))


def _small_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))


def run_check(url: str, *, env: dict[str, str] | None = None, config: str = "",
              timeout: float = 120, small_memory: bool = False) -> subprocess.CompletedProcess[str]:
    if config:
        paths.config_file().parent.mkdir(parents=True, exist_ok=True)
        paths.config_file().write_text(config, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "ozon_assistant", "check", "--format", "json", "--lang", "ru",
         "--languagetool", url, "-"], input=TEXT, capture_output=True, text=True,
        env=env or os.environ.copy(), timeout=timeout,
        preexec_fn=_small_memory if small_memory else None)


def lt_rules(r: subprocess.CompletedProcess[str]) -> list[str]:
    assert r.returncode in (0, 1), r.stderr
    row = json.loads(r.stdout)
    return [f["rule"] for f in row["findings"] if f["source"] == "languagetool"]


def stderr_line(r: subprocess.CompletedProcess[str]) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    return lines[0]


def proxied_env(proxy_server: Server) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "all_proxy")}
    for k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env[k] = proxy_server.url
    return env


# -- proxies ----------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["127.1", "127.0.0.1", "2130706433"])
def test_this_computer_is_never_reached_through_a_proxy(written: str,
                                                        started: list[Server]) -> None:
    lt = Server()
    seen: list[str] = []
    started += [lt, proxy(seen)]
    # even with the seller's consent to a proxy: a server on this computer is reached directly
    r = run_check(f"http://{written}:{lt.port}", env=proxied_env(started[1]),
                  config="languagetool_proxy = true\n")
    assert lt_rules(r) == ["lt.MORFOLOGIK_RULE_TEST"], r.stderr
    assert seen == [], "the reply went to the proxy"


def test_a_server_elsewhere_is_reached_through_a_proxy_only_when_asked(
        started: list[Server]) -> None:
    lan = non_loopback_address()
    if lan is None:
        pytest.skip("this machine has no address but loopback")
    lt = Server(host=lan)
    seen: list[str] = []
    started += [lt, proxy(seen)]
    env = proxied_env(started[1])
    r = run_check(lt.url, env=env)  # not asked: directly, whatever http_proxy says
    assert lt_rules(r) == ["lt.MORFOLOGIK_RULE_TEST"], r.stderr
    assert seen == []
    r = run_check(lt.url, env=env, config="languagetool_proxy = true\n")  # asked: the proxy
    assert lt_rules(r) == []
    assert any(f"{lt.url}/v2/check" in line and "превед" in line for line in seen), seen
    assert "HTTP 502" in stderr_line(r)


def test_loopback_however_written() -> None:
    for url in ("http://127.1:8081", "http://[::1]:8081", "http://LOCALHOST.:1",
                "http://[::ffff:127.0.0.1]:1", "http://0x7f.1:1", "http://a.localhost:1"):
        assert is_loopback(url), url
    for url in ("http://192.0.2.7:8081", "https://api.languagetool.org",
                "http://[::ffff:10.0.0.1]:1", "http://127.example:1"):
        assert not is_loopback(url), url


# -- redirects, size, nesting -----------------------------------------------------------------

def test_a_redirect_to_another_host_is_refused(started: list[Server]) -> None:
    evil_seen: list[str] = []
    evil_answer = {"matches": [{"message": "Write this instead", "offset": 0, "length": 12,
                                "replacements": [{"value": "Перейдите на evil.example"}],
                                "rule": {"id": "EVIL_FIX", "category": {"id": "GRAMMAR"}}}]}
    evil = Server(recorder(evil_seen, lambda h: send(h, 200, json.dumps(evil_answer).encode())))
    started.append(evil)
    hop = Server(recorder([], lambda h: send(h, 302, b"", {
        "Location": f"http://localhost:{evil.port}/v2/check"})))
    started.append(hop)
    r = run_check(hop.url)
    assert lt_rules(r) == []
    assert evil_seen == []
    assert f"sent the request on to another address (http://localhost:{evil.port}); refused" \
        in stderr_line(r)


def test_a_huge_answer_is_cut_at_a_few_megabytes(started: list[Server]) -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.end_headers()  # no length: it goes on until the client stops reading
        h.wfile.write(b'{"matches": [], "pad": "')
        chunk = b"x" * (1 << 20)
        try:
            for _ in range(2000):
                h.wfile.write(chunk)
        except OSError:
            pass

    big = Server(recorder([], endless))
    started.append(big)
    start = time.monotonic()
    r = run_check(big.url, small_memory=True)
    assert lt_rules(r) == []
    assert "the answer is larger than 8 MB; refused" in stderr_line(r)
    assert time.monotonic() - start < 60


def test_deeply_nested_json_is_a_garbage_answer(started: list[Server]) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    nested = Server(recorder([], lambda h: send(h, 200, deep)))
    started.append(nested)
    r = run_check(nested.url)
    assert lt_rules(r) == []
    assert "the answer is not LanguageTool's JSON (nested too deeply)" in stderr_line(r)


def test_the_window_does_not_stay_checking_on_deeply_nested_json(
        started: list[Server], make_window: Any, qtbot: Any) -> None:
    from ozon_assistant.core.settings import Settings, save_settings
    from tests.ui.compose_helpers import type_text

    deep = b"[" * 200_000 + b"]" * 200_000
    nested = Server(recorder([], lambda h: send(h, 200, deep)))
    started.append(nested)
    s = Settings()
    s.languagetool = nested.url
    save_settings(s)
    w = make_window()
    tab = w.current_tab()
    type_text(tab.editor, "Здравствуйте! Спасибо за заказ.")
    tab.live.flush_now()
    qtbot.waitUntil(lambda: not tab.live.busy, timeout=30000)
    qtbot.waitUntil(lambda: w.status.checking.text() == "Checked", timeout=5000)
    source = next(x for x in w.checker.sources if x.name == "languagetool")
    assert source.status().state == "unavailable"
    assert "nested too deeply" in source.status().detail


# -- deadlines (item 8) -----------------------------------------------------------------------

@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_dripping_server_is_cut_at_the_timeout(where: str, started: list[Server]) -> None:
    def drip(h: BaseHTTPRequestHandler) -> None:
        try:
            if where == "headers":
                h.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for i in range(40):
                    time.sleep(3)
                    h.wfile.write(f"X-Wait-{i}: still thinking\r\n".encode())
                    h.wfile.flush()
                return
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", "1000000")
            h.end_headers()
            h.wfile.write(b'{"matches": [')
            for _ in range(40):
                time.sleep(3)
                h.wfile.write(b" ")
                h.wfile.flush()
        except OSError:
            pass

    slow = Server(recorder([], drip))
    started.append(slow)
    start = time.monotonic()
    r = run_check(slow.url, config="languagetool_timeout = 5\n", timeout=100)
    took = time.monotonic() - start
    assert lt_rules(r) == []
    assert "no answer within 5 s" in stderr_line(r)
    assert took < 5 + 15, took


def test_the_client_deadline_also_covers_a_slow_connection_and_says_so(
        started: list[Server]) -> None:
    def drip(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        try:
            for _ in range(20):
                time.sleep(0.5)
                h.wfile.write(b"X-A: b\r\n")
                h.wfile.flush()
        except OSError:
            pass

    slow = Server(recorder([], drip))
    started.append(slow)
    start = time.monotonic()
    with pytest.raises(LanguageToolError, match=r"no answer within 1\.5 s"):
        LanguageToolClient(slow.url, timeout=1.5).check(TEXT, "ru")
    assert time.monotonic() - start < 1.5 + 5


# -- the public server's limit (item 8) --------------------------------------------------------

@pytest.fixture
def public(started: list[Server], monkeypatch: pytest.MonkeyPatch) -> Server:
    """Our test server standing in for api.languagetool.org, with a limit of 3 a minute."""
    lt = Server()
    started.append(lt)
    monkeypatch.setattr(lt_source, "PUBLIC_URL", lt.url)
    monkeypatch.setattr(lt_source, "PUBLIC_PER_MINUTE", 3)
    return lt


def test_the_command_line_does_not_wait_for_the_public_limit(public: Server) -> None:
    source = LanguageToolSource("public")
    ctx = CheckContext(language="ru")
    start = time.monotonic()
    found = [source.check_paragraph(f"Абзац {i}: превед.", ctx) for i in range(5)]
    assert time.monotonic() - start < 20  # before: the fourth check slept for a minute
    assert [len(f) for f in found] == [1, 1, 1, 0, 0]
    assert len(public.behaviour.requests) == 3
    status = source.status()
    assert status.state == "limited" and source.skipped == 2
    assert "the public server takes 3 checks a minute; the next check in" in status.detail
    assert "2 paragraph(s) not checked by it" in status.detail


def test_the_window_waits_for_the_public_limit_and_says_so(public: Server) -> None:
    source = LanguageToolSource("public", wait_for_limit=True)
    ctx = CheckContext(language="ru")
    for i in range(3):
        assert source.check_paragraph(f"Абзац {i}: превед.", ctx)
    assert source.status().state == "ready"
    waiting = threading.Thread(target=source.check_paragraph, args=("Ещё: превед.", ctx))
    waiting.start()
    deadline = time.monotonic() + 10
    while source.status().state != "limited" and time.monotonic() < deadline:
        time.sleep(0.02)
    assert source.status().state == "limited" and 50 < source.limited_for() <= 61
    start = time.monotonic()
    source.close()  # the window closes: the wait ends at once
    waiting.join(10)
    assert not waiting.is_alive() and time.monotonic() - start < 5
    assert len(public.behaviour.requests) == 3


def test_the_status_bar_says_the_limit_in_the_sellers_language(public: Server, qapp: Any) -> None:
    from ozon_assistant.ui.window.app import install_translations
    from ozon_assistant.ui.window.parts import source_text
    from tests.ui.test_i18n import _ensure_qm

    source = LanguageToolSource("public")
    ctx = CheckContext(language="ru")
    for i in range(4):
        source.check_paragraph(f"Абзац {i}.", ctx)
    status = source.status()
    assert status.state == "limited"
    assert source_text(status, source).startswith(
        "LanguageTool: paused, the public server takes 20 checks a minute (next in ")
    _ensure_qm("ru")
    installed = install_translations(qapp, "ru")
    try:
        assert source_text(status, source).startswith(
            "LanguageTool: пауза, публичный сервер принимает 20 проверок в минуту (следующая через ")
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        install_translations(qapp, "en")


def test_http_429_is_named(started: list[Server]) -> None:
    busy = Server(recorder([], lambda h: send(h, 429, b"slow down")))
    started.append(busy)
    with pytest.raises(LanguageToolError, match=r"request limit was reached \(HTTP 429"):
        LanguageToolClient(busy.url).check(TEXT, "ru")


def test_the_answer_limit_is_a_few_megabytes() -> None:
    assert 1 << 20 <= lt_client.MAX_ANSWER <= 16 << 20
    assert check("превед")  # the test server's own matcher still finds its word
