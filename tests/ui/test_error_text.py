"""Errors from the core in the seller's language: real failures (a file in Windows-1251, a
broken config.toml, a wrong password at a real SMTP server, a closed port, a bad address) are
shown translated, with every fact of the English line and no {placeholder} left over."""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ozon_assistant.core.errors import ConfigError, InputError, OzonError
from ozon_assistant.core.settings import load_settings
from ozon_assistant.core.textio import read_reply
from ozon_assistant.mail import validate
from ozon_assistant.mail.errors import MailInputError, SendError
from ozon_assistant.ui.shared.error_text import FIELDS, WORDINGS, error_text
from tests.helpers.i18n import LOCALES, ts_file
from tests.mail.fixtures import (
    PASSWORD,
    REPLY,
    Certs,
    add_account,
    certs,
    mail_env,
    smtp_server,
)

__all__ = ["certs", "mail_env", "smtp_server"]  # fixtures
ROOT = Path(__file__).resolve().parent.parent.parent
PLACE = re.compile(r"\{(\w+)\}")


def _raised(call: Callable[[], object]) -> OzonError:
    with pytest.raises(OzonError) as info:
        call()
    return info.value


def test_every_code_the_core_raises_has_a_wording() -> None:
    """A code with no wording would show English on a translated window."""
    codes: set[str] = set()
    for path in (ROOT / "ozon_assistant").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "ozon_assistant").parts:
            continue
        source = path.read_text(encoding="utf-8")
        codes |= set(re.findall(r"\bcode=\"(\w+)\"", source))
        codes |= set(re.findall(r"\"(net_\w+)\"", source))
        codes |= {f"setting_{why}" for why in re.findall(r"^    \"(\w+)\": \"must be",
                                                           source, re.M)}
        codes |= {why for why in re.findall(r"\"(\w+_refused)\"", source)}
    assert len(codes) > 40
    assert not sorted(codes - set(WORDINGS)), "codes without a wording"


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_every_place_of_their_wording(locale: str) -> None:
    """A translator who drops or renames {path} would hide the file the seller must fix."""
    tree = ET.parse(ts_file(locale))
    wrong = []
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "Errors":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if sorted(PLACE.findall(source)) != sorted(PLACE.findall(translation)):
                wrong.append(source)
    assert not wrong


def test_a_file_in_windows_1251_is_explained_in_russian(tmp_path: Path, speak: Any) -> None:
    path = tmp_path / "ответ.txt"
    path.write_bytes("Здравствуйте!".encode("cp1251"))
    exc = _raised(lambda: read_reply(path))
    assert isinstance(exc, InputError) and "not UTF-8" in str(exc)  # the CLI's line
    speak("ru")
    text = error_text(exc)
    assert text.startswith(f"{path}: это не текст в кодировке UTF-8 (байт 0xc7 в позиции 0)")
    assert "Сохраните файл в UTF-8" in text
    missing = _raised(lambda: read_reply(tmp_path / "нет.txt"))
    assert error_text(missing) == f"{tmp_path / 'нет.txt'}: такого файла нет."
    speak("zh")
    assert error_text(_raised(lambda: read_reply(tmp_path))) == f"{tmp_path}：这是文件夹，不是文件。"


def test_a_broken_config_names_its_file_and_line_in_the_seller_language(
        tmp_path: Path, speak: Any) -> None:
    config = tmp_path / "config.toml"
    config.write_text('channel = "chat"\nui_lang = ru\n', encoding="utf-8")  # no quotes
    broken = _raised(lambda: load_settings(config))
    assert isinstance(broken, ConfigError) and broken.line == 2
    speak("ru")
    text = error_text(broken)
    assert text.startswith(f"{config}:2: это не правильный TOML (")
    config.write_text('channel = "chat"\nfirst_run_done = "yes"\n', encoding="utf-8")
    wrong = _raised(lambda: load_settings(config))
    assert error_text(wrong) == f"{config}:2: параметр «first_run_done» должен быть true или false."
    config.write_text('channel = "telegram"\n', encoding="utf-8")
    speak("zh")
    text = error_text(_raised(lambda: load_settings(config)))
    assert text.startswith(f"{config}:1: 设置项“channel”必须是以下之一：chat, ")


