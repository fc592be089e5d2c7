"""Against the real LanguageTool that `make languagetool` installs (skipped without it or Java;
.ci/run installs it, and there a missing installation fails instead).

One server serves the session (conftest.real_lt); the tests of start-up, a server killed in the
middle of a request and the command line's own server start their own.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import get_checker, merge_findings
from ozon_assistant.core.types import Severity
from ozon_assistant.languagetool import processes
from ozon_assistant.languagetool.client import LanguageToolClient
from ozon_assistant.languagetool.local import TOKEN_PROPERTY, LocalServer, read_record
from ozon_assistant.languagetool.mapping import CATEGORY_IDS
from ozon_assistant.languagetool.source import LanguageToolSource
from tests.languagetool.conftest import real_installation

pytestmark = pytest.mark.languagetool_real

RU = CheckContext(language="ru")
EN = CheckContext(language="en")


def source(server: Any, timeout: float = 30) -> LanguageToolSource:
    return LanguageToolSource("local", server=server, timeout=timeout)


def spans(text: str, found: list[Any]) -> dict[str, Any]:
    return {text[f.start:f.end]: f for f in found}


def raw(server: Any, text: str, language: str) -> list[dict[str, Any]]:
    """LanguageTool's own JSON matches (offsets in UTF-16 units)."""
    matches = LanguageToolClient(server.url, timeout=60)._request(
        "check", {"text": text, "language": language})["matches"]
    return list(matches)


# -- what LanguageTool finds, mapped to our findings ------------------------------------------------
def test_offsets_across_emoji_are_python_indices(real_lt: Any) -> None:
    text = "Здравствуйте 😊🙏👨‍👩‍👧! Посылка придет в течении недели, превед."
    found = spans(text, source(real_lt).check_paragraph(text, RU))
    assert "в течении недели" in found and "превед" in found, found
    # LanguageTool counted the five astral emoji characters twice (UTF-16): the raw offset of
    # «превед» is five more than its index in the Python string, which is what we report
    lt = {m["rule"]["id"]: m for m in raw(real_lt, text, "ru-RU")}
    assert lt["MORFOLOGIK_RULE_RU_RU"]["offset"] == text.index("превед") + 5
    assert found["превед"].start == text.index("превед")
    en = "Thanks 🙂🙂 He go to the post office every day."
    found_en = spans(en, source(real_lt).check_paragraph(en, EN))
    assert "go" in found_en and found_en["go"].start == en.index(" go ") + 1


def test_real_rule_categories_map_to_ours(real_lt: Any) -> None:
    cases = [  # (language, text, words, LanguageTool's category id, our category, severity)
        ("ru", "Спасибо за заказ, превед.", "превед", "TYPOS", "spelling", Severity.WARNING),
        ("ru", "Я купил новую машина.", "новую машина", "GRAMMAR", "grammar", Severity.WARNING),
        ("ru", "Мы очень рады что вам понравилось.", "рады что", "PUNCTUATION", "punctuation",
         Severity.SUGGESTION),
        ("ru", "Спасибо за заказ  и за отзыв.", "  ", "TYPOGRAPHY", "typography",
         Severity.SUGGESTION),
        ("ru", "мы отправим заказ завтра.", "мы", "CASING", "grammar", Severity.WARNING),
        ("ru", "Это масло масляное.", "масло масляное", "LOGIC", "grammar", Severity.WARNING),
        ("en", "Thank you for you order.", "you", "TYPOS", "spelling", Severity.WARNING),
        ("en", "He go to school every day.", "go", "GRAMMAR", "grammar", Severity.WARNING),
        ("en", "This is a very unique gift.", "very unique", "REDUNDANCY", "clarity",
         Severity.SUGGESTION),
        ("en", "Please read the the description.", "the the", "MISC", "grammar", Severity.WARNING),
    ]
    src = source(real_lt)
    for lang, text, words, cat_id, ours, severity in cases:
        matches = raw(real_lt, text, f"{lang}-RU" if lang == "ru" else "en-US")
        ids = {text[m["offset"]:m["offset"] + m["length"]]: m["rule"]["category"]["id"]
               for m in matches}
        assert ids.get(words) == cat_id, (text, ids)
        assert all(i in CATEGORY_IDS for i in ids.values()), f"an unmapped category in {ids}"
        f = spans(text, src.check_paragraph(text, CheckContext(language=lang)))[words]
        assert (f.category, f.severity, f.source) == (ours, severity, "languagetool"), (text, f)
        assert f.rule == "lt." + next(m["rule"]["id"] for m in matches
                                      if text[m["offset"]:m["offset"] + m["length"]] == words)


