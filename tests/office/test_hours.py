"""Business hours and the digest's schedule in the practice's zone, at their edges."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from slack_app import hours
from slack_app.config import DigestSettings, Practice, Settings

CHICAGO = ZoneInfo("America/Chicago")


def local(text: str) -> datetime:
    """ "2026-11-23 08:00" in Chicago, as UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=CHICAGO).astimezone(UTC)


def settings(**digest) -> Settings:
    return Settings(
        practice=Practice(name="Riverside", phone="(555) 014-2290", timezone="America/Chicago"),
        digest=DigestSettings(**digest),
    )


OPEN = hours.BusinessHours.of(settings())


@pytest.mark.parametrize(
    "moment, is_open",
    [
        ("2026-11-23 07:59:59", False),  # Monday, before opening
        ("2026-11-23 08:00", True),
        ("2026-11-23 17:59:59", True),
        ("2026-11-23 18:00", False),  # closing time is closed
        ("2026-11-27 12:00", True),  # Friday
        ("2026-11-28 12:00", False),  # Saturday
        ("2026-11-29 12:00", False),  # Sunday
    ],
)
def test_business_hours_edges(moment, is_open):
    assert OPEN.is_open(local(moment)) is is_open


@pytest.mark.parametrize(
    "moment, opening",
    [
        ("2026-11-23 10:00", "2026-11-23 10:00"),  # open: now
        ("2026-11-23 06:00", "2026-11-23 08:00"),  # early: this morning
        ("2026-11-23 18:00", "2026-11-24 08:00"),  # closed: tomorrow
        ("2026-11-27 18:00", "2026-11-30 08:00"),  # Friday evening: Monday
        ("2026-11-28 09:00", "2026-11-30 08:00"),  # Saturday: Monday
    ],
)
def test_next_opening(moment, opening):
    assert OPEN.next_open(local(moment)) == local(opening)


def test_a_practice_open_until_midnight_on_saturdays():
    practice = Practice(
        name="R",
        phone="(555) 014-2290",
        timezone="America/Chicago",
        business_hours="09:00-24:00",
        business_days=["sat"],
    )
    late = hours.BusinessHours.of(Settings(practice=practice))

    assert late.is_open(local("2026-11-28 23:59"))
    assert not late.is_open(local("2026-11-29 00:00"))
    assert late.next_open(local("2026-11-23 10:00")) == local("2026-11-28 09:00")


def test_weekly_digest_is_the_week_to_the_last_monday_morning():
    period = hours.latest_digest(settings(), local("2026-11-25 15:00"))

    assert (period.start, period.end, period.key) == (
        local("2026-11-16 08:00"),
        local("2026-11-23 08:00"),
        "weekly:2026-11-23",
    )
    assert period.label() == "Mon Nov 16 to Mon Nov 23, 08:00"
    assert period.previous == (local("2026-11-09 08:00"), local("2026-11-16 08:00"))


def test_weekly_digest_edges_at_its_minute():
    before = hours.latest_digest(settings(), local("2026-11-23 07:59"))
    at = hours.latest_digest(settings(), local("2026-11-23 08:00"))

    assert before.key == "weekly:2026-11-16" and at.key == "weekly:2026-11-23"


def test_a_week_across_the_end_of_daylight_saving_keeps_local_times():
    period = hours.latest_digest(settings(), local("2026-11-02 09:00"))  # DST ended Nov 1

    assert period.start == datetime(2026, 10, 26, 13, 0, tzinfo=UTC)  # 08:00 CDT
    assert period.end == datetime(2026, 11, 2, 14, 0, tzinfo=UTC)  # 08:00 CST


def test_daily_digest_and_off():
    daily = hours.latest_digest(settings(schedule="daily", time="07:30"), local("2026-11-25 07:00"))

    assert (daily.start, daily.end, daily.key) == (
        local("2026-11-23 07:30"),
        local("2026-11-24 07:30"),
        "daily:2026-11-24",
    )
    assert daily.label() == "the day to Tue Nov 24, 07:30"
    assert hours.latest_digest(settings(schedule="off"), local("2026-11-25 07:00")) is None
    assert hours.next_digest_at(settings(day="Fri"), local("2026-11-25 07:00")) == local(
        "2026-11-27 08:00"
    )


def test_an_empty_timezone_is_the_machines(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    hours.machine_zone.cache_clear()
    try:
        zone = hours.practice_zone(Settings(practice=Practice(name="R", phone="(555) 014-2290")))
        assert hours.zone_name(zone) == "Asia/Tokyo"
    finally:
        hours.machine_zone.cache_clear()
