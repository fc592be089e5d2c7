"""Regular expressions compiled once per machine, not once per process.

``re.compile`` parses and assembles a pattern in pure Python: our ~130 house-rule patterns cost
about 30 ms on every start of ``ozon-assistant check`` — a third of what the whole command may
take. Python offers no serialisable compiled pattern (pickling one recompiles it), so this
module keeps what ``re``'s compiler produces — the pattern's opcode list and group tables — in
one cache file and hands it straight to ``_sre.compile`` next time, the step ``re`` itself
ends with.

That step is CPython's internal interface, so it is used with care:

- the cache file is named by the interpreter's cache tag and ``_sre.MAGIC`` (the opcode format's
  version), so another Python never reads it;
- the opcodes are produced by ``re._parser``/``re._compiler`` exactly as ``re.compile`` does
  (a test checks ``rx(p) == re.compile(p)``: patterns compare equal only when flags, pattern and
  opcodes are all equal), and ``_sre`` validates them again when it builds the pattern;
- anything unexpected — a missing internal, a damaged file, an entry ``_sre`` refuses — falls
  back to plain ``re.compile``. The cache can only cost speed, never change a match.

New entries are written back once, when the process ends (``atexit``), atomically; entries
no process has needed for a month are dropped then. The file is sealed with the user's cache key
(:mod:`.signed`): one this user's app did not write is never unpickled, and unpickling builds
plain data only (no class at all), so a file dropped there cannot run code.
"""

from __future__ import annotations

import atexit
import re
import sys
import threading
import time
from array import array
from pathlib import Path
from typing import Any

#: (pattern, flags) -> what ``_sre.compile`` takes after the pattern: final flags, the opcodes
#: (as the bytes of an ``array('I')``: they unpickle in one copy, not one int at a time),
#: group count, group names both ways; and the day the entry was last written
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...], int]

#: Entries no process has needed for this many days are dropped when the file is next written
#: (rule packs change with upgrades; their old patterns should not slow every start for ever).
KEEP_DAYS = 30

_lock = threading.Lock()
_entries: dict[tuple[str, int], Entry] | None = None
_used: set[tuple[str, int]] = set()
_dirty = False
_file: Path | None = None

try:  # CPython's regex internals; without them (another interpreter) rx() is re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython
    _sre = None
    _TAG = ""


def rx(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the machine's cache when it was compiled before."""
    flags = int(flags)
    if _sre is None or not _TAG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entries = _load()
    entry = entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _build(pattern, entry)
        except Exception:  # a damaged entry: compile afresh below and replace it
            entry = None
        else:
            _used.add(key)
            return compiled
    try:
        entry = _assemble(pattern, flags)
        compiled = _build(pattern, entry)
    except re.error:
        raise
    except Exception:  # internals changed shape: the plain way, uncached
        return re.compile(pattern, flags)
    _remember(key, entry)
    return compiled


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup, _day = entry
    ops = array("I")
    ops.frombytes(code)
    return _sre.compile(pattern, flags, ops.tolist(), groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _today() -> int:
    return int(time.time() // 86400)


def _assemble(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before its final ``_sre.compile`` call."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup), _today())


def _remember(key: tuple[str, int], entry: Entry) -> None:
    global _dirty
    with _lock:
        assert _entries is not None
        _entries[key] = entry
        _used.add(key)
        if not _dirty:
            _dirty = True
            atexit.register(save)


def _load() -> dict[tuple[str, int], Entry]:
    """The cache file's entries, read on first use (an empty table when there is none)."""
    global _entries, _file
    if _entries is not None:
        return _entries
    with _lock:
        if _entries is None:
            from ozon_assistant.core.paths import regex_cache_file

            entries: dict[tuple[str, int], Entry] = {}
            from ozon_assistant.core import signed  # here: the window imports this module
            # before it needs a pattern

            _file = regex_cache_file(_TAG)
            loaded: Any = signed.load(_file)  # None: none yet, not ours, or damaged
            if isinstance(loaded, dict) and all(
                    isinstance(v, tuple) and len(v) == 6 for v in loaded.values()):
                entries = loaded
            _entries = entries
    return _entries


def save() -> None:
    """Write the table back if this process compiled something new (called at exit)."""
    global _dirty
    with _lock:
        if not _dirty or _entries is None or _file is None:
            return
        today = _today()
        entries = {k: (v if k not in _used else (*v[:5], today))
                   for k, v in _entries.items() if k in _used or today - v[5] <= KEEP_DAYS}
        _dirty = False
    from ozon_assistant.core import signed

    signed.dump(_file, entries)  # False (nothing written) only costs speed next time


def reset() -> None:
    """Forget the loaded table (tests point the cache folder elsewhere and start again)."""
    global _entries, _file, _dirty
    with _lock:
        _entries, _file, _dirty = None, None, False
        _used.clear()