def test_a_real_russian_grammar_finding(real_lt: Any) -> None:
    text = "Посылка придет в течении недели. Мы отправили красивую сумка вчера."
    found = spans(text, source(real_lt).check_paragraph(text, RU))
    case = found["красивую сумка"]
    assert case.category == "grammar" and case.rule == "lt.Unify_Adj_NN_case"
    assert "падеж" in case.message and case.replacements
    span = found["в течении недели"]
    assert span.category == "grammar" and span.replacements[0] == "в течение недели"


def test_a_real_english_grammar_finding(real_lt: Any) -> None:
    text = "Hello! He go to the post office every day, and I has a question."
    found = spans(text, source(real_lt).check_paragraph(text, EN))
    assert found["go"].rule == "lt.HE_VERB_AGR" and found["go"].category == "grammar"
    assert "goes" in found["go"].replacements
    assert found["has"].category == "grammar" and found["has"].replacements[:1] == ("have",)


def test_ours_and_languagetools_on_the_same_words_merged_as_the_window_shows_them(
        real_lt: Any) -> None:
    from ozon_assistant.spelling.speller import shared_speller

    text = "Посылка придет в течении недели, превед."
    checker = get_checker(sources=[source(real_lt), shared_speller()])
    house = checker.house_paragraph(text, RU)
    extra = checker.source_paragraph(text, RU)
    by = {(text[f.start:f.end], f.source) for f in house + extra}
    # before the merge: house and LanguageTool both on «в течении», LanguageTool and the
    # built-in speller both on «превед»
    assert ("в течении", "house") in by and ("в течении недели", "languagetool") in by
    assert ("превед", "languagetool") in by and ("превед", "speller") in by, by
    shown = merge_findings(house + extra)  # what ui/compose/live.py shows (and the CLI prints)
    on = {w: [f.source for f in shown if text[f.start:f.end] in (w, f"{w} недели")]
          for w in ("в течении", "превед")}
    assert on == {"в течении": ["house"], "превед": ["languagetool"]}, shown
    assert [f.source for f in checker.check(text, RU).findings
            if f.category in ("spelling", "grammar")] == ["house", "languagetool"]


# -- the server: memory, status, the command line ----------------------------------------------------
def test_memory_is_capped_and_reported(real_lt: Any) -> None:
    cmd = processes.command_line(real_lt.pid)
    assert cmd is not None and f"-Xmx{real_lt.memory_mb}m" in cmd and f"-D{TOKEN_PROPERTY}=" in cmd
    used = real_lt.usage_mb()
    assert used is not None and 100 < used < real_lt.memory_mb + 600, used
    st = source(real_lt).status()
    assert st.state == "ready" and "MB of memory in use" in st.detail
    assert f"heap capped at {real_lt.memory_mb} MB" in st.detail and real_lt.url in st.detail


def _cli(home: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ozon_assistant", *args], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL,
        env={**os.environ, "OZON_ASSISTANT_HOME": str(home), **env})


def test_the_cli_uses_the_running_server_and_leaves_it_running(
        real_lt: Any, real_home: Path, tmp_path: Path) -> None:
    reply = tmp_path / "r.txt"
    text = "Спасибо 😊 за заказ, превед."
    reply.write_text(text, encoding="utf-8")
    dead_proxy = "http://127.0.0.1:9"  # a proxy must never be used for the loopback
    p = _cli(real_home, "check", "--format", "json", "--lang", "ru", "--languagetool", "local",
             str(reply), http_proxy=dead_proxy, HTTP_PROXY=dead_proxy, no_proxy="", NO_PROXY="")
    out, err = p.communicate(timeout=120)
    assert p.returncode in (0, 1), err
    lt = [f for f in json.loads(out)["findings"] if f["source"] == "languagetool"]
    assert [text[f["start"]:f["end"]] for f in lt] == ["превед"], (lt, err)
    assert real_lt.running(), "the CLI must not stop a server it borrowed"
    rec = read_record(real_home / "cache")
    assert rec is not None and rec["pid"] == real_lt.pid and rec["owner_pid"] == os.getpid()


