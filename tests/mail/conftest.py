"""The e-mail tests' real parts live in fixtures.py so the window's mail tests can share them."""

from tests.mail.fixtures import certs, mail_env, smtp_server

__all__ = ["certs", "mail_env", "smtp_server"]
