"""HTTP with retries for the review sources (tenacity).

Retried: 429, 5xx, connection errors and timeouts, with exponential backoff and full jitter,
or exactly the `Retry-After` the server asked for. Anything else comes back to the caller to
turn into a clear message. Waits are parameters (`RetryPolicy`), so tests pass tiny ones and a
recording `sleep` instead of patching anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

__all__ = ["GaveUp", "RetryPolicy", "request_with_retry"]


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    initial_wait: float = 1.0  # seconds; backoff is random in [0, initial * 2**n], capped
    max_wait: float = 60.0
    # A Retry-After longer than this is not waited out inside one poll: fail now, and the
    # next poll (minutes later) tries again.
    max_retry_after: float = 120.0
    timeout: float = 30.0  # per request (connect and read)
    sleep: Callable[[float], None] = time.sleep

    @classmethod
    def quick(cls, **changes) -> RetryPolicy:
        """Millisecond waits, for tests and benchmarks against local fakes."""
        values = {"initial_wait": 0.001, "max_wait": 0.005, "timeout": 2.0, **changes}
        return cls(**values)


class GaveUp(Exception):
    """Every attempt failed with a retryable problem; the message says what the last was."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class _Retryable(Exception):
    def __init__(self, reason: str, *, status: int | None = None, retry_after: float | None = None):
        self.reason = reason
        self.status = status
        self.retry_after = retry_after
        super().__init__(reason)


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """`Retry-After` as seconds: delta-seconds or an HTTP date. None when absent or unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def request_with_retry(
    session: requests.Session,
    method: str,
    url: str,
    *,
    policy: RetryPolicy,
    retryable: Callable[[requests.Response], bool] | None = None,
    **kwargs,
) -> requests.Response:
    """Send one request, retrying transient failures. Returns the final response, which may
    be a non-retryable 4xx for the caller to explain. Raises `GaveUp` when retries ran out or
    the server asked for a wait longer than `policy.max_retry_after`."""
    backoff = wait_random_exponential(multiplier=policy.initial_wait, max=policy.max_wait)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _Retryable) and error.retry_after is not None:
            return error.retry_after
        return backoff(state)

    def attempt() -> requests.Response:
        try:
            response = session.request(method, url, timeout=policy.timeout, **kwargs)
        except requests.Timeout:
            raise _Retryable(f"no answer within {policy.timeout:g} s") from None
        except requests.ConnectionError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__})") from None
        except requests.RequestException as exc:  # e.g. a base URL without http(s)://
            raise GaveUp(f"request not sent ({type(exc).__name__}: {exc})") from None
        status = response.status_code
        transient = status == 429 or status >= 500
        if retryable is not None and transient:
            transient = retryable(response)
        if not transient:
            return response
        delay = retry_after_seconds(response.headers.get("Retry-After"))
        if delay is not None and delay > policy.max_retry_after:
            raise GaveUp(
                f"HTTP {status}; the server asked to wait {delay:.0f} s, "
                "longer than one poll waits; the next poll tries again",
                status=status,
            )
        raise _Retryable(f"HTTP {status}", status=status, retry_after=delay)

    retrying = Retrying(
        stop=stop_after_attempt(policy.attempts),
        wait=wait,
        retry=retry_if_exception_type(_Retryable),
        sleep=policy.sleep,
        reraise=True,
    )
    try:
        return retrying(attempt)
    except _Retryable as exc:
        raise GaveUp(f"{exc.reason} after {policy.attempts} attempts", status=exc.status) from None
