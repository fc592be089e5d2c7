"""User settings: declared once here, read from and written to ``config.toml``.

The CLI and the window share this file. A broken file is reported with its path and line and is
never overwritten: :func:`save_settings` refuses to write over a file it cannot parse.

Example ``config.toml``::

    ui_lang = "zh"
    platform_return_days = 15
    languagetool = "off"          # off | local | public | http://host:8081
    [rules]
    "ru.formality.lowercase-vy" = "off"      # switch a rule off
    "ru.vagueness.soon" = "error"            # or change its severity
    [words]
    accept = ["Уют", "Xiaomi"]               # never flagged by the speller
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.tomlfile import read_toml
from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES

RULE_STATES = ("off", "error", "warning", "suggestion")
LEGAL_MIN_RETURN_DAYS = 7


@dataclass
class Settings:
    """Every setting with its default. Unknown keys in the file are kept on save."""

    ui_lang: str = ""  # empty: follow the system locale
    reply_lang: str = "auto"
    channel: str = "chat"
    platform_return_days: int = LEGAL_MIN_RETURN_DAYS
    languagetool: str = "off"
    languagetool_path: str = ""
    languagetool_timeout: float = 5.0
    shop_name: str = ""
    signature: str = ""
    team_libraries: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    accept_words: list[str] = field(default_factory=list)
    first_run_done: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def rule_state(self, rule_id: str) -> str | None:
        """'off', a severity name, or None when the user left the rule as shipped."""
        return self.rules.get(rule_id)


#: what a setting must be, by the code its error carries
_WHY = {
    "table": "must be a table",
    "words": "must be a list of words",
    "bool": "must be true or false",
    "int": "must be a whole number",
    "number": "must be a number",
    "text": "must be text",
    "list": "must be a list",
    "days": "must be between 1 and 365 days",
    "choice": "must be one of",
}


def _validate(data: dict[str, Any], path: Path) -> Settings:
    s = Settings()
    known = {f.name for f in fields(Settings)} - {"extra", "accept_words"}

    def bad(key: str, why: str, choices: tuple[str, ...] = ()) -> ConfigError:
        """``why`` is also the code ui.error_text translates: one of _WHY's keys."""
        detail = _WHY[why] + (f" {', '.join(choices)}" if choices else "")
        return ConfigError(path, f"setting {key!r}: {detail}", _line_of(path, key),
                           code=f"setting_{why}", key=key, choices=", ".join(choices))

    for key, value in data.items():
        if key == "words":
            if not isinstance(value, dict):
                raise bad("words", "table")
            accept = value.get("accept", [])
            if not isinstance(accept, list) or not all(isinstance(w, str) for w in accept):
                raise bad("words.accept", "words")
            s.accept_words = list(accept)
        elif key in known:
            default = getattr(s, key)
            if isinstance(default, bool) and not isinstance(value, bool):
                raise bad(key, "bool")
            if isinstance(default, int) and not isinstance(default, bool):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise bad(key, "int")
            if isinstance(default, float) and not isinstance(value, int | float):
                raise bad(key, "number")
            if isinstance(default, str) and not isinstance(value, str):
                raise bad(key, "text")
            if isinstance(default, list) and not isinstance(value, list):
                raise bad(key, "list")
            if isinstance(default, dict) and not isinstance(value, dict):
                raise bad(key, "table")
            setattr(s, key, value)
        else:
            s.extra[key] = value
    if s.platform_return_days < 1 or s.platform_return_days > 365:
        raise bad("platform_return_days", "days")
    if s.ui_lang and s.ui_lang not in UI_LANGUAGES:
        raise bad("ui_lang", "choice", UI_LANGUAGES)
    if s.channel not in CHANNELS:
        raise bad("channel", "choice", CHANNELS)
    for rule, state in s.rules.items():
        if state not in RULE_STATES:
            raise bad(f"rules.{rule}", "choice", RULE_STATES)
    return s


def _line_of(path: Path, key: str) -> int | None:
    leaf = key.split(".")[-1]
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip().strip('"')
            if stripped.startswith(leaf) or stripped.startswith(f'"{leaf}"'):
                return n
    except OSError:
        return None
    return None


def load_settings(path: Path | None = None) -> Settings:
    """Settings from ``path`` (default: the user's config.toml); defaults when it is absent."""
    path = path or paths.config_file()
    return _validate(read_toml(path), path)


def settings_to_dict(s: Settings) -> dict[str, Any]:
    out: dict[str, Any] = dict(s.extra)
    defaults = Settings()
    for f in fields(Settings):
        if f.name in ("extra", "accept_words", "rules"):
            continue
        value = getattr(s, f.name)
        if value != getattr(defaults, f.name) or f.name in out:
            out[f.name] = value
    if s.rules:
        out["rules"] = dict(s.rules)
    if s.accept_words:
        out["words"] = {"accept": list(s.accept_words)}
    return out


def save_settings(s: Settings, path: Path | None = None) -> None:
    """Write atomically. Refuses (ConfigError) when the file on disk is broken: never overwrite."""
    import tomli_w

    path = path or paths.config_file()
    _validate(read_toml(path), path)  # raises on a broken file or value: never write over it
    write_atomic(path, tomli_w.dumps(settings_to_dict(s)))