def test_the_cli_starts_a_server_for_its_run_and_stops_it(tmp_path: Path) -> None:
    folder, _java = real_installation()
    home = tmp_path / "home"
    reply = tmp_path / "r.txt"
    text = "He go to the post office every day."
    reply.write_text(text, encoding="utf-8")
    p = _cli(home, "check", "--format", "json", "--lang", "en", "--languagetool", "local",
             str(reply), LTP_JAR_DIR_PATH=folder)
    pid = None
    deadline = time.monotonic() + 300
    while p.poll() is None and time.monotonic() < deadline:
        rec = read_record(home / "cache")
        if rec is not None:
            pid = rec["pid"]
        time.sleep(0.2)
    out, err = p.communicate(timeout=30)
    assert pid is not None, "the run recorded no server"
    assert p.returncode in (0, 1), err
    assert [text[f["start"]:f["end"]] for f in json.loads(out)["findings"]
            if f["source"] == "languagetool"] == ["go"], err
    assert not processes.alive(pid), "the run's own server must stop with it"
    assert read_record(home / "cache") is None


# -- start-up and failure ----------------------------------------------------------------------------
def test_a_start_up_that_takes_too_long_fails_with_the_reason_and_leaves_nothing(
        tmp_path: Path) -> None:
    folder, _java = real_installation()
    server = LocalServer(folder, startup_timeout=0.5, reuse_port=None, state_dir=tmp_path,
                         languages=())
    server.start()
    pid = None
    for _ in range(100):
        rec = read_record(tmp_path)
        if rec is not None:
            pid = rec["pid"]
            break
        time.sleep(0.01)
    assert server.wait(60) is None and server.state == "failed"
    assert server.error == "the LanguageTool server did not answer within 0.5 s"
    assert pid is not None and not processes.alive(pid) and read_record(tmp_path) is None
    st = LanguageToolSource("local", server=server).status()
    assert st.state == "unavailable" and "did not answer within 0.5 s" in st.detail


def test_slow_first_start_then_killed_mid_request_then_started_again(tmp_path: Path) -> None:
    """The first check waits for Java to start and English to load (tens of seconds, far past
    the per-request time-out); a server killed while it answers is reported, not raised, and
    the next check after the pause starts a new one."""
    folder, _java = real_installation()
    server = LocalServer(folder, startup_timeout=300, reuse_port=None, state_dir=tmp_path,
                         languages=())
    src = LanguageToolSource("local", server=server, timeout=0.5, retry_after=0)
    try:
        assert src.status().state == "loading" and "starting LanguageTool" in src.status().detail
        text = "He go to the post office every day."
        t = time.monotonic()
        found = spans(text, src.check_paragraph(text, EN))
        first = time.monotonic() - t
        assert "go" in found and src.status().state == "ready", src.status()
        assert first > 0.5, "the start-up and the warm-up are not bound by the request time-out"
        old_pid = server.pid
        assert old_pid is not None

        long_text = " ".join(f"He go to the shop number {i} and they is happy." for i in range(400))
        result: list[Any] = []
        worker = threading.Thread(target=lambda: result.append(src.check_paragraph(long_text, EN)))
        worker.start()
        time.sleep(1.0)
        os.kill(old_pid, signal.SIGKILL)  # our own server, by its PID
        worker.join(60)
        assert result == [[]], "a server killed mid-request gives no findings and no exception"
        st = src.status()
        assert st.state == "unavailable" and "LanguageTool unavailable" in st.detail, st

        other = "She go to the post office on Monday."  # (the first text's result is cached)
        again = spans(other, src.check_paragraph(other, EN))  # after the pause: started again
        assert "go" in again, (src.status(), server.state, server.error)
        assert server.pid not in (None, old_pid)
        assert not processes.alive(old_pid)
        assert src.status().state == "ready"
    finally:
        pid = server.pid
        src.close()
    assert pid is None or not processes.alive(pid)
    assert read_record(tmp_path) is None
