"""What happens to a reply on Google beyond the approve click (no Slack imports):

* queued replies: Google allows 10 edits a minute per profile, so an approved reply beyond that
  waits in state `queued` (`queue_reply`) and `post_queued` sends the oldest ones as the
  profile's minute frees up;
* moderation: Google reviews an accepted reply; a rejection moves the reply to `post_failed`
  with Google's reason (`record_reply_status`), so people can Edit and Retry.

Every step is a conditional transition or claim plus its audit row.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.workflow.core import (
    MACHINE_ACTOR,
    CardChange,
    Outcome,
    _now,
    _refused,
    _state,
)

if TYPE_CHECKING:
    from slack_app.config import Settings
    from slack_app.sources import ReplyQueued
    from slack_app.sources.google_replies import ReplyStatus

# post_error_code of a reply Google's moderation rejected after accepting it.
GOOGLE_REJECTED = "google_rejected"
# Moderation read-back: the first check at the next cycle, then less and less often.
FIRST_RECHECK = timedelta(minutes=15)
LONGEST_RECHECK = timedelta(hours=12)


# ---------------------------------------------------------------------------------------------
# Queued behind Google's 10 edits a minute per profile
# ---------------------------------------------------------------------------------------------


def queue_notice(settings: Settings, moment: datetime, limit: int = 10) -> str:
    """What the card says about a queued reply, with the time in the practice's zone."""
    from slack_app.hours import practice_zone

    local = moment.astimezone(practice_zone(settings))
    return f"queued: Google allows {limit} replies a minute; posting at {local:%H:%M}"


def queue_reply(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    text: str,
    version: int | None,
    queued: ReplyQueued,
    action: str,
) -> Outcome:
    """The reply (now `posting`) waits for the profile's next edit: `queued`, with the time
    it should go out. Its place in the queue is kept when it is queued again."""
    review = db.get_review(store, key)
    notice = queue_notice(settings, queued.retry_at)
    with store.write():
        won = db.transition(
            store,
            key,
            "posting",
            "queued",
            actor=actor,
            action="post.queued",
            detail={"post_after": db.stamp(queued.retry_at), "why": str(queued)},
            audit_text=text,
            post_error="",
            post_error_code="",
        )
        if won:
            db.save_queued_reply(
                store,
                key,
                location_id=review.location_id,
                queued_at=db.stamp(queued.at),
                queued_by=actor,
                draft_version=version,
                post_after=db.stamp(queued.retry_at),
                notice=notice,
            )
    if not won:
        return _refused(action, _state(store, key)["state"], "Someone changed this review first.")
    return Outcome(True, action, "queued", notice, (), version)


def post_queued(
    store: db.Store, settings: Settings, poster: Any, *, limit: int = 100
) -> list[tuple[str, Outcome]]:
    """Send queued replies, oldest first, while their profiles have edits left this minute.
    Each goes through the normal posting path (guardrail re-check, exactly once). Returns
    (review key, outcome) for every reply it tried."""
    from slack_app.workflow import _post

    done: list[tuple[str, Outcome]] = []
    full: set[str] = set()
    for row in db.queued_replies(store)[:limit]:
        location = row["location_id"]
        if location in full:
            continue  # first in, first out: nothing behind a reply that must wait
        if not poster.edit_available(store, location):
            full.add(location)
            continue
        key = row["review_key"]
        outcome = _post(
            store,
            key,
            row["queued_by"],
            settings,
            poster,
            expected=("queued",),
            action="post.dequeued",
            version=row["draft_version"],
        )
        if outcome.ok and outcome.state == "queued":
            full.add(location)  # another process took the minute's last edit
        elif not outcome.ok and _state(store, key)["state"] == "queued":
            # Refused before sending (the guardrail blocks the text now): back to people,
            # not retried every tick.
            db.transition(
                store,
                key,
                "queued",
                "post_failed",
                actor=MACHINE_ACTOR,
                action="post.failed",
                detail={"while": "queued"},
                post_error=outcome.message,
                post_error_code="",
            )
            outcome = _refused(outcome.action, "post_failed", outcome.message, outcome.findings)
        if outcome.state != "queued":
            db.drop_queued_reply(store, key)
        done.append((key, outcome))
    return done


# ---------------------------------------------------------------------------------------------
# Google's moderation of a posted reply
# ---------------------------------------------------------------------------------------------


def next_check(checks: int, now: datetime) -> datetime:
    """When to ask Google again about a reply still pending after `checks` checks."""
    return now + min(LONGEST_RECHECK, FIRST_RECHECK * (2 ** max(0, checks - 1)))


def record_reply_status(
    store: db.Store, key: str, status: ReplyStatus, *, now: datetime | None = None
) -> CardChange | None:
    """Store what Google says about a posted reply. A rejection moves the reply to
    `post_failed` with Google's reason (audited `google.rejected`); the first approval and a
    first link are worth a card redraw. Returns the card change, if any."""
    from slack_app.sources.google_replies import APPROVED, REJECTED, violation_text

    now = _now(now)
    reply = db.reply_state(store, key)
    before = db.google_reply_status(store, key) or {}
    # What Google said before counts only if it was about the reply posted last.
    if not (reply and before.get("checked_at") and before["checked_at"] > reply["posted_at"]):
        before = {}
    checks = int(before.get("checks") or 0) + 1
    settled = status.state in (APPROVED, REJECTED)
    db.save_google_reply_status(
        store,
        key,
        reply_state=status.state,
        policy_violation=status.policy_violation,
        reply_url=status.reply_url or before.get("reply_url", ""),
        reply_update_time=status.update_time,
        checked_at=db.stamp(now),
        checks=checks,
        next_check_at="" if settled else db.stamp(next_check(checks, now)),
    )
    if status.state == REJECTED:
        reason = violation_text(status.policy_violation)
        if reply and db.transition(
            store,
            key,
            "posted",
            "post_failed",
            actor=MACHINE_ACTOR,
            action="google.rejected",
            detail={"policy_violation": status.policy_violation, "reply_state": status.state},
            audit_text=reply["posted_text"],
            post_error=f"Google rejected this reply: {reason}",
            post_error_code=GOOGLE_REJECTED,
        ):
            return CardChange(key, f"Google rejected the reply: {reason}")
        return None
    if status.state == APPROVED and before.get("reply_state") != APPROVED:
        return CardChange(key, "Google published the reply")
    if not before:  # the first word from Google: the card shows it is being reviewed
        return CardChange(key, "")
    return None
