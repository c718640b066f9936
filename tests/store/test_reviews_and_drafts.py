"""Reviews (upsert, edits, history), drafts and sync state."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from slack_app.store import (
    SaveResult,
    count,
    drafts,
    ensure_reply_state,
    get_draft,
    get_review,
    get_sync_state,
    latest_draft,
    review_changes,
    review_row,
    reviews_awaiting_reply,
    save_draft,
    save_reviews,
    set_sync_state,
    transition,
)
from tests.store.conftest import make_review

KEY = "google:accounts/111/locations/222:r1"


def test_first_save_stores_the_whole_review(store):
    result = save_reviews(store, [make_review(owner_reply="Thanks, Dana!", url="https://g/r1")])
    assert result == SaveResult(new=[KEY], updated=[], unchanged=[])
    row = review_row(store, KEY)
    first_seen = row.pop("first_seen_at")
    assert row.pop("last_changed_at") == first_seen
    assert row == {
        "review_key": KEY,
        "source": "google",
        "location_id": "accounts/111/locations/222",
        "source_review_id": "r1",
        "location_name": "Main Street",
        "stars": 4,
        "reviewer_name": "Dana P.",
        "text": "Friendly front desk and easy parking.",
        "is_excerpt": 0,
        "url": "https://g/r1",
        "created_at": "2026-11-20T15:04:05.000000Z",
        "updated_at": "2026-11-20T15:04:05.000000Z",
        "owner_reply": "Thanks, Dana!",
        "change_count": 0,
    }
    assert get_review(store, KEY) == make_review(owner_reply="Thanks, Dana!", url="https://g/r1")


def test_same_review_again_is_unchanged_and_not_duplicated(store):
    save_reviews(store, [make_review()])
    assert save_reviews(store, [make_review()]) == SaveResult([], [], [KEY])
    assert count(store, "reviews") == 1


def test_edited_review_updates_in_place_and_keeps_the_earlier_wording(store):
    save_reviews(store, [make_review()])
    edited = make_review(stars=1, text="Changed my mind.", updated_at="2026-11-21T09:00:00.000000Z")
    assert save_reviews(store, [edited]) == SaveResult([], [KEY], [])
    assert get_review(store, KEY) == edited
    assert count(store, "reviews") == 1
    assert review_row(store, KEY)["change_count"] == 1
    (change,) = review_changes(store, KEY)
    assert change.pop("changed_at")
    assert change == {
        "previous_stars": 4,
        "previous_text": "Friendly front desk and easy parking.",
        "previous_updated_at": "2026-11-20T15:04:05.000000Z",
        "previous_owner_reply": "",
    }


@pytest.mark.parametrize(
    "review",
    [
        pytest.param(make_review(stars=None, text=""), id="rating-only"),
        pytest.param(make_review(reviewer_name=""), id="anonymous"),
        pytest.param(
            make_review(source="yelp", location_id="biz-1", is_excerpt=True), id="yelp-excerpt"
        ),
        pytest.param(make_review(text="Muy amable 😀 — ¡gracias!"), id="unicode"),
    ],
)
def test_review_shapes_round_trip(store, review):
    save_reviews(store, [review])
    assert get_review(store, review.key) == review


def test_one_batch_with_new_changed_and_unchanged(store):
    save_reviews(store, [make_review("a"), make_review("b")])
    result = save_reviews(
        store, [make_review("a"), make_review("b", text="edited"), make_review("c")]
    )
    assert result.counts == (1, 1, 1)
    assert result.new == ["google:accounts/111/locations/222:c"]


def test_same_id_at_two_locations_are_two_reviews(store):
    save_reviews(store, [make_review(), make_review(location_id="accounts/111/locations/333")])
    assert count(store, "reviews") == 2


def test_unknown_review_is_none(store):
    assert get_review(store, "google:nope:nope") is None


def test_reviews_awaiting_reply_only_lists_new_unanswered_recent(store):
    recent = make_review("recent")
    answered = make_review("answered", owner_reply="Thank you!")
    old = make_review(
        "old", created_at="2020-01-01T00:00:00.000000Z", updated_at="2020-01-01T00:00:00.000000Z"
    )
    drafted = make_review("drafted")
    save_reviews(store, [recent, answered, old, drafted])
    for review in (recent, answered, old, drafted):
        ensure_reply_state(store, review.key)
    transition(store, drafted.key, "new", "drafted", actor="test", action="drafted")
    assert reviews_awaiting_reply(store, since="2026-11-01T00:00:00.000000Z") == [recent]
    assert reviews_awaiting_reply(store, since="", locations=[("yelp", "elsewhere")]) == []


def test_drafts_get_increasing_versions_and_decode(store):
    first = {
        "text": "Thank you for the kind words.",
        "backend": "openai",
        "model": "gpt-4o-mini",
        "prompt_version": "draft-v3",
        "passed": False,
        "findings": [{"rule": "missing-contact-path", "severity": "block"}],
        "usage": {"prompt_tokens": 120, "completion_tokens": 40},
        "instruction": "",
        "author": "drafter",
        "language": "en",
    }
    second = {**first, "text": "Thank you. Call (555) 014-2290.", "passed": True, "findings": []}
    assert save_draft(store, KEY, first) == 1
    assert save_draft(store, KEY, second) == 2
    stored = drafts(store, KEY)
    for row in stored:
        assert row.pop("created_at")
    assert stored == [
        {"review_key": KEY, "version": 1, **first},
        {"review_key": KEY, "version": 2, **second},
    ]
    assert latest_draft(store, KEY)["version"] == 2
    assert get_draft(store, KEY, 1)["passed"] is False
    assert latest_draft(store, "google:x:none") is None


def test_latest_passing_draft(store):
    save_draft(store, KEY, {"text": "good", "passed": True})
    save_draft(store, KEY, {"text": "bad", "passed": False})
    assert latest_draft(store, KEY)["text"] == "bad"
    assert latest_draft(store, KEY, passed_only=True)["text"] == "good"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        pytest.param({"text": "x", "colour": "red"}, "unknown draft field", id="unknown-field"),
        pytest.param({"passed": True}, "'text' must be a string", id="no-text"),
        pytest.param({"text": None}, "'text' must be a string", id="text-none"),
    ],
)
def test_bad_draft_rows_are_refused(store, row, message):
    with pytest.raises(ValueError, match=message):
        save_draft(store, KEY, row)
    assert drafts(store, KEY) == []


def test_concurrent_drafts_never_share_a_version(store):
    barrier = threading.Barrier(6)
    versions: list[int] = []

    def write(n: int) -> None:
        barrier.wait()
        versions.append(save_draft(store, KEY, {"text": f"attempt {n}"}))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(versions) == [1, 2, 3, 4, 5, 6]


def test_sync_state_is_created_then_updated(store):
    assert get_sync_state(store, "google", "accounts/1/locations/2") is None
    set_sync_state(
        store,
        "google",
        "accounts/1/locations/2",
        watermark="2026-11-20T00:00:00Z",
        reviews_stored=50,
    )
    set_sync_state(
        store, "google", "accounts/1/locations/2", last_error="HTTP 500", reviews_stored=3
    )
    row = get_sync_state(store, "google", "accounts/1/locations/2")
    assert row.pop("updated_at")
    assert row == {
        "source": "google",
        "location_id": "accounts/1/locations/2",
        "watermark": "2026-11-20T00:00:00Z",
        "last_success_at": "",
        "last_error": "HTTP 500",
        "last_error_at": "",
        "paused_until": "",
        "pause_reason": "",
        "reviews_stored": 53,
    }


def test_sync_state_rejects_unknown_fields(store):
    with pytest.raises(ValueError, match="unknown sync_state field"):
        set_sync_state(store, "google", "x", watermrk="typo")


def test_unchanged_review_replace_keeps_history_empty(store):
    review = make_review()
    save_reviews(store, [review, replace(review)])
    assert review_changes(store, KEY) == []
