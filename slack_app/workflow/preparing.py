"""A new review becomes a card: triage, drafts (every attempt stored), then `drafted` or
`escalated`. Idempotent, so the poller, a retried slash command and a second process may all
ask for the same review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_app import store as db
from slack_app.models import Review
from slack_app.workflow.core import (
    MACHINE_ACTOR,
    PreparedReview,
    _save_attempts,
    _state,
    recent_texts,
)

if TYPE_CHECKING:
    from slack_app.config import Environment, Settings
    from slack_app.drafting import Drafter


def prepare_review(
    store: db.Store,
    review: Review,
    settings: Settings,
    *,
    drafter: Drafter | None = None,
    env: Environment | None = None,
) -> PreparedReview:
    """Triage, draft (storing every attempt) and move the reply to `drafted` or `escalated`.
    Idempotent: a review already past `new` is returned as it is, nothing drafted again."""
    from slack_app.drafting import draft_reply
    from slack_app.triage import triage

    key = review.key
    if db.get_review(store, key) is None:
        db.save_reviews(store, [review])
    db.ensure_reply_state(store, key)
    if _state(store, key)["state"] != "new":
        return _as_it_is(store, key)
    found = triage(review.text, settings.triage.extra_terms).to_dict()
    result = draft_reply(
        review, settings, drafter=drafter, env=env, recent=recent_texts(store, review, settings)
    )
    version = _save_attempts(store, key, result)
    new_state = "escalated" if found["escalate"] else "drafted"
    won = db.transition(
        store,
        key,
        "new",
        new_state,
        actor=MACHINE_ACTOR,
        action="triage.escalated" if found["escalate"] else "draft.created",
        detail={
            "backend": result.backend,
            "passed": result.passed,
            "attempts": len(result.attempts),
            "fallback_reason": result.fallback_reason,
            "triage": found["categories"],
        },
        audit_text=result.text,
        draft_version=version,
        triage=found,
    )
    if not won:  # another process prepared it at the same moment; theirs stands
        return _as_it_is(store, key)
    return PreparedReview(key, new_state, version, found["escalate"], True, found)


def _as_it_is(store: db.Store, key: str) -> PreparedReview:
    """A review prepared before (by an earlier call or another process): nothing was drafted."""
    reply = _state(store, key)
    return PreparedReview(
        key,
        reply["state"],
        reply["draft_version"],
        reply["state"] == "escalated",
        False,
        reply["triage"],
    )
