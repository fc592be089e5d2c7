"""A real IMAP server for the inbox tests: Debian's Dovecot on a free 127.0.0.1 port.

Its configuration, maildir and log live in a temporary folder (as ../shared/checks/imap_server.sh
does it): a static password, maildir, STARTTLS with a certificate made for the test (trustme).
Dovecot serves the mailbox as the 'mail' user, so it needs root; where dovecot is not installed
or the tests do not run as root, the tests that need it are skipped.
"""

from __future__ import annotations

import imaplib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import trustme

DOVECOT = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)


def why_not() -> str | None:
    """Why a real Dovecot cannot run here, or None when it can."""
    if DOVECOT is None:
        return "dovecot not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "Dovecot serves the test mailbox as the 'mail' user: needs root"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Dovecot:
    """One Dovecot master. ``start()``, ``stop()``, ``append(...)``; a static password for every
    user, so each user name is its own mailbox."""

    def __init__(self, folder: Path, password: str, cert: trustme.LeafCert, ca_pem: Path) -> None:
        self.dir = folder
        self.password = password
        self.ca_pem = ca_pem
        self.port = free_port()
        self.proc_pid: int | None = None
        folder.mkdir(parents=True, exist_ok=True)
        for sub in ("run", "state"):
            (folder / sub).mkdir(exist_ok=True)
        # The mailbox is served as the 'mail' user, who must be able to walk down to it: not
        # under pytest's temporary root, which every pytest session starting meanwhile (another
        # checkout's, a helper's) sets back to 0700 — the server then fails half-way ("cannot
        # open INBOX", APPEND's SERVERBUG). A folder of its own right under /tmp instead.
        self.mail_root = Path(tempfile.mkdtemp(prefix="ozon-dovecot-mail-"))
        self.mail_root.chmod(0o711)
        self.mail = self.mail_root / "mail"
        self.mail.mkdir()
        shutil.chown(self.mail, "mail", "mail")
        (folder / "mail").symlink_to(self.mail)  # where a test looking at the folder finds it
        cert_file, key_file = folder / "cert.pem", folder / "key.pem"
        cert.cert_chain_pems[0].write_to_path(str(cert_file))
        cert.private_key_pem.write_to_path(str(key_file))
        self.conf = folder / "dovecot.conf"
        self.conf.write_text(f"""\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert_file}
ssl_key = <{key_file}
disable_plaintext_auth = yes
auth_mechanisms = plain login
mail_location = maildir:{self.mail}/%u
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = 1
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid=mail gid=mail home={self.mail}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
""", encoding="utf-8")

    @property
    def pid(self) -> int | None:
        try:
            return int((self.dir / "run" / "master.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def start(self) -> None:
        assert DOVECOT is not None
        # dovecot daemonises: its output goes to a file, or a pipe would stay open behind it
        with open(self.dir / "start.log", "wb") as out:
            subprocess.run([DOVECOT, "-c", str(self.conf)], check=True, stdin=subprocess.DEVNULL,
                           stdout=out, stderr=out, timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {self.port}: {self.log()}")

    def stop(self) -> None:
        pid = self.pid
        if pid is None:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        # the port must be free again (a "server down" test connects to it)
        time.sleep(0.1)

    def log(self) -> str:
        try:
            return (self.dir / "dovecot.log").read_text(encoding="utf-8", errors="replace")[-2000:]
        except OSError:
            return ""

    # -- a client for the test's own use -------------------------------------------------------
    def client(self, user: str) -> imaplib.IMAP4:
        m = imaplib.IMAP4("127.0.0.1", self.port, timeout=10)
        m.starttls(ssl_context=ssl.create_default_context(cafile=str(self.ca_pem)))
        pw = self.password.encode()
        m.authenticate("PLAIN", lambda _challenge: b"\0" + user.encode() + b"\0" + pw)
        return m

    def append(self, user: str, raw: bytes | EmailMessage, when: float | None = None,
               flags: str | None = None) -> None:
        data = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
        m = self.client(user)
        try:
            typ, resp = m.append("INBOX", flags, imaplib.Time2Internaldate(when or time.time()), data)
            assert typ == "OK", resp
        finally:
            m.logout()

    def search(self, user: str, *criteria: str) -> list[int]:
        m = self.client(user)
        try:
            m.select("INBOX")
            _typ, data = m.uid("SEARCH", *criteria)
            return [int(x) for x in (data[0] or b"").split()]
        finally:
            m.logout()

    def expunge_uid(self, user: str, uid: int) -> None:
        m = self.client(user)
        try:
            m.select("INBOX")
            m.uid("STORE", str(uid), "+FLAGS", "(\\Deleted)")
            m.expunge()
        finally:
            m.logout()


@pytest.fixture
def dovecot(tmp_path_factory: pytest.TempPathFactory, certs: Any) -> Iterator[Dovecot]:
    """A Dovecot of this test's own on a free 127.0.0.1 port (STARTTLS, the tests' password).
    Needs the ``certs`` fixture (tests/mail/fixtures.py) in the test module's reach."""
    from tests.mail.fixtures import PASSWORD

    reason = why_not()
    if reason:
        pytest.skip(reason)
    server = Dovecot(tmp_path_factory.mktemp("dovecot"), PASSWORD, certs.good, certs.ca_pem)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.mail_root, ignore_errors=True)