def test_mail_field_errors_name_the_field_as_the_dialog_labels_it(speak: Any) -> None:
    exc = _raised(lambda: validate.address_list("--to", "anna@"))
    assert isinstance(exc, MailInputError) and str(exc).startswith("--to: ")  # the CLI's option
    speak("ru")
    assert error_text(exc) == "Кому: «anna@» — неправильный адрес электронной почты."
    speak("zh")
    assert error_text(exc) == "收件人：“anna@”不是有效的电子邮件地址。"
    subject = _raised(lambda: validate.header_value("--subject", "Заказ\r\nBcc: x@y.z"))
    assert error_text(subject).startswith("主题：不允许换行符")
    assert set(FIELDS) >= {"--to", "--cc", "--subject", "--host", "--from"}


def _account(port: int, ca_pem: Path, password: str | None = None) -> Any:
    return add_account(port, ca_pem, password=password or PASSWORD)


@pytest.mark.usefixtures("mail_env")
def test_a_refused_password_and_a_closed_port_read_in_russian(
        smtp_server: Any, certs: Certs, speak: Any) -> None:
    from ozon_assistant.mail.smtp import test_connection

    server = smtp_server()
    account = _account(server.port, certs.ca_pem)
    with pytest.raises(SendError) as refused:
        test_connection(account, "wrong-password")
    assert refused.value.code == "auth_refused"
    assert "refused the user name or password" in str(refused.value)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(SendError) as down:
        test_connection(_account(closed, certs.ca_pem), PASSWORD)
    assert down.value.code == "net_refused" and down.value.kind == "temporary"
    speak("ru")
    text = error_text(refused.value)
    assert text.startswith(f"127.0.0.1:{server.port} не принял имя пользователя или пароль (535")
    assert "пароль приложения" in text and "wrong-password" not in text
    assert error_text(down.value) == (f"127.0.0.1:{closed}: в соединении отказано (сервер не "
                                      "работает или указан не тот порт).")


@pytest.mark.usefixtures("mail_env")
def test_a_failed_send_says_why_and_what_became_of_the_message_in_chinese(
        smtp_server: Any, certs: Certs, speak: Any) -> None:
    """The send dialog and the Outbox show the same failure: the reason, then where it is kept."""
    from ozon_assistant.core.settings import Settings
    from ozon_assistant.mail.dispatch import Mailer
    from ozon_assistant.mail.message import Draft

    server = smtp_server()
    add_account(server.port, certs.ca_pem, password="wrong-password")
    mailer = Mailer(Settings())
    try:
        with pytest.raises(SendError) as failed:
            mailer.submit(Draft(to=("anna@example.com",), subject="Заказ 35142875-0153-1",
                                text=REPLY))
        (entry,) = mailer.outbox.entries()
    finally:
        mailer.close()
    assert "not sent:" in str(failed.value)  # the CLI's line
    speak("zh")
    said = error_text(failed.value)
    assert said.startswith(f"127.0.0.1:{server.port} 拒绝了用户名或密码（535")
    assert said.endswith("邮件已保存在“发件箱”中：请先解决问题，再从发件箱重试。")
    stored = entry.error()
    assert entry.state == "failed" and stored is not None
    assert "。邮件已保存" in said  # no space between Chinese sentences
    assert error_text(stored) == said.split("邮件已保存")[0]  # the Outbox: its state has a column
    assert server.received == []


def test_an_outbox_that_gave_up_says_so(tmp_path: Path, speak: Any) -> None:
    from ozon_assistant.mail.errors import TEMPORARY
    from ozon_assistant.mail.outbox import MAX_TEMPORARY_ATTEMPTS, Outbox

    box = Outbox(tmp_path / "o.sqlite3")
    i = box.add(account="default", message_id="<m@example.com>", sender="shop@example.com",
                recipients=("anna@example.com",), to="anna@example.com", cc="", subject="s",
                raw=b"Subject: s\r\n\r\nbody\r\n", meta={})
    for _ in range(MAX_TEMPORARY_ATTEMPTS):
        box.claim(i)
        box.mark_failed(i, "h:25: connection refused", TEMPORARY, "net_refused", {"where": "h:25"})
        box._set(i, ("queued",), next_attempt=0)
    stored = box.get(i).error()
    box.close()
    assert stored is not None
    speak("ru")
    assert error_text(stored) == ("h:25: в соединении отказано (сервер не работает или указан не "
                                  "тот порт). Сделано попыток: 10; автоматических повторов "
                                  "больше не будет.")


