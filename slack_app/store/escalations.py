"""Escalations and the messages that tell the risk managers about them.

An escalation is recorded in the same transaction as the state change that made it
(`record_escalation`), so a process that dies right after cannot lose it. Its notices (one per
risk manager, and one for the risk channel) are delivered by the Slack layer at least once and
shown once: claim -> post with message metadata -> `record_notice` (channel and ts), a crash in
between recovered from the conversation's history. Every decision (hold, clear, dismiss) is
kept on the escalation, so each notice can be redrawn to show it (`notices_to_redraw`).

Notice states: pending -> sent, or failed (Slack refused for good: no such user, ...), or
cancelled (the escalation was closed before the notice went out).
"""

from __future__ import annotations

from collections.abc import Iterable

from slack_app.store.claims import claim_owner
from slack_app.store.connection import Store, now_iso, seconds_ago

NOTICE_CLAIM_SECONDS = 120.0
# Decisions that end an escalation; "hold" keeps it open.
CLOSING_DECISIONS = ("clear", "dismiss")

_NOTICE_COLUMNS = (
    "n.escalation_id, n.recipient, n.state, n.claimed_at, n.claimed_by, n.channel, n.ts, "
    "n.sent_at, n.shown, n.error, e.review_key, e.escalated_by, e.decision, e.decided_by, "
    "e.decided_at, e.decision_note, e.closed"
)


def record_escalation(store: Store, key: str, actor: str) -> int:
    """A new escalation of `key` whose notices are still to be sent; returns its id. Call it
    inside the transaction that moves the reply to `escalated`."""
    with store.write() as db:
        return int(
            db["escalations"]
            .insert({"review_key": key, "escalated_by": actor, "escalated_at": now_iso()})
            .last_rowid
        )


def latest_escalation(store: Store, key: str) -> dict | None:
    rows = store.db["escalations"].rows_where(
        "review_key = ?", [key], order_by="id DESC", limit=1
    )
    return next(rows, None)


def decide_escalation(store: Store, key: str, decision: str, actor: str, note: str = "") -> None:
    """Keep a risk decision (hold, clear, dismiss) on the review's open escalation, so every
    message about it can be redrawn to show it. Clear and dismiss close it: notices that have
    not gone out yet are cancelled."""
    with store.write() as db:
        row = next(
            db["escalations"].rows_where(
                "review_key = ? AND closed = 0", [key], order_by="id DESC", limit=1
            ),
            None,
        )
        if row is None:
            return
        closed = int(decision in CLOSING_DECISIONS)
        db["escalations"].update(
            row["id"],
            {
                "decision": decision,
                "decided_by": actor,
                "decided_at": now_iso(),
                "decision_note": note,
                "closed": closed,
            },
        )
        if closed:
            db.execute(
                "UPDATE escalation_notices SET state = 'cancelled' "
                "WHERE escalation_id = ? AND state = 'pending' AND ts = ''",
                [row["id"]],
            )


def escalations_without_recipients(store: Store) -> list[dict]:
    """Open escalations whose list of recipients has not been fixed yet, oldest first."""
    return list(
        store.db["escalations"].rows_where(
            "recipients_at = '' AND closed = 0", order_by="id"
        )
    )


def set_recipients(store: Store, escalation_id: int, recipients: Iterable[str]) -> None:
    """Fix who hears about an escalation: one pending notice per recipient (user or channel
    id). Done once; a second call (another process) adds nothing."""
    with store.write() as db:
        fixed = db.execute(
            "UPDATE escalations SET recipients_at = ? WHERE id = ? AND recipients_at = ''",
            [now_iso(), escalation_id],
        ).rowcount
        if not fixed:
            return
        for recipient in dict.fromkeys(recipients):
            db.execute(
                "INSERT OR IGNORE INTO escalation_notices (escalation_id, recipient) "
                "VALUES (?, ?)",
                [escalation_id, recipient],
            )


def _notices(store: Store, where: str, params: list) -> list[dict]:
    return list(
        store.db.query(
            f"SELECT {_NOTICE_COLUMNS} FROM escalation_notices n "
            f"JOIN escalations e ON e.id = n.escalation_id WHERE {where} "
            "ORDER BY n.escalation_id, n.recipient",
            params,
        )
    )


def pending_notices(store: Store, key: str | None = None) -> list[dict]:
    """Notices still to be sent (of one review, or all), each with its escalation's fields."""
    where = "n.state = 'pending' AND e.closed = 0"
    return _notices(store, where + (" AND e.review_key = ?" if key else ""), [key] if key else [])


def notices_to_redraw(store: Store, key: str | None = None) -> list[dict]:
    """Sent notices that do not show their escalation's latest decision yet."""
    where = "n.state = 'sent' AND e.decided_at != '' AND n.shown != e.decided_at"
    return _notices(store, where + (" AND e.review_key = ?" if key else ""), [key] if key else [])


def escalation_notices(store: Store, key: str) -> list[dict]:
    """Every notice about a review, in every state (for doctor, tests and the audit)."""
    return _notices(store, "e.review_key = ?", [key])


def claim_notice(
    store: Store,
    escalation_id: int,
    recipient: str,
    *,
    stale_after_seconds: float = NOTICE_CLAIM_SECONDS,
) -> bool:
    """The right to send one notice: of two processes exactly one wins; a claim of a process
    that is gone (or older than `stale_after_seconds`) can be taken over."""
    at = now_iso()
    with store.write() as db:
        won = db.execute(
            "UPDATE escalation_notices SET claimed_at = ?, claimed_by = ? "
            "WHERE escalation_id = ? AND recipient = ? AND state = 'pending' "
            "AND claim_takeable(claimed_at, claimed_by, ?)",
            [at, claim_owner(), escalation_id, recipient, seconds_ago(stale_after_seconds)],
        ).rowcount
    return bool(won)


def _update_notice(store: Store, escalation_id: int, recipient: str, **values: str) -> None:
    with store.write() as db:
        db["escalation_notices"].update((escalation_id, recipient), values)


def set_notice_channel(store: Store, escalation_id: int, recipient: str, channel: str) -> None:
    """Where the notice goes (a DM's channel id), stored before it is posted so a restart
    knows which conversation to look in."""
    _update_notice(store, escalation_id, recipient, channel=channel)


def record_notice(
    store: Store, escalation_id: int, recipient: str, channel: str, ts: str, shown: str = ""
) -> None:
    """The notice is in Slack at (channel, ts), showing the decision made at `shown` ("" for
    none yet)."""
    _update_notice(
        store,
        escalation_id,
        recipient,
        state="sent",
        channel=channel,
        ts=ts,
        sent_at=now_iso(),
        shown=shown,
        error="",
    )


def release_notice(store: Store, escalation_id: int, recipient: str) -> None:
    """Give a claim back: Slack refused the message for now, so nothing was posted."""
    _update_notice(store, escalation_id, recipient, claimed_at="", claimed_by="")


def fail_notice(store: Store, escalation_id: int, recipient: str, error: str) -> None:
    """Slack refused the notice for good (no such user, not in the channel): said once."""
    _update_notice(store, escalation_id, recipient, state="failed", error=error)


def mark_shown(store: Store, escalation_id: int, recipient: str, shown: str) -> None:
    _update_notice(store, escalation_id, recipient, shown=shown)
