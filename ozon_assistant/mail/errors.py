"""Errors of the e-mail path, each one clear line for stderr or a dialog.

Bad input (an address, a header with a line break, an unapproved reply) is an :class:`OzonError`
and exits 2 like every other user error. A send that failed is a :class:`SendError` (exit 3); its
``kind`` tells the outbox what to do next, which is the whole point of sorting failures.
"""

from __future__ import annotations

from ozon_assistant.core.errors import OzonError

#: The server or the network may let it through later: retry with backoff.
TEMPORARY = "temporary"
#: Retrying will not help until the seller changes something (password, address, certificate).
PERMANENT = "permanent"
#: The message may have reached the server: never resend without the seller's say-so.
UNCERTAIN = "uncertain"


class MailInputError(OzonError):
    """An address, header or reply that must not be sent as it is (exit 2)."""


class NotApprovedError(MailInputError):
    """The checker did not approve the reply and the seller did not override (exit 2)."""


class AccountError(OzonError):
    """No such account, a broken accounts file, or no keyring to keep the password in."""


class SendError(OzonError):
    """A delivery attempt failed (exit 3). ``kind`` is TEMPORARY, PERMANENT or UNCERTAIN."""

    def __init__(self, message: str, kind: str, *, code: str = "", **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.kind = kind
