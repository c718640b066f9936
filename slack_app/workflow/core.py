"""What the workflow modules share: the states each action accepts, Outcome, and the small
helpers every step uses (no Slack imports)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from slack_app import store as db
from slack_app.models import Review

if TYPE_CHECKING:
    from slack_app.config import Settings
    from slack_app.sources import ReplyOutcome

EDITABLE = ("drafted", "cleared", "escalated", "post_failed")
MACHINE_ACTOR = "review-assistant"  # the app itself in the audit log
APPROVABLE = ("drafted", "cleared")
DISMISSABLE = ("drafted", "cleared", "escalated", "post_failed", "approved")
ESCALATABLE = ("drafted", "cleared", "post_failed")
# post_error_code of a post that may have reached the site (Yelp took a POST without
# answering; the app stopped mid-post): people check the site, then Retry or Mark as posted.
INTERRUPTED_POST_CODE = "interrupted"
UNCERTAIN_POST_CODES = ("outcome_unknown", INTERRUPTED_POST_CODE)  # sources.yelp.OUTCOME_UNKNOWN


@dataclass(frozen=True)
class PreparedReview:
    key: str
    state: str
    draft_version: int | None
    escalated: bool
    created: bool  # False when the review had been prepared before (nothing was drafted)
    triage: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome:
    """What an action did. `ok` False means nothing changed; `message` says why, for people."""

    ok: bool
    action: str
    state: str
    message: str = ""
    findings: tuple[dict, ...] = ()
    draft_version: int | None = None
    # The risk managers must hear about the review: this action escalated it (or shared an
    # escalated one).
    escalated: bool = False


@dataclass(frozen=True)
class CardChange:
    """A card to redraw after something the app noticed on its own, with its thread line
    ("": redraw only). `escalated`: the risk managers must hear about it too."""

    key: str
    line: str
    escalated: bool = False


class Poster(Protocol):
    def post(self, store: db.Store, review: Review, text: str) -> ReplyOutcome: ...


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def _state(store: db.Store, key: str) -> dict:
    reply = db.reply_state(store, key)
    if reply is None:
        raise KeyError(f"no reply state for review {key!r}")
    return reply


def _check(text: str, review: Review, settings: Settings):
    from guardrails import check
    from slack_app.drafting import guard_context

    return check(text, guard_context(review, settings))


def recent_texts(store: db.Store, review: Review, settings: Settings) -> tuple[str, ...]:
    """What the review's office replied lately (its Google and Yelp reviews alike), for the
    templates to avoid; a pasted review's office is its own."""
    office = settings.office_for(review.location_id)
    location = office.location
    pairs = (
        [("google", location.google_location), ("yelp", location.yelp_business_id)]
        if location is not None
        else [(review.source, review.location_id)]
    )
    return tuple(db.recent_reply_texts(store, [(s, i) for s, i in pairs if i]))


def _save_attempts(store: db.Store, key: str, result: Any) -> int:
    version = 0
    for attempt in result.attempts:
        version = db.save_draft(store, key, attempt.to_row())
    return version


def current_draft(store: db.Store, key: str) -> dict | None:
    """The draft the card shows (the reply state's draft_version)."""
    reply = db.reply_state(store, key)
    if reply is None or reply["draft_version"] is None:
        return None
    return db.get_draft(store, key, reply["draft_version"])


def _refused(action: str, state: str, message: str, findings=()) -> Outcome:
    return Outcome(False, action, state, message, tuple(findings))


def _not_now(action: str, state: str) -> Outcome:
    return _refused(
        action, state, f"This review is {state.replace('_', ' ')}; cannot {action} it now."
    )
