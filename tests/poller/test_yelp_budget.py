"""Yelp's pace: polled at most every yelp.interval_minutes, every call counted per UTC day, and
left alone until midnight UTC once the day's calls reach yelp.daily_call_budget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from slack_app.config import YelpSettings
from slack_app.models import Review
from slack_app.poller import poll_once
from slack_app.sources.yelp import YelpSource
from slack_app.sources.yelp_budget import calls_per_day
from slack_app.store import api_calls, get_sync_state

MORNING = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def yelp_rows(report) -> list[tuple[str, str, str]]:
    return [(e.location_name, e.status, e.error) for e in report.locations if e.source == "yelp"]


def yelp_calls(yelp) -> int:
    return len(yelp.server.calls("/v3/"))


def test_yelp_waits_for_its_own_interval_while_google_is_polled_every_cycle(
    store, settings, env, policy, google, yelp
):
    poll_once(store, settings, env, policy=policy, now=MORNING)
    google_before = len(google.server.calls("/v4/"))

    later = poll_once(store, settings, env, policy=policy, now=MORNING + timedelta(minutes=15))

    assert yelp_calls(yelp) == 2
    assert len(google.server.calls("/v4/")) - google_before == 3
    assert yelp_rows(later) == [
        (
            f"Office {n}",
            "skipped",
            "not due: polled at 10:00 UTC, next after 11:00 UTC (every 60 min, "
            "yelp.interval_minutes)",
        )
        for n in (0, 1)
    ]
    assert not later.failed
    hour = poll_once(store, settings, env, policy=policy, now=MORNING + timedelta(minutes=60))
    assert [status for _, status, _ in yelp_rows(hour)] == ["ok", "ok"]
    assert yelp_calls(yelp) == 4


def test_every_answer_from_yelp_is_counted_for_the_day_retries_included(
    store, settings, env, policy, yelp
):
    yelp.per_second_limit(yelp.business_ids[0])  # one 429, then the page

    poll_once(store, settings, env, policy=policy, now=MORNING)

    assert yelp_calls(yelp) == 3
    assert api_calls(store, "yelp", "2026-11-20") == 3
    assert api_calls(store, "yelp", "2026-11-21") == 0


def test_a_spent_budget_pauses_yelp_until_midnight_utc_and_says_so_once(
    store, settings, env, policy, yelp
):
    tight = settings.model_copy(
        update={"yelp": YelpSettings(interval_minutes=1, daily_call_budget=3)}
    )
    poll_once(store, tight, env, policy=policy, now=MORNING)  # 2 calls

    spent = poll_once(store, tight, env, policy=policy, now=MORNING + timedelta(hours=1))

    reason = (
        "Yelp's daily call budget is used up (3 of 3 calls today, yelp.daily_call_budget); "
        "Yelp paused until 2026-11-21T00:00:00.000000Z"
    )
    assert yelp_calls(yelp) == 3
    assert yelp_rows(spent) == [("Office 0", "ok", ""), ("Office 1", "paused", reason)]
    assert spent.notices == [reason] and not spent.failed
    assert get_sync_state(store, "yelp", "*")["paused_until"] == "2026-11-21T00:00:00.000000Z"

    evening = poll_once(store, tight, env, policy=policy, now=MORNING + timedelta(hours=13))
    assert yelp_rows(evening) == [("Office 0", "paused", reason), ("Office 1", "paused", reason)]
    assert evening.notices == [] and yelp_calls(yelp) == 3

    next_day = poll_once(store, tight, env, policy=policy, now=MORNING + timedelta(hours=15))
    assert [status for _, status, _ in yelp_rows(next_day)] == ["ok", "ok"]
    assert api_calls(store, "yelp", "2026-11-21") == 2


def test_replies_through_the_partner_api_are_not_fusion_calls(yelp):
    source = YelpSource(yelp.environment(partner=True))
    review = Review("yelp", yelp.business_ids[0], "abc", 5, "Ella A.", "Great.", url="")
    try:
        source.post_reply(review, "Thank you! Please call (555) 014-2290.")
        assert source.calls == 0
        list(source.fetch_pages(yelp.business_ids[0]))
        assert source.calls == 1
    finally:
        source.close()


@pytest.mark.parametrize(
    ("businesses", "poll", "yelp_minutes", "per_day"),
    [
        (3, 15.0, 15.0, 288),  # the example: three offices every 15 minutes
        (3, 15.0, 60.0, 72),  # the default: hourly
        (3, 30.0, 15.0, 144),  # never more often than the poll loop runs
        (0, 15.0, 60.0, 0),
    ],
)
def test_the_calls_a_day_a_schedule_uses(settings, businesses, poll, yelp_minutes, per_day):
    from slack_app.config import Location, PollSettings

    locations = [
        Location(name=f"O{n}", yelp_business_id=f"b{n}" if n < businesses else "")
        for n in range(3)
    ]
    schedule = settings.model_copy(
        update={
            "locations": locations,
            "poll": PollSettings(interval_minutes=poll),
            "yelp": YelpSettings(interval_minutes=yelp_minutes),
        }
    )
    assert calls_per_day(schedule) == per_day


def test_a_business_skipped_for_its_interval_is_neither_a_failure_nor_a_recovery(
    store, settings, env, policy, yelp
):
    from slack_app.pipeline import run_cycle
    from slack_app.poller import build_sources
    from slack_app.store import source_health
    from tests.fakes.http import Response

    business = yelp.business_ids[0]
    yelp.inject(business, Response(403, {"error": {"code": "NOT_ALLOWED", "description": "No"}}))
    sources = build_sources(settings, env, policy=policy)

    def health() -> tuple[str, str]:
        row = next(r for r in source_health(store) if r["location_id"] == business)
        return row["status"], row["alert"]

    try:
        run_cycle(store, settings, env, sources=sources, now=MORNING)
        assert health() == ("failing", "down")
        later = run_cycle(store, settings, env, sources=sources,
                          now=MORNING + timedelta(minutes=15))
        assert yelp_rows(later)[0][1] == "skipped"
        assert health() == ("failing", "down")  # nothing learned: still down, no recovery
        run_cycle(store, settings, env, sources=sources, now=MORNING + timedelta(hours=1))
        assert health() == ("ok", "")
    finally:
        for source in sources.values():
            source.close()
