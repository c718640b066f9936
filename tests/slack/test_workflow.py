"""The reply state machine without Slack: which actions each state allows, and the guardrail
re-check at approval time."""

from __future__ import annotations

import pytest

from slack_app import store as db
from slack_app import workflow
from slack_app.models import Review
from slack_app.sources import ReplyOutcome

SAFE = "Thank you for writing. Please call our office manager at (555) 014-2290."


class RecordingPoster:
    def __init__(self) -> None:
        self.posted: list[str] = []

    def post(self, store, review, text):
        self.posted.append(text)
        return ReplyOutcome(posted=True, message="posted", posted_at="2026-11-23T10:00:00Z")


@pytest.fixture
def review(store, settings) -> Review:
    review = Review(
        source="google",
        location_id="accounts/1/locations/2",
        source_review_id="wf-1",
        stars=4,
        reviewer_name="Ann",
        text="Nice people, short wait.",
        created_at="2026-11-22T09:00:00Z",
    )
    workflow.prepare_review(store, review, settings)
    return review


def force_state(store, key: str, state: str) -> None:
    current = db.reply_state(store, key)["state"]
    assert db.transition(store, key, current, state, actor="test", action="test.force")


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        ("drafted", {"approve", "edit", "escalate", "dismiss"}),
        ("cleared", {"approve", "edit", "escalate", "dismiss"}),
        ("escalated", {"edit", "clear", "hold", "dismiss"}),
        # Mark as posted: the site may have taken a reply whose post ended uncertain.
        ("post_failed", {"retry", "edit", "escalate", "dismiss", "mark_posted"}),
        ("approved", {"mark_posted", "dismiss"}),
        ("posting", set()),
        ("posted", set()),
        ("dismissed", set()),
    ],
)
def test_each_state_allows_exactly_its_actions(store, settings, review, state, allowed):
    actions = {
        "approve": lambda: workflow.approve(store, review.key, "U1", settings, RecordingPoster()),
        "retry": lambda: workflow.retry_post(store, review.key, "U1", settings, RecordingPoster()),
        "edit": lambda: workflow.edit(store, review.key, "U1", SAFE, settings),
        "escalate": lambda: workflow.escalate(store, review.key, "U1"),
        "clear": lambda: workflow.clear(store, review.key, "U1", "ok"),
        "hold": lambda: workflow.hold(store, review.key, "U1", "wait"),
        "dismiss": lambda: workflow.dismiss(store, review.key, "U1"),
        "mark_posted": lambda: workflow.mark_posted(store, review.key, "U1"),
    }
    permitted = set()
    for name, act in actions.items():
        force_state(store, review.key, state)
        audit_before = len(db.audit_rows(store, review_key=review.key))
        outcome = act()
        if outcome.ok:
            permitted.add(name)
        else:
            assert db.reply_state(store, review.key)["state"] == state, name
            assert len(db.audit_rows(store, review_key=review.key)) == audit_before, name
    assert permitted == allowed


def test_approval_rechecks_the_stored_text(store, settings, review):
    # A draft that passed when written but not under today's rules (e.g. the practice phone
    # changed): approval re-checks the exact text and refuses to post it.
    unsafe = "We hope your root canal healed well! Call (555) 014-2290."
    version = db.save_draft(store, review.key, {"text": unsafe, "passed": True})
    db.set_reply_fields(store, review.key, draft_version=version)
    poster = RecordingPoster()

    outcome = workflow.approve(store, review.key, "U1", settings, poster)

    assert not outcome.ok and poster.posted == []
    assert {f["rule"] for f in outcome.findings} >= {"treatment-disclosure"}
    assert db.reply_state(store, review.key)["state"] == "drafted"
    last = db.audit_rows(store, review_key=review.key)[-1]
    assert (last["actor"], last["action"], last["draft_version"], last["text"]) == (
        "U1",
        "approve.blocked",
        version,
        unsafe,
    )


def test_a_poster_crash_never_leaves_the_reply_stuck_in_posting(store, settings, review):
    class Broken:
        def post(self, store, review, text):
            raise RuntimeError("boom")

    outcome = workflow.approve(store, review.key, "U1", settings, Broken())
    assert (outcome.ok, outcome.state) == (False, "post_failed")
    state = db.reply_state(store, review.key)
    assert (state["state"], state["post_error"]) == (
        "post_failed",
        "unexpected error: RuntimeError",
    )


def test_a_triage_hit_escalates_on_preparation(store, settings):
    review = Review(
        source="google",
        location_id="accounts/1/locations/2",
        source_review_id="wf-2",
        stars=1,
        reviewer_name="Bob",
        text="My attorney will be in touch about this.",
        created_at="2026-11-22",
    )
    prepared = workflow.prepare_review(store, review, settings)
    assert (prepared.state, prepared.escalated) == ("escalated", True)
    assert prepared.triage["categories"] == ["legal"]
    assert db.reply_state(store, review.key)["triage"] == prepared.triage
    assert workflow.current_draft(store, review.key)["passed"] is True


def test_approval_of_a_version_the_approver_did_not_see_posts_nothing(store, settings, review):
    shown = workflow.current_draft(store, review.key)["version"]
    assert workflow.edit(store, review.key, "U2", SAFE, settings).ok  # lands after the card
    poster = RecordingPoster()

    stale = workflow.approve(store, review.key, "U1", settings, poster, shown_version=shown)
    assert not stale.ok and poster.posted == []
    assert f"you saw version {shown}, it is now version {shown + 1}" in stale.message
    assert db.reply_state(store, review.key)["state"] == "drafted"

    fresh = workflow.approve(store, review.key, "U1", settings, poster, shown_version=shown + 1)
    assert fresh.ok and poster.posted == [SAFE]


def test_a_post_interrupted_by_a_stopped_process_is_handed_back_for_retry(store, settings, review):
    from datetime import UTC, datetime, timedelta

    force_state(store, review.key, "posting")  # as a process that died mid-post leaves it
    now = datetime.now(UTC)

    assert workflow.recover_interrupted_posts(store, now=now) == []  # too recent to judge
    later = now + timedelta(seconds=workflow.INTERRUPTED_POST_SECONDS + 1)
    assert workflow.recover_interrupted_posts(store, now=later) == [review.key]
    assert workflow.recover_interrupted_posts(store, now=later) == []  # once only

    state = db.reply_state(store, review.key)
    assert (state["state"], state["post_error"], state["updated_by"]) == (
        "post_failed",
        workflow.INTERRUPTED_POST_ERROR,
        workflow.MACHINE_ACTOR,
    )
    last = db.audit_rows(store, review_key=review.key)[-1]
    assert (last["actor"], last["action"]) == (workflow.MACHINE_ACTOR, "post.interrupted")

    poster = RecordingPoster()
    assert workflow.retry_post(store, review.key, "U1", settings, poster).ok
    assert poster.posted == [workflow.current_draft(store, review.key)["text"]]
