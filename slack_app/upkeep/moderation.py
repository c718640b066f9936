"""Read back posted Google replies: Google moderates a reply after accepting it.

Each cycle, for posted replies whose moderation is not settled (no answer yet, or PENDING)
and due a check, one GET of the review stores Google's reply state, policy violation and
reply URL (`workflow.record_reply_status`): a rejected reply goes back to people with
Google's reason. The first check comes at the next cycle after posting, then every 15 min,
30 min, 1 h ... up to 12 h, for replies posted in the last READ_BACK_DAYS; at most
READ_BACK_PER_CYCLE a cycle, within the process's quota.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from slack_app import store as db
from slack_app.sources import SourceError
from slack_app.sources.google_replies import reply_status
from slack_app.workflow import CardChange, record_reply_status, withdraw_removed

log = logging.getLogger(__name__)

READ_BACK_DAYS = 30
READ_BACK_PER_CYCLE = 200


def read_back_replies(
    store: db.Store, google, *, now: datetime, limit: int = READ_BACK_PER_CYCLE
) -> list[CardChange]:
    """Ask Google about the posted replies due a check. A review Google no longer has was
    removed (recorded; the posted card says so)."""
    due = db.replies_to_read_back(
        store,
        now=db.stamp(now),
        posted_since=db.stamp(now - timedelta(days=READ_BACK_DAYS)),
        limit=limit,
    )
    changes: list[CardChange] = []
    for row in due:
        key = row["review_key"]
        try:
            review = google.get_review(
                row["location_id"], row["source_review_id"], location_name=row["location_name"]
            )
        except SourceError as exc:
            log.warning("reading back the reply to %s failed: %s", key, exc)
            continue
        if review is None:
            change = withdraw_removed(store, key, now=now)
        else:
            change = record_reply_status(store, key, reply_status(review), now=now)
        if change is not None:
            changes.append(change)
    return changes
