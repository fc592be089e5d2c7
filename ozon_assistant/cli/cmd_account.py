"""``ozon-assistant account set|show|test|remove``: the SMTP sender accounts and their incoming
(IMAP) side, which ``inbox sync`` reads the buyers' mail from.

The password is read from stdin (``--password-stdin``), never from the command line, and goes
straight into the system keyring. Exit codes: 0 done, 2 bad input, 3 ``account test`` failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any


def register(sub: Any) -> dict[str, Callable[[argparse.Namespace], int]]:
    p = sub.add_parser("account", help="set up the e-mail account replies are sent from",
                       description="The SMTP account(s) replies are sent from. The password is "
                       "kept only in the system keyring.")
    asub = p.add_subparsers(dest="account_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    s = asub.add_parser("set", help="create or change an account",
                        description="Create or change an account. Security 'none' is allowed only "
                        "to 127.0.0.1/localhost.")
    s.add_argument("--account", default=None, metavar="NAME",
                   help="the account's name (default: the default account, else 'default')")
    s.add_argument("--host", required=True)
    s.add_argument("--port", required=True, type=int)
    s.add_argument("--security", required=True, choices=("starttls", "ssl", "none"))
    s.add_argument("--user", default="", help="the user name to sign in with (none: no sign-in)")
    s.add_argument("--from", dest="from_addr", required=True, metavar="ADDR",
                   help="the sender address buyers see")
    s.add_argument("--name", default="", help="the sender name buyers see, e.g. your shop")
    s.add_argument("--cafile", default="", metavar="PEM",
                   help="your company's own certificate authority, when it has one")
    s.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS")
    s.add_argument("--imap-host", default=None, metavar="HOST",
                   help="the incoming (IMAP) server the buyers' mail is read from; same user, "
                   "password and --cafile (not given: kept as it was; empty: no incoming side)")
    s.add_argument("--imap-port", type=int, default=None, metavar="PORT",
                   help="default 993 for ssl, 143 otherwise")
    s.add_argument("--imap-security", default=None, choices=("ssl", "starttls", "none"),
                   help="default ssl; none only to 127.0.0.1/localhost")
    s.add_argument("--password-stdin", action="store_true",
                   help="read the password from stdin (it goes only into the system keyring)")
    s.add_argument("--default", action="store_true", help="make this the default account")
    for name, text in (("show", "list the accounts (never the password)"),
                       ("test", "connect, verify TLS and sign in, without sending"),
                       ("remove", "delete an account and its password")):
        a = asub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        a.add_argument("--account", default=None, metavar="NAME")
        if name == "show":
            a.add_argument("--format", choices=("text", "json"), default="text")
    return {"account": run}


def _read_password() -> str:
    from ozon_assistant.cli import UsageError

    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("account set: the password on stdin is not UTF-8 text") from None
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    if not text:
        raise UsageError("account set: --password-stdin: nothing on stdin")
    if "\n" in text or "\r" in text:
        raise UsageError("account set: --password-stdin: give the password on one line")
    return text


def run(args: argparse.Namespace) -> int:
    return {"set": _set, "show": _show, "test": _test, "remove": _remove}[args.account_command](args)


def _set(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import UsageError
    from ozon_assistant.mail import passwords
    from ozon_assistant.mail.accounts import DEFAULT_NAME, Account, AccountStore, checked

    store = AccountStore()
    name = args.account or store.default_name() or DEFAULT_NAME
    imap_host, imap_port, imap_security = _imap_side(store, name, args)
    account = checked(Account(name=name, host=args.host, port=args.port, security=args.security,
                              user=args.user, from_addr=args.from_addr, display_name=args.name,
                              cafile=args.cafile, timeout=args.timeout, imap_host=imap_host,
                              imap_port=imap_port, imap_security=imap_security))
    password = _read_password() if args.password_stdin else None
    if password is None and account.user and passwords.get_password(account.name) is None:
        raise UsageError("account set: give the password with --password-stdin "
                         "(e.g. `printf %s \"$PW\" | ozon-assistant account set … --password-stdin`)")
    if password is not None:
        previous = passwords.get_password(account.name)
        passwords.set_password(account.name, password)  # first: a keyring failure writes nothing
        try:
            store.put(account, make_default=args.default, keep_imap=False)
        except BaseException:  # the file was not written: no password left without its account
            _restore_password(account.name, previous)
            raise
    else:
        store.put(account, make_default=args.default, keep_imap=False)
    for w in account.warnings():
        print(f"warning: {w}", file=sys.stderr)
    where = "stored in" if password is not None else "kept in"
    incoming = (f", mail read from {account.imap_host}:{account.imap_port} "
                f"({account.imap_security})") if account.has_imap else ""
    print(f"account {account.name!r} saved: {account.from_addr} via {account.host}:{account.port} "
          f"({account.security}){incoming}; password {where} the system keyring "
          f"({passwords.backend_name()})")
    return 0


def _imap_side(store: Any, name: str, args: argparse.Namespace) -> tuple[str, int, str]:
    """The incoming side: each --imap-* option not given keeps the account's value (the port
    goes back to the default when only the security changes; an empty host removes the side)."""
    from ozon_assistant.mail.errors import AccountError

    try:
        old = store.get(name)
        host, port, security = old.imap_host, old.imap_port, old.imap_security
    except AccountError:
        host, port, security = "", 0, ""
    if args.imap_host is not None:
        host = args.imap_host
    if args.imap_security is not None and args.imap_security != security:
        security, port = args.imap_security, 0
    if args.imap_port is not None:
        port = args.imap_port
    if not host.strip() and (args.imap_host is not None
                             or (args.imap_port is None and args.imap_security is None)):
        return "", 0, ""  # removed, or never had one
    return host, port, security


def _restore_password(name: str, previous: str | None) -> None:
    """The keyring as it was before ``account set`` stored a new password for ``name``."""
    from ozon_assistant.core.errors import OzonError
    from ozon_assistant.mail import passwords

    try:
        if previous is None:
            passwords.delete_password(name)
        else:
            passwords.set_password(name, previous)
    except OzonError as exc:  # the first error is the one to act on; this one is said too
        print(f"warning: {exc}", file=sys.stderr)


def _show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from ozon_assistant.mail import passwords
    from ozon_assistant.mail.accounts import AccountStore

    store = AccountStore()
    accounts = [store.get(args.account)] if args.account else store.all()
    default = store.default_name()
    rows = []
    for a in accounts:
        row = asdict(a)
        row["default"] = a.name == default
        row["password"] = "stored" if passwords.get_password(a.name) is not None else "missing"
        rows.append(row)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not rows:
        print("no e-mail account yet (ozon-assistant account set --help)")
    for r in rows:
        mark = " (default)" if r["default"] else ""
        sender = f"{r['display_name']} <{r['from_addr']}>" if r["display_name"] else r["from_addr"]
        incoming = (f", mail read from {r['imap_host']}:{r['imap_port']} {r['imap_security']}"
                    if r["imap_host"] else "")
        print(f"{r['name']}{mark}: {sender} via {r['host']}:{r['port']} {r['security']}{incoming}, "
              f"user {r['user'] or '-'}, password {r['password']} in keyring"
              + (f", CA file {r['cafile']}" if r["cafile"] else ""))
    return 0


def _test(args: argparse.Namespace) -> int:
    from ozon_assistant.cli import EXIT_FAILED, PROG
    from ozon_assistant.mail import imap, passwords, smtp
    from ozon_assistant.mail.accounts import AccountStore
    from ozon_assistant.mail.errors import SendError

    account = AccountStore().get(args.account)
    password = passwords.get_password(account.name) if account.user else None
    try:
        print(smtp.test_connection(account, password))
        if account.has_imap:
            print(imap.test_connection(account, password))
    except (SendError, imap.ReceiveError) as exc:
        print(f"{PROG}: account test: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _remove(args: argparse.Namespace) -> int:
    from ozon_assistant.mail import passwords
    from ozon_assistant.mail.accounts import AccountStore
    from ozon_assistant.mail.errors import AccountError

    store = AccountStore()
    name = args.account
    if name is None:
        names = [a.name for a in store.all()]
        if len(names) != 1:
            raise AccountError("account remove: say which with --account NAME "
                               f"(accounts: {', '.join(names) or 'none'})")
        name = names[0]
    store.remove(name)
    gone = passwords.delete_password(name)
    print(f"account {name!r} removed" + (" with its password" if gone else ""))
    return 0
