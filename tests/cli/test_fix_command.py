"""`ozon-assistant fix` from the outside: a real process, real files, exit codes, one-line errors,
and exactly the text the shared fixing function (the window's "Fix all safe") makes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ozon_assistant.checker.engine import context_for, get_checker
from ozon_assistant.checker.fixing import fix_with
from ozon_assistant.checker.sources import build_sources
from ozon_assistant.core.settings import Settings

SHOUTED = "ЗДРАВСТВУЙТЕ! ЗАКАЗ ОТПРАВЛЕН."
FIXABLE = "Здравствуйте!!! Спасибо за заказ 😊 Посылка уже в пути."
HANDLE = "Здравствуйте! Пишите мне в вичат wxid_abc123, если будут вопросы."


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", "fix", *args], input=stdin,
                          capture_output=True, text=True, env=os.environ.copy(), timeout=60)


def reply(tmp_path: Path, text: str, name: str = "reply.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "want"), [
    (SHOUTED, "Здравствуйте! Заказ отправлен."),
    (FIXABLE, "Здравствуйте! Спасибо за заказ. Посылка уже в пути."),
    ("HELLO!!! YOUR ORDER HAS SHIPPED 😊 Thanks for waiting.",
     "Hello! Your order has shipped. Thanks for waiting."),
])
def test_prints_the_fixed_reply_and_exits_0_when_approved(tmp_path: Path, text: str,
                                                          want: str) -> None:
    r = run(str(reply(tmp_path, text)))
    assert (r.returncode, r.stdout, r.stderr) == (0, want, "")


def test_the_same_text_as_the_shared_function(tmp_path: Path) -> None:
    text = "ПРИВЕТ!!! Заказ отправлен))) Мы ЖДЁМ Вас снова 😊\n\nDoброго дня!"
    r = run(str(reply(tmp_path, text)))
    settings = Settings()
    checker = get_checker(settings, build_sources(settings))
    assert r.stdout == fix_with(checker, context_for(settings, text), text).text


def test_a_handle_left_in_the_text_is_not_approved(tmp_path: Path) -> None:
    r = run(stdin=HANDLE)
    assert r.returncode == 1
    assert "wxid_abc123" in r.stdout
    assert "[all.contacts.messenger]" in r.stderr and "not approved" in r.stderr
    assert "Traceback" not in r.stderr


def test_stdin_by_dash_or_by_default() -> None:
    for args in (("-",), ()):
        r = run(*args, stdin="Здравствуйте!!! Заказ отправлен.")
        assert (r.returncode, r.stdout) == (0, "Здравствуйте! Заказ отправлен.")


def test_in_place_writes_the_file_back_and_prints_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "replies"
    folder.mkdir()
    path = reply(folder, FIXABLE)
    r = run("--in-place", str(path))
    assert (r.returncode, r.stdout) == (0, "")
    assert path.read_text(encoding="utf-8") == "Здравствуйте! Спасибо за заказ. Посылка уже в пути."
    assert [p.name for p in folder.iterdir()] == ["reply.txt"]  # no temporary file left


def test_in_place_keeps_the_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffHello!!! Thanks 😊\r\nWe ship today.\r\n".encode())
    r = run("--in-place", str(path))
    assert r.returncode == 0, r.stderr
    assert path.read_bytes() == "\ufeffHello! Thanks\r\nWe ship today.\r\n".encode()


def test_in_place_leaves_an_unchanged_file_alone(tmp_path: Path) -> None:
    path = reply(tmp_path, HANDLE)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    r = run("--in-place", str(path))
    assert r.returncode == 1 and r.stdout == ""
    assert path.read_text(encoding="utf-8") == HANDLE and path.stat().st_mtime == 1_000_000_000


def test_options_pass_through(tmp_path: Path) -> None:
    path = reply(tmp_path, "Здравствуйте! Вернуть товар можно в течение 3 дней.")
    assert run(str(path)).stdout == "Здравствуйте! Вернуть товар можно в течение 7 дней."
    r = run("--platform-return-days", "15", str(path))
    assert r.stdout == "Здравствуйте! Вернуть товар можно в течение 15 дней."
    r = run("--lang", "en", "--channel", "email", "--languagetool", "off", stdin="Hello!!!")
    assert (r.returncode, r.stdout) == (0, "Hello!")


@pytest.mark.parametrize(("args", "stdin", "says"), [
    (("missing.txt",), None, "missing.txt: no such file"),
    (("latin1.txt",), None, "not UTF-8"),
    (("--lang", "de", "reply.txt"), None, "invalid choice"),
    (("--in-place",), "Привет", "--in-place needs a FILE"),
    (("--in-place", "-"), "Привет", "--in-place needs a FILE"),
    (("--platform-return-days", "0", "reply.txt"), None, "between 7 and 365"),
    (("--languagetool", "maybe", "reply.txt"), None, "--languagetool must be"),
])
def test_bad_input_exits_2_with_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         args: tuple[str, ...], stdin: str | None,
                                         says: str) -> None:
    monkeypatch.chdir(tmp_path)
    reply(tmp_path, FIXABLE)
    (tmp_path / "latin1.txt").write_bytes("Здравствуйте!!!".encode("cp1251"))
    r = run(*args, stdin=stdin)
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and says in r.stderr, r.stderr
    assert (tmp_path / "reply.txt").read_text(encoding="utf-8") == FIXABLE


@pytest.mark.parametrize("text", ["", "  \n\n \t"])
def test_a_reply_with_no_text_is_refused_not_approved(tmp_path: Path, text: str) -> None:
    """As `check` does: an empty reply is most likely one saved before it was written."""
    r = run(str(reply(tmp_path, text)))
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "nothing to check" in r.stderr
