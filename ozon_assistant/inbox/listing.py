"""What ``inbox list`` and ``inbox show`` print: one row per message, with how long the buyer has
waited and the situations ``snippets suggest`` sees in the message (the same function)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from ozon_assistant.storage.inbox import Message


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return dt.datetime.fromtimestamp(ts, dt.UTC).astimezone().isoformat(timespec="seconds")


class Situations:
    """The situation ids for a buyer's message, best first, as ``snippets suggest`` finds them
    (none when no situation fits: its general answers are no situation)."""

    def __init__(self) -> None:
        from ozon_assistant.core.settings import load_settings
        from ozon_assistant.snippets.service import SnippetService

        self.service = SnippetService(settings=load_settings())

    def of(self, message: Message, limit: int = 3) -> list[str]:
        text = "\n".join(x for x in (message.subject, message.body) if x).strip()
        if not text:
            return []
        proposal = self.service.propose(text, "auto", limit)
        if not proposal.fits:
            return []
        return [r.category for r in proposal.situations]

    def close(self) -> None:
        self.service.close()


def row(message: Message, situations: list[str], now: float | None = None) -> dict[str, Any]:
    now = time.time() if now is None else now
    return {
        "id": message.id, "account": message.account, "from": message.sender,
        "reply_to": message.reply_to, "subject": message.subject, "message_id": message.message_id,
        "received": iso(message.received), "waiting_hours": message.waiting_hours(now),
        "answered": message.answered, "answered_at": iso(message.answered_at),
        "answered_on_server": message.answered_on_server, "situations": situations,
        "flags": list(message.flags), "attachments": message.attachments,
        "error": message.error, "on_server": message.on_server,
    }


def ordered(messages: list[Message], now: float | None = None) -> list[Message]:
    """Unanswered first, the longest wait first; then answered ones, newest first."""
    waiting = sorted((m for m in messages if not m.answered), key=lambda m: m.received)
    done = sorted((m for m in messages if m.answered), key=lambda m: -m.received)
    return waiting + done
