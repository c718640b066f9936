"""What the app keeps about Google beyond reviews and replies: the edits it sent (for Google's
10 edits a minute per profile), replies queued behind that limit, Google's moderation of each
posted reply, reviews that disappeared, and the daily full pass per location.

Times are store strings (fixed-width UTC, `connection.TIME_FORMAT`); `stamp` makes one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from slack_app.store.connection import TIME_FORMAT, Store, clean, get_row

EDIT_KINDS = ("put", "delete")
REPLY_STATUS_FIELDS = (
    "reply_state",
    "policy_violation",
    "reply_url",
    "reply_update_time",
    "checked_at",
    "checks",
    "next_check_at",
)


def stamp(moment: datetime) -> str:
    """A datetime (aware, or naive UTC) as the store writes times."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(TIME_FORMAT)


# ---------------------------------------------------------------------------------------------
# Edits: Google allows 10 a minute per profile
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EditClaim:
    """The answer to "may this profile take one more edit now?". `recent` are the times of
    the edits inside the window (oldest first); `waiting` how many queued replies for the
    profile are ahead of the caller."""

    granted: bool
    recent: list[str] = field(default_factory=list)
    waiting: int = 0


def claim_google_edit(
    store: Store,
    location_id: str,
    review_key: str,
    kind: str,
    *,
    at: str,
    since: str,
    limit: int,
    in_turn: bool = False,
) -> EditClaim:
    """Record an edit at `at` for the profile if fewer than `limit` were sent after `since`
    and, with `in_turn`, no queued reply for the profile is ahead of this one (a reply with no
    place in the queue has every queued one ahead of it). One IMMEDIATE transaction, so two
    processes cannot both take the last edit."""
    if kind not in EDIT_KINDS:
        raise ValueError(f"unknown edit kind {kind!r}; expected one of {EDIT_KINDS}")
    with store.write() as db:
        recent = [
            row[0]
            for row in db.execute(
                "SELECT at FROM google_edits WHERE location_id = ? AND at > ? ORDER BY at",
                [location_id, since],
            ).fetchall()
        ]
        waiting = queued_ahead(store, location_id, review_key) if in_turn else 0
        if len(recent) >= limit or waiting:
            return EditClaim(False, recent, waiting)
        db["google_edits"].insert(
            {"location_id": location_id, "review_key": review_key, "kind": kind, "at": at}
        )
    return EditClaim(True, [*recent, at], 0)


def google_edit_times(store: Store, location_id: str, since: str = "") -> list[str]:
    """Times of the edits sent for a profile after `since`, oldest first."""
    return [
        row[0]
        for row in store.db.execute(
            "SELECT at FROM google_edits WHERE location_id = ? AND at > ? ORDER BY at",
            [location_id, since],
        ).fetchall()
    ]


# ---------------------------------------------------------------------------------------------
# Replies queued behind the edit limit (reply state `queued`)
# ---------------------------------------------------------------------------------------------


def save_queued_reply(
    store: Store,
    key: str,
    *,
    location_id: str,
    queued_at: str,
    queued_by: str,
    draft_version: int | None,
    post_after: str,
    notice: str,
) -> None:
    """Queue a reply at the end, or re-time one already queued (it keeps its place)."""
    with store.write() as db:
        values = {
            "queued_by": queued_by,
            "draft_version": draft_version,
            "post_after": post_after,
            "notice": clean(notice),
        }
        if get_row(db, "reply_queue", key):
            db["reply_queue"].update(key, values)
        else:
            db["reply_queue"].insert(
                {"review_key": key, "location_id": location_id, "queued_at": queued_at, **values}
            )


def queued_reply(store: Store, key: str) -> dict | None:
    return get_row(store.db, "reply_queue", key)


def drop_queued_reply(store: Store, key: str) -> None:
    with store.write() as db:
        db.execute("DELETE FROM reply_queue WHERE review_key = ?", [key])


def queued_replies(store: Store) -> list[dict]:
    """Replies in state `queued` with their queue rows, in the order they were queued."""
    return [
        dict(row)
        for row in store.db.query(
            "SELECT q.* FROM reply_queue q JOIN reply_state rs USING (review_key) "
            "WHERE rs.state = 'queued' ORDER BY q.rowid"
        )
    ]


def queued_ahead(store: Store, location_id: str, key: str) -> int:
    """How many replies for the profile wait in the queue ahead of `key`: those queued before
    it (queue order is insertion order: a reply queued again keeps its place), or all of them
    when it has no place in the queue."""
    return store.db.execute(
        "SELECT count(*) FROM reply_queue q JOIN reply_state rs USING (review_key) "
        "WHERE q.location_id = ? AND rs.state = 'queued' AND q.review_key != ? "
        "AND q.rowid < coalesce((SELECT rowid FROM reply_queue WHERE review_key = ?), "
        "9223372036854775807)",
        [location_id, key, key],
    ).fetchone()[0]


# ---------------------------------------------------------------------------------------------
# Google's moderation of posted replies
# ---------------------------------------------------------------------------------------------


