"""The personal dictionary: words the seller taught the speller (shop names, brands, jargon).

A plain UTF-8 text file, one word a line, in the config folder
(:func:`ozon_assistant.core.paths.personal_dictionary_file`), shared by the command line
(``ozon-assistant dict add WORD``) and the window ("Add to dictionary"). Lines starting with
``#`` are comments. Writes are atomic; a word is stored as typed and matched without regard to
case or «ё».
"""

from __future__ import annotations

import threading

from ozon_assistant.core import paths
from ozon_assistant.core.atomic import write_atomic
from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.text import fold

_lock = threading.Lock()
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
    word = clean_word(word)
    with _lock:
        current = _read()
        if fold(word) in {fold(w) for w in current}:
            return
        _write([*current, word])


def remove_word(word: str) -> bool:
    """Remove ``word`` in any case or «ё» spelling; False when it was not there."""
    key = fold(word.strip())
    with _lock:
        current = _read()
        kept = [w for w in current if fold(w) != key]
        if len(kept) == len(current):
            return False
        _write(kept)
        return True


def _write(items: list[str]) -> None:
    path = paths.personal_dictionary_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, "".join(f"{w}\n" for w in items))
    except OSError as exc:  # a full disk, a read-only folder: the file as it was stays
        raise OzonError(f"{path}: cannot write the personal dictionary ({exc.strerror or exc})",
                        code="dict_unwritable", path=path, reason=exc.strerror or exc) from None


def stamp() -> float:
    """When the file last changed (0 when absent): the speller reloads the words when it moves."""
    try:
        return paths.personal_dictionary_file().stat().st_mtime_ns / 1e9
    except OSError:
        return 0.0
