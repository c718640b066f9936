"""A reply is sent to a review site at most once unless resending it cannot duplicate it.

Yelp's Respond-to-Reviews call is a POST without an idempotency key: when Yelp may have posted
the reply without saying so (a slow answer, a 5xx, a dropped connection) it is not sent again;
the reply goes to `post_failed` and the card tells people to look on Yelp before pressing
Retry. What cannot have reached Yelp (a refused connection) or what Yelp turned away with a
time to come back (429 + Retry-After) is retried. Google's reply is a PUT that replaces the
reply, so it is retried. Driven as Slack drives the app: a signed Approve click into Bolt, the
fake Yelp partner API counting the POSTs it receives, a real SQLite store.
"""

from __future__ import annotations

import json
import socket

import pytest

from slack_app import store as db
from slack_app.models import Review
from slack_app.slack import blocks
from slack_app.slack.announcer import process_new_reviews
from slack_app.sources import ReplyError
from slack_app.sources.yelp import OUTCOME_UNKNOWN, YelpSource
from tests.fakes.http import Response
from tests.fakes.slack_api import FakeSlack
from tests.fakes.yelp_fusion import FakeYelpFusion
from tests.reliability.conftest import TIMEOUT  # the sources' per-request timeout here
from tests.slack.conftest import APPROVER

SLOW = TIMEOUT * 4
REPLY_POSTED_LATE = Response(200, {}, delay=SLOW)
CHECK_YELP = "Yelp may have posted this reply without confirming it"
NOTHING_POSTED = "Yelp did not take the reply, nothing was posted"


def yelp_review(yelp: FakeYelpFusion) -> Review:
    item = yelp.reviews[yelp.business_ids[0]][0]
    return Review(
        source="yelp",
        location_id=yelp.business_ids[0],
        source_review_id=item["id"],
        stars=4,
        reviewer_name="Sam P.",
        text="Friendly front desk, easy parking and",
        is_excerpt=True,
        url=item["url"],
        created_at="2026-11-22T09:00:00.000000Z",
        location_name="Main Street",
    )


def approve(app, review: Review) -> dict:
    """Announce the review, press Approve on its card; the reply state afterwards."""
    driver, store, settings, env = app
    process_new_reviews(store, settings, env, driver.app.client, [review])
    version = db.reply_state(store, review.key)["draft_version"]
    driver.click(blocks.APPROVE, blocks.approve_value(review.key, version), APPROVER)
    return db.reply_state(store, review.key)


def last_card(slack: FakeSlack, key: str) -> str:
    [card] = [
        message
        for message in slack.channel_messages("C0REVIEWS")
        if (message.get("metadata") or {}).get("event_payload", {}).get("review_key") == key
    ]
    return json.dumps(card["blocks"])


def post_actions(store, key: str) -> list[tuple[str, dict]]:
    return [
        (row["action"], row["detail"])
        for row in db.audit_rows(store, review_key=key)
        if row["action"].startswith(("approve", "post."))
    ]


@pytest.mark.parametrize(
    ("answer", "happened"),
    [
        pytest.param(REPLY_POSTED_LATE, f"no answer within {TIMEOUT:g} s", id="slow answer"),
        pytest.param(Response(502, "<html>Bad Gateway</html>"), "HTTP 502", id="502"),
        pytest.param(Response(503, {}, {"Retry-After": "1"}), "HTTP 503", id="503 Retry-After"),
        pytest.param(Response(close=True), "the connection broke", id="connection dropped"),
    ],
)
def test_a_yelp_reply_that_may_have_been_posted_is_sent_once(
    app, fakes, sleeps, answer, happened
):
    yelp = fakes.yelp
    review = yelp_review(yelp)
    yelp.r2r_answer(answer, accepted=True)  # Yelp posts the reply, then fails to say so

    reply = approve(app, review)

    assert len(yelp.reply_posts()) == 1 and sleeps == []
    assert [r["review_id"] for r in yelp.partner_replies] == [review.source_review_id]
    assert reply["state"] == "post_failed"
    assert reply["post_error"].startswith(f"{CHECK_YELP}: {happened}")
    assert "it was not sent again" in reply["post_error"]
    assert (
        f"Open the review on Yelp ({review.url}) before doing anything: if the reply is there, "
        "do not press Retry (Dismiss closes this card); if it is not, press Retry."
    ) in reply["post_error"]
    card = last_card(fakes.slack, review.key)
    assert CHECK_YELP in card and blocks.RETRY in card
    store = app[1]
    assert post_actions(store, review.key)[-2:] == [
        ("approve", {"from": "drafted", "to": "posting"}),
        (
            "post.failed",
            {"from": "posting", "to": "post_failed", "retryable": False, "code": OUTCOME_UNKNOWN},
        ),
    ]


def test_a_refused_connection_is_retried_and_said_to_have_posted_nothing(fakes, sleeps, policy):
    yelp = fakes.yelp
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    env = yelp.environment(partner=True, YELP_PARTNER_API_URL=closed)
    source = YelpSource(env, policy=policy)

    with pytest.raises(ReplyError) as refused:
        source.post_reply(yelp_review(yelp), "Thank you. Please call (555) 014-2290.")

    assert str(refused.value).startswith(f"{NOTHING_POSTED}: connection failed")
    assert str(refused.value).endswith("after 4 attempts")
    assert refused.value.retryable is True
    assert len(sleeps) == policy.attempts - 1 and yelp.reply_posts() == []


def test_a_429_with_retry_after_is_retried_and_posted_once(app, fakes, sleeps):
    yelp = fakes.yelp
    review = yelp_review(yelp)
    yelp.r2r_answer(Response(429, {"error": {"id": "TOO_MANY"}}, {"Retry-After": "0"}))

    reply = approve(app, review)

    assert reply["state"] == "posted"
    assert len(yelp.reply_posts()) == 2 and sleeps == [0.0]
    assert [r["review_id"] for r in yelp.partner_replies] == [review.source_review_id]


def test_a_429_without_retry_after_is_not_resent(app, fakes, sleeps):
    yelp = fakes.yelp
    review = yelp_review(yelp)
    yelp.r2r_answer(Response(429, {"error": {"id": "TOO_MANY", "description": "slow down"}}))

    reply = approve(app, review)

    assert len(yelp.reply_posts()) == 1 and sleeps == [] and yelp.partner_replies == []
    assert reply["state"] == "post_failed"
    assert reply["post_error"] == (
        "Yelp refused the reply for Main Street: HTTP 429 TOO_MANY: slow down (TOO_MANY)"
    )


def test_a_google_reply_is_a_put_that_replaces_so_it_is_retried(app, fakes, sleeps):
    google = fakes.google
    location = google.locations[0]
    item = google.add_review(location, comment="Clean office and friendly people.")
    review = Review(
        source="google",
        location_id=location,
        source_review_id=item["reviewId"],
        stars=5,
        reviewer_name="Maria G.",
        text=item["comment"],
        location_name="Main Street",
    )
    google.fail_reply(location, Response(200, {}, delay=SLOW))  # the first PUT times out

    reply = approve(app, review)

    puts = google.server.calls(r"/reply$", method="PUT")
    assert reply["state"] == "posted" and len(puts) == 2 and len(sleeps) == 1
    assert google.find(location, item["reviewId"])["reviewReply"]["comment"] == (
        reply["posted_text"]
    )
