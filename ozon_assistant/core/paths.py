"""Where the app keeps its files: the one place that knows.

platformdirs gives each system its usual folders (XDG on Linux, ``AppData`` on Windows,
``Library/Application Support`` on macOS). ``OZON_ASSISTANT_HOME`` puts everything under one
folder instead, for tests, portable installs and scripted use.

Every file the app reads or writes is named here, by folder: the config folder (settings, the
window's layout, the personal dictionary, mail accounts, the user's rule packs), the data folder
(the SQLite databases, the user's snippet library), the cache folder (compiled rules and regexes,
the speller's packs, the local LanguageTool's record) and the bundled resources. Other modules
import these names instead of joining folder and file themselves.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ozon-assistant"


def _override(sub: str) -> Path | None:
    home = os.environ.get("OZON_ASSISTANT_HOME")
    return Path(home) / sub if home else None


def config_dir() -> Path:
    """config.toml, the personal dictionary, account settings (never passwords)."""
    if p := _override("config"):
        return p
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """SQLite databases (drafts, history, outbox, usage) and the user's snippet library."""
    if p := _override("data"):
        return p
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Compiled rule packs and other things that can be rebuilt at any time."""
    if p := _override("cache"):
        return p
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


# -- the config folder --------------------------------------------------------------------------
def config_file() -> Path:
    return config_dir() / "config.toml"


def personal_dictionary_file() -> Path:
    return config_dir() / "dictionary.txt"


def cache_key_file() -> Path:
    """The key that seals the cache files (:mod:`ozon_assistant.core.signed`): kept with the
    config, not the cache, so whoever can write the cache folder cannot forge it."""
    return config_dir() / "cache.key"


def mail_accounts_file() -> Path:
    """The sender accounts (server, user, addresses; never a password)."""
    return config_dir() / "mail_accounts.toml"


def window_state_file() -> Path:
    """The window's size, place and layout (docks, splitters) as the seller left them."""
    return config_dir() / "window.ini"


def user_rules_dir() -> Path:
    """The user's own rule packs (``*.toml``) and, in :data:`LEXICONS`, lexicons."""
    return config_dir() / "rules"


# -- the data folder ----------------------------------------------------------------------------
def database_file(name: str) -> Path:
    """``NAME.sqlite3`` in the data folder: one of the databases below."""
    return data_dir() / f"{name}.sqlite3"


def drafts_db() -> Path:
    return database_file("drafts")


def history_db() -> Path:
    return database_file("history")


def outbox_db() -> Path:
    return database_file("outbox")


def inbox_db() -> Path:
    return database_file("inbox")


def snippet_usage_db() -> Path:
    """Usage counts, favourites and remembered form values of snippets."""
    return database_file("snippets")


def user_snippets_dir() -> Path:
    """The seller's own snippet library."""
    return data_dir() / "snippets"


# -- the cache folder (everything here can be deleted and is rebuilt) ---------------------------
def cache_file(name: str) -> Path:
    return cache_dir() / name


def speller_cache_file(language: str, what: str, version: object, suffix: str = ".pack") -> Path:
    """One of the speller's files (:mod:`ozon_assistant.spelling.packed`):
    ``speller-LANGUAGE-WHAT-VERSION.pack`` (or ``suffix``)."""
    return cache_dir() / f"speller-{language}-{what}-{version}{suffix}"


def speller_cache_glob(language: str, what: str, suffix: str = ".pack") -> str:
    """The glob (in the cache folder) of every version of a speller file: the stale ones go."""
    return f"speller-{language}-{what}-*{suffix}"


#: The compiled rule packs, one file per digest of the rule files and the checker's code.
COMPILED_RULES_GLOB = "rules-*.pickle"


def compiled_rules_file(digest: str, folder: Path | None = None) -> Path:
    """The compiled rule packs for ``digest`` in ``folder`` (the cache folder by default)."""
    return (folder or cache_dir()) / f"rules-{digest}.pickle"


def regex_cache_file(tag: str) -> Path:
    """Compiled regular expressions (:mod:`ozon_assistant.core.regex`), one file per Python."""
    return cache_dir() / f"regex-{tag}.pickle"


LANGUAGETOOL_RECORD = "languagetool-server.json"


def languagetool_state_dir() -> Path:
    """Where the local LanguageTool server's record (:data:`LANGUAGETOOL_RECORD`: its PID, port
    and token) and its lock are kept."""
    return cache_dir()


def resources_dir() -> Path:
    """Bundled, read-only resources: the source tree's, the wheel's or the frozen bundle's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent.parent
    inside = here / "resources"  # installed wheel: ozon_assistant/resources
    if inside.is_dir():
        return inside
    return here.parent / "resources"  # source tree: <root>/resources


def source_root() -> Path:
    """The root of the source tree this package runs from (meaningful only when it does)."""
    return Path(__file__).resolve().parents[2]


def languagetool_project_dir() -> Path:
    """``.languagetool/`` at the root of the source tree: where ``make languagetool`` puts it."""
    return source_root() / ".languagetool"


#: What ``make languagetool`` writes into the installation it made (its version).
LANGUAGETOOL_INSTALLED = "installed.json"


# -- bundled resources --------------------------------------------------------------------------
#: The lexicon folder inside each rule folder (bundled and the user's).
LEXICONS = "lexicons"


def rules_dir() -> Path:
    return resources_dir() / "rules"


def lexicons_dir() -> Path:
    """The bundled lexicons (``resources/rules/lexicons``)."""
    return rules_dir() / LEXICONS


def snippets_dir() -> Path:
    return resources_dir() / "snippets"


def phrases_dir() -> Path:
    """The bundled courteous phrases."""
    return resources_dir() / "phrases"


def spelling_vocabulary_dir() -> Path:
    """The speller's bundled vocabulary (``*.txt``, one word form a line)."""
    return resources_dir() / "spelling"


def translation_file(locale: str) -> Path:
    """The window's compiled translation for ``locale`` (built by ``make i18n``)."""
    return resources_dir() / "i18n" / f"ozon_assistant_{locale}.qm"


def icon_file() -> Path:
    return resources_dir() / "icons" / "ozon-assistant.svg"


def snippet_reader_model_file() -> Path:
    """The trained reader that proposes situations for a buyer's message."""
    return snippets_dir() / "model" / "reader.json"
