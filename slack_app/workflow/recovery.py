"""Replies left in `posting` by a process that stopped mid-post are handed back to people."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from slack_app import store as db
from slack_app.workflow.core import INTERRUPTED_POST_CODE, MACHINE_ACTOR

# A process that dies between `posting` and the site's answer leaves the reply in `posting`,
# where nobody may post it. After this long it is handed back to people as `post_failed`.
INTERRUPTED_POST_SECONDS = 600
INTERRUPTED_POST_ERROR = (
    "The app stopped while posting this reply. Check the review site: if the reply is not "
    "there, press Retry."
)


def recover_interrupted_posts(
    store: db.Store, *, older_than_seconds: float = INTERRUPTED_POST_SECONDS, now=None
) -> list[str]:
    """Move replies stuck in `posting` for longer than `older_than_seconds` to `post_failed`
    (audited) and return their keys. Google's reply call replaces any reply already there, so
    a Retry cannot duplicate it; the message asks people to check the site first anyway."""
    cutoff = ((now or datetime.now(UTC)) - timedelta(seconds=older_than_seconds)).strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"
    )
    recovered = []
    for row in db.reply_states(store, ("posting",)):
        if row["updated_at"] <= cutoff and db.transition(
            store,
            row["review_key"],
            "posting",
            "post_failed",
            actor=MACHINE_ACTOR,
            action="post.interrupted",
            detail={"stuck_since": row["updated_at"]},
            post_error=INTERRUPTED_POST_ERROR,
            post_error_code=INTERRUPTED_POST_CODE,
        ):
            recovered.append(row["review_key"])
    return recovered
