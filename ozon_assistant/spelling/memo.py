"""The speller's verdicts on unknown words, kept between runs: a seller's replies repeat their
unknown words (the shop's name, a brand, a buyer's name, the same slip), and judging one means
opening the frequency list and the word pairs, importing rapidfuzz and searching for
corrections: 15-20 ms of a ``check`` whose every other word is known.

One small JSON file per language in the cache folder, valid for one state of what the answer
depends on (:func:`stamp`: the speller's code, its ranking options, the dictionaries and
frequency lists it reads), and sealed like every cache file (:mod:`ozon_assistant.core.signed`):
a file this user's copy did not write is never read, so nobody can plant corrections there.
New answers are written at most once a second and when the process ends, each time the whole
file atomically; two processes writing at once lose at worst a few answers, found again next
time.
"""

from __future__ import annotations

import atexit
import json
import threading
import time
from pathlib import Path
from typing import Any

from ozon_assistant.core import paths, signed
from ozon_assistant.spelling.packed import package_dir, source_stamp

FORMAT = 1
LIMIT = 5000  # answers kept per language (the file is then started afresh)
FLUSH_SECONDS = 1.0


def stamp(language: str, settings: object) -> object:
    """What a remembered correction depends on: the modules that find and rank corrections
    (size and time of their files: a changed module forgets every answer), ``settings`` (the
    ranking options) and the data files read."""
    from ozon_assistant.spelling import (
        candidates,
        context,
        edits,
        english,
        frequency,
        hunspell_forms,
        opencorpora,
        russian,
        speller,
    )

    code = [Path(m.__file__) for m in (candidates, context, edits, english, frequency,
                                       hunspell_forms, opencorpora, russian, speller)
            if m.__file__]
    data = [package_dir("wordfreq") / "data" / f"large_{language}.msgpack.gz"]
    if language == "ru":
        data.append(opencorpora.dictionary_dir() / "words.dawg")
    else:
        base = hunspell_forms.dictionary_base()
        data += [base.with_suffix(".dic"), base.with_suffix(".aff")]
    return {"format": FORMAT, "settings": repr(settings), "code": source_stamp(*code),
            "data": source_stamp(*data)}


class VerdictMemo:
    """A word as written, where it stands and its neighbours → the speller's verdict (a list:
    empty for a good word, else the status and the corrections), for one language;
    thread-safe."""

    def __init__(self, language: str, key: object) -> None:
        self._path = paths.speller_cache_file(language, "verdicts", FORMAT, ".memo")
        self._key = json.loads(json.dumps(key))  # as it reads back from the file
        self._table: dict[str, list[str]] | None = None
        self._dirty = False
        self._written = time.monotonic()
        self._lock = threading.Lock()
        atexit.register(self.flush)

    def _load(self) -> dict[str, list[str]]:
        if self._table is None:
            self._table = {}
            try:
                body = signed.unseal(self._path.read_bytes())
                data: Any = json.loads(bytes(body)) if body is not None else None
                if data.get("key") == self._key and isinstance(data.get("answers"), dict):
                    self._table = data["answers"]
            except (OSError, ValueError, AttributeError):
                pass  # absent, damaged, stale or not sealed by this user: start afresh
        return self._table

    def get(self, key: str) -> list[str] | None:
        """The answer remembered for ``key``; None when there is none."""
        with self._lock:
            hit = self._load().get(key)
        return list(hit) if isinstance(hit, list) and all(isinstance(x, str) for x in hit) \
            else None

    def put(self, key: str, answer: list[str]) -> None:
        with self._lock:
            table = self._load()
            if len(table) >= LIMIT:
                table.clear()
            table[key] = list(answer)
            self._dirty = True
            due = time.monotonic() - self._written >= FLUSH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        """Write the new answers (at most once a second while checking, and at exit)."""
        from ozon_assistant.core.atomic import write_atomic

        with self._lock:
            if not self._dirty or self._table is None:
                return
            text = json.dumps({"key": self._key, "answers": self._table}, ensure_ascii=False)
            self._dirty = False
            self._written = time.monotonic()
        sealed = signed.seal(text.encode("utf-8"))
        if sealed is None:
            return  # no key (a read-only config folder): remembered for this process only
        try:
            write_atomic(self._path, sealed)
        except OSError:
            pass  # a read-only cache folder: remembered for this process only
