"""Retry rules and time parsing shared by the sources."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests

from slack_app.sources import format_time, parse_time
from slack_app.sources.http_retry import GaveUp, request_with_retry, retry_after_seconds
from tests.fakes.http import FakeServer, Response

NOW = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)


@pytest.fixture
def server():
    running = FakeServer().start()
    yield running
    running.stop()


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        pytest.param("2", 2.0, id="delta-seconds"),
        pytest.param("0", 0.0, id="zero"),
        pytest.param("Mon, 23 Nov 2026 10:00:30 GMT", 30.0, id="http-date"),
        pytest.param("Mon, 23 Nov 2026 09:00:00 GMT", 0.0, id="http-date-past"),
        pytest.param("soon", None, id="garbage"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="absent"),
    ],
)
def test_retry_after_header_forms(header, seconds):
    assert retry_after_seconds(header, now=NOW) == seconds


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("2026-11-20T14:03:11Z", "2026-11-20T14:03:11.000000Z"),
        ("2026-11-20T14:03:11.5Z", "2026-11-20T14:03:11.500000Z"),
        ("2026-11-20T14:03:11.123456789Z", "2026-11-20T14:03:11.123456Z"),
        ("2026-11-20T09:03:11.25-05:00", "2026-11-20T14:03:11.250000Z"),
    ],
)
def test_rfc3339_times_become_fixed_width_utc(text, stored):
    assert format_time(parse_time(text)) == stored


@pytest.mark.parametrize(
    "text", ["2026-11-20", "2026-11-20T14:03:11", "2026-11-20T14:03:11.Z", "yesterday", 17]
)
def test_bad_times_are_refused(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_connection_refused_is_retried_then_given_up(server, policy, sleeps):
    url = server.url
    server.stop()
    with requests.Session() as session, pytest.raises(GaveUp, match="connection failed"):
        request_with_retry(session, "GET", f"{url}/v4/x", policy=policy)
    assert len(sleeps) == policy.attempts - 1


def test_client_errors_come_back_without_retry(server, policy, sleeps):
    with requests.Session() as session:
        server.route("GET", "/x", lambda request: Response(404, {"error": "nope"}))
        response = request_with_retry(session, "GET", f"{server.url}/x", policy=policy)
        assert response.status_code == 404
        assert len(server.calls("/x")) == 1
    assert sleeps == []


def test_a_caller_can_veto_retrying_a_429(server, policy, sleeps):
    with requests.Session() as session:
        server.route("GET", "/x", lambda request: Response(429, {}))
        response = request_with_retry(
            session, "GET", f"{server.url}/x", policy=policy, retryable=lambda r: False
        )
        assert response.status_code == 429
        assert len(server.calls("/x")) == 1
    assert sleeps == []


def test_a_base_url_without_scheme_is_a_clear_error_not_a_crash(policy, sleeps):
    with requests.Session() as session, pytest.raises(GaveUp, match="request not sent"):
        request_with_retry(session, "GET", "localhost:9/v4/x", policy=policy)
    assert sleeps == []
