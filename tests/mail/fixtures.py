"""Real parts for the e-mail tests: an aiosmtpd server on 127.0.0.1 (STARTTLS required, AUTH),
certificates made for the test with trustme, and keyrings.alt's file keyring in a temporary home.

Imported by tests/mail/conftest.py and by the window's mail tests (tests/ui/test_mail*.py).
"""

from __future__ import annotations

import asyncio
import base64
import os
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER = "seller"
PASSWORD = "Pw-7731-секрет"
REPLY = ("Здравствуйте, Анна! Спасибо за заказ 35142875-0153-1. Посылка передана в доставку, "
         "ожидаемая дата указана в личном кабинете Ozon.\n\nС уважением,\nмагазин «Уют»")


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Behaviour:
    """How the server misbehaves; every field None/False means a well-behaved server."""

    mail_reply: str | None = None  # answer to MAIL FROM instead of 250
    rcpt_reply: str | None = None  # answer to RCPT TO instead of 250
    data_reply: str | None = None  # answer after the final dot instead of 250 (not delivered)
    data_delay: float = 0.0  # wait before answering the final dot (delivered afterwards)
    close_in_data: bool = False  # drop the connection part-way through the message
    hold: threading.Event | None = None  # after the dot, wait for this before answering 250
    got_data: threading.Event = field(default_factory=threading.Event)


class Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        b = self.server.behaviour
        if b.mail_reply:
            return b.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        b = self.server.behaviour
        if b.rcpt_reply:
            return b.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        b = self.server.behaviour
        b.got_data.set()
        if b.data_reply:
            return b.data_reply
        # taken for delivery now; a slow or held server is only slow to say so
        self.server.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos),
                     bytes(envelope.original_content or envelope.content)))
        if b.data_delay:
            await asyncio.sleep(b.data_delay)
        if b.hold is not None:
            await asyncio.get_running_loop().run_in_executor(None, b.hold.wait, 30)
        return "250 2.0.0 Message accepted for delivery"


class ClosingSMTP(SMTP):
    """Reads the first part of the message after 354, then drops the connection."""

    async def smtp_DATA(self, arg: str) -> None:
        if not getattr(self.event_handler.server.behaviour, "close_in_data", False):
            await super().smtp_DATA(arg)
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        got = 0
        while got < 64 * 1024:
            chunk = await self._reader.read(16 * 1024)
            if not chunk:
                break
            got += len(chunk)
        self.event_handler.server.behaviour.got_data.set()
        self.transport.abort()


class _Controller(Controller):
    def factory(self) -> SMTP:
        return ClosingSMTP(self.handler, **self.SMTP_kwargs)


class SmtpServer:
    def __init__(self, cert: trustme.LeafCert, *, implicit_tls: bool = False,
                 behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.received: list[Received] = []
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(ctx)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        kwargs: dict[str, Any] = dict(authenticator=self._auth, auth_require_tls=True)
        if implicit_tls:  # the whole session is TLS; aiosmtpd's auth_require_tls looks for STARTTLS
            self.controller = _Controller(Handler(self), hostname="127.0.0.1", port=self.port,
                                          ssl_context=ctx, authenticator=self._auth,
                                          auth_require_tls=False)
        else:
            self.controller = _Controller(Handler(self), hostname="127.0.0.1", port=self.port,
                                          tls_context=ctx, require_starttls=True, **kwargs)
        self.controller.start()

    @staticmethod
    def _auth(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and data.login.decode() == USER
              and data.password.decode() == PASSWORD)
        return AuthResult(success=ok, handled=False)

    def stop(self) -> None:
        if self.behaviour.hold is not None:
            self.behaviour.hold.set()
        self.controller.stop()


@dataclass
class Certs:
    ca_pem: Path
    good: trustme.LeafCert  # for 127.0.0.1, from the CA in ca_pem
    wrong_host: trustme.LeafCert  # for mail.example.org, same CA
    untrusted: trustme.LeafCert  # for 127.0.0.1, from a CA nobody trusts


@pytest.fixture(scope="session")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Certs:
    ca, stranger = trustme.CA(), trustme.CA()
    folder = tmp_path_factory.mktemp("certs")
    ca.cert_pem.write_to_path(str(folder / "ca.pem"))
    return Certs(folder / "ca.pem", ca.issue_cert("127.0.0.1"), ca.issue_cert("mail.example.org"),
                 stranger.issue_cert("127.0.0.1"))


@pytest.fixture
def mail_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A temporary HOME with keyrings.alt's plain-file keyring, for this process and children."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    env = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "home/.local/share"),
           "XDG_CONFIG_HOME": str(tmp_path / "home/.config"),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    Path(env["HOME"]).mkdir(parents=True, exist_ok=True)
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    yield env  # type: ignore[misc]
    keyring.set_keyring(previous)


@pytest.fixture
def smtp_server(certs: Certs) -> Iterator[Any]:
    """A factory: smtp_server(behaviour=..., cert=certs.good, implicit_tls=False)."""
    started: list[SmtpServer] = []

    def start(behaviour: Behaviour | None = None, cert: trustme.LeafCert | None = None,
              implicit_tls: bool = False) -> SmtpServer:
        s = SmtpServer(cert or certs.good, implicit_tls=implicit_tls, behaviour=behaviour)
        started.append(s)
        return s

    yield start
    for s in started:
        s.stop()


def add_account(port: int, ca_pem: Path | str = "", *, security: str = "starttls",
                password: str | None = PASSWORD, timeout: float = 5.0, name: str = "default",
                display_name: str = "Магазин Уют") -> Any:
    from ozon_assistant.mail import passwords
    from ozon_assistant.mail.accounts import Account, AccountStore

    account = AccountStore().put(Account(
        name=name, host="127.0.0.1", port=port, security=security, user=USER,
        from_addr="shop@example.com", display_name=display_name, cafile=str(ca_pem),
        timeout=timeout))
    if password is not None:
        passwords.set_password(name, password)
    return account


def assert_password_in_no_file(root: Path, password: str = PASSWORD) -> None:
    """The password, plain or base64, appears in no file under ``root`` except the keyring's."""
    needles = [password.encode(), base64.b64encode(password.encode()),
               base64.b64encode(f"\0{USER}\0{password}".encode())]
    checked = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            if "keyring" in str(path.relative_to(root)).lower():
                continue
            data = path.read_bytes()
            checked += 1
            for n in needles:
                assert n not in data, f"password found in {path.relative_to(root)}"
    assert checked, "no files written at all?"


def cli_env(mail_env: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(mail_env)
    return env


def run_cli(args: list[str], env: dict[str, str], stdin: str | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ozon_assistant", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=timeout)


#: A buyer's e-mail as their client sends it (encoded From and Subject, a thread to reply in).
BUYER_EML = (
    "From: =?utf-8?b?0JDQvdC90LA=?= <anna@example.org>\r\n"
    "Reply-To: anna.reply@example.org\r\n"
    "To: shop@example.com\r\n"
    "Subject: =?utf-8?b?UmU6INCX0LDQutCw0Lcg0L3QtSDQv9GA0LjRiNGR0Ls=?=\r\n"
    "Date: Mon, 12 May 2025 10:00:00 +0300\r\n"
    "Message-ID: <buyer-2@example.org>\r\n"
    "References: <shop-1@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "Где мой заказ 35142875-0153-1? ЗВОНИТЕ СРОЧНО!!!\r\n"
).encode()
