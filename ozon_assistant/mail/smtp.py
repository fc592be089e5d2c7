"""One delivery attempt over SMTP, with TLS always verified, and every failure sorted into a kind.

TLS: ``ssl.create_default_context()`` (plus the account's CA file) for both SSL and STARTTLS, so
the certificate chain and the host name are checked; ``starttls()`` without a context would accept
any certificate. ``none`` is allowed only to a relay on this computer: ``account set`` says so,
and the connection itself is made only to an address the host resolves to that is this
computer's (a hand-edited accounts file cannot send the password in clear to another host).

An attempt has an overall deadline, the account's timeout: the socket timeout alone bounds each
read, and a server dripping a line every few seconds would hold a send for ever
(:class:`~ozon_assistant.core.deadline.Deadline`).

The end of DATA is the moment that matters for "nothing sent twice": the message body goes out,
then ``on_data_end`` runs (the outbox records that the server may now have the message), and only
then the final ``.`` is sent. A failure before that point means the server cannot have accepted
the message; after it, only an explicit reply code settles it, and a lost connection or a timeout
leaves the message "may have been sent" (:data:`UNCERTAIN`).
"""

from __future__ import annotations

import base64
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable

from ozon_assistant.core.deadline import Deadline
from ozon_assistant.core.text import one_line
from ozon_assistant.mail.accounts import Account, loopback_address
from ozon_assistant.mail.errors import PERMANENT, TEMPORARY, UNCERTAIN, SendError
from ozon_assistant.mail.message import seven_bit

Progress = Callable[[str], None]
#: Stages reported through ``progress``, in order.
STAGES = ("connecting", "securing", "signing_in", "sending", "waiting")


class Cancel:
    """Cancels an attempt from another thread by shutting its socket down.

    Once the end of DATA has passed, cancelling no longer helps (the server may have the message),
    so the attempt then runs to the server's answer.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self.too_late = False

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        with self._lock:
            self._event.set()
            if self._sock is not None and not self.too_late:
                try:
                    self._sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _attach(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if sock is not None and self._event.is_set():
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _past_data_end(self) -> None:
        with self._lock:
            self.too_late = True


def tls_context(account: Account) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=account.cafile or None)
    except (OSError, ssl.SSLError) as exc:
        raise SendError(f"cannot load the CA file {account.cafile}: {exc}", PERMANENT,
                        code="ca_file", path=account.cafile, reason=exc) from None


def _one_line(reply: bytes | str, limit: int = 200) -> str:
    return one_line(reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply, limit)


def _reply_error(what: str, code: int, reply: bytes | str, why: str = "server_answered",
                 **params: object) -> SendError:
    """The server said no (``code``); ``why`` and ``params`` let the window say what to."""
    kind = TEMPORARY if 400 <= code < 500 else PERMANENT
    answer = f"{code} {_one_line(reply)}"
    if kind == TEMPORARY:  # greylisting, a full mailbox, rate limits: nothing to fix, only wait
        why, params = "try_later", {"where": params.get("where", what)}
    return SendError(f"{what}: the server answered {answer}", kind, code=why, answer=answer,
                     **params)


def _classify(exc: BaseException, account: Account, past_end: bool, cancelled: bool,
              expired: bool = False) -> SendError:
    where = f"{account.host}:{account.port}"
    if cancelled and not past_end:
        return SendError("cancelled before the server received the message", PERMANENT,
                         code="cancelled")
    if isinstance(exc, SendError):
        return exc
    if expired:  # the attempt's deadline cut the connection: whatever it looked like, a timeout
        exc = TimeoutError("timed out")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        answer = f"{exc.smtp_code} {_one_line(exc.smtp_error)}"
        return SendError(f"{where} refused the user name or password ({answer})", PERMANENT,
                         code="auth_refused", where=where, answer=answer)
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(where, exc.smtp_code, exc.smtp_error, where=where)
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or str(exc)
        if "hostname" in why.lower() or "ip address mismatch" in why.lower():
            return SendError(f"{where}: the server's certificate is for another host ({why}); "
                             "refused", PERMANENT, code="cert_host", where=where, reason=why)
        return SendError(f"{where}: the server's certificate is not trusted ({why}); refused — "
                         "if your company has its own certificate authority, give its PEM with "
                         "--cafile", PERMANENT, code="cert_untrusted", where=where, reason=why)
    if isinstance(exc, ssl.SSLError):
        reason = exc.reason or exc
        return SendError(f"{where}: TLS failed ({reason}); refused", PERMANENT, code="tls_failed",
                         where=where, reason=reason)
    if past_end:
        code, reason = _net_reason(exc, account)
        return SendError(f"{where}: no answer after the message was sent ({reason}); "
                         "it may have been delivered, so it will not be resent automatically",
                         UNCERTAIN, code="maybe_delivered", where=where, reason=reason,
                         why=code)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendError(f"{where}: {exc}", PERMANENT)
    code, reason = _net_reason(exc, account)
    return SendError(f"{where}: {reason}", TEMPORARY, code=code, where=where, reason=reason,
                     seconds=f"{account.timeout:g}", host=account.host)


def _net_reason(exc: BaseException, account: Account) -> tuple[str, str]:
    """(code, English reason) of a network failure; the code lets the window translate it."""
    if isinstance(exc, TimeoutError | socket.timeout) or "timed out" in str(exc):
        return "net_timeout", f"timed out after {account.timeout:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return "net_refused", "connection refused (server down or wrong port)"
    if isinstance(exc, socket.gaierror):
        return "net_no_host", f"cannot find the host {account.host}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "net_closed", "the server closed the connection"
    if isinstance(exc, ConnectionError):
        return "net_broken", "the connection was broken"
    if isinstance(exc, OSError):
        return "net_other", exc.strerror or exc.__class__.__name__
    return "net_other", exc.__class__.__name__


class _SMTP(smtplib.SMTP):
    """smtplib's connection with its socket handed to the attempt's deadline the moment it is
    connected: the greeting and a TLS handshake are read under the deadline too."""

    def __init__(self, deadline: Deadline, host: str, timeout: float) -> None:
        self._deadline = deadline
        super().__init__(timeout=timeout)
        self._host = host  # the name TLS verifies (connect() may be given its address)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, self._deadline.remaining(timeout))  # type: ignore[misc]
        self._deadline.attach(sock)
        return sock  # type: ignore[no-any-return]


class _SMTP_SSL(smtplib.SMTP_SSL, _SMTP):
    """SMTP_SSL wraps what _SMTP's _get_socket returns: the deadline holds the raw socket."""

    def __init__(self, deadline: Deadline, host: str, timeout: float,
                 context: ssl.SSLContext) -> None:
        self._deadline = deadline
        smtplib.SMTP_SSL.__init__(self, timeout=timeout, context=context)
        self._host = host  # the name TLS verifies


