"""Real parts for the inbox tests: Dovecot (dovecot.py), and the e-mail tests' aiosmtpd server,
certificates and file keyring (tests/mail/fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.inbox.dovecot import Dovecot, why_not
from tests.mail.fixtures import PASSWORD, Certs, certs, mail_env, smtp_server

__all__ = ["certs", "dovecot", "mail_env", "smtp_server"]


@pytest.fixture
def dovecot(tmp_path_factory: pytest.TempPathFactory, certs: Certs) -> Iterator[Dovecot]:
    """A Dovecot of this test's own on a free 127.0.0.1 port (STARTTLS, the tests' password)."""
    reason = why_not()
    if reason:
        pytest.skip(reason)
    server = Dovecot(tmp_path_factory.mktemp("dovecot"), PASSWORD, certs.good, certs.ca_pem)
    try:
        server.start()
        yield server
    finally:
        server.stop()
