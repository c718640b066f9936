"""The reply state machine on top of `store.transition` (no Slack imports).

    new -> drafted -> posting -> posted            (Google, Yelp partner API)
                   -> posting -> approved -> posted (pasted by hand: Yelp, manual reviews)
                   -> posting -> post_failed -> posting ... (Retry)
    new -> escalated -> cleared -> posting ...      (a risk manager clears it)
    drafted | cleared | escalated | post_failed | approved -> dismissed
    posting -> queued -> posting                    (Google: 10 replies a minute per profile)
    posted -> post_failed                           (Google's moderation rejected the reply)

Each step is one conditional UPDATE plus its audit row (store.transition), so a double click, a
Slack retry or a second process can never post twice: only the caller that moved the reply to
`posting` calls the site. The guardrail re-checks the exact text before it is posted, and every
edit before it is stored.

This module holds what people do to a review's card (edit, regenerate, approve and post,
retry, mark as posted, escalate, clear, hold, dismiss); what the app does on its own is beside
it: `preparing` (a new review becomes a draft), `cards` (recording and sharing cards),
`recovery` (posts interrupted by a stopped process), `follow_up` (contacting an unhappy
reviewer offline), `google` (queued replies, Google's moderation), `changed_reviews` (reviews
removed from their site or edited by their author), `flagged_replies` (replies already on Google
that a scan flagged); escalating, clearing, holding and dismissing are in `escalation`; `core`
is what they share. Callers import everything from here:
`from slack_app import workflow; workflow.approve(...)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_app import store as db
from slack_app.models import Review
from slack_app.workflow.cards import CardNotPosted, record_card, share
from slack_app.workflow.changed_reviews import (
    REDRAFTABLE,
    redraft_edited,
    restore_removed,
    withdraw_removed,
)
from slack_app.workflow.core import (
    APPROVABLE,
    DISMISSABLE,
    EDITABLE,
    ESCALATABLE,
    MACHINE_ACTOR,
    UNCERTAIN_POST_CODES,
    CardChange,
    Outcome,
    Poster,
    PreparedReview,
    _check,
    _not_now,
    _refused,
    _save_attempts,
    _state,
    current_draft,
    recent_texts,
)
from slack_app.workflow.escalation import clear, dismiss, escalate, hold
from slack_app.workflow.flagged_replies import delete_flagged_reply, start_replacement
from slack_app.workflow.follow_up import follow_up_offered, record_follow_up
from slack_app.workflow.google import post_queued, queue_reply, record_reply_status
from slack_app.workflow.preparing import prepare_review
from slack_app.workflow.recovery import (
    INTERRUPTED_POST_ERROR,
    INTERRUPTED_POST_SECONDS,
    recover_interrupted_posts,
)

if TYPE_CHECKING:
    from slack_app.config import Environment, Settings
    from slack_app.drafting import Drafter

__all__ = [
    "APPROVABLE",
    "DISMISSABLE",
    "EDITABLE",
    "ESCALATABLE",
    "INTERRUPTED_POST_ERROR",
    "INTERRUPTED_POST_SECONDS",
    "MACHINE_ACTOR",
    "REDRAFTABLE",
    "UNCERTAIN_POST_CODES",
    "CardChange",
    "CardNotPosted",
    "Outcome",
    "Poster",
    "PreparedReview",
    "approve",
    "clear",
    "current_draft",
    "delete_flagged_reply",
    "dismiss",
    "edit",
    "escalate",
    "follow_up_offered",
    "hold",
    "mark_posted",
    "post_queued",
    "prepare_review",
    "recent_texts",
    "record_card",
    "record_follow_up",
    "record_reply_status",
    "recover_interrupted_posts",
    "redraft_edited",
    "regenerate",
    "restore_removed",
    "retry_post",
    "share",
    "start_replacement",
    "withdraw_removed",
]

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# Changing the draft
# ---------------------------------------------------------------------------------------------


def edit(store: db.Store, key: str, actor: str, text: str, settings: Settings) -> Outcome:
    """A person's text becomes a new draft version if the guardrail passes it; a blocked edit
    is refused with its findings and changes nothing but the audit log."""
    reply = _state(store, key)
    state = reply["state"]
    if state not in EDITABLE:
        return _not_now("edit", state)
    review = db.get_review(store, key)
    text = text.strip()
    verdict = _check(text, review, settings)
    findings = [f.to_dict() for f in verdict.findings]
    if not verdict.passed:
        db.audit(
            store,
            actor,
            "edit.blocked",
            key,
            reply["draft_version"],
            text,
            {"rules": [f["rule"] for f in findings if f["severity"] == "block"]},
        )
        blocking = [f for f in findings if f["severity"] == "block"]
        return _refused("edit", state, "The guardrail blocked this text.", blocking)
    version = db.save_draft(
        store,
        key,
        {
            "text": text,
            "backend": "human",
            "passed": True,
            "findings": findings,
            "author": actor,
            "language": ",".join(verdict.languages),
        },
    )
    new_state, cleared = _redrafted(state)
    if not db.transition(
        store,
        key,
        state,
        new_state,
        actor=actor,
        action="edit",
        audit_text=text,
        draft_version=version,
        **cleared,
    ):
        return _refused("edit", _state(store, key)["state"], "Someone changed this review first.")
    return Outcome(True, "edit", new_state, f"Saved as draft v{version}.", tuple(findings), version)


def _redrafted(state: str) -> tuple[str, dict[str, str]]:
    """The state after a new draft version, and the fields it clears: a reply whose post
    failed starts over as a draft, its old error gone; any other state stays as it was."""
    if state == "post_failed":
        return "drafted", {"post_error": "", "post_error_code": ""}
    return state, {}


def regenerate(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    *,
    instruction: str | None = None,
    drafter: Drafter | None = None,
    env: Environment | None = None,
) -> Outcome:
    """Ask the drafter again (optionally "shorter", "warmer", ...); every attempt is stored."""
    from slack_app.drafting import draft_reply

    state = _state(store, key)["state"]
    if state not in EDITABLE:
        return _not_now("regenerate", state)
    review = db.get_review(store, key)
    variant = len(db.drafts(store, key))
    result = draft_reply(
        review,
        settings,
        drafter=drafter,
        env=env,
        instruction=instruction,
        variant=variant,
        recent=recent_texts(store, review, settings),
    )
    version = _save_attempts(store, key, result)
    new_state, cleared = _redrafted(state)
    if not db.transition(
        store,
        key,
        state,
        new_state,
        actor=actor,
        action="regenerate",
        detail={
            "instruction": instruction or "",
            "backend": result.backend,
            "passed": result.passed,
        },
        audit_text=result.text,
        draft_version=version,
        **cleared,
    ):
        return _refused(
            "regenerate", _state(store, key)["state"], "Someone changed this review first."
        )
    return Outcome(True, "regenerate", new_state, f"New draft v{version}.", (), version)


# ---------------------------------------------------------------------------------------------
# Approving and posting
# ---------------------------------------------------------------------------------------------


def approve(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    poster: Poster,
    *,
    shown_version: int | None = None,
    on_posting: Callable[[], Any] | None = None,
) -> Outcome:
    """Post the current draft. The caller has checked that `actor` is an approver.
    Exactly one concurrent caller moves the reply to `posting` and calls the site.
    `shown_version` is the draft version the approver saw; if the draft changed since, nothing
    is posted and the approver is asked to look again. `on_posting()` runs once the reply is
    in `posting`, before the site is called (the Slack layer redraws the card: a site that is
    slow or being retried must not leave "Approve and post" on screen)."""
    reply = _state(store, key)
    state = reply["state"]
    if state == "escalated":
        return _refused(
            "approve", state, "This review is escalated; a risk manager must clear it first."
        )
    if db.removed_review(store, key):
        return _refused(
            "approve", state, "This review was removed from Google; nothing was posted."
        )
    if state not in APPROVABLE:
        return _not_now("approve", state)
    draft = current_draft(store, key)
    if shown_version is not None and draft is not None and draft["version"] != shown_version:
        return _refused(
            "approve",
            state,
            f"The draft changed since you looked (you saw version {shown_version}, it is now "
            f"version {draft['version']}). Read the updated card and approve again.",
        )
    return _post(
        store,
        key,
        actor,
        settings,
        poster,
        expected=APPROVABLE,
        action="approve",
        version=shown_version,
        on_posting=on_posting,
    )


def retry_post(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    poster: Poster,
    *,
    on_posting: Callable[[], Any] | None = None,
) -> Outcome:
    state = _state(store, key)["state"]
    if state != "post_failed":
        return _not_now("retry", state)
    return _post(
        store,
        key,
        actor,
        settings,
        poster,
        expected=("post_failed",),
        action="retry",
        on_posting=on_posting,
    )


def _post(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    poster: Poster,
    *,
    expected: tuple[str, ...],
    action: str,
    version: int | None = None,
    on_posting: Callable[[], Any] | None = None,
) -> Outcome:
    """Post draft `version` (default: the current one). Reading the pinned version rather than
    the current draft means an edit that lands after the approver's check cannot slip in."""
    from slack_app.sources import ReplyError, ReplyQueued

    reply = _state(store, key)
    draft = current_draft(store, key) if version is None else db.get_draft(store, key, version)
    review = db.get_review(store, key)
    if draft is None or not draft["text"].strip():
        return _refused(action, reply["state"], "There is no draft to post.")
    text = draft["text"]
    if reply["state"] != "cleared":
        risky = _escalate_if_risky_now(store, key, review, reply, settings, action)
        if risky is not None:
            return risky
    verdict = _check(text, review, settings)
    if not verdict.passed:
        blocking = [f.to_dict() for f in verdict.blocking]
        db.audit(
            store,
            actor,
            f"{action}.blocked",
            key,
            draft["version"],
            text,
            {"rules": [f["rule"] for f in blocking]},
        )
        return _refused(action, reply["state"], "The guardrail blocks this text.", blocking)
    if not db.transition(
        store,
        key,
        expected,
        "posting",
        actor=actor,
        action=action,
        audit_text=text,
        draft_version=draft["version"],
    ):
        return _refused(action, _state(store, key)["state"], "Already being handled.")
    if on_posting is not None:
        try:
            on_posting()
        except Exception:  # only the redraw is lost; the post goes ahead
            log.exception("showing that %s is being posted failed", key)
    try:
        outcome = poster.post(store, review, text)
    except ReplyQueued as queued:  # Google's 10 replies a minute per profile: it waits its turn
        return queue_reply(store, key, actor, settings, text, draft["version"], queued, action)
    except ReplyError as exc:
        db.transition(
            store,
            key,
            "posting",
            "post_failed",
            actor=actor,
            action="post.failed",
            detail={"retryable": exc.retryable, "code": exc.code},
            audit_text=text,
            post_error=str(exc),
            post_error_code=exc.code,
        )
        return _refused(action, "post_failed", str(exc))
    except Exception as exc:  # never leave a reply stuck in `posting`
        log.exception("posting %s failed unexpectedly", key)
        db.transition(
            store,
            key,
            "posting",
            "post_failed",
            actor=actor,
            action="post.failed",
            detail={"unexpected": type(exc).__name__},
            audit_text=text,
            post_error=f"unexpected error: {type(exc).__name__}",
            post_error_code="",
        )
        return _refused(action, "post_failed", f"unexpected error: {type(exc).__name__}")
    if outcome.by_hand:
        db.transition(
            store,
            key,
            "posting",
            "approved",
            actor=actor,
            action="post.by_hand",
            detail={"message": outcome.message},
            audit_text=text,
            post_error="",
            post_error_code="",
        )
        return Outcome(True, action, "approved", outcome.message, (), draft["version"])
    db.transition(
        store,
        key,
        "posting",
        "posted",
        actor=actor,
        action="post.posted",
        detail={"message": outcome.message},
        audit_text=text,
        posted_text=text,
        posted_at=outcome.posted_at or db.now_iso(),
        post_error="",
        post_error_code="",
    )
    return Outcome(True, action, "posted", outcome.message, (), draft["version"])


