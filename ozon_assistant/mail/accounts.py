"""Sender accounts: server, security, user and sender address, kept in ``mail_accounts.toml``.

The file sits in the config folder next to ``config.toml`` and holds no secret: the password lives
only in the system keyring (:mod:`.passwords`). It is written atomically and a broken file is
reported with its path and never overwritten, like the settings file.

Example::

    default = "default"
    [accounts.default]
    host = "smtp.example.com"
    port = 587
    security = "starttls"          # starttls | ssl | none (none: 127.0.0.1/localhost only)
    user = "shop@example.com"
    from_addr = "shop@example.com"
    display_name = "Магазин Уют"
    cafile = ""                    # a PEM file with the company's own CA, when it has one
    timeout = 30.0
    imap_host = "imap.example.com" # the incoming side (the buyers' inbox), when there is one:
    imap_port = 993                #   the same user, password, CA file and timeout
    imap_security = "ssl"          # ssl | starttls | none (none: 127.0.0.1/localhost only)
"""

from __future__ import annotations

import ipaddress
import math
import socket
from dataclasses import MISSING, asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.settings import line_of
from ozon_assistant.core.tomlfile import read_toml
from ozon_assistant.mail import validate
from ozon_assistant.mail.errors import AccountError, MailInputError

SECURITY = ("starttls", "ssl", "none")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
DEFAULT_NAME = "default"
DEFAULT_TIMEOUT = 30.0


def accounts_file() -> Path:
    return paths.mail_accounts_file()


@dataclass(frozen=True)
class Account:
    name: str
    host: str
    port: int
    security: str
    user: str
    from_addr: str
    display_name: str = ""
    cafile: str = ""
    timeout: float = DEFAULT_TIMEOUT
    imap_host: str = ""  # empty: no incoming side
    imap_port: int = 0
    imap_security: str = ""

    @property
    def has_imap(self) -> bool:
        return bool(self.imap_host)

    def warnings(self) -> list[str]:
        """What the seller should know before relying on this account."""
        said = []
        if self.security == "none":
            said.append("security none: the connection to the local relay is not encrypted")
        if self.has_imap and self.imap_security == "none":
            said.append("IMAP security none: the connection to the local IMAP server is not "
                        "encrypted")
        return said


def is_loopback(address: str) -> bool:
    """Whether an IP address (as getaddrinfo gives it) is this computer: 127.0.0.0/8, ::1, or
    127.x written as an IPv4-mapped IPv6 address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def loopback_address(host: str, port: int) -> str | None:
    """The address to connect to without encryption: what ``host`` resolves to when every
    address it resolves to is this computer's ("127.1", "localhost", "::1"); None when any is
    not, or it cannot be resolved. Connecting to the address checked, not to the name again,
    leaves no second look-up for a hostile name server to answer differently."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError, ValueError):
        return None
    addresses = [str(info[4][0]) for info in found]
    if not addresses or not all(is_loopback(a) for a in addresses):
        return None
    return addresses[0]