def refuse_plain(account: Account, where: str) -> str:
    """The address a ``security none`` account may connect to (this computer's, resolved
    here), or SendError before anything is connected: no password in clear to another host,
    whatever the accounts file says."""
    address = loopback_address(account.host, account.port)
    if address is None:
        raise SendError(
            f"{where}: refused to connect without encryption: {account.host} is not this "
            "computer (security none is only for a relay on 127.0.0.1 or localhost); nothing "
            "was sent — choose starttls or ssl", PERMANENT, code="plain_not_local", where=where,
            host=account.host)
    return address


def _open(account: Account, password: str | None, progress: Progress, cancel: Cancel,
          deadline: Deadline) -> smtplib.SMTP:
    """Connect, secure and sign in. The caller closes the returned connection."""
    where = f"{account.host}:{account.port}"
    address = account.host
    if account.security not in ("ssl", "starttls"):  # none, or whatever a hand-edited file says
        address = refuse_plain(account, where)
    progress("connecting")
    smtp: smtplib.SMTP
    if account.security == "ssl":
        smtp = _SMTP_SSL(deadline, account.host, account.timeout, tls_context(account))
    else:
        smtp = _SMTP(deadline, account.host, account.timeout)
    try:
        code, greeting = smtp.connect(address, account.port)
        if code != 220:
            raise smtplib.SMTPConnectError(code, greeting)
    except BaseException:
        smtp.close()
        raise
    cancel._attach(smtp.sock)
    try:
        smtp.ehlo()
        if account.security == "starttls":
            progress("securing")
            if not smtp.has_extn("starttls"):
                raise SendError(f"{account.host}:{account.port} does not offer STARTTLS; "
                                "check the port, or choose security ssl", PERMANENT,
                                code="no_starttls", where=f"{account.host}:{account.port}")
            smtp.starttls(context=tls_context(account))
            cancel._attach(smtp.sock)
            smtp.ehlo()
        if account.user:
            if not password:
                raise SendError(f"no password for account {account.name!r} in the system keyring; "
                                "set it again with `account set … --password-stdin`", PERMANENT,
                                code="no_password", account=account.name)
            progress("signing_in")
            _login(smtp, account.user, password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, except that a non-ASCII user or password is sent as UTF-8 (RFC 4616).

    smtplib encodes credentials as ASCII and fails on a Cyrillic or Chinese password, which
    sellers do use; PLAIN and LOGIN carry UTF-8 fine.
    """
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("the server does not offer sign-in (AUTH)")
    methods = smtp.esmtp_features["auth"].upper().split()

    def b64(value: bytes) -> str:
        return base64.b64encode(value).decode("ascii")

    if "PLAIN" in methods:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(b"\0" + user.encode() + b"\0" + password.encode()))
    elif "LOGIN" in methods:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(user.encode()))
        if code == 334:
            code, reply = smtp.docmd(b64(password.encode()))
    else:
        raise smtplib.SMTPNotSupportedError(
            "the server offers no sign-in method for a password with non-Latin characters")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _data(smtp: smtplib.SMTP, raw: bytes, on_data_end: Callable[[], None]) -> tuple[int, bytes]:
    """smtplib's DATA, split so ``on_data_end`` runs after the body and before the final dot."""
    smtp.putcmd("data")
    code, reply = smtp.getreply()
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    body = re.sub(rb"(?m)^\.", b"..", raw)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    smtp.send(body)
    on_data_end()
    smtp.send(b".\r\n")
    return smtp.getreply()


def deliver(account: Account, password: str | None, raw: bytes, sender: str,
            recipients: tuple[str, ...], *, progress: Progress | None = None,
            on_data_end: Callable[[], None] | None = None, cancel: Cancel | None = None) -> str:
    """Send ``raw`` (the outbox's bytes, unchanged headers); the server's reply on success.

    Raises SendError whose ``kind`` says whether the server may have the message.
    """
    report = progress or (lambda stage: None)
    cancel = cancel or Cancel()
    past_end = False

    def mark_end() -> None:
        nonlocal past_end
        cancel._past_data_end()
        if on_data_end:
            on_data_end()
        past_end = True

    deadline = Deadline(account.timeout)
    try:
        if cancel.cancelled:
            raise SendError("cancelled", PERMANENT)
        smtp = _open(account, password, report, cancel, deadline)
        try:
            report("sending")
            options: list[str] = []
            if smtp.has_extn("8bitmime"):
                options.append("BODY=8BITMIME")
            else:
                raw = seven_bit(raw)
            where = f"{account.host}:{account.port}"
            code, reply = smtp.mail(sender, options)
            if code != 250:
                raise _reply_error(f"{where} refused the sender {sender}", code, reply,
                                   "sender_refused", where=where, address=sender)
            for rcpt in recipients:
                code, reply = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    raise _reply_error(f"{where} refused the recipient {rcpt}", code, reply,
                                       "recipient_refused", where=where, address=rcpt)
            code, reply = _data(smtp, raw, mark_end)
            report("waiting")
            if code != 250:
                # the server said no: it did not take the message, whatever DATA carried
                raise _reply_error(f"{where} did not accept the message", code, reply,
                                   "message_refused", where=where)
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                pass  # accepted already; a rude goodbye changes nothing
            return f"{code} {_one_line(reply)}"
        finally:
            smtp.close()
            cancel._attach(None)
    except SendError:
        if cancel.cancelled and not past_end:
            raise SendError("cancelled before the server received the message", PERMANENT) from None
        raise
    except Exception as exc:  # every network and protocol failure becomes one line
        raise _classify(exc, account, past_end, cancel.cancelled, deadline.expired) from None
    finally:
        deadline.close()


def test_connection(account: Account, password: str | None, progress: Progress | None = None,
                    cancel: Cancel | None = None) -> str:
    """Connect, verify TLS and sign in without sending anything; a sentence saying what worked."""
    cancel = cancel or Cancel()
    with Deadline(account.timeout) as deadline:
        try:
            smtp = _open(account, password, progress or (lambda stage: None), cancel, deadline)
        except Exception as exc:
            raise _classify(exc, account, False, cancel.cancelled, deadline.expired) from None
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            pass
        finally:
            smtp.close()
    secured = {"ssl": "TLS (certificate verified)", "starttls": "STARTTLS (certificate verified)",
               "none": "no encryption (local relay)"}[account.security]
    signed = f", signed in as {account.user}" if account.user else ""
    return f"connected to {account.host}:{account.port} with {secured}{signed}"
