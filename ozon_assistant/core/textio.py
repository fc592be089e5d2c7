"""Reading a reply from a file or stdin: strict UTF-8, universal newlines, clear errors.

The text returned is what offsets refer to: ``\\r\\n`` becomes ``\\n`` (as Python's text mode
does), a leading byte-order mark is dropped, nothing else changes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import BinaryIO

from ozon_assistant.core.errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def decode_reply(raw: bytes, name: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte, offset = f"0x{raw[exc.start]:02x}", exc.start
        raise InputError(
            f"{name}: not UTF-8 text (byte {byte} at offset {offset}); save it as UTF-8 and try again",
            code="not_utf8", path=name, byte=byte, offset=offset,
        ) from None
    return _normalised(text)


def _normalised(text: str) -> str:
    """What offsets refer to: no leading byte-order mark, universal newlines."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def read_file_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a file the user named, or InputError with one clear line.

    The limit is on what is read, not on the size the file claims: a pipe, a FIFO or
    ``/dev/zero`` says 0 bytes and never ends."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a file", code="is_folder", path=p)
        with p.open("rb") as fh:
            return read_at_most(fh, str(p), max_bytes)
    except FileNotFoundError:
        raise InputError(f"{p}: no such file", code="no_file", path=p) from None
    except PermissionError:
        raise InputError(f"{p}: permission denied", code="no_permission", path=p) from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file", code="is_folder", path=p) from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise InputError(f"{p}: cannot read ({reason})", code="unreadable", path=p,
                         reason=reason) from None


def read_at_most(stream: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """Everything ``stream`` holds, or InputError as soon as it holds more than ``max_bytes``
    (never more than that is kept in memory)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            mb = max_bytes // (1024 * 1024)
            raise InputError(f"{name}: larger than {mb} MB", code="too_large", path=name, mb=mb)


def reply_bytes(path: str | Path) -> bytes:
    """The bytes of ``path`` ("-" for stdin), not yet decoded; at most 20 MB of either."""
    if str(path) == "-":
        return read_at_most(sys.stdin.buffer, "stdin")
    return read_file_bytes(path)


def read_reply(path: str | Path) -> str:
    """The text of ``path`` ("-" for stdin). Raises InputError with one clear line, also for a
    reply with no text at all (empty, or only spaces and line breaks): there is nothing to
    check or send, and calling it "approved, 10/10" would let an empty reply through."""
    name = reply_name(path)
    return require_text(decode_reply(reply_bytes(path), name), name)


def require_text(text: str, name: str) -> str:
    """``text``, or InputError when it has no text at all (see :func:`read_reply`)."""
    if not text.strip():
        raise InputError(f"{name}: no text in it (empty, or only spaces and line breaks): "
                         "nothing to check")
    return text


def reply_name(path: str | Path) -> str:
    """How errors name ``path``: "stdin" for "-"."""
    return "stdin" if str(path) == "-" else str(path)


#: what a reply file that is not UTF-8 most likely is: Notepad's "ANSI" on a Russian Windows
#: (Windows-1251) or on a Chinese one (GB18030, which has Cyrillic too)
LEGACY_ENCODINGS = ("cp1251", "gb18030")


_PLAIN = frozenset(" \t\r\n.,!?:;-–—«»\"'()[]/%№+=*&@#$€₽…")


def _cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


def _plausible(text: str) -> float:
    """How much ``text`` looks like a Russian reply (English words and all): the share of its
    characters that are Cyrillic or Latin letters, digits or ordinary punctuation, times the
    share of its Cyrillic words cased as words are («заказ», «Анна», «ВАШ»; not «уРБУЙВП» or
    «cafй», what a wrong code page makes). No Cyrillic word at all: 0 (nothing to gain)."""
    text = text[:65536]  # (a 20 MB file is judged by its beginning)
    if not text:
        return 0.0
    ordinary = sum(c.isdigit() or c in _PLAIN or (c.isalpha() and (c.isascii() or _cyrillic(c)))
                   for c in text) / len(text)
    good = bad = 0
    for word in re.findall(r"[^\W\d_]{2,}", text):
        if not any(_cyrillic(c) for c in word):
            continue  # Latin: «iPhone», «WhatsApp» are cased as they like
        if any(c.isascii() for c in word) or not (word.islower() or word.isupper()
                                                  or word.istitle()):
            bad += 1
        else:
            good += 1
    return ordinary * good / (good + bad) if good else 0.0


def legacy_reading(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) when ``raw`` reads as a Russian or English reply in one of
    ``LEGACY_ENCODINGS``, else None.

    Never used by ``check``, which stays strict: the window offers this reading to the seller,
    with a preview, and uses it only when they choose it."""
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = _normalised(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
        score = _plausible(text)
        if score >= 0.95 and (best is None or score > best[0]):
            best = (score, encoding, text)
    return (best[1], best[2]) if best else None
