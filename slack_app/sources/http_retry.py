"""HTTP with retries for the review sources (tenacity).

Idempotent requests (GET, PUT, DELETE, ...: sending one twice has the effect of sending it
once) are retried on 429, 5xx, connection errors and timeouts, with exponential backoff and
full jitter, or exactly the `Retry-After` the server asked for.

A non-idempotent write (POST) is retried only when the server cannot have acted on it: the
connection was never made (refused, name not resolved, connect timeout), or a 429 that says
when to come back (`Retry-After`). A timeout, a dropped connection or a 5xx after the request
went out raises `OutcomeUnknown`: the server may have acted, and sending it again could post a
reply twice, so a person checks instead. A caller whose API takes an idempotency key passes
`idempotent=True`.

Anything else comes back to the caller to turn into a clear message. Waits are parameters
(`RetryPolicy`), so tests pass tiny ones and a recording `sleep` instead of patching anything.
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
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

__all__ = ["IDEMPOTENT_METHODS", "GaveUp", "OutcomeUnknown", "RetryPolicy", "request_with_retry"]

# RFC 9110 section 9.2.2: repeating one of these has the same effect as sending it once.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Raised before anything is sent: the request itself cannot be built.
_NOT_SENT = (
    requests.exceptions.URLRequired,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidHeader,
    requests.exceptions.InvalidJSONError,
)


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


class OutcomeUnknown(Exception):
    """A non-idempotent request went out and no usable answer came back (a timeout, a dropped
    connection, a 5xx): the server may or may not have acted on it. Not retried."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


def _never_sent(exc: requests.ConnectionError) -> bool:
    """True when the connection was never made (refused, name not resolved, connect timeout),
    so the server cannot have seen the request."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # urllib3's MaxRetryError wraps the cause
    return isinstance(reason, NewConnectionError | ConnectTimeoutError)


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
    idempotent: bool | None = None,
    **kwargs,
) -> requests.Response:
    """Send one request, retrying transient failures. Returns the final response, which may
    be a non-retryable 4xx for the caller to explain. Raises `GaveUp` when retries ran out or
    the server asked for a wait longer than `policy.max_retry_after`, and `OutcomeUnknown` when
    a non-idempotent request may have been acted on. `idempotent` defaults from the method."""
    if idempotent is None:
        idempotent = method.upper() in IDEMPOTENT_METHODS
    backoff = wait_random_exponential(multiplier=policy.initial_wait, max=policy.max_wait)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _Retryable) and error.retry_after is not None:
            return error.retry_after
        return backoff(state)

    def attempt() -> requests.Response:
        try:
            response = session.request(method, url, timeout=policy.timeout, **kwargs)
        except requests.ConnectionError as exc:  # ConnectTimeout included
            if not idempotent and not _never_sent(exc):
                raise OutcomeUnknown(
                    "the connection broke after the request was sent "
                    f"({type(exc).__name__}); it was not sent again"
                ) from None
            raise _Retryable(f"connection failed ({type(exc).__name__})") from None
        except requests.Timeout:
            if not idempotent:
                raise OutcomeUnknown(
                    f"no answer within {policy.timeout:g} s; it was not sent again"
                ) from None
            raise _Retryable(f"no answer within {policy.timeout:g} s") from None
        except _NOT_SENT as exc:  # e.g. a base URL without http(s)://
            raise GaveUp(f"request not sent ({type(exc).__name__}: {exc})") from None
        except requests.RequestException as exc:  # the answer broke off (e.g. IncompleteRead)
            if not idempotent:
                raise OutcomeUnknown(
                    f"the answer broke off ({type(exc).__name__}); it was not sent again"
                ) from None
            raise _Retryable(f"the answer broke off ({type(exc).__name__})") from None
        status = response.status_code
        delay = retry_after_seconds(response.headers.get("Retry-After"))
        if status >= 500 and not idempotent:
            raise OutcomeUnknown(f"HTTP {status}; it was not sent again", status=status)
        # A 429 means the request was turned away; a write is resent only when told when.
        transient = status >= 500 or (status == 429 and (idempotent or delay is not None))
        if retryable is not None and transient:
            transient = retryable(response)
        if not transient:
            return response
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
