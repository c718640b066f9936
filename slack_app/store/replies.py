"""Reply state: one row per review that needs a reply, moved between states by conditional
UPDATEs (`transition`, `claim_draft`, `claim_announcement`) so that of two concurrent callers
exactly one wins. Those stay hand-written SQL; the rest uses sqlite-utils' table API."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils.db import NotFoundError

from slack_app.store.audit import insert_audit
from slack_app.store.claims import claim_owner
from slack_app.store.connection import (
    Store,
    clean,
    dumps,
    get_row,
    now_iso,
    seconds_ago,
)

REPLY_STATES = (
    "new",
    "drafted",
    "escalated",
    "cleared",
    "approved",
    "posting",
    "posted",
    "post_failed",
    "dismissed",
    "queued",  # approved for Google, waiting for the profile's edit limit (10 a minute)
)

# Columns callers may set through transition() / set_reply_fields().
REPLY_FIELDS = (
    "draft_version",
    "card_channel",
    "card_ts",
    "announce_claimed_at",
    "announced_at",
    "triage",
    "escalation_note",
    "note",
    "posted_text",
    "posted_at",
    "post_error",
    "post_error_code",
)
# Replies still waiting for a reply on the site: everything but posted and dismissed.
WAITING_STATES = (
    "new",
    "drafted",
    "escalated",
    "cleared",
    "posting",
    "queued",
    "post_failed",
    "approved",
)
# A review being drafted by a process that stops is drafted again after this long (sooner when
# that process is known to be gone; see store.claims).
DRAFT_CLAIM_SECONDS = 600.0
_JSON_REPLY_FIELDS = ("triage",)


def _reply_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Column values as stored: JSON for triage, "" for a missing text."""
    unknown = set(fields) - set(REPLY_FIELDS)
    if unknown:
        raise ValueError(
            f"unknown reply_state field(s) {sorted(unknown)}; allowed: {', '.join(REPLY_FIELDS)}"
        )
    values = {}
    for name, value in fields.items():
        if name in _JSON_REPLY_FIELDS:
            value = dumps(value if value is not None else {})
        elif name != "draft_version" and value is None:
            value = ""
        values[name] = clean(value)  # post_error, notes: a site's answer, what people typed
    return values


def _reply_from_row(row: dict) -> dict:
    row["triage"] = json.loads(row["triage"] or "{}")
    return row


def reply_state(store: Store, key: str) -> dict | None:
    row = get_row(store.db, "reply_state", key)
    return _reply_from_row(row) if row else None


def reply_states(store: Store, states: Iterable[str] | None = None) -> list[dict]:
    """Reply-state rows, optionally only those in `states`, oldest update first."""
    where, params = None, []
    if states is not None:
        params = list(_check_states(states))
        where = f"state IN ({','.join('?' * len(params))})"
    rows = store.db["reply_state"].rows_where(where, params, order_by="updated_at, review_key")
    return [_reply_from_row(row) for row in rows]


def _check_states(states: str | Iterable[str]) -> tuple[str, ...]:
    states = (states,) if isinstance(states, str) else tuple(states)
    bad = [state for state in states if state not in REPLY_STATES]
    if bad or not states:
        raise ValueError(f"unknown reply state(s) {bad}; expected some of {REPLY_STATES}")
    return states


def ensure_reply_state(store: Store, key: str, *, actor: str = "poller") -> bool:
    """Create the reply state `new` for a review if it has none. True when it was created."""
    at = now_iso()
    with store.write() as db:
        # The write lock is held from the start, so nobody can create it in between.
        if db["reply_state"].count_where("review_key = ?", [key]):
            return False
        db["reply_state"].insert(
            {
                "review_key": key,
                "state": "new",
                "created_at": at,
                "updated_at": at,
                "updated_by": actor,
            }
        )
        insert_audit(db, at, actor, "reply_state.created", key, None, None, {"state": "new"})
    return True


