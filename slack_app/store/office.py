"""What the office manager's day adds to the store: follow-ups on unhappy or risky reviews,
deliveries (reminders and digests, each sent once across restarts and processes), and who has
opened the App Home.

A delivery is claimed before it is sent, as a card is (`claim_announcement`): the first
process to INSERT the claim row sends; a claim left unsent (a crash, or Slack refused it) is
taken over after `stale_after_seconds`, and the taker is told so ("stale") to look in Slack
first. So a refused reminder or digest is tried again every five minutes, not every tick.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from slack_app.store.audit import insert_audit
from slack_app.store.connection import TIME_FORMAT, Store, dumps

# Outcome code -> what people read (the card, the digest, the report).
FOLLOW_UP_OUTCOMES = {
    "reached_out": "Reached out offline",
    "no_answer": "Tried, no answer",
    "not_needed": "No follow-up needed",
}
FOLLOW_UP_NOTE_LIMIT = 1000
DELIVERY_KINDS = ("reminder", "digest")


def _at(now: datetime | None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime(TIME_FORMAT)


# ---------------------------------------------------------------------------------------------
# Follow-ups
# ---------------------------------------------------------------------------------------------


def save_follow_up(
    store: Store, key: str, actor: str, outcome: str, note: str = "", *, now: datetime | None = None
) -> int:
    """Record a follow-up and its audit row in one transaction; returns its id. The note may
    hold health information: it goes to the database and the audit log, never to a log line."""
    if outcome not in FOLLOW_UP_OUTCOMES:
        raise ValueError(
            f"unknown follow-up outcome {outcome!r}; "
            f"expected one of {', '.join(FOLLOW_UP_OUTCOMES)}"
        )
    note = note.strip()
    if len(note) > FOLLOW_UP_NOTE_LIMIT:
        raise ValueError(f"a follow-up note is at most {FOLLOW_UP_NOTE_LIMIT} characters")
    at = _at(now)
    with store.write() as db:
        row_id = (
            db["follow_ups"]
            .insert({"review_key": key, "at": at, "actor": actor, "outcome": outcome, "note": note})
            .last_rowid
        )
        insert_audit(
            db,
            at,
            actor,
            "follow_up",
            key,
            None,
            note or None,
            {"outcome": outcome, "note": bool(note)},
        )
    return int(row_id)


def follow_ups(store: Store, key: str) -> list[dict]:
    """A review's follow-ups, oldest first."""
    return list(store.db["follow_ups"].rows_where("review_key = ?", [key], order_by="id"))


# ---------------------------------------------------------------------------------------------
# Deliveries: reminders and digests, once each
# ---------------------------------------------------------------------------------------------


def claim_delivery(
    store: Store,
    kind: str,
    key: str,
    *,
    actor: str,
    review_key: str | None = None,
    detail: dict | None = None,
    stale_after_seconds: float = 300.0,
    now: datetime | None = None,
) -> str:
    """Claim the right to send one delivery. "fresh": nobody had claimed it; "stale": an
    earlier claim was never marked sent (a crash, or Slack refused it), so look in Slack
    before sending; "": someone else holds it or it was sent."""
    if kind not in DELIVERY_KINDS:
        raise ValueError(f"unknown delivery kind {kind!r}")
    moment = now or datetime.now(UTC)
    at = _at(moment)
    stale = _at(moment - timedelta(seconds=stale_after_seconds))
    with store.write() as db:
        inserted = db.execute(
            "INSERT OR IGNORE INTO deliveries (kind, key, review_key, claimed_at, claimed_by, "
            "detail) VALUES (?, ?, ?, ?, ?, ?)",
            [kind, key, review_key, at, actor, dumps(detail or {})],
        ).rowcount
        if inserted:
            return "fresh"
        taken = db.execute(
            "UPDATE deliveries SET claimed_at = ?, claimed_by = ? "
            "WHERE kind = ? AND key = ? AND sent_at = '' AND (claimed_at = '' OR claimed_at < ?)",
            [at, actor, kind, key, stale],
        ).rowcount
    return "stale" if taken else ""