def google_reply_status(store: Store, key: str) -> dict | None:
    return get_row(store.db, "google_reply_status", key)


def save_google_reply_status(store: Store, key: str, **fields: Any) -> None:
    unknown = set(fields) - set(REPLY_STATUS_FIELDS)
    if unknown:
        raise ValueError(f"unknown google_reply_status field(s) {sorted(unknown)}")
    with store.write() as db:
        db["google_reply_status"].upsert(
            {"review_key": key, **{name: clean(value) for name, value in fields.items()}},
            pk="review_key",
        )


def replies_to_read_back(store: Store, *, now: str, posted_since: str, limit: int) -> list[dict]:
    """Google replies in state `posted` (posted at or after `posted_since`) whose moderation
    is not settled since they were last posted (no answer yet, PENDING or unspecified) and
    whose next check is due, soonest due first. Rows: review_key, location_id,
    source_review_id, location_name, posted_at, checks."""
    current = "(g.checked_at != '' AND g.checked_at > rs.posted_at)"
    due = f"CASE WHEN {current} THEN g.next_check_at ELSE rs.posted_at END"
    rows = store.db.query(
        f"SELECT rs.review_key, r.location_id, r.source_review_id, r.location_name, "
        f"rs.posted_at, coalesce(g.checks, 0) AS checks, {due} AS due "
        f"FROM reply_state rs JOIN reviews r USING (review_key) "
        f"LEFT JOIN google_reply_status g USING (review_key) "
        f"LEFT JOIN removed_reviews x USING (review_key) "
        f"WHERE rs.state = 'posted' AND r.source = 'google' AND rs.posted_at >= ? "
        f"AND x.review_key IS NULL "
        f"AND NOT (coalesce(g.reply_state, '') IN ('APPROVED', 'REJECTED') AND {current}) "
        f"AND {due} <= ? ORDER BY due, rs.review_key LIMIT ?",
        [posted_since, now, limit],
    )
    return [dict(row) for row in rows]


def drafts_older_than_their_review(store: Store, states: Iterable[str]) -> list[str]:
    """Keys of replies in `states` whose review changed (any field) after their current draft
    was written, oldest change first: candidates for a redraft."""
    states = list(states)
    rows = store.db.execute(
        f"SELECT rs.review_key FROM reply_state rs JOIN reviews r USING (review_key) "
        f"JOIN drafts d ON d.review_key = rs.review_key AND d.version = rs.draft_version "
        f"WHERE rs.state IN ({','.join('?' * len(states))}) AND r.last_changed_at > d.created_at "
        f"ORDER BY r.last_changed_at, rs.review_key",
        states,
    ).fetchall()
    return [row[0] for row in rows]


# ---------------------------------------------------------------------------------------------
# Removed reviews and the daily full pass
# ---------------------------------------------------------------------------------------------


def mark_review_removed(
    store: Store, key: str, *, at: str, state_before: str, withdrawn: bool
) -> bool:
    """Record that a review disappeared from its site. False when it was already recorded."""
    with store.write() as db:
        if get_row(db, "removed_reviews", key):
            return False
        db["removed_reviews"].insert(
            {
                "review_key": key,
                "removed_at": at,
                "state_before": state_before,
                "withdrawn": int(withdrawn),
            }
        )
    return True


def removed_review(store: Store, key: str) -> dict | None:
    return get_row(store.db, "removed_reviews", key)


def unmark_review_removed(store: Store, key: str) -> dict | None:
    """Forget a removal (the review is back); returns the row that was there, if any."""
    with store.write() as db:
        row = get_row(db, "removed_reviews", key)
        if row:
            db.execute("DELETE FROM removed_reviews WHERE review_key = ?", [key])
    return row


def removed_keys(store: Store, keys: Iterable[str]) -> set[str]:
    wanted = list(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            row[0]
            for row in store.db.execute(
                f"SELECT review_key FROM removed_reviews WHERE review_key IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        )
    return found


def stored_review_ids(
    store: Store, source: str, location_id: str, *, first_seen_before: str
) -> dict[str, str]:
    """review key -> the site's review id, for the location's stored reviews first seen
    before `first_seen_before` and not already recorded as removed."""
    rows = store.db.execute(
        "SELECT r.review_key, r.source_review_id FROM reviews r "
        "LEFT JOIN removed_reviews x USING (review_key) "
        "WHERE r.source = ? AND r.location_id = ? AND r.first_seen_at < ? "
        "AND x.review_key IS NULL",
        [source, location_id, first_seen_before],
    ).fetchall()
    return dict(rows)


def full_pass(store: Store, source: str, location_id: str) -> dict | None:
    return get_row(store.db, "full_passes", (source, location_id))


def save_full_pass(store: Store, source: str, location_id: str, **fields: Any) -> None:
    allowed = {"started_at", "finished_at", "reviews_seen", "removed", "last_error"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown full_passes field(s) {sorted(unknown)}")
    with store.write() as db:
        db["full_passes"].upsert(
            {
                "source": source,
                "location_id": location_id,
                **{name: clean(value) for name, value in fields.items()},
            },
            pk=("source", "location_id"),
        )
