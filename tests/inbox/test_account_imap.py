"""The account's incoming side: `account set --imap-*`, kept in the accounts file beside SMTP,
the same user, keyring password and verified TLS; `account test` signs in to the real Dovecot."""

from __future__ import annotations

import pytest

from ozon_assistant.cli import main
from ozon_assistant.mail.accounts import AccountStore, accounts_file
from tests.inbox.dovecot import Dovecot
from tests.mail.fixtures import PASSWORD, USER, Certs, cli_env, run_cli

pytestmark = pytest.mark.usefixtures("mail_env")


def _set(port: int, *extra: str) -> list[str]:
    return ["account", "set", "--host", "127.0.0.1", "--port", str(port), "--security", "starttls",
            "--user", USER, "--from", "shop@example.com", *extra]


def test_account_set_imap(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PASSWORD.encode() + b"\n")))
    rc = main([*_set(2525, "--imap-host", "imap.example.com", "--password-stdin")])
    assert rc == 0, capsys.readouterr().err
    a = AccountStore().get()
    assert (a.imap_host, a.imap_port, a.imap_security) == ("imap.example.com", 993, "ssl")
    # changing the SMTP side alone keeps the incoming side
    assert main(_set(2526)) == 0
    a = AccountStore().get()
    assert (a.port, a.imap_host, a.imap_port) == (2526, "imap.example.com", 993)
    assert main([*_set(2526, "--imap-security", "starttls")]) == 0
    assert AccountStore().get().imap_port == 143
    # none only to this computer, with a warning
    capsys.readouterr()
    assert main([*_set(2526, "--imap-security", "none")]) == 2
    assert "only allowed to 127.0.0.1" in capsys.readouterr().err
    assert main([*_set(2526, "--imap-host", "127.0.0.1", "--imap-port", "1143",
                       "--imap-security", "none")]) == 0
    assert "IMAP security none" in capsys.readouterr().err
    # a form that knows nothing of IMAP (the window's account dialog) keeps it
    from dataclasses import replace

    store = AccountStore()
    store.put(replace(store.get(), imap_host="", imap_port=0, imap_security="", port=2527))
    assert (store.get().port, store.get().imap_host) == (2527, "127.0.0.1")
    # an empty host removes the incoming side; the file then reads as before
    assert main([*_set(2526, "--imap-host", "")]) == 0
    assert not AccountStore().get().has_imap
    assert "imap" not in accounts_file().read_text(encoding="utf-8")
    assert PASSWORD not in accounts_file().read_text(encoding="utf-8")


def test_account_test_signs_in_to_dovecot(dovecot: Dovecot, smtp_server, certs: Certs,
                                          mail_env: dict[str, str]) -> None:
    server = smtp_server()
    env = cli_env(mail_env)
    base = ["account", "set", "--host", "127.0.0.1", "--port", str(server.port), "--security",
            "starttls", "--user", USER, "--from", "shop@example.com", "--cafile", str(certs.ca_pem),
            "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port),
            "--imap-security", "starttls"]
    r = run_cli([*base, "--password-stdin"], env, stdin=PASSWORD + "\n")
    assert r.returncode == 0, r.stderr
    assert f"mail read from 127.0.0.1:{dovecot.port} (starttls)" in r.stdout
    r = run_cli(["account", "test"], env)
    assert r.returncode == 0, r.stderr
    assert "IMAP: connected to" in r.stdout and "STARTTLS (certificate verified)" in r.stdout
    # without the company's CA the IMAP server's certificate is refused, in one line
    from dataclasses import replace

    from ozon_assistant.mail import imap

    with pytest.raises(imap.ReceiveError, match="not trusted"):
        imap.test_connection(replace(AccountStore().get(), cafile=""), PASSWORD)
    with pytest.raises(imap.ReceiveError, match="refused the user name or password"):
        imap.test_connection(AccountStore().get(), "wrong-password")


def test_sync_without_incoming_side_says_how(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.mail.fixtures import add_account

    add_account(2525)
    assert main(["inbox", "sync"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--imap-host" in err
