"""Our own small LanguageTool server for tests: /v2/languages and /v2/check in LanguageTool's JSON,
with offsets in UTF-16 code units, and delays, HTTP errors or garbage answers on demand.

It "knows" a few misspellings (WORDS) and one grammar, one punctuation and one style rule, enough
to test the category mapping. Run as a script (``ltserver.py --port N``) it serves until killed:
the fake ``java`` of the local-mode tests starts it that way.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

WORDS = {"превед": ["привет", "превет"], "teh": ["the", "ten", "tea"], "кароче": ["короче"]}
#: phrase → (category id, issue type, rule id, replacement)
PHRASES = {
    "я пошёл": ("GRAMMAR", "grammar", "AGREEMENT_TEST", "я пошла"),
    " ,": ("PUNCTUATION", "typographical", "COMMA_PARENTHESIS_WHITESPACE", ","),
    "very unique": ("STYLE", "style", "VERY_UNIQUE", "unique"),
}


def u16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def match(text: str, i: int, found: str, reps: list[str], cat: str, issue: str, rule: str) -> dict:
    return {
        "message": f"Possible mistake: {found}", "shortMessage": "Mistake",
        "replacements": [{"value": r} for r in reps],
        "offset": u16(text[:i]), "length": u16(found),
        "context": {"text": text[:80], "offset": u16(text[:i]), "length": u16(found)},
        "sentence": text,
        "rule": {"id": rule, "description": f"Rule {rule}", "issueType": issue,
                 "category": {"id": cat, "name": cat.title()}},
    }


def check(text: str) -> list[dict]:
    out = []
    low = text.lower()
    for w, reps in WORDS.items():
        i = low.find(w)
        while i >= 0:
            out.append(match(text, i, text[i:i + len(w)], reps, "TYPOS", "misspelling",
                             "MORFOLOGIK_RULE_TEST"))
            i = low.find(w, i + 1)
    for phrase, (cat, issue, rule, rep) in PHRASES.items():
        i = low.find(phrase)
        if i >= 0:
            out.append(match(text, i, text[i:i + len(phrase)], [rep], cat, issue, rule))
    return out


class Behaviour:
    """What the server does next; tests change it while the server runs."""

    def __init__(self) -> None:
        self.delay = 0.0
        self.mode = "ok"  # ok | error | garbage | wrong-json | bad-offsets
        self.requests: list[dict[str, str]] = []


def make_handler(b: Behaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _send(self, body: bytes, code: int = 200, kind: str = "application/json") -> None:
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if urllib.parse.urlparse(self.path).path == "/v2/languages":
                langs = [{"name": "Russian", "code": "ru", "longCode": "ru-RU"},
                         {"name": "English (US)", "code": "en", "longCode": "en-US"}]
                return self._send(json.dumps(langs).encode())
            self._send(b'{"error": "not found"}', 404)

        def do_POST(self) -> None:
            n = int(self.headers.get("Content-Length", 0))
            form = dict(urllib.parse.parse_qsl(self.rfile.read(n).decode("utf-8")))
            if self.path != "/v2/check":
                return self._send(b'{"error": "not found"}', 404)
            b.requests.append(form)
            time.sleep(b.delay)
            if not form.get("language") or "text" not in form:
                return self._send(b"Error: Missing 'text' or 'language' parameter", 400, "text/plain")
            if b.mode == "error":
                return self._send(b"Internal error", 500, "text/plain")
            if b.mode == "garbage":
                return self._send(b"<html>proxy error</html>", 200, "text/html")
            if b.mode == "wrong-json":
                return self._send(b'{"status": "ok"}')
            matches = check(form["text"])
            if b.mode == "bad-offsets":
                for m in matches:
                    m["offset"] += 10_000
            reply = {"software": {"name": "LanguageTool", "version": "6.8"},
                     "language": {"code": form["language"]}, "matches": matches}
            self._send(json.dumps(reply).encode())

    return Handler


class LTServer:
    """A running test server on 127.0.0.1; ``url`` to connect, ``close()`` to stop."""

    def __init__(self, port: int = 0) -> None:
        self.behaviour = Behaviour()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), make_handler(self.behaviour))
        self.httpd.daemon_threads = True
        self.port = int(self.httpd.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args, _ = parser.parse_known_args()
    server = LTServer(args.port)
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.close()
