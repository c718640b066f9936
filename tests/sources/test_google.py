"""The real Google client against the local Business Profile fake."""

from __future__ import annotations

import pytest

from slack_app.config import Environment
from slack_app.models import Review
from slack_app.sources import PageRejected, ReplyError, SourceError
from slack_app.sources.google import GoogleSource
from tests.fakes.google_business import CLIENT_SECRET, REFRESH_TOKEN
from tests.fakes.http import Response


def fetch_all(source, location, **kwargs):
    return list(source.fetch_pages(location, location_name="Main Street", **kwargs))


def test_lists_every_page_with_oauth_and_the_documented_parameters(google, policy):
    source = GoogleSource(google.environment(), policy=policy)
    location = google.locations[0]
    pages = fetch_all(source, location)

    assert [(page.number, len(page.reviews)) for page in pages] == [(1, 50), (2, 50), (3, 20)]
    assert len({r.source_review_id for page in pages for r in page.reviews}) == 120
    (token_call,) = google.server.calls("/token", "POST")
    assert token_call.form() == {
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
        "client_id": google.environ()["GOOGLE_CLIENT_ID"],
        "client_secret": CLIENT_SECRET,
        "scope": "https://www.googleapis.com/auth/business.manage",
    }
    calls = google.list_calls(location)
    assert [call.arg("pageSize") for call in calls] == ["50", "50", "50"]
    assert {call.arg("orderBy") for call in calls} == {"updateTime desc"}
    assert [call.arg("pageToken") is None for call in calls] == [True, False, False]
    assert {call.headers["authorization"] for call in calls} == {"Bearer ya29.fake-access-1"}


@pytest.mark.parametrize(
    ("added", "expected"),
    [
        pytest.param(
            {"comment": "Lovely staff.", "stars": "FIVE", "reviewer": "Maria L."},
            {"stars": 5, "reviewer_name": "Maria L.", "text": "Lovely staff."},
            id="plain",
        ),
        pytest.param(
            {"comment": None, "stars": "TWO", "reviewer": "Chen W."},
            {"stars": 2, "reviewer_name": "Chen W.", "text": ""},
            id="rating-only",
        ),
        pytest.param(
            {"comment": "Fine.", "stars": "THREE", "reviewer": "A Google user", "anonymous": True},
            {"stars": 3, "reviewer_name": "", "text": "Fine."},
            id="anonymous",
        ),
    ],
)
def test_review_payloads_map_to_reviews(google, policy, added, expected):
    location = google.locations[0]
    payload = google.add_review(location, review_id="AbFvOqADDED", **added)
    (first, *_) = fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert first.reviews[0] == Review(
        source="google",
        location_id=location,
        source_review_id="AbFvOqADDED",
        is_excerpt=False,
        url="",
        created_at=payload["createTime"],
        updated_at=payload["updateTime"],
        owner_reply="",
        location_name="Main Street",
        **expected,
    )


def test_existing_owner_reply_is_carried(google, policy):
    location = google.locations[0]
    replied = [r for r in google.reviews[location] if "reviewReply" in r]
    reviews = {
        r.source_review_id: r
        for page in fetch_all(GoogleSource(google.environment(), policy=policy), location)
        for r in page.reviews
    }
    assert replied
    for payload in replied:
        assert reviews[payload["reviewId"]].owner_reply == payload["reviewReply"]["comment"]


def test_watermark_stops_after_the_first_page_reaching_back(google, policy):
    source = GoogleSource(google.environment(), policy=policy)
    location = google.locations[0]
    newest = fetch_all(source, location)[0].reviews[0].updated_at
    before = len(google.list_calls(location))
    assert [len(p.reviews) for p in fetch_all(source, location, watermark=newest)] == [50]
    assert len(google.list_calls(location)) - before == 1


def test_edited_review_comes_first_with_its_newer_update_time(google, policy):
    location = google.locations[0]
    old = google.reviews[location][60]
    google.edit_review(location, old["reviewId"], comment="Edited: they fixed it.")
    first = fetch_all(GoogleSource(google.environment(), policy=policy), location)[0].reviews[0]
    assert (first.source_review_id, first.text) == (old["reviewId"], "Edited: they fixed it.")
    assert first.updated_at > first.created_at


def test_429_is_retried_after_the_retry_after_the_server_asked_for(google, policy, sleeps):
    location = google.locations[0]
    google.rate_limit(location, retry_after=2)
    pages = fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert sum(len(p.reviews) for p in pages) == 120
    assert sleeps == [2.0]
    assert [c.arg("pageToken") is None for c in google.list_calls(location)][:2] == [True, True]


def test_500s_are_retried_with_short_jittered_backoff(google, policy, sleeps):
    location = google.locations[0]
    google.server_error(location, times=2, page=2)
    pages = fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert [len(p.reviews) for p in pages] == [50, 50, 20]
    assert len(sleeps) == 2
    assert all(0 <= wait <= policy.max_wait for wait in sleeps)


def test_persistent_500_fails_naming_location_and_page(google, policy):
    location = google.locations[0]
    google.server_error(location, times=10, page=2)
    source = GoogleSource(google.environment(), policy=policy)
    with pytest.raises(SourceError) as caught:
        fetch_all(source, location)
    assert str(caught.value) == f"google location {location} page 2: HTTP 500 after 4 attempts"
    assert caught.value.status == 500


