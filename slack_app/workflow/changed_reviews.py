"""A review that changed on its site while its reply waited (no Slack imports):

* removed: a waiting draft for a review that disappeared is withdrawn (`withdraw_removed`;
  Approve then posts nothing), and comes back if the review does (`restore_removed`);
* edited: a reviewer's edit after the draft makes the draft stale: triage runs again and a new
  draft replaces it (`redraft_edited`).

Every step is a conditional transition plus its audit row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.workflow.core import MACHINE_ACTOR, CardChange, _now, _save_attempts

if TYPE_CHECKING:
    from datetime import datetime

    from slack_app.config import Environment, Settings

# States a removed review's reply is withdrawn from (nothing is posted for it any more).
WITHDRAWABLE = ("new", "drafted", "cleared", "escalated", "post_failed", "approved", "queued")
# States whose draft a reviewer's edit makes stale (the reply is not on the site yet).
REDRAFTABLE = ("drafted", "cleared", "escalated", "post_failed", "queued")


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
