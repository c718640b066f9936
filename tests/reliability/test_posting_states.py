"""What the card shows while a reply is being posted, and after a post whose outcome is unknown
(issue 10: "while Google is being retried, the card still shows Approve and post"; drafting
notes: a `post_failed` card after an uncertain outcome offered only Retry/Edit/Dismiss).

Driven as Slack drives the app: signed clicks into Bolt, the fake Google and Yelp partner API,
the fake Slack keeping the card, a real SQLite store.
"""

from __future__ import annotations

import json
from datetime import timedelta

from slack_app import store as db
from slack_app.models import Review
from slack_app.slack import blocks
from slack_app.slack.announcer import process_new_reviews
from slack_app.workflow import recover_interrupted_posts
from tests.fakes.http import Response
from tests.reliability.test_posting_once import CHECK_YELP, approve, yelp_review
from tests.slack.conftest import APPROVER

POSTING = ":hourglass_flowing_sand: Posting the reply…"


def card_of(fakes, key: str) -> dict:
    [card] = [
        message
        for message in fakes.slack.channel_messages("C0REVIEWS")
        if (message.get("metadata") or {}).get("event_payload", {}).get("review_key") == key
    ]
    return card


def buttons(blocks_: list[dict]) -> list[str]:
    return [e["action_id"] for b in blocks_ if b["type"] == "actions" for e in b["elements"]]


def google_review(fakes) -> Review:
    location = fakes.google.locations[0]
    item = fakes.google.add_review(location, comment="Clean office and friendly people.",
                                   at=fakes.google.now - timedelta(hours=1))
    return Review("google", location, item["reviewId"], 5, "Maria G.", item["comment"],
                  created_at=db.now_iso(), location_name="Main Street")


def test_the_card_says_posting_while_google_is_retried(app, fakes, sleeps):
    review = google_review(fakes)
    location = fakes.google.locations[0]
    fakes.google.fail_reply(location, Response(500, {"error": {"code": 500}}), times=2)

    reply = approve(app, review)

    assert reply["state"] == "posted" and len(sleeps) == 2  # two 500s retried, then posted
    puts = fakes.google.server.calls(r"/reply$", method="PUT")
    updates = [
        (request.at, json.dumps(fakes.slack.arguments(request)["blocks"], ensure_ascii=False))
        for request in fakes.slack.requests_to("chat.update")
    ]
    showing_posting = [at for at, shown in updates if POSTING in shown]
    assert len(puts) == 3 and len(showing_posting) == 1
    # Redrawn before Google was first asked, and without Approve on it.
    assert showing_posting[0] < puts[0].at
    [(_, posting_card)] = [(at, shown) for at, shown in updates if POSTING in shown]
    assert blocks.APPROVE not in posting_card
    assert "Reply posted by" in json.dumps(card_of(fakes, review.key)["blocks"])


def test_a_post_yelp_may_have_taken_offers_mark_as_posted(app, fakes):
    driver, store, _, _ = app
    review = yelp_review(fakes.yelp)
    fakes.yelp.r2r_answer(Response(502, "<html>Bad Gateway</html>"), accepted=True)

    reply = approve(app, review)

    assert (reply["state"], reply["post_error_code"]) == ("post_failed", "outcome_unknown")
    card = card_of(fakes, review.key)["blocks"]
    shown = json.dumps(card)
    assert "Yelp may have posted this reply - check before retrying." in shown
    assert CHECK_YELP in shown
    assert buttons(card) == [blocks.MARK_POSTED, blocks.RETRY, blocks.EDIT, blocks.DISMISS]

    # Someone looks on Yelp, finds the reply, and says so.
    driver.click(blocks.MARK_POSTED, review.key, APPROVER)

    done = db.reply_state(store, review.key)
    draft = db.get_draft(store, review.key, done["draft_version"])
    assert (done["state"], done["posted_text"], done["post_error"], done["post_error_code"]) == (
        "posted", draft["text"], "", ""
    )
    last = db.audit_rows(store, review_key=review.key)[-1]
    assert (last["actor"], last["action"], last["detail"]) == (
        APPROVER,
        "mark_posted",
        {"from": "post_failed", "to": "posted", "found_after": "outcome_unknown"},
    )
    assert len(fakes.yelp.reply_posts()) == 1  # nothing was sent again


def test_a_post_yelp_refused_offers_no_mark_as_posted(app, fakes):
    review = yelp_review(fakes.yelp)
    fakes.yelp.r2r_error("INVALID_REQUEST", description="comment missing")

    reply = approve(app, review)

    assert reply["state"] == "post_failed" and reply["post_error_code"] != "outcome_unknown"
    card = card_of(fakes, review.key)["blocks"]
    assert ":x: *Posting failed:*" in json.dumps(card)
    assert buttons(card) == [blocks.RETRY, blocks.EDIT, blocks.DISMISS]


def test_a_post_interrupted_by_a_stopped_process_offers_mark_as_posted(app, fakes):
    driver, store, settings, env = app
    review = google_review(fakes)
    process_new_reviews(store, settings, env, driver.app.client, [review])
    db.transition(store, review.key, "drafted", "posting", actor=APPROVER, action="approve")

    [key] = recover_interrupted_posts(store, older_than_seconds=0)
    from slack_app.slack import cards

    cards.update(driver.app.client, store, key)

    card = card_of(fakes, key)["blocks"]
    assert "Google may have posted this reply - check before retrying." in json.dumps(card)
    assert buttons(card) == [blocks.MARK_POSTED, blocks.RETRY, blocks.EDIT, blocks.DISMISS]
