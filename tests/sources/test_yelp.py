"""The real Yelp client against the local Fusion + partner fake."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from slack_app.config import Environment
from slack_app.models import Review
from slack_app.sources import PageRejected, ReplyError, SourceError, SourcePaused
from slack_app.sources.yelp import YelpSource, find_emoji
from tests.fakes.http import Response
from tests.fakes.yelp_fusion import API_KEY, PARTNER_TOKEN


def fetch(source, business):
    return list(source.fetch_pages(business, location_name="Main Street"))


def test_excerpts_are_read_as_excerpts_with_their_link(yelp, policy):
    business = yelp.business_ids[0]
    (page,) = fetch(YelpSource(yelp.environment(), policy=policy), business)
    payload = yelp.reviews[business][0]
    assert page.pause_until is None
    assert len(page.reviews) == 3
    # time_created is Pacific time; the store keeps UTC.
    local = datetime.strptime(payload["time_created"], "%Y-%m-%d %H:%M:%S")
    utc = local.replace(tzinfo=ZoneInfo("America/Los_Angeles"))
    assert page.reviews[0] == Review(
        source="yelp",
        location_id=business,
        source_review_id=payload["id"],
        stars=payload["rating"],
        reviewer_name=payload["user"]["name"],
        text=payload["text"],
        is_excerpt=True,
        url=payload["url"],
        created_at=utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        updated_at=utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        owner_reply="",
        location_name="Main Street",
    )
    (call,) = yelp.server.calls(rf"/v3/businesses/{business}/reviews")
    assert call.headers["authorization"] == f"Bearer {API_KEY}"


def test_daily_cap_pauses_the_source_until_reset(yelp, policy, sleeps):
    yelp.exhaust_daily_limit()
    with pytest.raises(SourcePaused) as caught:
        fetch(YelpSource(yelp.environment(), policy=policy), yelp.business_ids[0])
    assert caught.value.until == yelp.reset_time
    assert "daily API limit reached (ACCESS_LIMIT_REACHED)" in str(caught.value)
    assert sleeps == []  # never retried
    assert len(yelp.server.calls("/v3/")) == 1


def test_last_call_of_the_day_is_stored_and_announces_the_pause(yelp, policy):
    yelp.remaining = 1
    (page,) = fetch(YelpSource(yelp.environment(), policy=policy), yelp.business_ids[0])
    assert len(page.reviews) == 3
    assert page.pause_until == yelp.reset_time
    assert "RateLimit-Remaining: 0" in page.pause_reason


def test_per_second_limit_is_retried(yelp, policy, sleeps):
    yelp.per_second_limit(yelp.business_ids[0], times=2)
    (page,) = fetch(YelpSource(yelp.environment(), policy=policy), yelp.business_ids[0])
    assert len(page.reviews) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("business", "message"),
    [
        pytest.param("no-such-dentist", "HTTP 404 BUSINESS_NOT_FOUND", id="unknown-business"),
    ],
)
def test_unknown_business_fails_with_a_clear_message(yelp, policy, business, message):
    with pytest.raises(SourceError, match=message) as caught:
        fetch(YelpSource(yelp.environment(), policy=policy), business)
    assert "check yelp_business_id" in str(caught.value)


def test_wrong_api_key_is_explained(yelp, policy):
    env = yelp.environment(YELP_API_KEY="wrong")
    with pytest.raises(SourceError, match=r"HTTP 401 TOKEN_INVALID.*YELP_API_KEY was refused"):
        fetch(YelpSource(env, policy=policy), yelp.business_ids[0])


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        pytest.param({"rating": 7}, "rating 7 is not 1..5", id="rating"),
        pytest.param({"time_created": "2026-11-20"}, "time_created '2026-11-20'", id="time"),
        pytest.param({"id": None}, "id missing", id="id"),
    ],
)
def test_malformed_review_rejects_the_page(yelp, policy, change, problem):
    business = yelp.business_ids[0]
    yelp.reviews[business][1].update(change)
    with pytest.raises(PageRejected) as caught:
        fetch(YelpSource(yelp.environment(), policy=policy), business)
    assert f"yelp location {business} page 1: page rejected, nothing stored: review 2" in str(
        caught.value
    )
    assert problem in str(caught.value)


def test_non_json_body_is_rejected(yelp, policy):
    business = yelp.business_ids[0]
    yelp.inject(business, Response(200, "<html>Service Unavailable</html>"))
    with pytest.raises(PageRejected, match="response is not JSON"):
        fetch(YelpSource(yelp.environment(), policy=policy), business)


def test_missing_api_key_is_named():
    with pytest.raises(SourceError, match="YELP_API_KEY is not set"):
        YelpSource(Environment())


def _review(yelp, policy) -> Review:
    return fetch(YelpSource(yelp.environment(), policy=policy), yelp.business_ids[0])[0].reviews[0]


def test_without_partner_access_replies_are_posted_by_hand(yelp, policy):
    review = _review(yelp, policy)
    outcome = YelpSource(yelp.environment(), policy=policy).post_reply(review, "Thank you.")
    assert (outcome.posted, outcome.by_hand) == (False, True)
    assert review.url in outcome.message
    assert yelp.server.calls("/reviews/v1/") == []


def test_partner_api_posts_a_public_comment(yelp, policy):
    review = _review(yelp, policy)
    source = YelpSource(yelp.environment(partner=True), policy=policy)
    outcome = source.post_reply(review, "Thank you. Please call (555) 014-2290.")
    assert (outcome.posted, outcome.by_hand) == (True, False)
    (call,) = yelp.server.calls(f"/reviews/v1/{review.source_review_id}", "POST")
    assert call.headers["authorization"] == f"Bearer {PARTNER_TOKEN}"
    assert call.json() == {
        "response_text": "Thank you. Please call (555) 014-2290.",
        "response_type": "public_comment",
    }


@pytest.mark.parametrize(
    ("text", "replies_today", "message"),
    [
        pytest.param("Thanks so much 😊", 0, "Yelp does not accept emojis", id="emoji"),
        pytest.param("Thank you ❤️", 0, "Yelp does not accept emojis", id="heart"),
        pytest.param("Thank you.", 20, "20 replies per location a day", id="daily-quota"),
        pytest.param("   ", 0, "the reply is empty", id="empty"),
        pytest.param("x" * 5001, 0, "at most 5000", id="too-long"),
    ],
)
def test_partner_limits_are_checked_before_sending(yelp, policy, text, replies_today, message):
    review = _review(yelp, policy)
    source = YelpSource(yelp.environment(partner=True), policy=policy)
    with pytest.raises(ReplyError, match=message):
        source.post_reply(review, text, replies_today=replies_today)
    assert yelp.server.calls("/reviews/v1/") == []


@pytest.mark.parametrize(
    ("error_id", "message", "retryable"),
    [
        ("R2R_COMMENT_QUOTA_EXCEEDED", "20 replies per location a day", True),
        ("R2R_PROBLEM_WITH_USER_PHOTO", "needs an approved profile photo", False),
        ("R2R_REVIEW_DOES_NOT_EXIST", "no longer exists on Yelp", False),
        ("R2R_INVALID_RESPONSE_TEXT", "Yelp refused the text", False),
        ("R2R_BUSINESS_NOT_CLAIMED", "not claimed on Yelp", False),
        ("R2R_COMMENTS_NOT_ALLOWED", "does not have respond-to-reviews enabled", False),
        ("SOMETHING_NEW", "HTTP 400 SOMETHING_NEW", False),
    ],
)
def test_partner_error_codes_are_explained(yelp, policy, error_id, message, retryable):
    review = _review(yelp, policy)
    yelp.r2r_error(error_id)
    with pytest.raises(ReplyError, match=message) as caught:
        YelpSource(yelp.environment(partner=True), policy=policy).post_reply(review, "Thanks.")
    assert caught.value.code == error_id
    assert caught.value.retryable is retryable
    assert "Main Street" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "emoji"),
    [("Thank you!", ""), ("Gracias ¡muy amable! ©", ""), ("Great 👍", "👍"), ("Sun ☀", "☀")],
)
def test_find_emoji(text, emoji):
    assert find_emoji(text) == emoji