def _escalate_if_risky_now(
    store: db.Store, key: str, review: Review, reply: dict, settings: Settings, action: str
) -> Outcome | None:
    """Triage ran when the review arrived; a reviewer may have edited it since (the poller
    stores the new wording but leaves the reply state alone). A review that now reads as a
    legal threat, harm or privacy complaint goes to the risk managers instead of being posted.
    None when it may be posted."""
    from slack_app.triage import triage

    found = triage(review.text, settings.triage.extra_terms).to_dict()
    if not found["escalate"] or (reply["triage"] or {}).get("escalate"):
        return None
    with store.write():
        won = db.transition(
            store,
            key,
            reply["state"],
            "escalated",
            actor=MACHINE_ACTOR,
            action="triage.escalated",
            detail={"triage": found["categories"], "on": action},
            triage=found,
        )
        if won:
            db.record_escalation(store, key, MACHINE_ACTOR)
    if not won:
        return _refused(action, _state(store, key)["state"], "Someone changed this review first.")
    return Outcome(
        False,
        action,
        "escalated",
        "The review was edited by its author and now needs a risk manager "
        f"({', '.join(found['categories'])}); nothing was posted.",
        escalated=True,
    )


def mark_posted(store: db.Store, key: str, actor: str) -> Outcome:
    """A person pasted the approved text on the site by hand, or found on the site the reply
    whose post ended uncertain (`post_failed`: the site may have posted it)."""
    reply = _state(store, key)
    draft = current_draft(store, key)
    text = draft["text"] if draft else ""
    if not db.transition(
        store,
        key,
        ("approved", "post_failed"),
        "posted",
        actor=actor,
        action="mark_posted",
        detail={"found_after": reply["post_error_code"]} if reply["post_error_code"] else None,
        audit_text=text,
        posted_text=text,
        posted_at=db.now_iso(),
        post_error="",
        post_error_code="",
    ):
        return _not_now("mark as posted", _state(store, key)["state"])
    return Outcome(True, "mark_posted", "posted", "Marked as posted.", (), reply["draft_version"])
