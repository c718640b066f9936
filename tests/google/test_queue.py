"""Replies beyond Google's 10 a minute per profile wait their turn (reply state `queued`)."""

from __future__ import annotations

from datetime import timedelta

from slack_app import store as db
from slack_app import workflow
from slack_app.pipeline import prepare_reviews
from slack_app.poller import poll_once
from slack_app.sources.quota import peak_per_minute
from tests.google.conftest import START, key_of

APPROVER = "U0ANNA"


def drafted_reviews(store, settings, env, source, google, count, *, location=0, start=0):
    """`count` new reviews at one location, polled and drafted as the pipeline does."""
    items = [
        google.add_review(
            google.locations[location],
            comment=f"Friendly front desk and a spotless waiting room ({n}).",
            reviewer=f"Reviewer {n}",
            at=START - timedelta(minutes=90 - n),
        )
        for n in range(start, start + count)
    ]
    report = poll_once(store, settings, env, sources={"google": source}, now=START)
    assert not report.failed, report
    prepare_reviews(store, settings, env, report.needs_reply)
    keys = [key_of(google, item, location) for item in items]
    assert [db.reply_state(store, key)["state"] for key in keys] == ["drafted"] * count
    return keys


def edit_seconds(google, location=0) -> list[float]:
    return [(t - START).total_seconds() for t in google.edit_times[google.locations[location]]]


def test_twelve_approvals_post_ten_and_queue_two_with_the_time_on_the_card(
    store, settings, env, source, poster, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 12)

    outcomes = [workflow.approve(store, key, APPROVER, settings, poster) for key in keys]

    assert [o.state for o in outcomes] == ["posted"] * 10 + ["queued"] * 2
    # 15:00:00 UTC is 09:00 in Chicago; the profile's minute frees up at 15:01:01.
    notice = "queued: Google allows 10 replies a minute; posting at 09:01"
    assert [o.message for o in outcomes[10:]] == [notice, notice]
    assert len(google.replies) == 10 and google.quota_refusals == []
    queued = db.queued_reply(store, keys[10])
    assert (queued["notice"], queued["queued_by"], queued["post_after"]) == (
        notice,
        APPROVER,
        db.stamp(START + timedelta(seconds=61)),
    )
    actions = [row["action"] for row in db.audit_rows(store, review_key=keys[10])]
    assert actions[-2:] == ["approve", "post.queued"]

    # Nothing goes out before the minute is over ...
    assert workflow.post_queued(store, settings, poster) == []
    clock.advance(60)
    assert workflow.post_queued(store, settings, poster) == []
    # ... and both go, in order, once it is.
    clock.advance(1)
    sent = workflow.post_queued(store, settings, poster)
    assert [(key, outcome.state) for key, outcome in sent] == [
        (keys[10], "posted"),
        (keys[11], "posted"),
    ]
    assert [db.reply_state(store, key)["state"] for key in keys] == ["posted"] * 12
    assert db.queued_replies(store) == [] and db.queued_reply(store, keys[10]) is None
    assert [r["reviewId"] for r in google.replies[10:]] == [k.rsplit(":", 1)[1] for k in keys[10:]]
    assert peak_per_minute(edit_seconds(google)) <= 10 and google.quota_refusals == []
    assert [row["action"] for row in db.audit_rows(store, review_key=keys[10])][-2:] == [
        "post.dequeued",
        "post.posted",
    ]


def test_a_fresh_approval_waits_behind_the_queue_and_other_profiles_do_not(
    store, settings, env, source, poster, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 12)
    other = drafted_reviews(store, settings, env, source, google, 1, location=1, start=20)
    for key in keys[:11]:
        workflow.approve(store, key, APPROVER, settings, poster)
    clock.advance(61)  # the minute has passed, but one reply is still queued
    late = workflow.approve(store, keys[11], APPROVER, settings, poster)
    assert (late.state, late.message) == (
        "queued",
        "queued: Google allows 10 replies a minute; posting at 09:01",
    )
    assert workflow.approve(store, other[0], APPROVER, settings, poster).state == "posted"

    sent = workflow.post_queued(store, settings, poster)
    assert [key for key, _ in sent] == [keys[10], keys[11]]  # first in, first out


def test_a_queued_reply_the_guardrail_now_blocks_goes_back_to_people(
    store, settings, env, source, poster, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 11)
    for key in keys:
        workflow.approve(store, key, APPROVER, settings, poster)
    # The practice's number changed while the reply waited: the approved text now gives an
    # unknown number, which the guardrail blocks.
    moved = settings.model_copy(
        update={"practice": settings.practice.model_copy(update={"phone": "(555) 019-7000"})}
    )
    clock.advance(61)

    ((key, outcome),) = workflow.post_queued(store, moved, poster)

    assert (key, outcome.ok, outcome.state) == (keys[10], False, "post_failed")
    assert outcome.message == "The guardrail blocks this text."
    assert db.reply_state(store, key)["state"] == "post_failed"
    assert len(google.replies) == 10
    assert workflow.post_queued(store, moved, poster) == []  # not retried every tick


def test_a_removed_review_takes_its_queued_reply_out_of_the_queue(
    store, settings, env, source, poster, google, clock
):
    keys = drafted_reviews(store, settings, env, source, google, 11)
    for key in keys:
        workflow.approve(store, key, APPROVER, settings, poster)

    change = workflow.withdraw_removed(store, keys[10])

    assert db.reply_state(store, keys[10])["state"] == "dismissed"
    assert change is None  # no card was ever posted for it in this test
    clock.advance(61)
    assert workflow.post_queued(store, settings, poster) == []
    assert len(google.replies) == 10
    refused = workflow.approve(store, keys[10], APPROVER, settings, poster)
    assert (refused.ok, refused.message) == (
        False,
        "This review was removed from Google; nothing was posted.",
    )