def test_a_broken_file_stays_named_when_a_send_fails_on_it(speak: Any) -> None:
    """An Outbox retry that meets a broken accounts.toml: the send dialog and the Outbox row
    still name the file and line."""
    import tomllib

    from ozon_assistant.core.errors import toml_error

    try:
        tomllib.loads("[accounts\n")
    except tomllib.TOMLDecodeError as exc:
        broken = toml_error("/home/u/accounts.toml", exc)
    resent = SendError(f"message 7 not sent: {broken}", "permanent", code=broken.code,
                       outbox="failed", **broken.params)
    stored = OzonError(str(broken), code=broken.code, **broken.params)
    speak("ru")
    for shown in (error_text(resent), error_text(stored)):
        assert shown.startswith("/home/u/accounts.toml:1: это не правильный TOML (")


def test_an_error_without_a_code_shows_its_english_line(speak: Any) -> None:
    speak("ru")
    assert error_text(OzonError("something specific")) == "something specific"
    assert error_text(ValueError("bug")) == "bug"
    assert error_text(OzonError("x", code="no_such_code")) == "x"


def test_an_outbox_refusal_reads_in_russian(tmp_path: Path, speak: Any) -> None:
    """Retrying a message that went out, or deleting one that is being sent: the Outbox's
    buttons say why not in the seller's language (the CLI keeps its English line)."""
    from ozon_assistant.mail.outbox import Outbox

    box = Outbox(tmp_path / "o.sqlite3")
    i = box.add(account="default", message_id="<m@example.com>", sender="shop@example.com",
                recipients=("anna@example.com",), to="anna@example.com", cc="", subject="s",
                raw=b"Subject: s\r\n\r\nbody\r\n", meta={})
    box.claim(i)
    busy = _raised(lambda: box.delete(i))
    box.mark_sent(i, "250 OK")
    sent = _raised(lambda: box.requeue(i))
    gone = _raised(lambda: box.get(i + 1))
    box.close()
    assert "nothing to retry" in str(sent)
    speak("ru")
    assert error_text(busy) == f"Сообщение {i} отправляется прямо сейчас; попробуйте чуть позже."
    assert error_text(sent) == f"Сообщение {i} уже отправлено: повторять нечего."
    assert error_text(gone) == f"Сообщения {i + 1} больше нет в «Исходящих» (его удалили)."


def test_dictionary_and_snippet_editor_refusals_read_in_chinese(tmp_path: Path,
                                                                  speak: Any) -> None:
    from ozon_assistant.snippets.model import Snippet
    from ozon_assistant.snippets.store import validate as validate_snippet
    from ozon_assistant.spelling.personal import clean_word

    spaces = _raised(lambda: clean_word("Уют шоп"))
    digits = _raised(lambda: clean_word("12345"))
    no_body = _raised(lambda: validate_snippet(Snippet(id="my-answer", category="other",
                                                       title={"en": "Mine"}, body={})))
    bad_id = _raised(lambda: validate_snippet(Snippet(id="My answer", category="other",
                                                      title={"en": "Mine"},
                                                      body={"ru": "Спасибо!"})))
    assert "needs body.ru" in str(no_body)  # the English line as before
    speak("zh")
    assert error_text(spaces) == "每次只能添加一个词，不能有空格：“Уют шоп”。"
    assert error_text(digits) == "“12345”不是单词（其中没有字母）。"
    assert error_text(no_body) == "请用俄语、英语或两种语言撰写回复。"
    assert error_text(bad_id).startswith("标识“My answer”：请使用小写拉丁字母")
