"""What the fault tests share: the command line as a real process, and a config folder the
program may read but not write."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


def cli(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None,
        timeout: float = 120, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """``ozon-assistant ARGS`` in a process of its own (the test's home: OZON_ASSISTANT_HOME)."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    r = subprocess.run([sys.executable, "-m", "ozon_assistant", *args], input=data,
                       capture_output=True, env=env or os.environ.copy(), timeout=timeout,
                       **kwargs)
    return subprocess.CompletedProcess(r.args, r.returncode,
                                       r.stdout.decode("utf-8", "replace"),
                                       r.stderr.decode("utf-8", "replace"))


def one_line(stderr: str) -> str:
    """The single line a user error prints; fails on a traceback or more lines."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


@dataclass
class ReadOnlyConfig:
    """An app home whose config folder cannot be written by the processes ``run`` starts."""

    home: Path
    env: dict[str, str]

    @property
    def config(self) -> Path:
        return self.home / "config"

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return cli(*args, stdin=stdin, env=self.env)

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=self.env, timeout=120)


@contextmanager
def read_only_config(base: Path, files: dict[str, str] | None = None) -> Iterator[ReadOnlyConfig]:
    """A fresh home under ``base`` (config, data, cache; a HOME with keyrings.alt's file
    keyring) whose config folder is read-only: by its mode, or, for root (whom no mode bit
    stops), as a read-only bind mount of itself (skipped where mounting is not allowed).
    ``files`` are written into the config folder first."""
    home = base / "app"
    user_home = base / "user"
    for d in (home / "config", home / "data", home / "cache", user_home / ".local/share"):
        d.mkdir(parents=True)
    env = dict(os.environ, OZON_ASSISTANT_HOME=str(home), HOME=str(user_home),
               XDG_DATA_HOME=str(user_home / ".local/share"),
               XDG_CONFIG_HOME=str(user_home / ".config"),
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")
    config = home / "config"
    for name, text in (files or {}).items():
        (config / name).write_text(text, encoding="utf-8")
    mounted = False
    if os.geteuid() == 0:
        ok = subprocess.run(["mount", "--bind", str(config), str(config)],
                            capture_output=True).returncode == 0
        if ok:
            mounted = True
            ok = subprocess.run(["mount", "-o", "remount,bind,ro", str(config)],
                                capture_output=True).returncode == 0
        if not ok:
            if mounted:
                subprocess.run(["umount", str(config)], capture_output=True)
            pytest.skip("running as root and cannot mount a read-only folder here")
    else:
        config.chmod(0o555)
    try:
        yield ReadOnlyConfig(home, env)
    finally:
        if mounted:
            subprocess.run(["umount", str(config)], capture_output=True, check=True)
        else:
            config.chmod(0o755)


def accounts(host: str, port: int, security: str = "none", *, imap: str = "",
             imap_port: int = 0, imap_security: str = "none") -> Path:
    """The accounts file as a seller might edit it by hand, and the password in the keyring."""
    from ozon_assistant.mail import passwords
    from ozon_assistant.mail.accounts import AccountStore
    from tests.mail.fixtures import PASSWORD, USER

    path = AccountStore().path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (f'default = "default"\n[accounts.default]\nhost = "{host}"\nport = {port}\n'
            f'security = "{security}"\nuser = "{USER}"\nfrom_addr = "shop@example.com"\n'
            "timeout = 5.0\n")
    if imap:
        text += (f'imap_host = "{imap}"\nimap_port = {imap_port}\n'
                 f'imap_security = "{imap_security}"\n')
    path.write_text(text, encoding="utf-8")
    passwords.set_password("default", PASSWORD)
    return path
