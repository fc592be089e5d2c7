"""Item 11: one line instead of a traceback. Every setting's type and range is checked where
the file is read (config.toml, the accounts file), with a code the window words; files the
seller hands the program (CSV, JSON) fail in one line however they are built; ``account set``
on a read-only config folder says so and leaves no password behind in the keyring."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.settings import load_settings
from tests.faults.helpers import cli, one_line, read_only_config


def config(text: str) -> Path:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("body,key,code", [
    ("team_libraries = [1]\n", "team_libraries", "setting_folders"),
    ('team_libraries = "/srv/team"\n', "team_libraries", "setting_list"),
    ("languagetool_timeout = inf\n", "languagetool_timeout", "setting_seconds"),
    ("languagetool_timeout = nan\n", "languagetool_timeout", "setting_seconds"),
    ("languagetool_timeout = true\n", "languagetool_timeout", "setting_number"),
    ("languagetool_timeout = -5\n", "languagetool_timeout", "setting_seconds"),
    ("languagetool_timeout = 0\n", "languagetool_timeout", "setting_seconds"),
    ('languagetool_timeout = "5"\n', "languagetool_timeout", "setting_number"),
    ('reply_lang = "fr"\n', "reply_lang", "setting_choice"),
    ('languagetool = "sometimes"\n', "languagetool", "setting_choice"),
    ("first_run_done = 1\n", "first_run_done", "setting_bool"),
    ("platform_return_days = 1e9\n", "platform_return_days", "setting_int"),
])
def test_a_wrong_setting_is_one_line_naming_it(body: str, key: str, code: str) -> None:
    path = config('ui_lang = "en"\n' + body)
    with pytest.raises(ConfigError) as err:
        load_settings()
    assert err.value.code == code and err.value.params["key"] == key
    for command in (["check", "-"], ["snippets", "list"]):
        r = cli(*command, stdin="Здравствуйте! Спасибо за заказ.")
        assert r.returncode == 2, (command, r.stdout, r.stderr)
        line = one_line(r.stderr)
        assert f"{path}:2: setting {key!r}" in line


def test_a_good_timeout_still_loads() -> None:
    config("languagetool_timeout = 12\nteam_libraries = []\n")
    s = load_settings()
    assert s.languagetool_timeout == 12.0 and isinstance(s.languagetool_timeout, float)


def test_a_csv_field_over_128_kib_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "team.csv"
    source.write_text("id,title_ru,body_ru\nbig,Большой,\"" + "а" * (140 * 1024) + "\"\n",
                      encoding="utf-8")
    r = cli("snippets", "import", str(source))
    assert r.returncode == 2
    assert f"{source}:" in one_line(r.stderr) and "not a readable CSV row" in r.stderr


def test_deeply_nested_json_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "team.json"
    source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    r = cli("snippets", "import", str(source))
    assert r.returncode == 2
    assert one_line(r.stderr) == (f"ozon-assistant: {source}: not a snippet file: its JSON is "
                                  "nested too deeply")


ACCOUNT = '''default = "default"
[accounts.default]
host = "127.0.0.1"
port = 2525
security = "none"
user = ""
from_addr = "shop@example.com"
timeout = {timeout}
'''


@pytest.mark.parametrize("timeout,code", [('"x"', "setting_number"), ("inf", "bad_timeout"),
                                          ("0", "bad_timeout"), ("true", "setting_number")])
def test_a_wrong_value_in_the_accounts_file_is_one_line(timeout: str, code: str) -> None:
    from ozon_assistant.mail.accounts import AccountStore, accounts_file

    path = accounts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ACCOUNT.format(timeout=timeout), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        AccountStore().get()
    assert err.value.code == code
    reply = paths.data_dir().parent / "reply.txt"
    reply.write_text("Здравствуйте! Спасибо за заказ.", encoding="utf-8")
    for command in (["account", "test"], ["send", str(reply), "--to", "buyer@example.com",
                                          "--subject", "Заказ"]):
        r = cli(*command)
        assert r.returncode == 2, (command, r.stdout, r.stderr)
        assert f"{path}:8: " in one_line(r.stderr) and "accounts.default.timeout" in r.stderr


def test_a_port_that_is_text_is_one_line() -> None:
    from ozon_assistant.mail.accounts import accounts_file

    path = accounts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ACCOUNT.format(timeout=5).replace("port = 2525", 'port = "2525"'),
                    encoding="utf-8")
    r = cli("account", "test")
    assert r.returncode == 2
    assert one_line(r.stderr).endswith(f"{path}:4: setting 'accounts.default.port': must be a "
                                       "whole number")


def _keyring_has(env: dict[str, str], name: str) -> bool:
    code = ("import keyring; from ozon_assistant.mail.passwords import SERVICE\n"
            f"print(keyring.get_password(SERVICE, {name!r}) is not None)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip() == "True"


def test_account_set_on_a_read_only_config_folder_is_one_line_and_orphans_no_password(
        tmp_path: Path) -> None:
    with read_only_config(tmp_path) as ro:
        r = ro.run("account", "set", "--host", "smtp.example.com", "--port", "587",
                   "--security", "starttls", "--user", "shop@example.com",
                   "--from", "shop@example.com", "--password-stdin", stdin="Pw-7731-секрет\n")
        assert r.returncode == 2, r.stdout + r.stderr
        line = one_line(r.stderr)
        assert f"{ro.config / 'mail_accounts.toml'}: cannot write" in line
        assert not (ro.config / "mail_accounts.toml").exists()
        assert not _keyring_has(ro.env, "default")  # no password without its account
        keyring_files = list((Path(ro.env["XDG_DATA_HOME"])).rglob("*.cfg"))
        assert all("Pw-7731" not in f.read_text(errors="replace") for f in keyring_files)


def test_account_set_that_fails_keeps_the_password_that_was_there(tmp_path: Path) -> None:
    """Changing an account whose file then cannot be written puts the old password back."""
    with read_only_config(tmp_path) as ro:
        code = ("import keyring; from ozon_assistant.mail.passwords import SERVICE\n"
                "keyring.set_password(SERVICE, 'default', 'old-secret')")
        subprocess.run([sys.executable, "-c", code], check=True, env=ro.env, timeout=60)
        r = ro.run("account", "set", "--host", "smtp.example.com", "--port", "587",
                   "--security", "starttls", "--user", "shop@example.com",
                   "--from", "shop@example.com", "--password-stdin", stdin="new-secret\n")
        assert r.returncode == 2 and "cannot write" in one_line(r.stderr)
        check = ("import keyring; from ozon_assistant.mail.passwords import SERVICE\n"
                 "print(keyring.get_password(SERVICE, 'default'))")
        out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True,
                             env=ro.env, timeout=60)
        assert out.stdout.strip() == "old-secret"


def test_json_that_is_no_list_of_snippets_is_one_line(tmp_path: Path) -> None:
    """A JSON import whose top level is neither a list nor an object: one line."""
    source = tmp_path / "team.json"
    source.write_text(json.dumps("just text"), encoding="utf-8")
    r = cli("snippets", "import", str(source))
    assert r.returncode == 2 and "expected a list of snippets" in one_line(r.stderr)
