"""Sending a reply, the one path the CLI and the window share: check → outbox → attempt → history.

1. The reply (with the signature) is checked as an e-mail; an unapproved reply goes out only with
   ``force`` (the seller's explicit confirmation), and is then recorded as ``send_override``.
2. Every field is validated and the message is built and written to the outbox *before* the first
   attempt, so a crash or a failure loses nothing.
3. One attempt; the outbox records the end of DATA before the final dot and "sent" only after the
   server's 250. Sent replies go into the same history as copied ones.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ozon_assistant.core.errors import OzonError
from ozon_assistant.core.settings import Settings
from ozon_assistant.core.types import CheckResult, Severity
from ozon_assistant.mail import passwords, smtp
from ozon_assistant.mail.accounts import AccountStore
from ozon_assistant.mail.errors import MailInputError, NotApprovedError, SendError
from ozon_assistant.mail.message import Draft, build, order_number
from ozon_assistant.mail.outbox import Entry, Outbox

log = logging.getLogger(__name__)


def check_reply(settings: Settings, text: str) -> CheckResult:
    """The checker's verdict on ``text`` as an e-mail (language guessed, like the CLI's check)."""
    from ozon_assistant.checker.engine import context_for, get_checker

    return get_checker(settings).check(text, context_for(settings, text, "auto", "email"))


def overridden_findings(result: CheckResult) -> list[dict[str, object]]:
    return [{"rule": f.rule, "message": f.message, "span": [f.start, f.end]}
            for f in result.findings if f.severity is Severity.ERROR]


def override_recordable() -> None:
    """OzonError (code override_unrecorded) unless the history can record an override now.

    History is written after the server's 250; an unapproved reply sent anyway must leave a
    record of the findings the seller overrode, so a history that is locked, read-only, damaged
    or on a full disk refuses the send before anything leaves."""
    from ozon_assistant.core import paths
    from ozon_assistant.storage.history import History

    history: History | None = None
    try:
        history = History()
        history.check_writable()
    except (OzonError, sqlite3.Error) as exc:
        detail = getattr(exc, "detail", None) or str(exc)
        where = getattr(exc, "where", None) or str(paths.history_db())
        raise MailInputError(
            f"{where}: the history cannot be written ({detail}), so sending an unapproved "
            "reply anyway cannot be recorded: nothing was sent", code="override_unrecorded",
            file=where, reason=detail) from None
    finally:
        if history is not None:
            history.close()


@dataclass
class Outcome:
    """What happened to one message: its outbox id, its state and a sentence for the seller."""

    id: int
    state: str
    message: str
    sent: bool = False
    warnings: list[str] = field(default_factory=list)


class Mailer:
    """Submit, attempt and retry. Safe to use from worker threads (the outbox locks itself)."""

    def __init__(self, settings: Settings, outbox: Outbox | None = None,
                 accounts: AccountStore | None = None) -> None:
        self.settings = settings
        self.outbox = outbox or Outbox()
        self.accounts = accounts or AccountStore()

    def close(self) -> None:
        self.outbox.close()

    # -- new messages -------------------------------------------------------------------------
    def queue(self, draft: Draft, account_name: str | None = None, force: bool = False,
              channel: str = "email") -> int:
        """Check, validate and write to the outbox; the id. Raises before writing on bad input."""
        account = self.accounts.get(account_name)
        built = build(account, draft, self.settings.signature)
        body = built.message.get_content()
        result = check_reply(self.settings, body.rstrip("\n"))
        if not result.approved and not force:
            errors = [f for f in result.findings if f.severity is Severity.ERROR]
            first = errors[0]
            where = body[max(0, first.start - 10):first.end + 10].replace("\n", " ")
            raise NotApprovedError(
                f"the reply is not approved ({len(errors)} error(s); first: {first.message} "
                f"in “{where.strip()}”); fix it, or send anyway with --force (recorded in history)")
        if not result.approved:  # refused now, before the outbox: nothing is queued or sent
            override_recordable()
        meta: dict[str, Any] = {
            "action": "send" if result.approved else "send_override",
            "channel": channel,
            "language": result.language,
            "score": result.score,
            "text": body,
            "overridden": [] if result.approved else overridden_findings(result),
            "order": order_number(body) or "",
        }
        headers = built.message
        return self.outbox.add(
            account=account.name, message_id=built.message_id, sender=built.sender,
            recipients=built.recipients, to=str(headers["To"]), cc=str(headers.get("Cc") or ""),
            subject=draft.subject.strip(), raw=built.as_bytes(), meta=meta)

    def submit(self, draft: Draft, account_name: str | None = None, force: bool = False,
               progress: smtp.Progress | None = None, cancel: smtp.Cancel | None = None) -> Outcome:
        """Queue and make the first attempt. SendError after a failed attempt (still queued)."""
        entry_id = self.queue(draft, account_name, force)
        return self.attempt(entry_id, progress, cancel)

    # -- attempts -----------------------------------------------------------------------------
    def attempt(self, entry_id: int, progress: smtp.Progress | None = None,
                cancel: smtp.Cancel | None = None) -> Outcome:
        """One attempt for a queued message. SendError (with the outbox updated) when it fails."""
        entry = self.outbox.claim(entry_id)
        if entry is None:
            current = self.outbox.get(entry_id)
            return Outcome(entry_id, current.state,
                           f"message {entry_id} is {current.label}; not sent again",
                           sent=False)
        try:
            if entry.meta.get("action") == "send_override":  # it may have changed since
                override_recordable()
            account = self.accounts.get(entry.account)
            password = passwords.get_password(account.name) if account.user else None
            reply = smtp.deliver(account, password, entry.raw, entry.sender, entry.recipients,
                                 progress=progress, cancel=cancel,
                                 on_data_end=lambda: self.outbox.mark_data_end(entry_id))
        except SendError as exc:
            state = self.outbox.mark_failed(entry_id, str(exc), exc.kind, exc.code, exc.params)
            facts = self.outbox.get(entry_id).error_params  # as kept (the outbox may add some)
            raise SendError(self._failure_line(entry_id, str(exc), state), exc.kind,
                            code=exc.code, outbox=state, **facts) from None
        except OzonError as exc:  # the account vanished, keyring unavailable: wait for the seller
            self.outbox.mark_failed(entry_id, str(exc), "permanent", exc.code, exc.params)
            raise SendError(f"message {entry_id} not sent: {exc}", "permanent", code=exc.code,
                            outbox="failed", **exc.params) from None
        self.outbox.mark_sent(entry_id, reply)
        warnings = self._record_history(entry)
        return Outcome(entry_id, "sent", f"sent to {entry.to} (outbox id {entry_id})", True, warnings)

    def _failure_line(self, entry_id: int, error: str, state: str) -> str:
        after = {
            "queued": f"kept in the outbox (id {entry_id}) and retried automatically while the "
                      "app is open, or now with `ozon-assistant outbox retry`",
            "failed": f"kept in the outbox (id {entry_id}); fix the cause, then retry it from the "
                      "Outbox or with `ozon-assistant outbox retry`",
            "uncertain": "kept in the outbox as “may have been sent”",
        }.get(state, f"outbox state {state}")
        return f"not sent: {error} — {after}"

    def _record_history(self, entry: Entry) -> list[str]:
        from ozon_assistant.storage.history import History

        meta = entry.meta
        recipient = ", ".join(x for x in (entry.to, entry.cc) if x)
        try:
            history = History()
            try:
                history.add(action=meta.get("action", "send"), channel=meta.get("channel", "email"),
                            language=meta.get("language", "ru"), score=int(meta.get("score", 0)),
                            text=meta.get("text", ""), overridden=meta.get("overridden", []),
                            recipient=recipient, subject=entry.subject)
            finally:
                history.close()
        except (OzonError, sqlite3.Error, ValueError) as exc:
            log.warning("sent, but history not updated: %s", exc)
            return [f"sent, but the history could not be updated: {exc}"]
        return []

    def retry(self, entry_id: int, force: bool = False, progress: smtp.Progress | None = None,
              cancel: smtp.Cancel | None = None) -> Outcome:
        """The seller asked: send a failed message now (``force`` for "may have been sent")."""
        self.outbox.requeue(entry_id, force)
        return self.attempt(entry_id, progress, cancel)

    def retry_all(self) -> list[tuple[int, Outcome | SendError]]:
        """Every queued or failed message once; "may have been sent" ones are left alone."""
        results: list[tuple[int, Outcome | SendError]] = []
        for entry in reversed(self.outbox.entries(include_sent=False)):
            if entry.state not in ("queued", "failed"):
                continue
            try:
                results.append((entry.id, self.retry(entry.id)))
            except SendError as exc:
                results.append((entry.id, exc))
        return results

    def retry_due(self) -> list[tuple[int, Outcome | SendError]]:
        """Queued messages whose backoff has run out (the window calls this on a timer)."""
        self.outbox.recover()
        results: list[tuple[int, Outcome | SendError]] = []
        for entry_id in self.outbox.due():
            try:
                results.append((entry_id, self.attempt(entry_id)))
            except SendError as exc:
                results.append((entry_id, exc))
        return results
