"""The speller's cache files: named byte sections read on demand, and sharded word tables.

Why not pickle: unpickling builds every object at once (700 000 words: 0.2 s holding the GIL,
which stalls the window) although a check needs a few buckets of them. Here a file is a small
JSON header (section → offset, length) followed by the sections; :class:`Pack` reads only the
sections asked for. A *sharded* table spreads its lines over sections by a stable hash of the
key, so looking a word up reads one shard of a few hundred lines, not the whole table.

Files are written atomically and rebuilt from their sources when absent, unreadable, or from
another format or source version (the caller puts both into the file name and ``meta``).
"""

from __future__ import annotations

import io
import json
import struct
import threading
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

MAGIC = b"OZPACK1\n"
HEAD = struct.Struct("<I")


def shard_of(key: str, shards: int) -> int:
    """A hash that is the same in every process (``hash()`` of a str is salted per run)."""
    return zlib.crc32(key.encode("utf-8")) % shards


def source_stamp(*files: Path) -> list[list[int]]:
    """Size and modification time of the files a cache is built from: a reinstall or an update
    of the package that ships them makes the cache stale."""
    out = []
    for f in files:
        st = f.stat()
        out.append([st.st_size, st.st_mtime_ns])
    return out


def package_dir(name: str) -> Path:
    """Where an installed package's files are, without importing it (wordfreq and symspellpy
    import much more than the data files we read from them)."""
    import importlib.util

    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"{name} is not installed")
    for location in spec.submodule_search_locations or ():
        if Path(location).is_dir():
            return Path(location)
    import importlib  # a frozen bundle's importer may not say where: ask the module itself

    module = importlib.import_module(name)
    return Path(module.__file__ or name).parent


def cache_file(name: str) -> Path:
    from ozon_assistant.core import paths

    return paths.cache_file(name)


def encode_pack(sections: dict[str, bytes], key: dict[str, Any], info: dict[str, Any]) -> bytes:
    table: dict[str, list[int]] = {}
    offset = 0
    for name, blob in sections.items():
        table[name] = [offset, len(blob)]
        offset += len(blob)
    header = json.dumps({"key": key, "info": info, "sections": table},
                        ensure_ascii=False).encode("utf-8")
    return b"".join([MAGIC, HEAD.pack(len(header)), header, *sections.values()])


def sharded(lines: Iterable[tuple[str, str]], shards: int, prefix: str) -> dict[str, bytes]:
    """Sections ``prefix0`` … for (key, line) pairs: each line lands in its key's shard."""
    buckets: list[list[str]] = [[] for _ in range(shards)]
    for key, line in lines:
        buckets[shard_of(key, shards)].append(line)
    return {f"{prefix}{i}": "\n".join(b).encode("utf-8") for i, b in enumerate(buckets)}


class Pack:
    """An open cache file (or its bytes, when the cache folder cannot be written). Thread-safe;
    the file stays open while the object lives. ``key`` says what it was built from, ``info``
    holds what the builder wants to know before reading a section (counts, totals)."""

    def __init__(self, source: Path | bytes) -> None:
        self._fh: BinaryIO = io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")
        path = "(memory)" if isinstance(source, bytes) else source
        self._path = path
        try:
            if self._fh.read(len(MAGIC)) != MAGIC:
                raise ValueError(f"{path}: not a speller cache file")
            (size,) = HEAD.unpack(self._fh.read(HEAD.size))
            header = json.loads(self._fh.read(size).decode("utf-8"))
            self.key: dict[str, Any] = header["key"]
            self.info: dict[str, Any] = header["info"]
            self._sections: dict[str, list[int]] = header["sections"]
            self._base = len(MAGIC) + HEAD.size + size
            end = self._fh.seek(0, 2)
            if any(self._base + o + n > end for o, n in self._sections.values()):
                raise ValueError(f"{path}: truncated")
        except BaseException:
            self._fh.close()
            raise
        self._lock = threading.Lock()

    def __contains__(self, name: str) -> bool:
        return name in self._sections

    def read(self, name: str) -> bytes:
        offset, length = self._sections[name]
        with self._lock:
            self._fh.seek(self._base + offset)
            return self._fh.read(length)

    def text(self, name: str) -> str:
        try:
            return self.read(name).decode("utf-8")
        except UnicodeDecodeError:
            self.discard()
            raise ValueError(f"{self._path}: damaged cache file, removed (rebuilt next time)") \
                from None

    def discard(self) -> None:
        """Delete a damaged file so the next process rebuilds it (this one keeps its handle)."""
        if isinstance(self._path, Path):
            try:
                self._path.unlink(missing_ok=True)
            except OSError:
                pass

    def close(self) -> None:
        self._fh.close()


Builder = Callable[[], tuple[dict[str, bytes], dict[str, Any]]]


def open_or_build(path: Path, key: dict[str, Any], build: Builder,
                  stale: tuple[str, ...] = ()) -> Pack:
    """The cache file at ``path`` when it was built from ``key``; else ``build()`` (sections,
    info), write it, and delete the files of older formats that match the ``stale`` globs. A
    read-only cache folder only costs time: the pack is then served from memory."""
    try:
        pack = Pack(path)
        if pack.key == key:
            return pack
        pack.close()
    except (OSError, ValueError, KeyError, UnicodeDecodeError, struct.error):
        pass  # absent, truncated or foreign: rebuilt below
    from ozon_assistant.core.atomic import write_atomic

    sections, info = build()
    data = encode_pack(sections, key, info)
    try:
        write_atomic(path, data)
    except OSError:
        return Pack(data)
    for pattern in stale:
        for old in path.parent.glob(pattern):
            if old != path:
                try:
                    old.unlink(missing_ok=True)
                except OSError:
                    pass  # open in another process (Windows): removed by a later run
    return Pack(path)

