"""User settings: declared once here, read from and written to ``config.toml``.

The CLI and the window share this file. A broken file is reported with its path and line and is
never overwritten: :func:`save_settings` refuses to write over a file it cannot parse or whose
values are wrong. Every value is checked for its type and range where the file is read, so a
wrong one is one line naming the setting (with a code the window words), never a crash later.

Saving is a read-modify-write of the file *as it is now*, under a lock: only the settings the
caller changed since it loaded them are written, into the file's own text (comments, unknown
keys and edits made meanwhile by hand or by the command line stay), through a symbolic link,
atomically.

Example ``config.toml``::

    ui_lang = "zh"
    platform_return_days = 15
    languagetool = "off"          # off | local | public | http://host:8081
    languagetool_proxy = false    # true: the public or your own server through the system proxy
    [rules]
    "ru.formality.lowercase-vy" = "off"      # switch a rule off
    "ru.vagueness.soon" = "error"            # or change its severity
    [words]
    accept = ["Уют", "Xiaomi"]               # never flagged by the speller
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths
from ozon_assistant.core.errors import ConfigError
from ozon_assistant.core.tomlfile import read_toml
from ozon_assistant.core.types import CHANNELS, UI_LANGUAGES

RULE_STATES = ("off", "error", "warning", "suggestion")
REPLY_LANGUAGES = ("auto", "ru", "en")
LANGUAGETOOL_CHOICES = ("off", "local", "public", "http://host:port")
LEGAL_MIN_RETURN_DAYS = 7  # consumer law: a buyer may return goods within 7 days at least
MAX_RETURN_DAYS = 365
TIMEOUT_RANGE = (0.5, 60.0)  # seconds a LanguageTool request may wait (the Settings dialog's)


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
    #: reach the public server or the seller's own through the system's proxy (https_proxy…);
    #: off: directly, whatever the environment says. Never for a server on this computer.
    languagetool_proxy: bool = False
    shop_name: str = ""
    signature: str = ""
    team_libraries: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)
    accept_words: list[str] = field(default_factory=list)
    first_run_done: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    #: the values as last loaded or saved: what :func:`save_settings` compares against to know
    #: which settings the caller changed (None: the defaults)
    loaded: dict[str, Any] | None = field(default=None, repr=False, compare=False)

    def rule_state(self, rule_id: str) -> str | None:
        """'off', a severity name, or None when the user left the rule as shipped."""
        return self.rules.get(rule_id)


#: the settings a save may write (``extra`` is the file's own business, ``loaded`` ours)
_OWN = tuple(f.name for f in fields(Settings) if f.name not in ("extra", "loaded"))

#: what a setting must be, by the code its error carries
_WHY = {
    "table": "must be a table",
    "words": "must be a list of words",
    "folders": "must be a list of folders (text in quotes)",
    "bool": "must be true or false",
    "int": "must be a whole number",
    "number": "must be a number",
    "text": "must be text",
    "list": "must be a list",
    "days": f"must be between {LEGAL_MIN_RETURN_DAYS} and {MAX_RETURN_DAYS} days (the law gives "
            f"buyers at least {LEGAL_MIN_RETURN_DAYS})",
    "seconds": "must be between 0.5 and 60 seconds",
    "choice": "must be one of",
}


def _validate(data: dict[str, Any], path: Path) -> Settings:
    s = Settings()
    known = set(_OWN) - {"accept_words"}

    def bad(key: str, why: str, choices: tuple[str, ...] = ()) -> ConfigError:
        """``why`` is also the code ui.shared.error_text translates: one of _WHY's keys."""
        detail = _WHY[why] + (f" {', '.join(choices)}" if choices else "")
        return ConfigError(path, f"setting {key!r}: {detail}", line_of(path, key),
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
            setattr(s, key, _typed(key, value, getattr(s, key), bad))
        else:
            s.extra[key] = value
    if not LEGAL_MIN_RETURN_DAYS <= s.platform_return_days <= MAX_RETURN_DAYS:
        raise bad("platform_return_days", "days")
    if not TIMEOUT_RANGE[0] <= s.languagetool_timeout <= TIMEOUT_RANGE[1]:
        raise bad("languagetool_timeout", "seconds")  # also inf and nan
    if s.ui_lang and s.ui_lang not in UI_LANGUAGES:
        raise bad("ui_lang", "choice", UI_LANGUAGES)
    if s.reply_lang not in REPLY_LANGUAGES:
        raise bad("reply_lang", "choice", REPLY_LANGUAGES)
    if s.channel not in CHANNELS:
        raise bad("channel", "choice", CHANNELS)
    mode = s.languagetool.strip()
    if mode not in LANGUAGETOOL_CHOICES[:3] and not mode.startswith(("http://", "https://")):
        raise bad("languagetool", "choice", LANGUAGETOOL_CHOICES)
    if not all(isinstance(p, str) and p.strip() for p in s.team_libraries):
        raise bad("team_libraries", "folders")
    for rule, state in s.rules.items():
        if state not in RULE_STATES:
            raise bad(f"rules.{rule}", "choice", RULE_STATES)
    s.loaded = _values(s)
    return s


def _typed(key: str, value: Any, default: Any, bad: Any) -> Any:
    """``value`` when it has the type of the setting's ``default``; else ``bad(...)`` raised."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise bad(key, "bool")
    elif isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            raise bad(key, "int")
    elif isinstance(default, float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise bad(key, "number")
        if not math.isfinite(value):
            raise bad(key, "seconds" if key == "languagetool_timeout" else "number")
        return float(value)
    elif isinstance(default, str):
        if not isinstance(value, str):
            raise bad(key, "text")
    elif isinstance(default, list):
        if not isinstance(value, list):
            raise bad(key, "list")
    elif isinstance(default, dict) and not isinstance(value, dict):
        raise bad(key, "table")
    return value


def line_of(path: Path, key: str, section: str | None = None) -> int | None:
    """The line of ``key``'s last part in ``path`` (after the ``[section]`` header, if given):
    where an error about it points the seller. None when not found."""
    leaf = key.split(".")[-1]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    start = 0
    if section is not None:
        header = f"[{section}]"
        start = next((n for n, line in enumerate(lines, 1)
                      if line.strip().replace(" ", "").replace('"', "") == header), 0)
    for n, line in enumerate(lines[start:], start + 1):
        stripped = line.strip().strip('"')
        if stripped.startswith(leaf) or stripped.startswith(f'"{leaf}"'):
            return n
    return None


def _values(s: Settings) -> dict[str, Any]:
    """A copy of every setting a save may write, to compare the next save against."""
    return {name: copy.deepcopy(getattr(s, name)) for name in _OWN}


def load_settings(path: Path | None = None) -> Settings:
    """Settings from ``path`` (default: the user's config.toml); defaults when it is absent."""
    path = path or paths.config_file()
    return _validate(read_toml(path), path)


def settings_to_dict(s: Settings) -> dict[str, Any]:
    """Every setting that differs from its default (and every unknown key), as TOML data."""
    out: dict[str, Any] = dict(s.extra)
    defaults = Settings()
    for name in _OWN:
        if name in ("accept_words", "rules"):
            continue
        value = getattr(s, name)
        if value != getattr(defaults, name) or name in out:
            out[name] = value
    if s.rules:
        out["rules"] = dict(s.rules)
    if s.accept_words:
        out["words"] = {"accept": list(s.accept_words)}
    return out


def save_settings(s: Settings, path: Path | None = None) -> None:
    """Write the settings ``s`` changed since it was loaded (or, for a ``Settings()`` made
    here, those that differ from the defaults) into the file as it is now.

    Refuses (ConfigError, the file untouched) when the file on disk does not parse or holds a
    wrong value, or cannot be written; ``s`` then still holds the new values."""
    from ozon_assistant.core.filelock import locked

    path = path or paths.config_file()
    before = s.loaded if s.loaded is not None else _values(Settings())
    now = _values(s)
    try:
        with locked(path):
            _validate(read_toml(path), path)  # raises on a broken file or value: never over it
            text = _edited(path, before, now)
            if text is not None:
                import tomllib

                from ozon_assistant.core.atomic import write_atomic

                _validate(tomllib.loads(text), path)  # what we write reads back
                write_atomic(path, text)
    except OSError as exc:
        reason = exc.strerror or exc
        raise ConfigError(path, f"cannot write: {reason}", code="config_unwritable",
                          reason=reason) from None
    s.loaded = now


def _edited(path: Path, before: dict[str, Any], now: dict[str, Any]) -> str | None:
    """The file's text with the changes from ``before`` to ``now`` made in it; None when
    nothing changed."""
    import tomlkit

    changed = [name for name in _OWN if now[name] != before[name]]
    if not changed:
        return None
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        doc = tomlkit.document()
    for name in changed:
        if name == "rules":
            table = _table(doc, "rules")
            for rule in before[name].keys() - now[name].keys():
                if rule in table:
                    del table[rule]
            for rule, state in now[name].items():
                if before[name].get(rule) != state:
                    table[rule] = state
        elif name == "accept_words":
            words = _table(doc, "words")
            words["accept"] = _merged(list(words.get("accept", [])), before[name], now[name])
        elif name == "team_libraries":
            doc[name] = _merged(list(doc.get(name, [])), before[name], now[name])
        else:
            doc[name] = now[name]
    return tomlkit.dumps(doc)


def _table(doc: Any, name: str) -> Any:
    if name not in doc:
        import tomlkit

        doc[name] = tomlkit.table()
    return doc[name]


def _merged(current: list[Any], before: list[Any], now: list[Any]) -> list[Any]:
    """``current`` (the file's list) with what went from ``before`` to ``now`` done to it:
    items the caller removed are removed, items it added are added, others' edits stay."""
    removed = [x for x in before if x not in now]
    kept = [x for x in current if x not in removed]
    return kept + [x for x in now if x not in before and x not in kept]
