"""An overall deadline for a network operation, however the server drips its answer.

A socket timeout bounds each read: a server that sends one line every few seconds never trips
it, and a 5-second timeout can hold a send for minutes. A :class:`Deadline` bounds the whole
operation instead: when its time is up it shuts the operation's sockets down from a timer
thread, the blocked read returns at once, and the caller, seeing :attr:`Deadline.expired`, says
"no answer within N s" instead of whatever the cut connection looked like.

Sockets are attached as soon as they are connected, before the greeting or a TLS handshake is
read; the deadline keeps a duplicate of each, so shutting it down still reaches a connection
whose socket object was wrapped for TLS meanwhile (wrapping detaches the original object).
Resolving a host name is not covered: the system resolver cannot be interrupted.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType


class Deadline:
    """``seconds`` for an operation, counted from :meth:`start` (or from creation)."""

    def __init__(self, seconds: float, *, start: bool = True) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._socks: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self._ends = 0.0
        if start:
            self.start()

    def start(self, seconds: float | None = None) -> None:
        """(Re)start the count: ``seconds`` (default: this deadline's) from now."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self.expired = False
            span = self.seconds if seconds is None else seconds
            self._ends = time.monotonic() + span
            self._timer = threading.Timer(span, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def stop(self) -> None:
        """The operation is over: nothing is shut down any more (the sockets stay attached)."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._ends = 0.0

    def remaining(self, at_most: float | None = None) -> float:
        """Seconds left (at least a little: a socket timeout of 0 would mean non-blocking),
        and never more than ``at_most``."""
        with self._lock:
            left = self._ends - time.monotonic() if self._ends else (at_most or self.seconds)
        left = max(left, 0.01)
        return min(left, at_most) if at_most is not None else left

    def attach(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the time is up (at once if it is up already)."""
        try:
            dup = sock.dup()
        except OSError:
            return
        with self._lock:
            self._socks.append(dup)
            late = self.expired
        if late:
            _shut(dup)

    def _expire(self) -> None:
        with self._lock:
            if self._timer is None or threading.current_thread() is not self._timer:
                return  # restarted or stopped meanwhile
            self.expired = True
            socks = list(self._socks)
        for s in socks:
            _shut(s)

    def close(self) -> None:
        """Stop and let go of the attached sockets (the connection itself is the caller's)."""
        self.stop()
        with self._lock:
            socks, self._socks = self._socks, []
        for s in socks:
            try:
                s.close()
            except OSError:
                pass

    def __enter__(self) -> Deadline:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
