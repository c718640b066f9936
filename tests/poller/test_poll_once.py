"""poll_once with the real Google and Yelp clients against the local fakes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from slack_app.config import Environment
from slack_app.pipeline import poll_forever
from slack_app.poller import poll_once
from slack_app.sources import parse_time
from slack_app.store import (
    Store,
    count,
    get_review,
    get_sync_state,
    reply_state,
    reply_states,
    review_changes,
    transition,
)
from tests.fakes.http import Response


def statuses(report) -> list[tuple[str, str, str]]:
    return [(e.source, e.location_name, e.status) for e in report.locations]


def expected_needing_reply(google, yelp, now, backfill_days=14) -> set[str]:
    cutoff = now - timedelta(days=backfill_days)
    keys = set()
    for location, payloads in google.reviews.items():
        for p in payloads:
            if "reviewReply" not in p and parse_time(p["updateTime"]) >= cutoff:
                keys.add(f"google:{location}:{p['reviewId']}")
    for business, payloads in yelp.reviews.items():
        for p in payloads[:3]:
            created = datetime.strptime(p["time_created"], "%Y-%m-%d %H:%M:%S").replace(
                tzinfo=ZoneInfo("America/Los_Angeles")
            )
            if created >= cutoff:
                keys.add(f"yelp:{business}:{p['id']}")
    return keys


def test_first_poll_stores_everything_and_lists_recent_unanswered(
    store, settings, env, policy, google, yelp
):
    now = datetime.now(UTC)
    report = poll_once(store, settings, env, policy=policy, now=now)

    assert not report.failed
    assert statuses(report) == [
        ("google", "Office 0", "ok"),
        ("google", "Office 1", "ok"),
        ("google", "Office 2", "ok"),
        ("yelp", "Office 0", "ok"),
        ("yelp", "Office 1", "ok"),
    ]
    assert [(e.pages, e.fetched, e.new) for e in report.locations] == [(3, 120, 120)] * 3 + [
        (1, 3, 3)
    ] * 2
    assert count(store, "reviews") == 3 * 120 + 2 * 3
    wanted = expected_needing_reply(google, yelp, now)
    assert wanted  # the fake data has recent unanswered reviews
    assert {review.key for review in report.needs_reply} == wanted
    assert {row["review_key"] for row in reply_states(store)} == wanted
    assert all(not review.owner_reply for review in report.needs_reply)
    newest = google.reviews[google.locations[0]][0]["updateTime"]
    assert get_sync_state(store, "google", google.locations[0])["watermark"] == newest


def test_second_poll_with_nothing_new_costs_one_request_per_location(
    store, settings, env, policy, google, yelp
):
    first = poll_once(store, settings, env, policy=policy, now=google.now)
    before = {loc: len(google.list_calls(loc)) for loc in google.locations}
    yelp_before = len(yelp.server.calls("/v3/"))

    # An hour later, when Yelp is due again (yelp.interval_minutes).
    report = poll_once(store, settings, env, policy=policy, now=google.now + timedelta(hours=1))

    assert {loc: len(google.list_calls(loc)) - before[loc] for loc in google.locations} == {
        loc: 1 for loc in google.locations
    }
    assert len(yelp.server.calls("/v3/")) - yelp_before == 2
    assert report.totals()["new"] == 0 and report.totals()["updated"] == 0
    # Not handled yet (still `new`), so they are offered again: nothing is lost.
    assert {r.key for r in report.needs_reply} == {r.key for r in first.needs_reply}


def test_new_and_edited_reviews_arrive_once(store, settings, env, policy, google):
    location = google.locations[1]
    poll_once(store, settings, env, policy=policy)
    edited = google.reviews[location][10]
    old_text = edited.get("comment", "")
    old_stars = ["ONE", "TWO", "THREE", "FOUR", "FIVE"].index(edited["starRating"]) + 1
    google.edit_review(
        location, edited["reviewId"], comment="Update: they called me back.", starRating="FOUR"
    )
    added = google.add_review(location, comment="First visit, great.", review_id="AbFvOqBRAND")

    report = poll_once(store, settings, env, policy=policy)

    entry = report.locations[1]
    assert (entry.new, entry.updated, entry.pages) == (1, 1, 1)
    assert count(store, "reviews") == 3 * 120 + 1 + 2 * 3
    key = f"google:{location}:{edited['reviewId']}"
    assert (get_review(store, key).text, get_review(store, key).stars) == (
        "Update: they called me back.",
        4,
    )
    (change,) = review_changes(store, key)
    assert (change["previous_text"], change["previous_stars"]) == (old_text, old_stars)
    assert change["previous_updated_at"] < get_review(store, key).updated_at
    assert f"google:{location}:{added['reviewId']}" in {r.key for r in report.needs_reply}
    assert key in {r.key for r in report.needs_reply}
    assert report.changed == [key]


def test_handled_reviews_are_not_offered_again(store, settings, env, policy):
    first = poll_once(store, settings, env, policy=policy)
    handled = first.needs_reply[0]
    assert transition(store, handled.key, "new", "drafted", actor="test", action="draft")
    second = poll_once(store, settings, env, policy=policy)
    assert handled.key not in {r.key for r in second.needs_reply}
    assert len(second.needs_reply) == len(first.needs_reply) - 1


def _snapshot(store: Store) -> dict[str, list]:
    """Every stored row minus the wall-clock bookkeeping."""
    clock = {
        "first_seen_at",
        "last_changed_at",
        "updated_at",
        "created_at",
        "at",
        "id",
        "last_success_at",
        "changed_at",
    }

    def rows(sql):
        return [{k: v for k, v in row.items() if k not in clock} for row in store.db.query(sql)]

    reviews = rows("SELECT * FROM reviews ORDER BY review_key")
    # updated_at of a review is source data: keep it.
    for row, full in zip(
        reviews,
        store.db.query("SELECT updated_at, created_at FROM reviews ORDER BY review_key"),
        strict=True,
    ):
        row.update(full)
    return {
        "reviews": reviews,
        "reply_state": rows("SELECT * FROM reply_state ORDER BY review_key"),
        "review_changes": rows("SELECT * FROM review_changes ORDER BY review_key"),
        "sync_state": rows("SELECT * FROM sync_state ORDER BY source, location_id"),
        "audit_log": rows("SELECT * FROM audit_log ORDER BY review_key"),
    }


class Crash(Exception):
    pass


@pytest.mark.parametrize(
    ("crash_location", "crash_page"),
    [
        pytest.param(0, 1, id="after-first-page"),
        pytest.param(1, 2, id="mid-location"),
        pytest.param(2, 3, id="after-last-page-before-watermark"),
    ],
)
def test_crash_between_pages_then_rerun_equals_an_uninterrupted_run(
    tmp_path, settings, env, policy, google, crash_location, crash_page
):
    now = datetime.now(UTC)
    with Store(tmp_path / "clean.db") as clean:
        poll_once(clean, settings, env, policy=policy, now=now)
        expected = _snapshot(clean)

    target = google.locations[crash_location]

    def crash(event):
        if (
            event.kind == "page"
            and event.location.location_id == target
            and event.page == crash_page
        ):
            raise Crash(f"killed after page {crash_page}")

    with Store(tmp_path / "crashed.db") as crashed:
        with pytest.raises(Crash):
            poll_once(crashed, settings, env, policy=policy, now=now, progress=crash)
        assert get_sync_state(crashed, "google", target)["watermark"] == ""  # not advanced
        report = poll_once(crashed, settings, env, policy=policy, now=now)
        assert not report.failed
        assert _snapshot(crashed) == expected


def test_malformed_page_is_rejected_whole_and_other_locations_sync(
    store, settings, env, policy, google
):
    bad = google.locations[1]
    google.reviews[bad][70]["starRating"] = "SEVEN"  # on page 2

    report = poll_once(store, settings, env, policy=policy)

    assert report.failed
    entry = report.locations[1]
    assert entry.status == "failed"
    assert entry.error.startswith(f"google location {bad} page 2: page rejected, nothing stored")
    assert "starRating 'SEVEN'" in entry.error
    assert entry.fetched == 50  # page 1 was good and is kept
    stored = {
        row["source_review_id"]
        for row in store.db.query(
            "SELECT source_review_id FROM reviews WHERE location_id = ?", [bad]
        )
    }
    assert stored == {p["reviewId"] for p in google.reviews[bad][:50]}
    assert get_sync_state(store, "google", bad)["watermark"] == ""
    assert get_sync_state(store, "google", bad)["last_error"] == entry.error
    assert [e.status for e in report.locations] == ["ok", "failed", "ok", "ok", "ok"]

    google.reviews[bad][70]["starRating"] = "THREE"
    healed = poll_once(store, settings, env, policy=policy)
    assert not healed.failed
    assert healed.locations[1].new == 70
    assert get_sync_state(store, "google", bad)["last_error"] == ""


def test_403_for_one_location_while_the_others_succeed(store, settings, env, policy, google):
    google.forbid(google.locations[2])
    report = poll_once(store, settings, env, policy=policy)
    assert [e.status for e in report.locations] == ["ok", "ok", "failed", "ok", "ok"]
    assert "HTTP 403" in report.locations[2].error
    assert report.failed
    assert count(store, "reviews") == 2 * 120 + 2 * 3


def test_transient_failures_are_absorbed(store, settings, env, policy, google):
    google.rate_limit(google.locations[0], retry_after=0)
    google.server_error(google.locations[1], page=2)
    report = poll_once(store, settings, env, policy=policy)
    assert not report.failed
    assert report.totals()["new"] == 3 * 120 + 2 * 3


def test_yelp_daily_cap_pauses_yelp_once_and_google_keeps_syncing(
    store, settings, env, policy, google, yelp
):
    yelp.exhaust_daily_limit()
    first = poll_once(store, settings, env, policy=policy)
    assert [e.status for e in first.locations] == ["ok", "ok", "ok", "paused", "paused"]
    assert not first.failed
    assert len(first.notices) == 1 and "Yelp paused until" in first.notices[0]
    assert len(yelp.server.calls("/v3/")) == 1  # the second business was not even asked

    google.add_review(google.locations[0], review_id="AbFvOqWHILEPAUSED")
    second = poll_once(store, settings, env, policy=policy)
    assert [e.status for e in second.locations] == ["ok", "ok", "ok", "paused", "paused"]
    assert second.notices == []  # said once
    assert second.locations[0].new == 1
    assert len(yelp.server.calls("/v3/")) == 1

    after_reset = yelp.reset_time + timedelta(minutes=1)
    yelp.remaining = 100
    third = poll_once(store, settings, env, policy=policy, now=after_reset)
    assert [e.status for e in third.locations][3:] == ["ok", "ok"]


def test_missing_google_credentials_fail_google_only(store, settings, google, yelp, policy):
    env = Environment.from_env(yelp.environ())
    report = poll_once(store, settings, env, policy=policy)
    assert [e.status for e in report.locations] == ["failed"] * 3 + ["ok", "ok"]
    assert "set GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET, GOOGLE_REFRESH_TOKEN" in (
        report.locations[0].error
    )


def test_backfill_days_zero_offers_only_todays_reviews(store, settings, env, policy, google):
    settings = settings.model_copy(
        update={"poll": settings.poll.model_copy(update={"backfill_days": 0})}
    )
    now = datetime.now(UTC)
    google.add_review(google.locations[0], review_id="AbFvOqTODAY", at=now + timedelta(seconds=1))
    report = poll_once(store, settings, env, policy=policy, now=now)
    assert [r.source_review_id for r in report.needs_reply] == ["AbFvOqTODAY"]
    assert reply_state(store, report.needs_reply[0].key)["state"] == "new"


def test_poll_forever_runs_until_stopped(store, settings, env, policy, google):
    stop = threading.Event()
    reports = []

    def on_report(report):
        reports.append(report)
        if len(reports) == 2:
            stop.set()

    cycles = poll_forever(
        store, settings, env, stop=stop, policy=policy, on_report=on_report, interval_seconds=0
    )
    assert cycles == 2
    assert [r.totals()["new"] for r in reports] == [3 * 120 + 2 * 3, 0]
    assert len(google.server.calls("/token")) == 1  # one client, one token, for the loop


def test_poll_forever_survives_a_failing_cycle(store, settings, env, policy):
    stop = threading.Event()
    calls = []

    def on_report(report):
        calls.append(report)
        if len(calls) == 1:
            raise RuntimeError("announcer down")
        stop.set()

    assert (
        poll_forever(
            store, settings, env, stop=stop, policy=policy, on_report=on_report, interval_seconds=0
        )
        == 2
    )


def test_unknown_google_location_response_is_not_json(store, settings, env, policy, google):
    google.inject(google.locations[0], Response(502, "<html>Bad Gateway</html>"), times=5)
    report = poll_once(store, settings, env, policy=policy)
    assert report.locations[0].error == (
        f"google location {google.locations[0]} page 1: HTTP 502 after 3 attempts"
    )
