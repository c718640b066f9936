from __future__ import annotations

import pytest

from slack_app.config import DatabaseSettings, Environment, Location, Practice, Settings
from slack_app.sources.http_retry import RetryPolicy
from slack_app.store import Store
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.yelp_fusion import FakeYelpFusion


@pytest.fixture
def google():
    with FakeGoogleBusiness(locations=3, reviews_per_location=120) as fake:
        yield fake


@pytest.fixture
def yelp():
    with FakeYelpFusion(businesses=2) as fake:
        yield fake


def make_settings(google, yelp, database: str = "unused.db") -> Settings:
    """Location n has Google location n and, for the first two, Yelp business n."""
    locations = []
    for n, google_location in enumerate(google.locations):
        yelp_id = yelp.business_ids[n] if n < len(yelp.business_ids) else ""
        locations.append(
            Location(name=f"Office {n}", google_location=google_location, yelp_business_id=yelp_id)
        )
    return Settings(
        practice=Practice(name="Riverside Family Dental", email="frontdesk@riverside.example"),
        locations=locations,
        database=DatabaseSettings(path=database),
    )


@pytest.fixture
def settings(google, yelp, tmp_path):
    return make_settings(google, yelp, str(tmp_path / "review-assistant.db"))


@pytest.fixture
def env(google, yelp) -> Environment:
    return Environment.from_env({**google.environ(), **yelp.environ()})


@pytest.fixture
def store(settings):
    with Store(settings.database.path) as opened:
        yield opened


@pytest.fixture
def policy() -> RetryPolicy:
    return RetryPolicy.quick(timeout=0.5, attempts=3, sleep=lambda seconds: None)
