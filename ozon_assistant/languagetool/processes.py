"""Other processes by PID: alive, what command line, when started, how much memory; end one.

Used only for the LanguageTool server this app started (its PID is recorded, its command line
carries a token of ours), never to find or end a process by its name. Linux reads ``/proc``;
macOS and the other Unix systems ask ``ps`` about that one PID; Windows asks ``tasklist`` and
PowerShell. Every answer that cannot be had is ``None``: the caller then treats the process as
not ours and leaves it alone.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

_PROC = Path("/proc")
WINDOWS = sys.platform == "win32"


def _run(cmd: list[str]) -> str | None:
    try:
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=10, stdin=subprocess.DEVNULL,
                           creationflags=flags)
    except (OSError, subprocess.SubprocessError):
        return None
    return r.stdout if r.returncode == 0 else None


def alive(pid: int) -> bool:
    """Whether a process with this PID exists (a zombie does not count)."""
    if pid <= 0:
        return False
    if WINDOWS:
        out = _run(["tasklist", "/FI", f"PID eq {pid}", "/NH", "/FO", "CSV"])
        return bool(out and f'"{pid}"' in out)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    stat = _PROC / str(pid) / "stat"
    if stat.exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"
        except (OSError, IndexError):
            return False
    return True


def _ask(pid: int, proc_file: str, read: Callable[[str], str], powershell: str,
         ps_field: str) -> str | None:
    """One fact about a process: from /proc on Linux, else PowerShell or ``ps``."""
    path = _PROC / str(pid) / proc_file
    if path.exists():
        try:
            return read(path.read_bytes().decode("utf-8", "replace"))
        except (OSError, ValueError, IndexError, StopIteration):
            return None
    if WINDOWS:
        out = _run(["powershell", "-NoProfile", "-Command", powershell])
    else:
        out = _run(["ps", "-o", f"{ps_field}=", "-p", str(pid)])
    return out.strip() if out else None


def command_line(pid: int) -> str | None:
    """The process's command line, arguments joined by spaces."""
    return _ask(pid, "cmdline", lambda text: text.replace("\0", " ").strip(),
                f"(Get-CimInstance Win32_Process -Filter 'ProcessId={pid}').CommandLine", "command")


def started(pid: int) -> str | None:
    """Something that tells this process from a later one given the same PID: its start time."""
    return _ask(pid, "stat", lambda text: text.rsplit(")", 1)[1].split()[19],
                f"(Get-Process -Id {pid}).StartTime.Ticks", "lstart")


def _vm_rss_kb(text: str) -> str:
    return next(line.split()[1] for line in text.splitlines() if line.startswith("VmRSS:"))


def memory_mb(pid: int) -> int | None:
    """Resident memory in MB (what the process takes of the laptop's RAM now; KB from every
    source)."""
    raw = _ask(pid, "status", _vm_rss_kb,
               f"[math]::Floor((Get-Process -Id {pid}).WorkingSet64 / 1024)", "rss")
    try:
        return int(float(raw)) // 1024 if raw else None
    except ValueError:
        return None


def end(pid: int, wait: float = 5.0) -> bool:
    """Ask the process to stop, then kill it after ``wait`` seconds; True when it is gone.
    Only for a PID we recorded and whose command line carries our token."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    if _gone(pid, wait):
        return True
    try:
        os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return _gone(pid, wait)


def _gone(pid: int, wait: float) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    return not alive(pid)
