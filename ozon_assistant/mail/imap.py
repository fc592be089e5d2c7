"""The account's incoming side: an IMAP connection with TLS always verified, signed in, and every
failure turned into one line (:class:`ReceiveError`).

TLS as for SMTP (:func:`.smtp.tls_context`): the certificate chain and host name are checked for
``ssl`` and ``starttls``; ``none`` is allowed only to this computer — checked by ``account set``
and again where the connection is made, on the address the host resolves to. A password with
non-Latin letters goes out as UTF-8 through AUTHENTICATE PLAIN (imaplib's LOGIN sends ASCII
only).

Deadlines: connecting, securing and signing in must be done within the account's timeout, and
so must each command after that (a FETCH, a STORE), however slowly the server drips its lines
(:class:`~ozon_assistant.core.deadline.Deadline`); the socket timeout alone bounds each read.
"""

from __future__ import annotations

import imaplib
import socket
import ssl

from ozon_assistant.core.deadline import Deadline
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.text import one_line
from ozon_assistant.mail.accounts import Account, loopback_address
from ozon_assistant.mail.errors import AccountError, SendError


class ReceiveError(OzonError):
    """Fetching mail or changing a flag failed (exit 3): network, TLS, sign-in or the server."""


def _where(account: Account) -> str:
    return f"{account.imap_host}:{account.imap_port}"


