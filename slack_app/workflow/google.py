"""What happens to a reply around Google beyond the approve click (no Slack imports):

* queued replies: Google allows 10 edits a minute per profile, so an approved reply beyond that
  waits in state `queued` (`queue_reply`) and `post_queued` sends the oldest ones as the
  profile's minute frees up;
* moderation: Google reviews an accepted reply; a rejection moves the reply to `post_failed`
  with Google's reason (`record_reply_status`), so people can Edit and Retry;
* removed reviews: a waiting draft for a review that disappeared is withdrawn
  (`withdraw_removed`; Approve then posts nothing), and comes back if the review does;
* edited reviews: a reviewer's edit after the draft makes the draft stale: triage runs again
  and a new draft replaces it (`redraft_edited`);
* replies already on Google that a scan flagged: a safe replacement drafted through the normal
  path (`start_replacement`), or the reply deleted (`delete_flagged_reply`), each once.

Every step is a conditional transition or claim plus its audit row.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.workflow.core import (
    MACHINE_ACTOR,
    Outcome,
    _refused,
    _save_attempts,
    _state,
)
from slack_app.workflow.preparing import prepare_review

if TYPE_CHECKING:
    from slack_app.config import Environment, Settings
    from slack_app.sources import ReplyQueued
    from slack_app.sources.google_replies import ReplyStatus

log = logging.getLogger(__name__)

# States a removed review's reply is withdrawn from (nothing is posted for it any more).
WITHDRAWABLE = ("new", "drafted", "cleared", "escalated", "post_failed", "approved", "queued")
# States whose draft a reviewer's edit makes stale (the reply is not on the site yet).
REDRAFTABLE = ("drafted", "cleared", "escalated", "post_failed", "queued")
# post_error_code of a reply Google's moderation rejected after accepting it.
GOOGLE_REJECTED = "google_rejected"
# Moderation read-back: the first check at the next cycle, then less and less often.
FIRST_RECHECK = timedelta(minutes=15)
LONGEST_RECHECK = timedelta(hours=12)


@dataclass(frozen=True)
class CardChange:
    """A card to redraw after something the app noticed on its own, with its thread line
    ("": redraw only). `escalated`: the risk managers must hear about it too."""

    key: str
    line: str
    escalated: bool = False


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


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


# ---------------------------------------------------------------------------------------------
# Reviews removed from Google, and back again
# ---------------------------------------------------------------------------------------------


def withdraw_removed(
    store: db.Store, key: str, *, now: datetime | None = None
) -> CardChange | None:
    """A review disappeared from its site: record it (audited `review.removed`) and withdraw a
    reply not yet posted (it becomes `dismissed`: Approve posts nothing). None when it was
    already recorded."""
    reply = db.reply_state(store, key)
    state = reply["state"] if reply else ""
    withdrawn = False
    with store.write():
        if not db.mark_review_removed(
            store,
            key,
            at=db.stamp(_now(now)),
            state_before=state,
            withdrawn=state in WITHDRAWABLE,
        ):
            return None
        if state in WITHDRAWABLE:
            withdrawn = db.transition(
                store,
                key,
                state,
                "dismissed",
                actor=MACHINE_ACTOR,
                action="review.removed",
                detail={"withdrawn": True},
                note="",
            )
            db.drop_queued_reply(store, key)
            if withdrawn and state == "escalated":  # the risk review ends with the review
                db.decide_escalation(
                    store, key, "dismiss", MACHINE_ACTOR, "the review was removed from Google"
                )
        if not withdrawn:
            db.audit(
                store,
                MACHINE_ACTOR,
                "review.removed",
                key,
                detail={"withdrawn": False, "state": state},
            )
    if not reply or not reply["card_ts"]:
        return None
    line = "the review was removed from Google" + (
        "; the draft was withdrawn and nothing will be posted" if withdrawn else ""
    )
    return CardChange(key, line)


def restore_removed(store: db.Store, key: str) -> CardChange | None:
    """A review recorded as removed is on its site again: forget the removal (audited) and
    give back a draft that was withdrawn for it."""
    row = db.unmark_review_removed(store, key)
    if row is None:
        return None
    # A queued reply's approval went with it: it waits for an approver again.
    back_to = "drafted" if row["state_before"] == "queued" else row["state_before"]
    with store.write():
        restored = bool(row["withdrawn"]) and db.transition(
            store,
            key,
            "dismissed",
            back_to,
            actor=MACHINE_ACTOR,
            action="review.restored",
            detail={"removed_at": row["removed_at"]},
        )
        if restored and back_to == "escalated":  # the risk managers are told again
            db.record_escalation(store, key, MACHINE_ACTOR)
    if not restored:
        db.audit(
            store, MACHINE_ACTOR, "review.restored", key, detail={"removed_at": row["removed_at"]}
        )
    reply = db.reply_state(store, key)
    if not reply or not reply["card_ts"]:
        return None
    return CardChange(
        key,
        "the review is back on Google" + ("; its draft is waiting again" if restored else ""),
    )


# ---------------------------------------------------------------------------------------------
# A reviewer edited the review after it was drafted
# ---------------------------------------------------------------------------------------------


def redraft_edited(
    store: db.Store,
    key: str,
    settings: Settings,
    *,
    drafter: Any = None,
    env: Environment | None = None,
) -> CardChange | None:
    """The review's words or stars changed after its draft was written: the draft is stale.
    Triage runs again and a new draft is written (every attempt stored); a review the edit
    made risky goes to the risk managers. Only replies not yet on the site are redrafted."""
    from slack_app.drafting import draft_reply
    from slack_app.triage import triage

    reply = db.reply_state(store, key)
    review = db.get_review(store, key)
    if reply is None or review is None or reply["state"] not in REDRAFTABLE:
        return None
    draft = db.get_draft(store, key, reply["draft_version"]) if reply["draft_version"] else None
    if draft is None:
        return None
    # The review as the draft answered it: the earlier wording kept by the first change after
    # the draft was written. Only its words or stars matter, not the owner reply.
    later = [c for c in db.review_changes(store, key) if c["changed_at"] > draft["created_at"]]
    if not later or (later[0]["previous_text"], later[0]["previous_stars"]) == (
        review.text,
        review.stars,
    ):
        return None
    state = reply["state"]
    found = triage(review.text, settings.triage.extra_terms).to_dict()
    result = draft_reply(review, settings, drafter=drafter, env=env)
    version = _save_attempts(store, key, result)
    newly_risky = found["escalate"] and state != "escalated"
    if state == "escalated" or newly_risky:
        new_state = "escalated"
    elif state == "cleared":
        new_state = "cleared"
    else:
        new_state = "drafted"
    with store.write():
        won = db.transition(
            store,
            key,
            state,
            new_state,
            actor=MACHINE_ACTOR,
            action="review.edited",
            detail={
                "stale_draft": reply["draft_version"],
                "backend": result.backend,
                "passed": result.passed,
                "triage": found["categories"],
            },
            audit_text=result.text,
            draft_version=version,
            triage=found,
            post_error="",
            post_error_code="",
        )
        if won:
            db.drop_queued_reply(store, key)
            if newly_risky:  # recorded with the state change; the Slack layer tells them
                db.record_escalation(store, key, MACHINE_ACTOR)
    if not won:
        return None
    line = f"the reviewer edited the review; the draft was rewritten (now v{version})"
    if newly_risky:
        line += f" and the review now needs a risk manager ({', '.join(found['categories'])})"
    return CardChange(key, line, escalated=bool(newly_risky))


# ---------------------------------------------------------------------------------------------
# Replies already on Google that a scan flagged
# ---------------------------------------------------------------------------------------------


def start_replacement(
    store: db.Store,
    scan_id: int,
    key: str,
    actor: str,
    settings: Settings,
    *,
    drafter: Any = None,
    env: Environment | None = None,
) -> Outcome:
    """Draft a safe replacement for a flagged reply through the normal path (triage, draft,
    guardrail, repair; then an approver approves it on its card and Google's PUT replaces the
    reply). Once per finding."""
    finding = db.scan_finding(store, scan_id, key)
    if finding is None:
        return _refused("replace", "", "This reply is not in that scan's report.")
    now = db.now_iso()
    if not db.claim_scan_finding(store, scan_id, key, "flagged", "replacing", actor=actor, at=now):
        current = db.scan_finding(store, scan_id, key)["status"]
        return _refused("replace", current, f"Already handled: this reply is {current}.")
    reply = db.reply_state(store, key)
    if reply and reply["state"] in ("posting", "queued"):
        db.claim_scan_finding(store, scan_id, key, "replacing", "flagged", actor=actor, at=now)
        return _refused(
            "replace", reply["state"], "A reply for this review is being posted; try again shortly."
        )
    rules = sorted({f["rule"] for f in finding["findings"]})
    db.audit(
        store,
        actor,
        "scan.replace",
        key,
        text=finding["reply_text"],
        detail={"scan": scan_id, "rules": rules},
    )
    if reply is not None and reply["state"] in ("posted", "dismissed"):
        # A new reply cycle for the same review: the card shows the new draft.
        db.transition(
            store,
            key,
            reply["state"],
            "new",
            actor=actor,
            action="scan.redraft",
            detail={"scan": scan_id},
        )
    review = db.get_review(store, key)
    prepared = prepare_review(store, review, settings, drafter=drafter, env=env)
    return Outcome(
        True,
        "replace",
        prepared.state,
        f"A safe replacement is drafted (v{prepared.draft_version}); approving it on its card "
        "replaces the reply on Google.",
        (),
        prepared.draft_version,
        escalated=prepared.escalated,
    )


def delete_flagged_reply(
    store: db.Store, scan_id: int, key: str, actor: str, poster: Any
) -> Outcome:
    """Delete a flagged reply on Google (DELETE .../reply), once. The caller has checked that
    `actor` is an approver."""
    from slack_app.sources import ReplyError

    finding = db.scan_finding(store, scan_id, key)
    if finding is None:
        return _refused("delete", "", "This reply is not in that scan's report.")
    if not db.claim_scan_finding(
        store, scan_id, key, "flagged", "deleting", actor=actor, at=db.now_iso()
    ):
        current = db.scan_finding(store, scan_id, key)["status"]
        return _refused("delete", current, f"Already handled: this reply is {current}.")
    review = db.get_review(store, key)
    try:
        existed = poster.delete_reply(store, review)
    except ReplyError as exc:
        db.claim_scan_finding(
            store,
            scan_id,
            key,
            "deleting",
            "flagged",
            actor=actor,
            at=db.now_iso(),
            error=str(exc),
        )
        db.audit(
            store, actor, "scan.delete_failed", key, detail={"scan": scan_id, "error": str(exc)}
        )
        return _refused("delete", "flagged", f"Google did not delete the reply: {exc}")
    db.claim_scan_finding(store, scan_id, key, "deleting", "deleted", actor=actor, at=db.now_iso())
    db.audit(
        store,
        actor,
        "scan.reply_deleted",
        key,
        text=finding["reply_text"],
        detail={"scan": scan_id, "was_on_google": existed},
    )
    # The stored copy follows Google: no owner reply now (the earlier one is kept in history).
    from dataclasses import replace

    db.save_reviews(store, [replace(review, owner_reply="")])
    reply = db.reply_state(store, key)
    if reply and reply["state"] == "posted":
        db.transition(
            store,
            key,
            "posted",
            "dismissed",
            actor=actor,
            action="scan.reply_deleted",
            detail={"scan": scan_id},
        )
    message = "Reply deleted on Google." if existed else "There was no reply on Google any more."
    return Outcome(True, "delete", "deleted", message)
