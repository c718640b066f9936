"""The reply state machine on top of `store.transition` (no Slack imports).

    new -> drafted -> posting -> posted            (Google, Yelp partner API)
                   -> posting -> approved -> posted (pasted by hand: Yelp, manual reviews)
                   -> posting -> post_failed -> posting ... (Retry)
    new -> escalated -> cleared -> posting ...      (a risk manager clears it)
    drafted | cleared | escalated | post_failed | approved -> dismissed

Each step is one conditional UPDATE plus its audit row (store.transition), so a double click, a
Slack retry or a second process can never post twice: only the caller that moved the reply to
`posting` calls the site. The guardrail re-checks the exact text before it is posted, and every
edit before it is stored.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from slack_app import store as db
from slack_app.models import Review

if TYPE_CHECKING:
    from slack_app.config import Environment, Settings
    from slack_app.drafting import Drafter
    from slack_app.sources import ReplyOutcome

log = logging.getLogger(__name__)

EDITABLE = ("drafted", "cleared", "escalated", "post_failed")
MACHINE_ACTOR = "review-assistant"  # the app itself in the audit log
APPROVABLE = ("drafted", "cleared")
DISMISSABLE = ("drafted", "cleared", "escalated", "post_failed", "approved")
ESCALATABLE = ("drafted", "cleared", "post_failed")


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
    escalated: bool = False  # this action sent the review to the risk managers


class Poster(Protocol):
    def post(self, store: db.Store, review: Review, text: str) -> ReplyOutcome: ...


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _state(store: db.Store, key: str) -> dict:
    reply = db.reply_state(store, key)
    if reply is None:
        raise KeyError(f"no reply state for review {key!r}")
    return reply


def _check(text: str, review: Review, settings: Settings):
    from guardrails import check
    from slack_app.drafting import guard_context

    return check(text, guard_context(review, settings))


def _save_attempts(store: db.Store, key: str, result: Any) -> int:
    version = 0
    for attempt in result.attempts:
        version = db.save_draft(store, key, attempt.to_row())
    return version


# ---------------------------------------------------------------------------------------------
# Preparing a new review
# ---------------------------------------------------------------------------------------------


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
    reply = _state(store, key)
    if reply["state"] != "new":
        return PreparedReview(
            key,
            reply["state"],
            reply["draft_version"],
            reply["state"] == "escalated",
            False,
            reply["triage"],
        )
    found = triage(review.text, settings.triage.extra_terms).to_dict()
    result = draft_reply(review, settings, drafter=drafter, env=env)
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
        reply = _state(store, key)
        return PreparedReview(
            key,
            reply["state"],
            reply["draft_version"],
            reply["state"] == "escalated",
            False,
            reply["triage"],
        )
    return PreparedReview(key, new_state, version, found["escalate"], True, found)


# ---------------------------------------------------------------------------------------------
# Changing the draft
# ---------------------------------------------------------------------------------------------


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
    new_state = "drafted" if state == "post_failed" else state
    if not db.transition(
        store,
        key,
        state,
        new_state,
        actor=actor,
        action="edit",
        audit_text=text,
        draft_version=version,
        post_error="" if state == "post_failed" else reply["post_error"],
    ):
        return _refused("edit", _state(store, key)["state"], "Someone changed this review first.")
    return Outcome(True, "edit", new_state, f"Saved as draft v{version}.", tuple(findings), version)


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
        review, settings, drafter=drafter, env=env, instruction=instruction, variant=variant
    )
    version = _save_attempts(store, key, result)
    new_state = "drafted" if state == "post_failed" else state
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
    ):
        return _refused(
            "regenerate", _state(store, key)["state"], "Someone changed this review first."
        )
    return Outcome(True, "regenerate", new_state, f"New draft v{version}.", (), version)


# ---------------------------------------------------------------------------------------------
# Approving and posting
# ---------------------------------------------------------------------------------------------


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
        ):
            recovered.append(row["review_key"])
    return recovered


def approve(
    store: db.Store,
    key: str,
    actor: str,
    settings: Settings,
    poster: Poster,
    *,
    shown_version: int | None = None,
) -> Outcome:
    """Post the current draft. The caller has checked that `actor` is an approver.
    Exactly one concurrent caller moves the reply to `posting` and calls the site.
    `shown_version` is the draft version the approver saw; if the draft changed since, nothing
    is posted and the approver is asked to look again."""
    reply = _state(store, key)
    state = reply["state"]
    if state == "escalated":
        return _refused(
            "approve", state, "This review is escalated; a risk manager must clear it first."
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
    )


def retry_post(
    store: db.Store, key: str, actor: str, settings: Settings, poster: Poster
) -> Outcome:
    state = _state(store, key)["state"]
    if state != "post_failed":
        return _not_now("retry", state)
    return _post(store, key, actor, settings, poster, expected=("post_failed",), action="retry")


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
) -> Outcome:
    """Post draft `version` (default: the current one). Reading the pinned version rather than
    the current draft means an edit that lands after the approver's check cannot slip in."""
    from slack_app.sources import ReplyError

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
    try:
        outcome = poster.post(store, review, text)
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
        posted_at=outcome.posted_at or _now(),
        post_error="",
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
    if not db.transition(
        store,
        key,
        reply["state"],
        "escalated",
        actor=MACHINE_ACTOR,
        action="triage.escalated",
        detail={"triage": found["categories"], "on": action},
        triage=found,
    ):
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
    """A person pasted the approved text on the site by hand."""
    reply = _state(store, key)
    draft = current_draft(store, key)
    text = draft["text"] if draft else ""
    if not db.transition(
        store,
        key,
        "approved",
        "posted",
        actor=actor,
        action="mark_posted",
        audit_text=text,
        posted_text=text,
        posted_at=_now(),
    ):
        return _not_now("mark as posted", _state(store, key)["state"])
    return Outcome(True, "mark_posted", "posted", "Marked as posted.", (), reply["draft_version"])


