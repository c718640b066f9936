"""What the listeners need, built once by `build_app` and captured by each listener."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.config import Environment, Office, Settings
from slack_app.sources.posting import SourcePoster

log = logging.getLogger(__name__)


@dataclass
class Services:
    store: db.Store
    settings: Settings
    env: Environment
    directory: Directory
    poster: SourcePoster
    drafter: Any = None  # None: drafting.make_drafter picks the backend from the environment
    gate: AckGate = field(default_factory=lambda: AckGate())
    background: Executor | None = None  # Bolt's listener executor, for `later`

    def later(self, function: Callable[..., Any], *args: Any) -> None:
        """Run `function(*args)` after the current ack has been answered (card redraws after a
        modal submission, which must answer Slack quickly). Errors are logged, not raised."""

        def run() -> None:
            self.gate.wait_quiet()
            try:
                function(*args)
            except Exception:
                log.exception("background step %s failed", getattr(function, "__name__", function))

        if self.background is None:
            run()
        else:
            self.background.submit(run)

    def office_of(self, key: str) -> Office:
        """The office whose people and channel a review has (by its location; a pasted
        review, or one of a location no longer configured, the practice-wide one)."""
        review = db.get_review(self.store, key)
        return self.settings.office_for(review.location_id if review else "")

    def is_approver(self, user_id: str, key: str) -> bool:
        """May `user_id` approve and post replies to this review: one of its office's
        approvers (a location's own list replaces slack.approvers)."""
        return self.directory.is_member(user_id, self.office_of(key).approvers)

    def is_risk_manager(self, user_id: str, key: str) -> bool:
        return self.directory.is_member(user_id, self.office_of(key).risk_managers)


class AckGate:
    """Acks first: background (lazy) work waits, at most `max_wait` seconds, until no Slack
    request is being acknowledged. The HTTP endpoint and the Socket Mode handler enter it for
    every request; `listeners._common.logged` and `Services.later` wait on it. Acks and lazy
    work share one interpreter lock; without this, a burst of clicks competes with the
    drafting and posting it starts and acks slow down for everyone."""

    def __init__(self, max_wait: float = 2.0) -> None:
        self.max_wait = max_wait
        self._in_flight = 0
        self._quiet = threading.Condition()

    @contextmanager
    def acknowledging(self) -> Iterator[None]:
        with self._quiet:
            self._in_flight += 1
        try:
            yield
        finally:
            with self._quiet:
                self._in_flight -= 1
                if not self._in_flight:
                    self._quiet.notify_all()

    @property
    def busy(self) -> bool:
        """Whether a Slack request is being acknowledged right now."""
        with self._quiet:
            return self._in_flight > 0

    def wait_quiet(self) -> None:
        with self._quiet:
            self._quiet.wait_for(lambda: not self._in_flight, timeout=self.max_wait)
