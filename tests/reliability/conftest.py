"""Fixtures for the reliability tests that drive a Bolt app: a fake Slack, Yelp (with partner
reply access) and Google, and a real SQLite store."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from slack_app.app import build_app
from slack_app.config import Environment
from slack_app.sources.google import GoogleSource
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.yelp import YelpSource
from slack_app.store import Store
from tests.fakes.google_business import FakeGoogleBusiness
from tests.fakes.slack_api import FakeSlack
from tests.fakes.yelp_fusion import FakeYelpFusion
from tests.slack.conftest import (
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackDriver,
    TrackingExecutor,
    make_settings,
)

TIMEOUT = 0.5  # the sources' per-request timeout in these tests


@pytest.fixture
def sleeps() -> list[float]:
    """The retry waits, recorded instead of slept."""
    return []


@pytest.fixture
def policy(sleeps) -> RetryPolicy:
    return RetryPolicy.quick(timeout=TIMEOUT, attempts=4, sleep=sleeps.append)


@pytest.fixture
def fakes():
    with (
        FakeSlack() as slack,
        FakeYelpFusion(businesses=1) as yelp,
        FakeGoogleBusiness(locations=1, reviews_per_location=0) as google,
    ):
        yield SimpleNamespace(slack=slack, yelp=yelp, google=google)


@pytest.fixture
def app(fakes, tmp_path, policy):
    """(driver, store, settings, env) for a Bolt app whose Yelp client has partner access."""
    slack, yelp, google = fakes.slack, fakes.yelp, fakes.google
    settings = make_settings(google.locations[0], str(tmp_path / "review-assistant.db"))
    env = Environment.from_env(
        {
            **google.environ(),
            **yelp.environ(partner=True),
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": slack.api_url,
        }
    )
    sources = {
        "yelp": YelpSource(env, policy=policy),
        "google": GoogleSource(env, policy=policy),
    }
    executor = TrackingExecutor()
    with Store(settings.database.path) as store:
        bolt, services = build_app(
            settings, env, store, sources=sources, listener_executor=executor
        )
        yield SlackDriver(bolt, services, executor, slack), store, settings, env
        executor.shutdown(wait=True)
    for source in sources.values():
        source.close()


