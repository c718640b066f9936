"""A new review becomes a card: triage, drafts (every attempt stored), then `drafted` or
`escalated`. Idempotent, so the poller, a retried slash command and a second process may all
ask for the same review: the review is claimed before it is drafted (`store.claim_draft`), so
two processes polling at once ask the model once, and the drafts, the state change and (for an
escalated site review) the escalation to notify the risk managers about are one transaction."""

from __future__ import annotations

import contextlib
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
    if _state(store, key)["state"] != "new" or not db.claim_draft(store, key):
        return _as_it_is(store, key)  # prepared before, or being drafted by another process
    try:
        found = triage(review.text, settings.triage.extra_terms).to_dict()
        result = draft_reply(
            review, settings, drafter=drafter, env=env, recent=recent_texts(store, review, settings)
        )
        new_state = "escalated" if found["escalate"] else "drafted"
        with store.write():
            version = _save_attempts(store, key, result)
            if not db.transition(
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
            ):
                raise _PreparedElsewhere
            # A pasted review reaches the risk managers when its author shares it.
            if found["escalate"] and review.source != "manual":
                db.record_escalation(store, key, MACHINE_ACTOR)
    except _PreparedElsewhere:  # its claim went stale and another process prepared it
        return _as_it_is(store, key)
    except BaseException:
        with contextlib.suppress(Exception):  # the store itself may be what failed
            db.release_draft_claim(store, key)
        raise
    return PreparedReview(key, new_state, version, found["escalate"], True, found)


class _PreparedElsewhere(Exception):
    """Rolls back the drafts of a review another process prepared first."""


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
