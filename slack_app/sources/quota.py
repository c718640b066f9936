"""Google's request quota, kept on our side: one token bucket for every Google call of the process.

Google allows a Cloud project 300 requests a minute to the Business Profile APIs (and,
separately, 10 edits a minute per profile: `store.google` keeps that one, across processes).
Every `GoogleSource` of a process (the poller's, the poster's, a reply scan's) sends through
the same `RequestLimiter` for its API endpoint and OAuth client (`shared_limiter`), so however
many run at once, the process stays inside the quota instead of finding it with 429s.

A token bucket with `burst` tokens, refilled at (per_minute - burst) a minute: any 60 seconds
then hold at most `burst + (per_minute - burst) = per_minute` requests, and short bursts (a
page or two, a reply) do not wait at all. Time is a `Clock`, so a benchmark runs an hour of
quota in seconds on a `SimulatedClock`.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

__all__ = [
    "DEFAULT_REQUESTS_PER_MINUTE",
    "Clock",
    "RequestLimiter",
    "SimulatedClock",
    "SystemClock",
    "peak_per_minute",
    "shared_limiter",
]

DEFAULT_REQUESTS_PER_MINUTE = 300  # Business Profile APIs, per Cloud project (raisable)
DEFAULT_BURST = 20
_EPSILON = 1e-6


class Clock(Protocol):
    def monotonic(self) -> float: ...  # seconds, for intervals

    def now(self) -> datetime: ...  # aware UTC, for what is stored

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The machine's clocks."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class SimulatedClock:
    """Time that moves only when someone sleeps (or `advance`s it): a benchmark's hour of
    quota takes as long as its HTTP calls. Meant for one thread at a time."""

    def __init__(self, start: datetime | None = None) -> None:
        self.start = start or datetime.now(UTC)
        self._elapsed = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self._elapsed

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self._elapsed)

    def sleep(self, seconds: float) -> None:
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._elapsed += max(0.0, seconds)


class RequestLimiter:
    """At most `per_minute` requests in any 60 seconds (None: no limit, counted only).
    `acquire()` blocks (on the clock) until the next request may go out; thread-safe."""

    def __init__(
        self,
        per_minute: int | None = DEFAULT_REQUESTS_PER_MINUTE,
        *,
        burst: int | None = None,
        clock: Clock | None = None,
        record: bool = False,
    ) -> None:
        if per_minute is not None and per_minute < 1:
            raise ValueError(f"per_minute must be at least 1, not {per_minute}")
        self.per_minute = per_minute
        self.clock = clock or SystemClock()
        limit = per_minute or 1
        self.burst = burst if burst is not None else max(1, min(DEFAULT_BURST, limit // 10))
        if not 1 <= self.burst <= limit:
            raise ValueError(f"burst must be 1..{limit}, not {self.burst}")
        # The burst is part of the minute's budget, so a full minute never exceeds it.
        self.rate = (limit - self.burst) / 60.0 if limit > self.burst else limit / 60.0
        self._tokens = float(self.burst)
        self._updated = self.clock.monotonic()
        self._lock = threading.Lock()
        self.granted = 0
        self.waited = 0.0  # seconds spent waiting for a token, all callers together
        self.times: list[float] | None = [] if record else None  # clock.monotonic() of each

    @classmethod
    def unlimited(cls, *, clock: Clock | None = None, record: bool = False) -> RequestLimiter:
        """Counts requests without holding any back (store-throughput benchmarks)."""
        return cls(None, clock=clock, record=record)

    def acquire(self) -> None:
        while True:
            with self._lock:
                now = self.clock.monotonic()
                if self.per_minute is None:
                    return self._grant(now)
                self._tokens = min(
                    float(self.burst), self._tokens + (now - self._updated) * self.rate
                )
                self._updated = now
                if self._tokens >= 1.0 - _EPSILON:  # float sums land a hair below 1
                    self._tokens = max(0.0, self._tokens - 1.0)
                    return self._grant(now)
                wait = max(_EPSILON, (1.0 - self._tokens) / self.rate)
            self.waited += wait
            self.clock.sleep(wait)

    def _grant(self, now: float) -> None:
        self.granted += 1
        if self.times is not None:
            self.times.append(now)


_shared: dict[tuple[str, str], RequestLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(api_url: str, client_id: str) -> RequestLimiter:
    """The process's limiter for one Google API endpoint and OAuth client (Google counts the
    quota per Cloud project): every GoogleSource built for them shares it."""
    key = (api_url.rstrip("/"), client_id)
    with _shared_lock:
        if key not in _shared:
            _shared[key] = RequestLimiter()
        return _shared[key]


def peak_per_minute(times: list[float], *, window: float = 60.0) -> int:
    """The most requests in any `window` seconds (inclusive), from sorted or unsorted times."""
    ordered = sorted(times)
    peak = start = 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] > window:
            start += 1
        peak = max(peak, end - start + 1)
    return peak
