"""Real parts for the inbox tests: Dovecot (dovecot.py, its fixture too, which the window's inbox
tests import as well), and the e-mail tests' aiosmtpd server, certificates and file keyring
(tests/mail/fixtures.py)."""

from __future__ import annotations

from tests.inbox.dovecot import dovecot
from tests.mail.fixtures import certs, mail_env, smtp_server

__all__ = ["certs", "dovecot", "mail_env", "smtp_server"]
