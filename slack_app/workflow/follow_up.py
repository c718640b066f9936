"""Follow-up: a risk manager or approver records that an unhappy or risky reviewer was (or
was not) contacted offline, with an optional note ("closing the loop").

Offered on escalated and one- or two-star reviews. The note may hold health information: it is
stored and audited, never logged, and the card shows only that a note exists.
"""

from __future__ import annotations

from slack_app import store as db
from slack_app.workflow.core import Outcome, _refused, _state

ESCALATION_ACTIONS = ("triage.escalated", "escalate")


def follow_up_offered(store: db.Store, key: str) -> bool:
    """Whether the review's card offers Follow-up: one or two stars, or escalated now or ever."""
    review = db.get_review(store, key)
    reply = db.reply_state(store, key)
    if review is None or reply is None or reply["state"] == "new":
        return False
    if review.stars in (1, 2) or reply["state"] in ("escalated", "cleared"):
        return True
    marks = ",".join("?" * len(ESCALATION_ACTIONS))
    escalated = store.db.execute(
        f"SELECT 1 FROM audit_log WHERE review_key = ? AND action IN ({marks}) LIMIT 1",
        [key, *ESCALATION_ACTIONS],
    ).fetchone()
    return escalated is not None


def record_follow_up(
    store: db.Store, key: str, actor: str, outcome: str, note: str = ""
) -> Outcome:
    """Record a follow-up (audited). The caller has checked that `actor` may."""
    state = _state(store, key)["state"]
    if outcome not in db.FOLLOW_UP_OUTCOMES:
        return _refused("follow_up", state, f"Unknown follow-up {outcome[:40]!r}.")
    note = note.strip()
    if len(note) > db.FOLLOW_UP_NOTE_LIMIT:
        return _refused(
            "follow_up", state, f"The note is longer than {db.FOLLOW_UP_NOTE_LIMIT} characters."
        )
    if not follow_up_offered(store, key):
        return _refused(
            "follow_up",
            state,
            "Follow-ups are recorded on escalated and one- or two-star reviews.",
        )
    db.save_follow_up(store, key, actor, outcome, note)
    return Outcome(
        True, "follow_up", state, f"Follow-up recorded: {db.FOLLOW_UP_OUTCOMES[outcome]}."
    )