# ---------------------------------------------------------------------------------------------
# Escalation and dismissal
# ---------------------------------------------------------------------------------------------


def _simple(
    store: db.Store,
    key: str,
    actor: str,
    action: str,
    expected: tuple[str, ...],
    new: str,
    message: str,
    **fields: Any,
) -> Outcome:
    state = _state(store, key)["state"]
    if state not in expected:
        return _not_now(action, state)
    if not db.transition(store, key, expected, new, actor=actor, action=action, **fields):
        return _not_now(action, _state(store, key)["state"])
    return Outcome(True, action, new, message)


def escalate(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    return _simple(
        store,
        key,
        actor,
        "escalate",
        ESCALATABLE,
        "escalated",
        "Escalated to the risk manager.",
        detail={"note": note},
        escalation_note=note,
    )


def clear(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    """A risk manager clears the review for reply; approvers see the note."""
    return _simple(
        store,
        key,
        actor,
        "clear",
        ("escalated",),
        "cleared",
        "Cleared for reply.",
        detail={"note": note},
        note=note,
    )


def hold(store: db.Store, key: str, actor: str, note: str = "") -> Outcome:
    """A risk manager keeps the review on hold (it stays escalated); the note is recorded."""
    return _simple(
        store,
        key,
        actor,
        "hold",
        ("escalated",),
        "escalated",
        "Kept on hold.",
        detail={"note": note},
        note=note,
    )


def dismiss(store: db.Store, key: str, actor: str, *, escalated_too: bool = True) -> Outcome:
    """No reply will be posted. `escalated_too=False` (the actor is not a risk manager) leaves
    an escalated review alone: dismissing it would end the risk review."""
    expected = DISMISSABLE if escalated_too else tuple(s for s in DISMISSABLE if s != "escalated")
    return _simple(
        store,
        key,
        actor,
        "dismiss",
        expected,
        "dismissed",
        "Dismissed: no reply will be posted.",
    )


# ---------------------------------------------------------------------------------------------
# Posting to the review sites
# ---------------------------------------------------------------------------------------------


class SourcePoster:
    """Posts through the review's source: Google's API, Yelp's partner API when configured,
    otherwise (Yelp without partner access, pasted reviews) `by_hand`.

    `sources` maps "google"/"yelp" to clients (tests pass clients pointed at fakes); missing
    ones are built from `env` on first use."""

    def __init__(
        self,
        env: Environment,
        sources: Mapping[str, Any] | None = None,
    ) -> None:
        self.env = env
        self.sources = dict(sources or {})
        # One post at a time per source: approvals are human-paced, Google allows about 300
        # requests a minute, and a burst of clicks must not trigger one OAuth token refresh
        # per thread (the client refreshes lazily and is not coordinated across threads).
        self._locks = {"google": threading.Lock(), "yelp": threading.Lock()}
        self._build_lock = threading.Lock()

    def _source(self, name: str) -> Any:
        with self._build_lock:
            return self._build(name)

    def _build(self, name: str) -> Any:
        from slack_app.sources import ReplyError, SourceError

        if name not in self.sources:
            try:
                if name == "google":
                    from slack_app.sources.google import GoogleSource

                    self.sources[name] = GoogleSource(self.env)
                elif name == "yelp":
                    from slack_app.sources.yelp import YelpSource

                    self.sources[name] = YelpSource(self.env)
            except SourceError as exc:
                raise ReplyError(str(exc)) from None
        return self.sources.get(name)

    def post(self, store: db.Store, review: Review, text: str) -> ReplyOutcome:
        from slack_app.sources import ReplyError

        if review.source == "google":
            source = self._source("google")
            with self._locks["google"]:
                return source.put_reply(review, text)
        if review.source == "yelp":
            if not self.env.yelp_partner_token and "yelp" not in self.sources:
                return _by_hand(review)
            source = self._source("yelp")
            with self._locks["yelp"]:  # also keeps the daily count below exact
                start_of_day = datetime.now(UTC).strftime("%Y-%m-%dT00:00:00.000000Z")
                today = db.replies_posted_since(store, "yelp", review.location_id, start_of_day)
                return source.post_reply(review, text, replies_today=today)
        if review.source == "manual":
            return _by_hand(review)
        raise ReplyError(f"no way to post replies to {review.source!r} reviews")

    def close(self) -> None:
        for source in self.sources.values():
            close = getattr(source, "close", None)
            if close:
                close()


def _by_hand(review: Review) -> ReplyOutcome:
    from slack_app.sources import ReplyOutcome

    where = "Yelp for Business" if review.source == "yelp" else "the review site"
    return ReplyOutcome(
        posted=False,
        by_hand=True,
        message=f"Post it by hand: copy the reply, open the review on {where}, paste it, "
        "then press Mark as posted.",
    )