def transition(
    store: Store,
    key: str,
    expected: str | tuple[str, ...],
    new: str,
    *,
    actor: str,
    action: str,
    detail: dict | None = None,
    audit_text: str | None = None,
    **fields: Any,
) -> bool:
    """Move a reply from one of `expected` to `new`, setting `fields`, and audit it, in one
    transaction. Returns False (and writes nothing) when the reply is not in an expected state,
    for example because a concurrent caller (double click, Slack retry, other process) won."""
    expected_states = _check_states(expected)
    (new,) = _check_states(new)
    values = _reply_values(fields)
    at = now_iso()
    marks = ",".join("?" * len(expected_states))
    with store.write() as db:
        before = get_row(db, "reply_state", key)
        # The conditional UPDATE is the whole point: only the caller it matched may go on.
        won = db.execute(
            f"UPDATE reply_state SET state = ?, updated_at = ?, updated_by = ?"
            f"{''.join(f', {column} = ?' for column in values)} "
            f"WHERE review_key = ? AND state IN ({marks})",
            [new, at, actor, *values.values(), key, *expected_states],
        ).rowcount
        if not won:
            return False
        version = fields.get("draft_version", before["draft_version"] if before else None)
        insert_audit(
            db,
            at,
            actor,
            action,
            key,
            version,
            audit_text,
            {"from": before["state"] if before else None, "to": new, **(detail or {})},
        )
    return True


def claim_announcement(
    store: Store, key: str, *, actor: str = "announcer", stale_after_seconds: float = 300.0
) -> bool:
    """Claim the right to post a review's card: one conditional UPDATE, so of two processes
    (or a retry after a crash) exactly one announces. A claim without `announced_at` is
    abandoned when older than `stale_after_seconds` or when its process is gone."""
    at = now_iso()
    with store.write() as db:
        won = db.execute(
            "UPDATE reply_state SET announce_claimed_at = ?, announce_claimed_by = ?, "
            "updated_at = ?, updated_by = ? "
            "WHERE review_key = ? AND announced_at = '' "
            "AND claim_takeable(announce_claimed_at, announce_claimed_by, ?)",
            [at, claim_owner(), at, actor, key, seconds_ago(stale_after_seconds)],
        ).rowcount
    return bool(won)


def claim_draft(
    store: Store, key: str, *, stale_after_seconds: float = DRAFT_CLAIM_SECONDS
) -> bool:
    """Claim the right to draft a `new` review, so two processes polling at once never both
    ask the model. The claim ends with the review's move out of `new`, or
    `release_draft_claim` when drafting failed."""
    with store.write() as db:
        won = db.execute(
            "UPDATE reply_state SET draft_claimed_at = ?, draft_claimed_by = ? "
            "WHERE review_key = ? AND state = 'new' "
            "AND claim_takeable(draft_claimed_at, draft_claimed_by, ?)",
            [now_iso(), claim_owner(), key, seconds_ago(stale_after_seconds)],
        ).rowcount
    return bool(won)


def release_draft_claim(store: Store, key: str) -> None:
    """Give a draft claim back (drafting failed: the next cycle tries again)."""
    with store.write() as db:
        db.execute(
            "UPDATE reply_state SET draft_claimed_at = '', draft_claimed_by = '' "
            "WHERE review_key = ? AND draft_claimed_by = ?",
            [key, claim_owner()],
        )


def waiting_counts(store: Store) -> dict[str, int]:
    """How many replies are waiting in each state that still needs a reply on the site."""
    marks = ",".join("?" * len(WAITING_STATES))
    rows = store.db.query(
        f"SELECT state, count(*) AS n FROM reply_state WHERE state IN ({marks}) GROUP BY state",
        list(WAITING_STATES),
    )
    return {row["state"]: row["n"] for row in rows}


def replies_posted_since(store: Store, source: str, location_id: str, since: str) -> int:
    """How many replies were posted for one location at or after `since` (store time), e.g.
    for Yelp's 20 replies per location a day."""
    row = next(
        store.db.query(
            "SELECT count(*) AS n FROM reply_state JOIN reviews USING (review_key) "
            "WHERE reviews.source = ? AND reviews.location_id = ? "
            "AND reply_state.posted_at >= ? AND reply_state.posted_at != ''",
            [source, location_id, since],
        )
    )
    return row["n"]


def set_reply_fields(store: Store, key: str, **fields: Any) -> bool:
    """Update bookkeeping columns (card ts, triage, ...) without changing the state.
    Returns False when the review has no reply state."""
    if "state" in fields:
        raise ValueError("set_reply_fields cannot change the state; use transition()")
    if not fields:
        return reply_state(store, key) is not None
    values = _reply_values(fields)
    with store.write() as db:
        try:
            db["reply_state"].update(key, {**values, "updated_at": now_iso()})
        except NotFoundError:
            return False
    return True