def record_delivery(
    store: Store,
    kind: str,
    key: str,
    *,
    channel: str,
    ts: str,
    actor: str,
    action: str,
    detail: dict | None = None,
    now: datetime | None = None,
) -> None:
    """Mark a delivery sent (where, when) and audit it, in one transaction."""
    at = _at(now)
    with store.write() as db:
        row = db.execute(
            "SELECT review_key, detail FROM deliveries WHERE kind = ? AND key = ?", [kind, key]
        ).fetchone()
        if row is None:
            raise KeyError(f"no {kind} claim {key!r}")
        merged = {**json.loads(row[1]), **(detail or {})}
        db.execute(
            "UPDATE deliveries SET sent_at = ?, channel = ?, ts = ?, detail = ? "
            "WHERE kind = ? AND key = ?",
            [at, channel, ts, dumps(merged), kind, key],
        )
        insert_audit(db, at, actor, action, row[0], None, None, {"key": key, **merged})


def update_delivery_detail(store: Store, kind: str, key: str, **detail: object) -> None:
    """Add facts to a delivery after it was sent (the digest's chart file)."""
    with store.write() as db:
        row = db.execute(
            "SELECT detail FROM deliveries WHERE kind = ? AND key = ?", [kind, key]
        ).fetchone()
        if row is not None:
            db.execute(
                "UPDATE deliveries SET detail = ? WHERE kind = ? AND key = ?",
                [dumps({**json.loads(row[0]), **detail}), kind, key],
            )


def delivery(store: Store, kind: str, key: str) -> dict | None:
    row = next(store.db["deliveries"].rows_where("kind = ? AND key = ?", [kind, key]), None)
    if row is not None:
        row["detail"] = json.loads(row["detail"])
    return row


def deliveries(store: Store, kind: str, *, review_key: str | None = None) -> list[dict]:
    """Deliveries of one kind (optionally for one review), in claim order."""
    where, params = "kind = ?", [kind]
    if review_key is not None:
        where += " AND review_key = ?"
        params.append(review_key)
    rows = list(store.db["deliveries"].rows_where(where, params, order_by="rowid"))
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows


# ---------------------------------------------------------------------------------------------
# The App Home's audience, and finding a card's review
# ---------------------------------------------------------------------------------------------


def remember_home_viewer(store: Store, user_id: str, *, now: datetime | None = None) -> None:
    with store.write() as db:
        db["home_viewers"].upsert({"user_id": user_id, "opened_at": _at(now)}, pk="user_id")


def home_viewers(store: Store) -> list[str]:
    return [row["user_id"] for row in store.db["home_viewers"].rows_where(order_by="user_id")]


def reply_for_card(store: Store, channel: str, ts: str) -> str | None:
    """The review key whose card is the message (channel, ts), or None."""
    row = next(
        store.db["reply_state"].rows_where(
            "card_channel = ? AND card_ts = ?", [channel, ts], select="review_key"
        ),
        None,
    )
    return row["review_key"] if row else None


def last_audit_id(store: Store) -> int:
    return store.db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]


def reminders_sent(store: Store) -> dict[tuple[str, str], tuple[int, str]]:
    """(review key, waiting since) -> (reminders sent in that wait, when the last went out)."""
    rows = store.db.execute(
        "SELECT review_key, json_extract(detail, '$.since'), count(*), max(sent_at) "
        "FROM deliveries WHERE kind = 'reminder' AND sent_at != '' GROUP BY 1, 2"
    ).fetchall()
    return {(key, since): (count, last) for key, since, count, last in rows}


def states_touched_since(store: Store, after_id: int) -> tuple[int, set[str]]:
    """(the latest audit id, the reply states entered or left after `after_id`, plus "new" for
    a review that arrived and "follow_up" for a follow-up recorded)."""
    rows = store.db.execute(
        "SELECT id, action, json_extract(detail, '$.from'), json_extract(detail, '$.to') "
        "FROM audit_log WHERE id > ? ORDER BY id",
        [after_id],
    ).fetchall()
    touched: set[str] = set()
    for _id, action, before, after in rows:
        touched.update(state for state in (before, after) if state)
        if action == "reply_state.created":
            touched.add("new")
        elif action == "follow_up":
            touched.add("follow_up")
    return (rows[-1][0] if rows else after_id), touched
