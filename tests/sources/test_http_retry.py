"""Retry rules and time parsing shared by the sources."""

from __future__ import annotations

import socket
import threading
from datetime import UTC, datetime

import pytest
import requests

from slack_app.sources import format_time, parse_time
from slack_app.sources.http_retry import (
    GaveUp,
    OutcomeUnknown,
    request_with_retry,
    retry_after_seconds,
)
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


def scripted(server, method: str, *answers: Response) -> str:
    """Route `method /x` to `answers` in order (then 200 {}); returns the URL."""
    queue = list(answers)
    server.route(method, "/x", lambda request: queue.pop(0) if queue else Response(200, {}))
    return f"{server.url}/x"


SLOW = Response(200, {}, delay=2.0)  # longer than the policy's 0.5 s timeout


@pytest.mark.parametrize(
    ("method", "idempotent", "answer", "outcome", "received"),
    [
        # A write that may have been acted on is not sent again.
        pytest.param("POST", None, SLOW, "unknown: no answer within 0.5 s", 1, id="POST slow"),
        pytest.param("POST", None, Response(500, {}), "unknown: HTTP 500", 1, id="POST 500"),
        pytest.param(
            "POST", None, Response(503, {}, {"Retry-After": "0"}), "unknown: HTTP 503", 1,
            id="POST 503 with Retry-After",
        ),
        pytest.param(
            "POST", None, Response(close=True), "unknown: the connection broke", 1,
            id="POST connection dropped",
        ),
        # A write turned away with a time to come back is resent; without one it is not.
        pytest.param(
            "POST", None, Response(429, {}, {"Retry-After": "0"}), 200, 2,
            id="POST 429 with Retry-After",
        ),
        pytest.param("POST", None, Response(429, {}), 429, 1, id="POST 429 without Retry-After"),
        # Idempotent requests, and writes that carry an idempotency key, are retried.
        pytest.param("PUT", None, SLOW, 200, 2, id="PUT slow"),
        pytest.param("PUT", None, Response(500, {}), 200, 2, id="PUT 500"),
        pytest.param("GET", None, Response(close=True), 200, 2, id="GET connection dropped"),
        pytest.param("POST", True, SLOW, 200, 2, id="POST with an idempotency key, slow"),
    ],
)
def test_only_what_cannot_be_duplicated_is_sent_again(
    server, policy, method, idempotent, answer, outcome, received
):
    """`outcome`: the final status, or how the OutcomeUnknown message starts."""
    url = scripted(server, method, answer)
    with requests.Session() as session:
        try:
            response = request_with_retry(
                session, method, url, policy=policy, idempotent=idempotent, json={"a": 1}
            )
        except OutcomeUnknown as exc:
            assert f"unknown: {exc}".startswith(outcome)
        else:
            assert response.status_code == outcome
    assert len(server.calls("/x", method=method)) == received


def test_a_write_that_never_reached_the_server_is_retried(server, policy, sleeps):
    url = f"{server.url}/x"
    server.stop()
    with requests.Session() as session, pytest.raises(GaveUp, match="connection failed"):
        request_with_retry(session, "POST", url, policy=policy, json={"a": 1})
    assert len(sleeps) == policy.attempts - 1


@pytest.fixture
def cut_off_answers():
    """A server that reads each request and answers with a body cut short (IncompleteRead)."""
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:  # closed: the test is over
                return
            with conn:
                received.append(conn.recv(65536))
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"a\":")

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/x", received
    listener.close()


def test_a_write_whose_answer_broke_off_is_not_sent_again(cut_off_answers, policy, sleeps):
    url, received = cut_off_answers
    with requests.Session() as session, pytest.raises(OutcomeUnknown, match="broke off"):
        request_with_retry(session, "POST", url, policy=policy, json={"a": 1})
    assert len(received) == 1 and sleeps == []
    with requests.Session() as session, pytest.raises(GaveUp, match="broke off"):
        request_with_retry(session, "PUT", url, policy=policy, json={"a": 1})
    assert len(received) == 1 + policy.attempts
