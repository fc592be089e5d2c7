"""Atomic file writes: a crash mid-write leaves the old file or the new one, never half of each."""

from __future__ import annotations

import os
from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temp file in the same folder, fsync it, then rename over ``path``.

    A symbolic link is written through, not replaced: a ``config.toml`` that links into a
    dotfiles folder stays a link and the file it points to gets the new content. The file keeps
    the permissions it had (a new one gets the umask's)."""
    import stat
    import tempfile  # imports shutil, bz2, lzma: not on the check path unless a write happens

    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
