from __future__ import annotations

import pytest

from slack_app.sources.http_retry import RetryPolicy
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.yelp_fusion import FakeYelpFusion


class RecordedSleeps(list):
    """A `sleep` for RetryPolicy that records the waits instead of sleeping them."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> RecordedSleeps:
    return RecordedSleeps()


@pytest.fixture
def policy(sleeps) -> RetryPolicy:
    return RetryPolicy.quick(sleep=sleeps, timeout=0.5, attempts=4)


@pytest.fixture
def google():
    with FakeGoogleBusiness(locations=3, reviews_per_location=120) as fake:
        yield fake


@pytest.fixture
def yelp():
    with FakeYelpFusion(businesses=2) as fake:
        yield fake
