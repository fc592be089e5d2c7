"""Cache files only this user's copy of the app wrote: signed with a key from the config folder.

The compiled-rules and regex caches are pickles (the fastest way back to the objects), and
unpickling a file runs whatever code the file names: a file dropped into the cache folder would
run on every ``check``. So every cache file is sealed — a MAC (keyed BLAKE2b) over its bytes,
with a random key kept in the user's *config* folder (``cache.key``, readable by the user only)
— and a file whose MAC does not match is never unpickled: it is treated as absent and rebuilt.
Sealed bytes are then unpickled by :func:`restricted_loads`, which builds only the classes the
caller allows (a second wall, should the key ever leak).

Without a key (a read-only config folder) nothing is read from or written to these caches:
the app compiles its rules each time, slower but never unsafe.
"""

from __future__ import annotations

import io
import os
import pickle
import threading
from _operator import _compare_digest as _same  # hmac.compare_digest, without hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAGIC = b"OZSEAL1\n"
KEY_FILE = "cache.key"  # the name of paths.cache_key_file()
KEY_BYTES = 32
MAC_BYTES = 32

_lock = threading.Lock()
_keys: dict[Path, bytes] = {}

try:  # BLAKE2 without loading OpenSSL (hashlib would: 2-3 ms of every `check` start)
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as _blake2b


def key_file() -> Path:
    from ozon_assistant.core import paths

    return paths.cache_key_file()


def key() -> bytes | None:
    """This user's cache key, made on first use; None when it can be neither read nor made."""
    path = key_file()
    with _lock:
        known = _keys.get(path)
        if known is not None:
            return known
        found = _read_or_make(path)
        if found is not None:
            _keys[path] = found
        return found


def _read_or_make(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = b""
    except OSError:
        return None
    if len(data) == KEY_BYTES:
        return data
    # none yet (or a damaged one): a new key, published whole (a link to a finished file), so
    # a process starting at the same moment reads either no key or this one, never a part
    fresh = os.urandom(KEY_BYTES)
    tmp = path.with_name(f".{KEY_FILE}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(fresh)
            fh.flush()
            os.fsync(fh.fileno())
        if data:  # a damaged key: replace it (caches it signed are rebuilt)
            os.replace(tmp, path)
            return fresh
        try:
            os.link(tmp, path)
        except FileExistsError:  # another process made it first: use that one
            other = path.read_bytes()
            return other if len(other) == KEY_BYTES else None
        except OSError:  # no hard links here (some file systems): the plain way
            os.replace(tmp, path)
        return fresh
    except OSError:
        return None
    finally:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _mac(secret: bytes, data: bytes | memoryview) -> bytes:
    return _blake2b(data, key=secret, digest_size=MAC_BYTES).digest()


def seal(data: bytes) -> bytes | None:
    """``data`` with its MAC in front, ready to be written; None without a key."""
    secret = key()
    if secret is None:
        return None
    return MAGIC + _mac(secret, data) + data


def unseal(blob: bytes) -> memoryview | None:
    """The bytes ``blob`` carries when this user's key signed them; None otherwise."""
    head = len(MAGIC) + MAC_BYTES
    if len(blob) < head or not blob.startswith(MAGIC):
        return None
    secret = key()
    if secret is None:
        return None
    body = memoryview(blob)[head:]
    return body if _same(_mac(secret, body), blob[len(MAGIC):head]) else None


class _Restricted(pickle.Unpickler):
    def __init__(self, fh: io.BytesIO, allowed: Callable[[str, str, Any], bool]) -> None:
        super().__init__(fh)
        self._allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        import sys

        found = getattr(sys.modules.get(module), name, None) if "." not in name else None
        if found is None or not self._allowed(module, name, found):
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache file")
        return found


def restricted_loads(data: bytes | memoryview,
                     allowed: Callable[[str, str, Any], bool] = lambda *_: False) -> Any:
    """Unpickle ``data`` building no class ``allowed(module, name, obj)`` refuses (by default
    none: plain data only). Only modules already imported can be named."""
    return _Restricted(io.BytesIO(data), allowed).load()


def load(path: Path, allowed: Callable[[str, str, Any], bool] = lambda *_: False) -> Any:
    """The object a sealed cache file at ``path`` holds; None when it is absent, unsigned,
    signed by another key, damaged, or names a class it may not."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    body = unseal(blob)
    if body is None:
        return None
    try:
        return restricted_loads(body, allowed)
    except Exception:  # a file we wrote but cut short by a crash: rebuilt like a missing one
        return None


def dump(path: Path, obj: Any) -> bool:
    """Write ``obj`` sealed to ``path`` atomically; False when there is no key or no room."""
    sealed = seal(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))
    if sealed is None:
        return False
    from ozon_assistant.core.atomic import write_atomic

    try:
        write_atomic(path, sealed)
    except OSError:
        return False
    return True


def forget_keys() -> None:
    """Drop the keys read so far (tests change the config folder between cases)."""
    with _lock:
        _keys.clear()
