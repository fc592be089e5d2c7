"""Tiny hostile servers for the fault matrix, written with plain sockets and threads: an SMTP and
an IMAP server that speak just enough of their protocol, record what the client sent (so a test
can tell whether a password went out), and can drip their answer one line every few seconds."""

from __future__ import annotations

import base64
import socket
import threading
import time
from collections.abc import Callable


def non_loopback_address() -> str | None:
    """An address of this machine that is not 127.x or ::1 (its LAN address), or None."""
    candidates: list[str] = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:  # no packet is sent: connecting a UDP socket only picks the outgoing address
            probe.connect(("192.0.2.1", 9))
            candidates.append(probe.getsockname()[0])
        except OSError:
            pass
    try:
        candidates += [str(i[4][0]) for i in socket.getaddrinfo(socket.gethostname(), None,
                                                                socket.AF_INET)]
    except OSError:
        pass
    for address in candidates:
        if not address.startswith("127.") and address != "0.0.0.0":
            try:
                with socket.socket() as s:
                    s.bind((address, 0))
                return address
            except OSError:
                continue
    return None


class LineServer:
    """Accepts connections on ``host`` and runs ``session(conn, server)`` for each in a thread;
    every line a client sent is kept in ``lines``. ``drip`` lines are sent one every ``every``
    seconds until the client goes or the server stops."""

    def __init__(self, session: Callable[[LineServer, socket.socket], None],
                 host: str = "127.0.0.1", every: float = 3.0) -> None:
        self.session = session
        self.every = every
        self.lines: list[str] = []
        self.stopped = threading.Event()
        self.listener = socket.create_server((host, 0))
        self.host, self.port = host, self.listener.getsockname()[1]
        self.connections = 0
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        with conn:
            try:
                self.session(self, conn)
            except OSError:
                pass

    def read_line(self, conn: socket.socket, file: object) -> str:
        line = file.readline()  # type: ignore[attr-defined]
        if not line:
            raise ConnectionError("client gone")
        text = line.decode("utf-8", "replace").rstrip("\r\n")
        self.lines.append(text)
        return text

    def drip(self, conn: socket.socket, line: str) -> None:
        """``line`` again and again, one every ``every`` seconds, never finishing the answer."""
        while not self.stopped.wait(self.every):
            conn.sendall(line.encode() + b"\r\n")

    def saw_password(self, password: str) -> bool:
        encoded = base64.b64encode(password.encode()).decode()
        return any(password in line or encoded in line or "AUTH" in line.upper()
                   or "LOGIN" in line.upper() for line in self.lines)

    def stop(self) -> None:
        self.stopped.set()
        self.listener.close()


def smtp_session(drip_at: str = "") -> Callable[[LineServer, socket.socket], None]:
    """A plain SMTP server (no STARTTLS) that takes AUTH PLAIN and any message; ``drip_at``:
    "greeting" (220- lines for ever) or "data" (250- lines for ever after the final dot)."""

    def session(server: LineServer, conn: socket.socket) -> None:
        f = conn.makefile("rb")
        if drip_at == "greeting":
            conn.sendall(b"220-tiny.example ESMTP, please wait\r\n")
            server.drip(conn, "220-still here")
            return
        conn.sendall(b"220 tiny.example ESMTP\r\n")
        while True:
            cmd = server.read_line(conn, f).upper()
            if cmd.startswith(("EHLO", "HELO")):
                conn.sendall(b"250-tiny.example\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")
            elif cmd.startswith("AUTH"):
                conn.sendall(b"235 2.7.0 Authentication successful\r\n")
            elif cmd.startswith(("MAIL", "RCPT", "RSET", "NOOP")):
                conn.sendall(b"250 OK\r\n")
            elif cmd.startswith("DATA"):
                conn.sendall(b"354 go ahead\r\n")
                while server.read_line(conn, f) != ".":
                    pass
                if drip_at == "data":
                    conn.sendall(b"250-thinking\r\n")
                    server.drip(conn, "250-still thinking")
                    return
                conn.sendall(b"250 2.0.0 queued\r\n")
            elif cmd.startswith("QUIT"):
                conn.sendall(b"221 bye\r\n")
                return
            else:
                conn.sendall(b"502 no\r\n")

    return session


def imap_session(drip_at: str = "") -> Callable[[LineServer, socket.socket], None]:
    """A plain IMAP server offering AUTH=PLAIN; ``drip_at``: "greeting" (a greeting announcing
    a megabyte of text, which then comes a line every few seconds) or "select" (untagged lines
    for ever after SELECT)."""

    def session(server: LineServer, conn: socket.socket) -> None:
        f = conn.makefile("rb")
        if drip_at == "greeting":
            conn.sendall(b"* OK tiny IMAP4rev1 {1000000}\r\n")
            server.drip(conn, "still starting")
            return
        conn.sendall(b"* OK tiny IMAP4rev1 ready\r\n")
        while True:
            line = server.read_line(conn, f)
            tag, _, rest = line.partition(" ")
            verb = rest.split(" ", 1)[0].upper()
            if verb == "CAPABILITY":
                conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag.encode()
                             + b" OK done\r\n")
            elif verb == "AUTHENTICATE":
                conn.sendall(b"+ \r\n")
                server.read_line(conn, f)
                conn.sendall(tag.encode() + b" OK signed in\r\n")
            elif verb == "LOGIN":
                conn.sendall(tag.encode() + b" OK signed in\r\n")
            elif verb in ("SELECT", "EXAMINE") and drip_at == "select":
                server.drip(conn, "* OK [ALERT] counting messages")
                return
            elif verb in ("SELECT", "EXAMINE"):
                conn.sendall(b"* 0 EXISTS\r\n* OK [UIDVALIDITY 1] ok\r\n" + tag.encode()
                             + b" OK [READ-WRITE] done\r\n")
            elif verb == "LOGOUT":
                conn.sendall(b"* BYE\r\n" + tag.encode() + b" OK done\r\n")
                return
            else:
                conn.sendall(tag.encode() + b" OK done\r\n")

    return session


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()
