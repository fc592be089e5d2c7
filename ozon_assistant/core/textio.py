"""Reading a reply from a file or stdin: strict UTF-8, universal newlines, clear errors.

The text returned is what offsets refer to: ``\\r\\n`` becomes ``\\n`` (as Python's text mode
does), a leading byte-order mark is dropped, nothing else changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ozon_assistant.core.errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def decode_reply(raw: bytes, name: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_file_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file the user named, or InputError with one clear line."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a file")
        if p.stat().st_size > max_bytes:
            raise InputError(f"{p}: larger than {max_bytes // (1024 * 1024)} MB")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None


def read_reply(path: str | Path) -> str:
    """The text of ``path`` ("-" for stdin). Raises InputError with one clear line."""
    name = str(path)
    if name == "-":
        return decode_reply(sys.stdin.buffer.read(), "stdin")
    return decode_reply(read_file_bytes(path), name)
