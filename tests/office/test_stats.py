"""The figures from a seeded store and a fixed period: every number exact, whole records."""

from __future__ import annotations

import pytest

from slack_app import stats
from slack_app.stats import Figures, Period
from tests.office.seed import BASE, EDITED, utc

WEEK = Period(utc("11-16T00:00"), utc("11-23T00:00"))  # the `week` fixture's


def test_the_weeks_figures_are_exact(store, week):
    figures = stats.figures(store, WEEK)

    assert figures == Figures(
        start="2026-11-16T00:00:00+00:00",
        end="2026-11-23T00:00:00+00:00",
        location=None,
        new_reviews=7,
        new_by_source={"google": 5, "yelp": 2},
        new_by_stars={"5": 1, "4": 2, "3": 1, "2": 1, "1": 1, "none": 1},
        average_rating=pytest.approx(19 / 6),
        responded=4,  # r1, r2, r3 posted by the end; r6 answered on the site
        response_rate=pytest.approx(4 / 7),
        replies_posted=4,  # r1 4 h, r2 10 h, r3 48 h, r7 144 h
        reply_hours_median=pytest.approx(29.0),
        reply_hours_p90=pytest.approx(144.0),
        waiting=3,
        waiting_by_state={"drafted": 1, "post_failed": 1, "escalated": 1},
        waiting_by_age={"under 1 day": 1, "1-3 days": 1, "over 3 days": 1},
        escalated=2,
        escalations_cleared=1,
        escalations_open=1,
        follow_ups=2,
        follow_ups_by_outcome={"reached_out": 1, "no_answer": 1},
        drafted=6,
        drafts_repaired=2,
        findings_by_rule={"patient-relationship": 2, "treatment-disclosure": 2},
        approvals=5,  # r1, r2 (edited), r3, r7 and r10 (whose post then failed)
        approvals_edited=1,
        edit_share_mean=pytest.approx(1 / 15),
    )


def test_one_locations_figures(store, week):
    figures = stats.figures(store, WEEK, location="Oak Park")

    assert figures.to_dict() == {
        **Figures(
            start="2026-11-16T00:00:00+00:00", end="2026-11-23T00:00:00+00:00", location="Oak Park"
        ).to_dict(),
        "new_reviews": 3,
        "new_by_source": {"google": 2, "yelp": 1},
        "new_by_stars": {"4": 1, "2": 1, "1": 1},
        "average_rating": pytest.approx(7 / 3),
        "responded": 1,
        "response_rate": pytest.approx(1 / 3),
        "replies_posted": 1,
        "reply_hours_median": pytest.approx(48.0),
        "reply_hours_p90": pytest.approx(48.0),
        "waiting": 1,
        "waiting_by_state": {"escalated": 1},
        "waiting_by_age": {"over 3 days": 1},
        "escalated": 2,
        "escalations_cleared": 1,
        "escalations_open": 1,
        "follow_ups": 2,
        "follow_ups_by_outcome": {"reached_out": 1, "no_answer": 1},
        "drafted": 3,
        "drafts_repaired": 1,
        "findings_by_rule": {"treatment-disclosure": 2, "patient-relationship": 1},
        "approvals": 1,
        "approvals_edited": 0,
    }


def test_an_empty_period_has_no_averages(store, week):
    figures = stats.figures(store, Period(utc("01-05T00:00"), utc("01-12T00:00")))

    assert (figures.new_reviews, figures.average_rating, figures.response_rate) == (0, None, None)
    assert (figures.replies_posted, figures.reply_hours_median, figures.reply_hours_p90) == (
        0,
        None,
        None,
    )
    assert (figures.approvals, figures.edit_share_mean) == (0, None)
    assert figures.waiting == 3  # waiting is counted now, whatever the period


def test_waiting_replies_longest_first_with_their_cards(store, week):
    replies, total = stats.waiting_replies(store, stats.WAITING_STATES, limit=2)

    assert total == 3
    assert [(r.review_key.rsplit(":", 1)[1], r.state, r.since) for r in replies] == [
        ("r4", "escalated", "2026-11-19T09:00:00.000000Z"),
        ("r5", "drafted", "2026-11-21T16:00:00.000000Z"),
    ]


def test_location_figures_busiest_first_with_a_total(store, week):
    overall, locations = stats.location_figures(store, WEEK)

    assert overall == stats.LocationFigures(
        "All locations", 7, pytest.approx(19 / 6), pytest.approx(4 / 7), pytest.approx(29.0), 3
    )
    assert locations == [
        stats.LocationFigures(
            "Main Street", 4, pytest.approx(12 / 3), pytest.approx(3 / 4), pytest.approx(10.0), 2
        ),
        stats.LocationFigures(
            "Oak Park", 3, pytest.approx(7 / 3), pytest.approx(1 / 3), pytest.approx(48.0), 1
        ),
    ]


def test_weekly_counts_by_stars(store, week):
    series = stats.weekly_counts(store, WEEK.end, weeks=3)

    assert [(w.start, w.by_stars, w.unrated, w.average_rating) for w in series] == [
        (utc("11-02T00:00"), {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}, 0, None),  # r10 is on 11-01
        (utc("11-09T00:00"), {1: 0, 2: 0, 3: 0, 4: 0, 5: 1}, 0, 5.0),  # r7
        (utc("11-16T00:00"), {1: 1, 2: 1, 3: 1, 4: 2, 5: 1}, 1, pytest.approx(19 / 6)),
    ]


@pytest.mark.parametrize(
    "values, median, p90",
    [
        ([5.0], 5.0, 5.0),
        ([1.0, 2.0], 1.5, 2.0),
        ([float(n) for n in range(1, 11)], 5.5, 9.0),
        ([float(n) for n in range(1, 12)], 6.0, 10.0),
    ],
)
def test_median_and_nearest_rank_percentile(values, median, p90):
    assert stats.statistics.median(values) == median
    assert stats.percentile(values, 0.9) == p90


@pytest.mark.parametrize(
    "before, after, share",
    [
        ("Thanks. Call us.", "Thanks. Call us.", 0.0),
        (BASE, EDITED, 1 / 15),
        ("Thanks", "Hello", 1.0),
    ],
)
def test_edit_share_counts_words(before, after, share):
    assert stats.edit_share(before, after) == pytest.approx(share)
