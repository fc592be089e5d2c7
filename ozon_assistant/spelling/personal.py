"""The personal dictionary: words the seller taught the speller (shop names, brands, jargon).

A plain UTF-8 text file, one word a line, in the config folder
(:func:`ozon_assistant.core.paths.personal_dictionary_file`), shared by the command line
(``ozon-assistant dict add WORD``) and the window ("Add to dictionary"). Lines starting with
``#`` are comments. Writes are atomic; a word is stored as typed and matched without regard to
case or «ё». Every change is made under a lock on the file, re-reading it first, so two
processes adding words at once (two ``dict add`` runs, the window and the CLI) keep them all.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ozon_assistant.core import paths
from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.text import fold

MAX_WORD = 64


def _read() -> list[str]:
    path = paths.personal_dictionary_file()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except UnicodeDecodeError:
        raise OzonError(f"{path}: the personal dictionary is not UTF-8 text",
                        code="dict_not_utf8", path=path) from None
    except OSError as exc:
        raise OzonError(f"{path}: cannot read the personal dictionary ({exc.strerror})",
                        code="dict_unreadable", path=path, reason=exc.strerror or exc) from None
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def clean_word(word: str) -> str:
    """One word as the dictionary stores it; a clear error for anything that is not one."""
    word = word.strip()
    if not word:
        raise OzonError("the word is empty", code="word_empty")
    if any(c.isspace() for c in word):
        raise OzonError(f"one word at a time, without spaces: {word!r}", code="word_spaces",
                        word=word)
    if len(word) > MAX_WORD:
        raise OzonError(f"a word is at most {MAX_WORD} characters", code="word_long",
                        limit=MAX_WORD)
    if not any(c.isalpha() for c in word):
        raise OzonError(f"not a word: {word!r}", code="not_a_word", word=word)
    return word


def entries() -> list[str]:
    """The words as stored, in file order."""
    return _read()


def words() -> set[str]:
    """The words, folded (lower case, «ё» as «е»): what the speller compares against."""
    return {fold(w) for w in _read()}


def add_word(word: str) -> None:
    """Add ``word`` (no-op when it is there already in any case or «ё» spelling)."""
    add_words([word])


def add_words(new: Iterable[str]) -> int:
    """Add every word of ``new`` that is not there yet, in one write; returns how many."""
    cleaned = [clean_word(w) for w in new]  # all valid before anything is written

    def change(current: list[str]) -> list[str]:
        known = {fold(w) for w in current}
        out = list(current)
        for w in cleaned:
            if fold(w) not in known:
                known.add(fold(w))
                out.append(w)
        return out

    return _change(change)


def remove_word(word: str) -> bool:
    """Remove ``word`` in any case or «ё» spelling; False when it was not there."""
    key = fold(word.strip())
    return _change(lambda current: [w for w in current if fold(w) != key]) > 0


def _change(change: Callable[[list[str]], list[str]]) -> int:
    """Apply ``change`` to the words as they are in the file now, under the file's lock; how
    many words it added or removed (nothing is written when none)."""
    with _locked():
        current = _read()
        result = change(current)
        if result != current:
            _write(result)
        return abs(len(result) - len(current))


@contextmanager
def _locked() -> Iterator[None]:
    from ozon_assistant.core.filelock import locked

    path = paths.personal_dictionary_file()
    try:
        with locked(path):
            yield
    except OSError as exc:  # the lock file cannot be made: a read-only folder
        raise _unwritable(path, exc) from None


def _write(items: list[str]) -> None:
    path = paths.personal_dictionary_file()
    try:
        write_atomic(path, "".join(f"{w}\n" for w in items))
    except OSError as exc:  # a full disk, a read-only folder: the file as it was stays
        raise _unwritable(path, exc) from None


def _unwritable(path: object, exc: OSError) -> OzonError:
    return OzonError(f"{path}: cannot write the personal dictionary ({exc.strerror or exc})",
                     code="dict_unwritable", path=path, reason=exc.strerror or exc)


#: the environment variables the config folder depends on (``paths.config_dir``)
_PATH_ENV = ("OZON_ASSISTANT_HOME", "XDG_CONFIG_HOME", "HOME", "APPDATA", "LOCALAPPDATA")
_path_memo: tuple[tuple[str | None, ...], Path] | None = None


def _dictionary_path() -> Path:
    """``paths.personal_dictionary_file()``, found once per environment: the speller asks for
    every paragraph, and without ``OZON_ASSISTANT_HOME`` finding it means platformdirs."""
    global _path_memo
    env = tuple(os.environ.get(k) for k in _PATH_ENV)
    memo = _path_memo
    if memo is None or memo[0] != env:
        memo = _path_memo = (env, paths.personal_dictionary_file())
    return memo[1]


def stamp() -> tuple[int, int, str]:
    """When the file last changed, its size and where it is ((0, -1, path) when absent): the
    speller reloads the words when this moves (a stat per paragraph)."""
    path = _dictionary_path()
    try:
        st = path.stat()
    except OSError:
        return (0, -1, str(path))
    return (st.st_mtime_ns, st.st_size, str(path))
