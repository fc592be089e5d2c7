"""``inbox sync``: new messages from the account's IMAP INBOX into the local store.

By UID: only UIDs above the last one stored are fetched, and each message is stored with the new
``last_uid`` in one transaction, so a sync that stops half-way resumes where it stopped and a
second sync adds nothing. UIDVALIDITY is kept; when the server changes it, the UIDs start over and
messages already here are matched by Message-ID. Bodies are fetched with BODY.PEEK (nothing is
marked \\Seen), nothing is deleted or moved; the only change made on the server is \\Answered on a
message whose reply went out. A message larger than :data:`MAX_BYTES` is stored with its headers
and that error; a message that cannot be read is stored with its error; neither stops the sync.
"""

from __future__ import annotations

import imaplib
import re
import time
from dataclasses import dataclass, field

from ozon_assistant.core.errors import OzonError
from ozon_assistant.inbox import thanks
from ozon_assistant.mail import imap, passwords
from ozon_assistant.mail.accounts import Account, AccountStore
from ozon_assistant.storage.inbox import InboxStore, NewMessage

MAX_BYTES = 25 * 1024 * 1024
_UID = re.compile(rb"\bUID (\d+)")
_FLAGS = re.compile(rb"\bFLAGS \(([^)]*)\)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")


@dataclass
class SyncResult:
    account: str
    added: int = 0
    known: int = 0
    with_errors: list[int] = field(default_factory=list)  # local ids stored with an error
    marked_answered: int = 0

    def summary(self) -> str:
        text = f"{self.account}: {self.added} new message(s), {self.known} already here"
        if self.with_errors:
            text += f", {len(self.with_errors)} stored with an error (see `inbox show ID`)"
        if self.marked_answered:
            text += f", {self.marked_answered} marked answered on the server"
        return text


def _fetch_lines(data: list[object]) -> list[bytes]:
    """The lines of a FETCH answer (a literal's prefix for each literal)."""
    lines = []
    for item in data:
        if isinstance(item, tuple):
            lines.append(item[0])
        elif isinstance(item, bytes) and item != b")":
            lines.append(item)
    return lines


def _flags(line: bytes) -> tuple[str, ...]:
    m = _FLAGS.search(line)
    return tuple(m.group(1).decode("ascii", "replace").split()) if m else ()


def server_flags(conn: imaplib.IMAP4) -> dict[int, tuple[str, ...]]:
    """UID → flags of every message in the selected mailbox."""
    typ, data = conn.uid("FETCH", "1:*", "(UID FLAGS)")
    if typ != "OK":
        raise imap.ReceiveError(f"the server refused to list INBOX: {data!r}", code="server_answered")
    out: dict[int, tuple[str, ...]] = {}
    for line in _fetch_lines(data):
        m = _UID.search(line)
        if m:
            out[int(m.group(1))] = _flags(line)
    return out


def _uidvalidity(conn: imaplib.IMAP4) -> int:
    _typ, data = conn.response("UIDVALIDITY")
    try:
        return int((data or [b"0"])[-1] or 0)
    except ValueError:
        return 0


def select_inbox(conn: imaplib.IMAP4, account: Account) -> int:
    """Open INBOX read-write (for \\Answered); its UIDVALIDITY."""
    typ, data = conn.select("INBOX")
    if typ != "OK":
        raise imap.ReceiveError(f"IMAP {account.imap_host}:{account.imap_port}: cannot open INBOX "
                                f"({data!r})", code="no_inbox")
    return _uidvalidity(conn)


def fetch_one(conn: imaplib.IMAP4, uid: int, max_bytes: int = MAX_BYTES) -> NewMessage:
    """One message by UID, decoded; too large or unreadable ones come back with their error."""
    from ozon_assistant.inbox.decode import decode

    typ, data = conn.uid("FETCH", str(uid), "(UID RFC822.SIZE INTERNALDATE FLAGS)")
    lines = _fetch_lines(data) if typ == "OK" else []
    if not lines:
        return NewMessage(uid=uid, received=time.time(), error="the server gave no data for it")
    meta = lines[0]
    size = int(m.group(1)) if (m := _SIZE.search(meta)) else 0
    stamp = imaplib.Internaldate2tuple(meta)
    received = time.mktime(stamp) if stamp else None
    flags = _flags(meta)
    too_big = size > max_bytes
    what = "BODY.PEEK[HEADER]" if too_big else "BODY.PEEK[]"
    typ, data = conn.uid("FETCH", str(uid), f"({what})")
    raw = next((item[1] for item in data if isinstance(item, tuple)), None) if typ == "OK" else None
    if not isinstance(raw, bytes):
        return NewMessage(uid=uid, received=received or time.time(), flags=flags, size=size,
                          error="the server gave no data for it")
    message = decode(raw, uid, received, flags, headers_only=too_big)
    message.size = size or len(raw)
    if too_big:
        note = (f"larger than {max_bytes // (1024 * 1024)} MB ({size // (1024 * 1024)} MB): "
                "only its headers were fetched")
        message.error = f"{note}; {message.error}" if message.error else note
    return message


def settle_replies(store: InboxStore, account: str) -> None:
    """Replies the outbox sent since (a retry, the window): their messages are answered now."""
    pending = store.with_pending_reply(account)
    if not pending:
        return
    from ozon_assistant.mail.outbox import SENT, existing_entries

    sent = existing_entries(int(m.reply_outbox_id or 0) for m in pending)
    for m in pending:
        entry = sent.get(int(m.reply_outbox_id or 0))
        if entry is not None and entry.state == SENT:
            store.mark_answered(m.id, entry.sent_at)


def push_answered(conn: imaplib.IMAP4, store: InboxStore, account: str, uidvalidity: int) -> int:
    """Set \\Answered on the server for messages answered here; how many."""
    done = 0
    for m in store.to_mark_answered(account, uidvalidity):
        typ, _data = conn.uid("STORE", str(m.uid), "+FLAGS", "(\\Answered)")
        if typ == "OK":
            store.mark_answered_on_server(m.id)
            done += 1
    return done


def sync(account_name: str | None = None, store: InboxStore | None = None,
         accounts: AccountStore | None = None, max_bytes: int = MAX_BYTES) -> SyncResult:
    """Fetch what is new. ReceiveError (one line) when the server cannot be reached or refuses."""
    account = (accounts or AccountStore()).get(account_name)
    own = store is None
    store = store or InboxStore()
    result = SyncResult(account.name)
    try:
        settle_replies(store, account.name)
        thanks.settle(store, account.name)
        password = passwords.get_password(account.name) if account.user else None
        conn = imap.connect(account, password)
        try:
            uidvalidity = select_inbox(conn, account)
            state = store.begin_sync(account.name, uidvalidity)
            flags = server_flags(conn)
            store.update_flags(account.name, uidvalidity, flags)
            result.marked_answered = push_answered(conn, store, account.name, uidvalidity)
            known = store.known_uids(account.name, uidvalidity)
            for uid in sorted(flags):
                if uid <= state.last_uid or uid in known:
                    result.known += 1
                    continue
                message = fetch_one(conn, uid, max_bytes)
                local = store.add(account.name, uidvalidity, message)
                if local is None:
                    result.known += 1
                    continue
                result.added += 1
                if message.error:
                    result.with_errors.append(local)
        except imap.ReceiveError:
            raise
        except Exception as exc:
            raise imap.classify(exc, account) from None
        finally:
            imap.logout(conn)
    except OzonError as exc:
        try:
            store.end_sync(account.name, str(exc))
        except OzonError:
            pass
        raise
    else:
        store.end_sync(account.name)
    finally:
        if own:
            store.close()
    return result