def checked(account: Account) -> Account:
    """``account`` with values normalised, or MailInputError naming the first bad field."""
    name = validate.header_value("account name", account.name).strip()
    if not name or any(c in name for c in "[]\"'.= ") or len(name) > 64:
        raise MailInputError(f"account name {account.name!r}: use letters, digits, - and _ only",
                             code="account_name", field="account name", value=account.name)
    host = validate.header_value("--host", account.host).strip()
    if not host or any(c.isspace() or c in "/@" for c in host):
        raise MailInputError(f"--host: {account.host!r} is not a host name", code="bad_host",
                             field="--host", value=account.host)
    if not 1 <= account.port <= 65535:
        raise MailInputError(f"--port: {account.port} is not a port (1-65535)", code="bad_port",
                             field="--port", value=account.port)
    if account.security not in SECURITY:
        raise MailInputError(f"--security: must be one of {', '.join(SECURITY)}")
    if account.security == "none" and host.lower() not in LOCAL_HOSTS:
        raise MailInputError(
            "--security none is only allowed to 127.0.0.1 or localhost (a local relay); "
            "use starttls or ssl for a real server", code="security_none", field="--security",
        )
    user = validate.header_value("--user", account.user)
    sender = validate.address("--from", account.from_addr)
    if sender.display_name:
        raise MailInputError("--from: give the bare address; the name goes in --name",
                             code="from_bare", field="--from")
    name_shown = validate.display_name("--name", account.display_name)
    cafile = account.cafile.strip()
    if cafile:
        p = Path(cafile).expanduser()
        if not p.is_file():
            raise MailInputError(f"--cafile: {cafile}: no such file", code="no_file",
                                 field="--cafile", path=cafile)
        cafile = str(p.resolve())
    if not 1 <= account.timeout <= 600:
        raise MailInputError("--timeout: must be between 1 and 600 seconds", code="bad_timeout",
                             field="--timeout")
    imap_host, imap_port, imap_security = _checked_imap(account)
    return Account(name=name, host=host, port=account.port, security=account.security,
                   user=user, from_addr=sender.addr_spec, display_name=name_shown,
                   cafile=cafile, timeout=float(account.timeout), imap_host=imap_host,
                   imap_port=imap_port, imap_security=imap_security)


def _checked_imap(account: Account) -> tuple[str, int, str]:
    """The incoming side's host, port and security, checked as the outgoing side's are."""
    host = validate.header_value("--imap-host", account.imap_host).strip()
    if not host:
        if account.imap_port or account.imap_security:
            raise MailInputError("--imap-port/--imap-security: give --imap-host too",
                                 code="imap_host_missing", field="--imap-host")
        return "", 0, ""
    if any(c.isspace() or c in "/@" for c in host):
        raise MailInputError(f"--imap-host: {account.imap_host!r} is not a host name",
                             code="bad_host", field="--imap-host", value=account.imap_host)
    security = account.imap_security or "ssl"
    if security not in SECURITY:
        raise MailInputError(f"--imap-security: must be one of {', '.join(SECURITY)}")
    port = account.imap_port or (993 if security == "ssl" else 143)
    if not 1 <= port <= 65535:
        raise MailInputError(f"--imap-port: {port} is not a port (1-65535)", code="bad_port",
                             field="--imap-port", value=port)
    if security == "none" and host.lower() not in LOCAL_HOSTS:
        raise MailInputError(
            "--imap-security none is only allowed to 127.0.0.1 or localhost; "
            "use ssl or starttls for a real server", code="security_none",
            field="--imap-security")
    return host, port, security


