"""The LanguageTool source against our own HTTP server: mapping, states, cache, failures."""

from __future__ import annotations

import socket

from ozon_assistant.checker.context import CheckContext
from ozon_assistant.checker.engine import get_checker
from ozon_assistant.core.types import Severity
from ozon_assistant.languagetool.client import PUBLIC_URL, LanguageToolClient, base_url, is_loopback
from ozon_assistant.languagetool.source import UNAVAILABLE, LanguageToolSource
from tests.languagetool.ltserver import LTServer

RU = CheckContext(language="ru")
EN = CheckContext(language="en")


def test_misspelling_after_emoji_maps_to_a_spelling_finding(lt_server: LTServer) -> None:
    src = LanguageToolSource(lt_server.url)
    text = "Здравствуйте 😊🙏! Спасибо за заказ, превед."
    [f] = src.check_paragraph(text, RU)
    assert text[f.start:f.end] == "превед"
    assert (f.category, f.severity, f.source) == ("spelling", Severity.WARNING, "languagetool")
    assert f.rule == "lt.MORFOLOGIK_RULE_TEST" and f.replacements == ("привет", "превет")
    assert f.message == "Possible mistake: превед"
    assert lt_server.behaviour.requests[-1]["language"] == "ru-RU"
    assert src.status().state == "ready"


def test_categories_and_severities_are_mapped(lt_server: LTServer) -> None:
    src = LanguageToolSource(lt_server.url)
    found = {f.category: f for f in src.check_paragraph("Вчера я пошёл домой , кароче", RU)}
    assert set(found) == {"grammar", "punctuation", "spelling"}
    assert found["grammar"].severity is Severity.WARNING
    assert found["punctuation"].severity is Severity.SUGGESTION
    style = src.check_paragraph("a very unique teh thing", EN)
    assert {f.category for f in style} == {"clarity", "spelling"}
    assert lt_server.behaviour.requests[-1]["language"] == "en-US"


def test_replacements_are_capped_at_five(lt_server: LTServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.languagetool import ltserver

    monkeypatch.setitem(ltserver.WORDS, "zzq", [f"w{i}" for i in range(9)])
    [f] = LanguageToolSource(lt_server.url).check_paragraph("zzq", EN)
    assert f.replacements == ("w0", "w1", "w2", "w3", "w4")


def test_cache_sends_each_paragraph_once(lt_server: LTServer) -> None:
    src = LanguageToolSource(lt_server.url)
    for _ in range(3):
        src.check_paragraph("Спасибо, превед", RU)
    src.check_paragraph("Другой абзац", RU)
    assert len(lt_server.behaviour.requests) == 2
    src.check_paragraph("   ", RU)
    assert len(lt_server.behaviour.requests) == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_server_is_unavailable_not_an_exception() -> None:
    src = LanguageToolSource(f"http://127.0.0.1:{_free_port()}")
    assert src.status().state == "loading"
    assert src.check_paragraph("превед", RU) == []
    st = src.status()
    assert st.state == "unavailable" and st.detail.startswith(UNAVAILABLE)
    assert "cannot connect" in st.detail


def test_slow_server_times_out_then_recovers_after_the_pause(lt_server: LTServer) -> None:
    lt_server.behaviour.delay = 1.5
    src = LanguageToolSource(lt_server.url, timeout=0.3, retry_after=0.0)
    assert src.check_paragraph("превед", RU) == []
    assert src.status().state == "unavailable" and "no answer within 0.3 s" in src.status().detail
    lt_server.behaviour.delay = 0.0
    assert len(src.check_paragraph("превед", RU)) == 1  # retried: nothing was cached
    assert src.status().state == "ready"


def test_while_unavailable_it_waits_before_asking_again(lt_server: LTServer) -> None:
    lt_server.behaviour.mode = "error"
    src = LanguageToolSource(lt_server.url, retry_after=3600)
    assert src.check_paragraph("превед", RU) == []
    assert "HTTP 500" in src.status().detail
    lt_server.behaviour.mode = "ok"
    assert src.check_paragraph("превед ещё", RU) == []
    assert len(lt_server.behaviour.requests) == 1


def test_garbage_answers_make_it_unavailable(lt_server: LTServer) -> None:
    for mode in ("garbage", "wrong-json"):
        lt_server.behaviour.mode = mode
        src = LanguageToolSource(lt_server.url)
        assert src.check_paragraph("превед", RU) == []
        assert src.status().state == "unavailable"
        assert "not LanguageTool's JSON" in src.status().detail


def test_matches_outside_the_text_are_dropped(lt_server: LTServer) -> None:
    lt_server.behaviour.mode = "bad-offsets"
    src = LanguageToolSource(lt_server.url)
    assert src.check_paragraph("превед", RU) == []
    assert src.status().state == "ready"


def test_off_mode_sends_nothing() -> None:
    src = LanguageToolSource("off")
    assert src.check_paragraph("превед", RU) == []
    assert src.status().state == "off"


def test_public_mode_targets_the_public_api_and_says_so() -> None:
    src = LanguageToolSource("public")
    assert src._client is not None and src._client.url == "https://api.languagetool.org"
    assert "languagetool.org" in src.where()


def test_base_url_accepts_the_usual_spellings() -> None:
    for url in ("http://h:8081", "http://h:8081/", "http://h:8081/v2", "http://h:8081/v2/check"):
        assert base_url(url) == "http://h:8081"


def test_a_proxy_in_the_environment_is_never_used_for_loopback(
        lt_server: LTServer, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dead_proxy = f"http://127.0.0.1:{_free_port()}"
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    for url in (lt_server.url, f"http://localhost:{lt_server.port}"):
        assert is_loopback(url)
        assert len(LanguageToolSource(url).check_paragraph("превед", RU)) == 1
    assert not is_loopback("http://lt.example.com:8081") and not is_loopback(PUBLIC_URL)


def test_languages_endpoint(lt_server: LTServer) -> None:
    assert "ru-RU" in LanguageToolClient(lt_server.url).languages()


def test_house_finding_wins_over_languagetool_on_the_same_span(lt_server: LTServer) -> None:
    from tests.languagetool import ltserver

    ltserver.WORDS["звоните"] = ["позвоните"]
    try:
        checker = get_checker(sources=[LanguageToolSource(lt_server.url)])
        found = checker.check_paragraph("ЗВОНИТЕ нам, превед", RU)
    finally:
        del ltserver.WORDS["звоните"]
    sources = {("ЗВОНИТЕ нам, превед"[f.start:f.end], f.source) for f in found}
    assert ("превед", "languagetool") in sources
    assert not any(f.source == "languagetool" and f.start == 0 for f in found)
