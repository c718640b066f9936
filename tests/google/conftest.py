"""Fixtures for Google in depth: a fake Business Profile server whose quotas run on a
simulated clock, a real store, the real Google client and poster pointed at the fake."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from slack_app.config import DatabaseSettings, Location, Practice, Settings, SlackSettings
from slack_app.sources.google import GoogleSource
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.posting import SourcePoster
from slack_app.sources.quota import SimulatedClock
from slack_app.store import Store
from tests.fakes.google_business import FakeGoogleBusiness

PHONE = "(555) 014-2290"
START = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(START)


@pytest.fixture
def google(clock):
    with FakeGoogleBusiness(
        locations=2,
        reviews_per_location=0,
        now=START - timedelta(hours=2),
        clock=clock.now,
        edits_per_minute=10,
        requests_per_minute=300,
    ) as fake:
        yield fake


def make_settings(google, database: str) -> Settings:
    return Settings(
        practice=Practice(
            name="Riverside Family Dental",
            phone=PHONE,
            email="frontdesk@riversidefamilydental.example",
            timezone="America/Chicago",
        ),
        slack=SlackSettings(review_channel="C0REVIEWS", approvers=["U0ANNA"]),
        locations=[
            Location(name="Main Street", google_location=google.locations[0]),
            Location(name="Oak Park", google_location=google.locations[1]),
        ],
        database=DatabaseSettings(path=database),
    )


@pytest.fixture
def settings(google, tmp_path) -> Settings:
    return make_settings(google, str(tmp_path / "review-assistant.db"))


@pytest.fixture
def env(google):
    return google.environment()


@pytest.fixture
def store(settings):
    with Store(settings.database.path) as opened:
        yield opened


@pytest.fixture
def source(env, clock):
    from slack_app.sources.quota import RequestLimiter

    client = GoogleSource(
        env,
        policy=RetryPolicy.quick(sleep=clock.sleep),
        limiter=RequestLimiter(clock=clock, record=True),
    )
    yield client
    client.close()


@pytest.fixture
def poster(env, source, clock):
    return SourcePoster(env, {"google": source}, clock=clock)


def key_of(google, item: dict, location: int = 0) -> str:
    return f"google:{google.locations[location]}:{item['reviewId']}"