class AccountStore:
    """The accounts file: read on every call, so the window and the CLI never disagree."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or accounts_file()

    def _read(self) -> dict[str, Any]:
        data = read_toml(self.path)
        if not isinstance(data.get("accounts", {}), dict):
            raise ConfigError(self.path, "'accounts' must be a table")
        return data

    def _account(self, name: str, raw: Any) -> Account:
        """The account as the file has it, every value of the type and range it must have
        (a hand-edited ``timeout = "x"`` is one line naming it, not a crash when sending)."""
        if not isinstance(raw, dict):
            raise ConfigError(self.path, f"account {name!r} must be a table")
        values: dict[str, Any] = {}
        for f in fields(Account):
            if f.name == "name":
                continue
            if f.name in raw:
                values[f.name] = self._value(name, f.name, str(f.type), raw[f.name])
            elif f.default is MISSING:
                raise ConfigError(self.path, f"account {name!r}: {f.name!r} is missing",
                                  line_of(self.path, name, "accounts"))
        for field in ("security", "imap_security"):  # anything else would mean no TLS at all
            allowed = SECURITY if field == "security" else ("", *SECURITY)
            if field in values and values[field] not in allowed:
                key = f"accounts.{name}.{field}"
                raise ConfigError(self.path, f"setting {key!r}: must be one of "
                                  f"{', '.join(SECURITY)}", line_of(self.path, key, f"accounts.{name}"),
                                  code="setting_choice", key=key, choices=", ".join(SECURITY))
        return Account(name=name, **values)

    def _value(self, name: str, field: str, kind: str, value: Any) -> Any:
        """``value`` of account ``name``'s ``field``, of type ``kind`` ("str", "int" or
        "float": the timeout); ConfigError naming the setting and its line when it is not."""
        key = f"accounts.{name}.{field}"
        line = line_of(self.path, key, f"accounts.{name}")
        number = isinstance(value, int | float) and not isinstance(value, bool)
        why = {"int": "int", "float": "number"}.get(kind, "text")
        if (kind == "int" and not (number and isinstance(value, int))) or \
                (kind == "float" and not number) or (kind == "str" and not isinstance(value, str)):
            english = {"int": "must be a whole number", "number": "must be a number",
                       "text": "must be text"}[why]
            raise ConfigError(self.path, f"setting {key!r}: {english}", line,
                              code=f"setting_{why}", key=key, choices="")
        if kind == "float":
            if not (math.isfinite(value) and 1 <= value <= 600):
                raise ConfigError(self.path, f"{key}: must be between 1 and 600 seconds", line,
                                  code="bad_timeout", field=key)
            return float(value)
        return value

    def all(self) -> list[Account]:
        accounts = self._read().get("accounts", {})
        return [self._account(n, v) for n, v in accounts.items()]

    def default_name(self) -> str | None:
        data = self._read()
        names = list(data.get("accounts", {}))
        chosen = data.get("default")
        if isinstance(chosen, str) and chosen in names:
            return chosen
        return names[0] if names else None

    def get(self, name: str | None = None) -> Account:
        """The named account, or the default one; AccountError with a next step when missing."""
        accounts = self._read().get("accounts", {})
        if name is None:
            name = self.default_name()
            if name is None:
                raise AccountError("no e-mail account yet: run `ozon-assistant account set "
                                   "--host … --password-stdin` or open Mail → Accounts")
        if name not in accounts:
            known = ", ".join(accounts) or "none"
            raise AccountError(f"no e-mail account named {name!r} (accounts: {known})")
        return self._account(name, accounts[name])

    def put(self, account: Account, make_default: bool = False, keep_imap: bool = True) -> Account:
        """Write ``account``. One given without an incoming side keeps the one the file has
        (a form that knows nothing of IMAP does not remove it) unless ``keep_imap`` is False."""
        account = checked(account)
        data = self._read()
        accounts = dict(data.get("accounts", {}))
        if not account.has_imap and keep_imap and account.name in accounts:
            try:
                old = self._account(account.name, accounts[account.name])
            except ConfigError:
                old = None
            if old is not None and old.has_imap:
                account = replace(account, imap_host=old.imap_host, imap_port=old.imap_port,
                                  imap_security=old.imap_security)
        entry = asdict(account)
        del entry["name"]
        if not account.has_imap:  # an account without an incoming side is written as before
            for key in ("imap_host", "imap_port", "imap_security"):
                del entry[key]
        accounts[account.name] = entry
        data["accounts"] = accounts
        if make_default or data.get("default") not in accounts:
            data["default"] = account.name
        self._write(data)
        return account

    def remove(self, name: str) -> None:
        data = self._read()
        accounts = dict(data.get("accounts", {}))
        if name not in accounts:
            raise AccountError(f"no e-mail account named {name!r}")
        del accounts[name]
        data["accounts"] = accounts
        if data.get("default") == name:
            if accounts:
                data["default"] = next(iter(accounts))
            else:
                data.pop("default", None)
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        import tomli_w

        try:
            write_atomic(self.path, tomli_w.dumps(data))
        except OSError as exc:  # a read-only config folder, a full disk: the file stays
            reason = exc.strerror or exc
            raise ConfigError(self.path, f"cannot write: {reason}", code="config_unwritable",
                              reason=reason) from None
