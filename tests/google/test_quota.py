"""The process's Google quota: a token bucket every Google call goes through."""

from __future__ import annotations

import pytest

from slack_app.sources.google import GoogleSource
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.quota import RequestLimiter, SimulatedClock, peak_per_minute, shared_limiter


@pytest.mark.parametrize(
    ("per_minute", "requests"),
    [
        pytest.param(300, 1000, id="Google's default quota, 1,000 calls"),
        pytest.param(300, 25, id="a short burst"),
        pytest.param(60, 500, id="a lower quota"),
        pytest.param(10, 45, id="ten a minute"),
    ],
)
def test_no_minute_ever_holds_more_than_the_quota(per_minute, requests):
    clock = SimulatedClock()
    limiter = RequestLimiter(per_minute, clock=clock, record=True)
    for _ in range(requests):
        limiter.acquire()
    assert limiter.granted == requests
    assert peak_per_minute(limiter.times) <= per_minute
    if requests > per_minute:
        # Not slower than it has to be: the sustained rate is per_minute minus the burst.
        sustained = (per_minute - limiter.burst) / 60
        assert clock.monotonic() == pytest.approx((requests - limiter.burst) / sustained, rel=0.01)


def test_a_burst_does_not_wait_and_the_next_call_does():
    clock = SimulatedClock()
    limiter = RequestLimiter(300, clock=clock)
    for _ in range(limiter.burst):
        limiter.acquire()
    assert (clock.monotonic(), limiter.waited) == (0.0, 0.0)
    limiter.acquire()
    assert clock.monotonic() == pytest.approx(60 / (300 - limiter.burst))


def test_unlimited_counts_without_waiting():
    clock = SimulatedClock()
    limiter = RequestLimiter.unlimited(clock=clock, record=True)
    for _ in range(5000):
        limiter.acquire()
    assert (limiter.granted, clock.monotonic(), peak_per_minute(limiter.times)) == (5000, 0, 5000)


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        pytest.param({"per_minute": 0}, "per_minute must be at least 1, not 0", id="zero"),
        pytest.param({"per_minute": 10, "burst": 11}, "burst must be 1..10, not 11", id="burst"),
    ],
)
def test_unusable_limits_are_refused_by_name(arguments, problem):
    with pytest.raises(ValueError, match=problem):
        RequestLimiter(**arguments)


@pytest.mark.parametrize(
    ("times", "peak"),
    [
        pytest.param([], 0, id="none"),
        pytest.param([0, 60], 2, id="a closed minute holds both ends"),
        pytest.param([0, 60.001], 1, id="just over a minute apart"),
        pytest.param([5, 1, 3, 70, 64], 3, id="unsorted"),
    ],
)
def test_peak_per_minute(times, peak):
    assert peak_per_minute(times) == peak


def test_every_google_client_of_the_process_shares_one_limiter_per_api_and_client(google):
    env = google.environment()
    first, second = GoogleSource(env), GoogleSource(env)
    other = GoogleSource(google.environment(google_client_id="another-client"))
    try:
        assert first.limiter is second.limiter
        assert first.limiter is shared_limiter(google.api_url + "/", env.google_client_id)
        assert other.limiter is not first.limiter
    finally:
        for client in (first, second, other):
            client.close()


def test_every_attempt_takes_a_token_token_refreshes_do_not(google, clock):
    location = google.locations[0]
    google.add_review(location, comment="Lovely staff.")
    google.server_error(location, times=2)
    limiter = RequestLimiter(clock=clock)
    source = GoogleSource(
        google.environment(), policy=RetryPolicy.quick(sleep=clock.sleep), limiter=limiter
    )
    try:
        pages = list(source.fetch_pages(location))
    finally:
        source.close()
    assert [len(page.reviews) for page in pages] == [1]
    assert limiter.granted == len(google.list_calls(location)) == 3
    assert len(google.server.calls("/token")) == 1