def test_timeout_is_retried(google, policy):
    location = google.locations[0]
    google.slow(location, seconds=policy.timeout * 4)
    pages = fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert sum(len(p.reviews) for p in pages) == 120
    assert len(google.list_calls(location)) == 4  # the slow one, then three pages


def test_retry_after_longer_than_a_poll_waits_fails_at_once(google, policy, sleeps):
    location = google.locations[0]
    google.rate_limit(location, retry_after=3600)
    with pytest.raises(SourceError, match="asked to wait 3600 s"):
        fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert sleeps == []


def test_malformed_json_rejects_that_page(google, policy):
    location = google.locations[0]
    google.malformed_json(location, page=2)
    seen = []
    with pytest.raises(PageRejected) as caught:
        for page in GoogleSource(google.environment(), policy=policy).fetch_pages(location):
            seen.append(page.number)
    assert seen == [1]
    assert str(caught.value).startswith(f"google location {location} page 2: response is not JSON")


@pytest.mark.parametrize(
    ("corruption", "problem"),
    [
        pytest.param({"starRating": "SIX"}, "starRating 'SIX' is not one of ONE..FIVE", id="stars"),
        pytest.param({"createTime": "yesterday"}, "'yesterday' is not an RFC 3339", id="time"),
        pytest.param({"reviewId": ""}, "reviewId missing", id="no-id"),
        pytest.param({"comment": 5}, "comment is not a string", id="comment-type"),
        pytest.param({"reviewer": "Bob"}, "reviewer is not an object", id="reviewer-type"),
    ],
)
def test_a_bad_review_rejects_the_whole_page(google, policy, corruption, problem):
    location = google.locations[0]
    google.reviews[location][55].update(corruption)  # on page 2
    with pytest.raises(PageRejected) as caught:
        fetch_all(GoogleSource(google.environment(), policy=policy), location)
    assert caught.value.page == 2
    assert "page 2: page rejected, nothing stored: review 6" in str(caught.value)
    assert problem in str(caught.value)


def test_403_for_one_location_fails_fast_with_a_clear_message(google, policy, sleeps):
    google.forbid(google.locations[1])
    source = GoogleSource(google.environment(), policy=policy)
    with pytest.raises(SourceError) as caught:
        fetch_all(source, google.locations[1])
    assert caught.value.status == 403
    assert "cannot see this location" in str(caught.value)
    assert google.locations[1] in str(caught.value)
    assert sleeps == []
    assert len(fetch_all(source, google.locations[0])) == 3


def test_refused_refresh_token_is_reported_without_the_secret(google, policy):
    env = google.environment(google_refresh_token="1//revoked")
    with pytest.raises(SourceError) as caught:
        fetch_all(GoogleSource(env, policy=policy), google.locations[0])
    assert "OAuth token refresh failed (invalid_grant)" in str(caught.value)
    assert "1//revoked" not in str(caught.value)
    assert CLIENT_SECRET not in str(caught.value)


def test_missing_credentials_name_the_variables():
    with pytest.raises(SourceError, match="set GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN"):
        GoogleSource(Environment(google_client_id="id"))


def _stored_review(google, policy) -> Review:
    location = google.locations[0]
    first = fetch_all(GoogleSource(google.environment(), policy=policy), location)[0]
    return first.reviews[0]


def test_put_reply_sets_the_reply_on_google(google, policy):
    review = _stored_review(google, policy)
    outcome = GoogleSource(google.environment(), policy=policy).put_reply(
        review, "Thank you for the feedback. Please call (555) 014-2290."
    )
    assert outcome.posted and not outcome.by_hand
    (put,) = google.server.calls(r"/reply$", "PUT")
    assert put.path == f"/v4/{review.location_id}/reviews/{review.source_review_id}/reply"
    assert put.json() == {"comment": "Thank you for the feedback. Please call (555) 014-2290."}
    stored = google.find(review.location_id, review.source_review_id)["reviewReply"]
    assert stored["comment"] == put.json()["comment"]


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        pytest.param("a" * 4096, True, id="4096-ascii"),
        pytest.param("a" * 4097, False, id="4097-ascii"),
        pytest.param("é" * 2048, True, id="4096-bytes-utf8"),
        pytest.param("é" * 2049, False, id="4098-bytes-utf8"),
    ],
)
def test_put_reply_checks_4096_bytes_before_sending(google, policy, text, allowed):
    review = _stored_review(google, policy)
    source = GoogleSource(google.environment(), policy=policy)
    if allowed:
        assert source.put_reply(review, text).posted
    else:
        with pytest.raises(ReplyError, match="Google accepts at most 4096"):
            source.put_reply(review, text)
        assert google.server.calls(r"/reply$", "PUT") == []


@pytest.mark.parametrize(
    ("failure", "retryable", "message"),
    [
        pytest.param(
            Response(404, {"error": {"code": 404, "status": "NOT_FOUND"}}),
            False,
            "HTTP 404 NOT_FOUND",
            id="gone",
        ),
        pytest.param(Response(500, {}), True, "HTTP 500 after 4 attempts", id="server-down"),
    ],
)
def test_put_reply_failures_say_whether_to_retry(google, policy, failure, retryable, message):
    review = _stored_review(google, policy)
    google.fail_reply(review.location_id, failure, times=4)
    with pytest.raises(ReplyError, match=message) as caught:
        GoogleSource(google.environment(), policy=policy).put_reply(review, "Thank you.")
    assert caught.value.retryable is retryable