def classify(exc: BaseException, account: Account) -> ReceiveError:
    """One line for a failure while talking to the IMAP server."""
    where = _where(account)
    if isinstance(exc, ReceiveError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or str(exc)
        if "hostname" in why.lower() or "ip address mismatch" in why.lower():
            return ReceiveError(f"IMAP {where}: the server's certificate is for another host "
                                f"({why}); refused", code="cert_host", where=where, reason=why)
        return ReceiveError(f"IMAP {where}: the server's certificate is not trusted ({why}); "
                            "refused — if your company has its own certificate authority, give "
                            "its PEM with --cafile", code="cert_untrusted", where=where, reason=why)
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or exc
        return ReceiveError(f"IMAP {where}: TLS failed ({reason}); refused", code="tls_failed",
                            where=where, reason=reason)
    if isinstance(exc, imaplib.IMAP4.abort):
        return ReceiveError(f"IMAP {where}: the connection was broken ({one_line(str(exc), 200)})",
                            code="net_broken", where=where)
    if isinstance(exc, imaplib.IMAP4.error):
        return ReceiveError(f"IMAP {where}: the server answered: {one_line(str(exc), 200)}",
                            code="server_answered", where=where, answer=one_line(str(exc), 200))
    if isinstance(exc, TimeoutError | socket.timeout):
        return ReceiveError(f"IMAP {where}: timed out after {account.timeout:g} s",
                            code="net_timeout", where=where, seconds=f"{account.timeout:g}")
    if isinstance(exc, ConnectionRefusedError):
        return ReceiveError(f"IMAP {where}: connection refused (server down or wrong port)",
                            code="net_refused", where=where)
    if isinstance(exc, socket.gaierror):
        return ReceiveError(f"IMAP {where}: cannot find the host {account.imap_host}",
                            code="net_no_host", where=where, host=account.imap_host)
    if isinstance(exc, ConnectionError | EOFError):
        return ReceiveError(f"IMAP {where}: the connection was broken", code="net_broken",
                            where=where)
    if isinstance(exc, OSError):
        return ReceiveError(f"IMAP {where}: {exc.strerror or exc.__class__.__name__}",
                            code="net_other", where=where)
    return ReceiveError(f"IMAP {where}: {exc.__class__.__name__}: {one_line(str(exc), 200)}",
                        code="net_other", where=where)


class _IMAP4(imaplib.IMAP4):
    """imaplib's connection under a :class:`Deadline`: its socket is attached the moment it is
    connected; after sign-in (``per_command``) each command gets the whole timeout anew. A read
    the deadline cut short is a timeout, not a broken connection."""

    def __init__(self, deadline: Deadline, host: str, port: int, timeout: float) -> None:
        self._deadline = deadline
        self.per_command = False
        super().__init__(host, port, timeout=timeout)

    def _create_socket(self, timeout: float | None) -> socket.socket:
        sock = super()._create_socket(self._deadline.remaining(timeout))  # type: ignore[misc]
        self._deadline.attach(sock)
        return sock  # type: ignore[no-any-return]

    def _command(self, name: str, *args: object) -> object:
        if self.per_command:
            self._deadline.start()
        return super()._command(name, *args)  # type: ignore[misc]

    def _command_complete(self, name: str, tag: object) -> object:
        try:
            return super()._command_complete(name, tag)  # type: ignore[misc]
        finally:
            if self.per_command:
                self._deadline.stop()

    def readline(self) -> bytes:
        return self._cut(super().readline)

    def read(self, size: int) -> bytes:
        return self._cut(lambda: super(_IMAP4, self).read(size))

    def _cut(self, read: object) -> bytes:
        try:
            data: bytes = read()  # type: ignore[operator]
        except (OSError, ValueError):
            if self._deadline.expired:
                raise TimeoutError("timed out") from None
            raise
        if not data and self._deadline.expired:
            raise TimeoutError("timed out")
        return data

    def shutdown(self) -> None:
        try:
            super().shutdown()
        finally:
            self._deadline.close()


class _IMAP4_SSL(imaplib.IMAP4_SSL, _IMAP4):
    """IMAP4_SSL wraps what _IMAP4's _create_socket returns: the deadline holds the raw socket."""

    def __init__(self, deadline: Deadline, host: str, port: int, timeout: float,
                 ssl_context: ssl.SSLContext | None) -> None:
        self._deadline = deadline
        self.per_command = False
        imaplib.IMAP4_SSL.__init__(self, host, port, ssl_context=ssl_context, timeout=timeout)


def connect(account: Account, password: str | None) -> imaplib.IMAP4:
    """Connected, secured and signed in; the caller logs out. ReceiveError when it fails,
    AccountError when the account has no incoming side."""
    if not account.has_imap:
        raise AccountError(f"account {account.name!r} has no incoming (IMAP) side: add it with "
                           "`account set … --imap-host H --imap-port P --imap-security ssl`",
                           code="no_imap", account=account.name)
    if account.user and not password:
        raise ReceiveError(f"no password for account {account.name!r} in the system keyring; "
                           "set it again with `account set … --password-stdin`",
                           code="no_password", account=account.name)
    try:
        from ozon_assistant.mail.smtp import tls_context

        context = tls_context(account) if account.imap_security != "none" else None
    except SendError as exc:
        raise ReceiveError(str(exc), code=exc.code, **exc.params) from None
    address = account.imap_host
    if account.imap_security not in ("ssl", "starttls"):  # none, or what a hand-edited file says
        found = loopback_address(account.imap_host, account.imap_port)
        if found is None:
            raise ReceiveError(
                f"IMAP {_where(account)}: refused to connect without encryption: "
                f"{account.imap_host} is not this computer (IMAP security none is only for a "
                "server on 127.0.0.1 or localhost); nothing was sent — choose ssl or starttls",
                code="plain_not_local", where=_where(account), host=account.imap_host)
        address = found
    conn: _IMAP4 | None = None
    deadline = Deadline(account.timeout)  # connecting, securing and signing in: one timeout
    try:
        if account.imap_security == "ssl":
            conn = _IMAP4_SSL(deadline, account.imap_host, account.imap_port, account.timeout,
                              context)
        else:
            conn = _IMAP4(deadline, address, account.imap_port, account.timeout)
            if account.imap_security == "starttls":
                if "STARTTLS" not in conn.capabilities:
                    raise ReceiveError(f"IMAP {_where(account)} does not offer STARTTLS; check the "
                                       "port, or choose --imap-security ssl", code="no_starttls",
                                       where=_where(account))
                conn.starttls(ssl_context=context)
        _login(conn, account, password or "")
        deadline.stop()
        conn.per_command = True  # from now on each command has the whole timeout
    except BaseException as exc:
        if conn is not None:
            _close(conn)
        deadline.close()
        if isinstance(exc, Exception):
            if deadline.expired and not isinstance(exc, ReceiveError | SendError):
                exc = TimeoutError("timed out")
            raise classify(exc, account) from None
        raise
    return conn


def _login(conn: imaplib.IMAP4, account: Account, password: str) -> None:
    if not account.user:
        return
    user = account.user
    try:
        if not (user.isascii() and password.isascii()) or "AUTH=PLAIN" in conn.capabilities:
            secret = b"\0" + user.encode() + b"\0" + password.encode()
            conn.authenticate("PLAIN", lambda _challenge: secret)
        else:
            conn.login(user, password)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:
        answer = one_line(str(exc), 200)
        raise ReceiveError(f"IMAP {_where(account)} refused the user name or password ({answer})",
                           code="auth_refused", where=_where(account), answer=answer) from None


def _close(conn: imaplib.IMAP4) -> None:
    try:
        conn.shutdown()
    except (OSError, imaplib.IMAP4.error):
        pass


def logout(conn: imaplib.IMAP4) -> None:
    """Sign out politely; a server that went away meanwhile changes nothing."""
    try:
        conn.logout()
    except (OSError, imaplib.IMAP4.error, EOFError):
        _close(conn)


def test_connection(account: Account, password: str | None) -> str:
    """Connect, verify TLS, sign in and open INBOX read-only; a sentence saying what worked."""
    conn = connect(account, password)
    try:
        typ, data = conn.select("INBOX", readonly=True)
        if typ != "OK":
            raise ReceiveError(f"IMAP {_where(account)}: cannot open INBOX ({data!r})",
                               code="no_inbox", where=_where(account))
        count = int((data[0] or b"0").decode() or 0)
    except ReceiveError:
        raise
    except Exception as exc:
        raise classify(exc, account) from None
    finally:
        logout(conn)
    secured = {"ssl": "TLS (certificate verified)", "starttls": "STARTTLS (certificate verified)",
               "none": "no encryption (local server)"}[account.imap_security]
    return (f"IMAP: connected to {_where(account)} with {secured}, signed in as {account.user}, "
            f"INBOX holds {count} message(s)")
