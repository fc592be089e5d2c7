"""Reading a reply from a file or stdin: strict UTF-8, universal newlines, clear errors.

The text returned is what offsets refer to: ``\\r\\n`` becomes ``\\n`` (as Python's text mode
does), a leading byte-order mark is dropped, nothing else changes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

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
    """The bytes of a file the user named, or InputError with one clear line."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not a file", code="is_folder", path=p)
        if p.stat().st_size > max_bytes:
            mb = max_bytes // (1024 * 1024)
            raise InputError(f"{p}: larger than {mb} MB", code="too_large", path=p, mb=mb)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file", code="no_file", path=p) from None
    except PermissionError:
        raise InputError(f"{p}: permission denied", code="no_permission", path=p) from None
    except OSError as exc:
        reason = exc.strerror or exc
        raise InputError(f"{p}: cannot read ({reason})", code="unreadable", path=p,
                         reason=reason) from None


def reply_bytes(path: str | Path) -> bytes:
    """The bytes of ``path`` ("-" for stdin), not yet decoded."""
    return sys.stdin.buffer.read() if str(path) == "-" else read_file_bytes(path)


def read_reply(path: str | Path) -> str:
    """The text of ``path`` ("-" for stdin). Raises InputError with one clear line."""
    return decode_reply(reply_bytes(path), reply_name(path))


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
