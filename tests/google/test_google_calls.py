"""The Business Profile calls beyond listing: one review with its reply's moderation fields,
deleting a reply, and what Google's moderation words mean to people."""

from __future__ import annotations

import pytest

from slack_app.sources import PageRejected, ReplyError
from slack_app.sources.google_replies import ReplyStatus, reply_status, violation_text
from tests.fakes.http import Response


def test_one_review_carries_its_replys_moderation_state_violation_and_link(google, source):
    location = google.locations[0]
    item = google.add_review(location, comment="Nice team.")
    google.set_reply(location, item["reviewId"], "Thank you! Call us at (555) 014-2290.")
    google.moderate(location, item["reviewId"], "REJECTED", violation="PERSONAL_INFO")

    review = source.get_review(location, item["reviewId"], location_name="Main Street")

    assert (review.key, review.owner_reply, review.location_name) == (
        f"google:{location}:{item['reviewId']}",
        "Thank you! Call us at (555) 014-2290.",
        "Main Street",
    )
    status = reply_status(review)
    assert status == ReplyStatus(
        comment="Thank you! Call us at (555) 014-2290.",
        state="REJECTED",
        policy_violation="PERSONAL_INFO",
        update_time=status.update_time,
        reply_url=f"https://business.google.com/reviews/reply/{item['reviewId']}",
    )
    assert status.rejected and status.update_time.endswith("Z")
    (call,) = google.server.calls(rf"/v4/{location}/reviews/{item['reviewId']}$", "GET")
    assert call.headers["authorization"].startswith("Bearer ya29.")


def test_a_review_google_no_longer_has_is_none(google, source):
    location = google.locations[0]
    item = google.add_review(location)
    google.remove_review(location, item["reviewId"])
    assert source.get_review(location, item["reviewId"]) is None


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        pytest.param(
            "reviewReplyState", 3, "reviewReply.reviewReplyState is not a string", id="state"
        ),
        pytest.param(
            "policyViolation", ["X"], "reviewReply.policyViolation is not a string", id="why"
        ),
    ],
)
def test_moderation_fields_of_the_wrong_type_reject_the_review(
    google, source, field, value, problem
):
    location = google.locations[0]
    item = google.add_review(location)
    google.set_reply(location, item["reviewId"], "Thanks.")
    google.find(location, item["reviewId"])["reviewReply"][field] = value
    with pytest.raises(PageRejected, match=problem):
        source.get_review(location, item["reviewId"])
    with pytest.raises(PageRejected, match=problem):
        list(source.fetch_pages(location))


def test_a_reply_url_that_is_not_text_rejects_the_page(google, source):
    location = google.locations[0]
    google.add_review(location)["reviewReplyUrl"] = {"href": "x"}
    with pytest.raises(PageRejected, match="reviewReplyUrl is not a string"):
        list(source.fetch_pages(location))


def test_put_reply_says_google_holds_it_for_moderation(google, source, store):
    from slack_app.models import Review

    location = google.locations[0]
    item = google.add_review(location)
    review = Review("google", location, item["reviewId"], 5, "", "")
    outcome = source.put_reply(review, "Thank you. Please call us at (555) 014-2290.")
    assert outcome.detail == {
        "comment": "Thank you. Please call us at (555) 014-2290.",
        "reply_state": "PENDING",
        "policy_violation": "",
    }


def test_delete_reply(google, source):
    from slack_app.models import Review

    location = google.locations[0]
    item = google.add_review(location)
    google.set_reply(location, item["reviewId"], "Thanks for your visit!")
    review = Review("google", location, item["reviewId"], 5, "", "")

    assert source.delete_reply(review) is True
    assert "reviewReply" not in google.find(location, item["reviewId"])
    assert [r["comment"] for r in google.deleted_replies] == ["Thanks for your visit!"]
    assert source.delete_reply(review) is False  # nothing left to delete

    google.set_reply(location, item["reviewId"], "Again.")
    google.server.route(
        "DELETE",
        rf"/v4/{location}/reviews/{item['reviewId']}/reply",
        lambda request: Response(403, {"error": {"code": 403, "status": "PERMISSION_DENIED"}}),
        first=True,
    )
    with pytest.raises(ReplyError, match=r"Google did not delete the reply: .*HTTP 403") as refused:
        source.delete_reply(review)
    assert refused.value.retryable is False


@pytest.mark.parametrize(
    ("code", "text"),
    [
        pytest.param(
            "PERSONAL_INFO", "it contains personal information (PERSONAL_INFO)", id="known"
        ),
        pytest.param("NEW_POLICY_2027", "new policy 2027 (NEW_POLICY_2027)", id="unknown"),
        pytest.param("", "Google gave no reason", id="none"),
        pytest.param("POLICY_VIOLATION_UNSPECIFIED", "Google gave no reason", id="unspecified"),
    ],
)
def test_violation_text(code, text):
    assert violation_text(code) == text
