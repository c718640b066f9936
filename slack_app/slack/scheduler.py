"""The scheduler thread of `review-assistant run`: every TICK_SECONDS it sends the reminders
that are due, the digest when its time has come, posts the Google replies queued behind the
profile's 10 replies a minute as edits free up, and republishes the App Home tabs that a
transition changed. No cron: `start_scheduler` is one line in `cli/run.py`.

Each step is safe to run in several processes at once (reminders and digests are claimed in
the store before they are sent); one failing step is logged and the others still run. The clock
is a `now` callable, so tests drive a tick at any moment they choose.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from slack_app import store as db
from slack_app.approvers import Directory
from slack_app.config import Settings
from slack_app.slack.digest import send_digest
from slack_app.slack.home import HomeRefresher
from slack_app.slack.links import Permalinks
from slack_app.slack.reminders import send_due_reminders

log = logging.getLogger(__name__)

TICK_SECONDS = 15.0
ACTOR = "review-assistant"


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class TickReport:
    reminders: list[str] = field(default_factory=list)  # review keys reminded
    digest: str | None = None  # the period key of a digest sent
    homes: list[str] = field(default_factory=list)  # users whose Home tab was republished
    queued: list[str] = field(default_factory=list)  # queued replies it tried to post
    failed: list[str] = field(default_factory=list)  # steps that raised (logged)


class Scheduler:
    def __init__(
        self,
        store: db.Store,
        settings: Settings,
        client: Any,
        *,
        directory: Any = None,
        now: Callable[[], datetime] = utc_now,
        links: Permalinks | None = None,
        poster: Any = None,
    ) -> None:
        self.store, self.settings, self.client, self.now = store, settings, client, now
        self.poster = poster  # posts queued Google replies; None: this process does not
        self.directory = directory or Directory(client)
        self.links = links or Permalinks(client)
        self.homes = HomeRefresher(client, store, settings, self.directory)

    def tick(self) -> TickReport:
        now = self.now()
        report = TickReport()
        steps = (
            (
                "reminders",
                lambda: send_due_reminders(
                    self.client, self.store, self.settings, now, actor=ACTOR
                ),
            ),
            (
                "digest",
                lambda: send_digest(
                    self.client, self.store, self.settings, now, actor=ACTOR, link=self.links.get
                ),
            ),
            ("queued", self._post_queued),
            ("homes", lambda: self.homes.refresh(now, link=self.links.get)),
        )
        for name, step in steps:
            try:
                result = step()
            except Exception:  # one failing step must not stop the others, nor the thread
                log.exception("scheduler step %s failed; it runs again next tick", name)
                report.failed.append(name)
                continue
            setattr(report, name, result)
        return report

    def _post_queued(self) -> list[str]:
        """Post the queued Google replies whose profile has edits left; redraw their cards."""
        if self.poster is None:
            return []
        from slack_app import workflow
        from slack_app.slack import blocks, cards, notices

        tried = workflow.post_queued(self.store, self.settings, self.poster)
        for key, outcome in tried:
            if outcome.state == "queued":  # another process took the minute's last edit
                cards.update(self.client, self.store, key)
                continue
            if outcome.state == "posted":
                line = "posted the queued reply"
            else:
                line = f"did not post the queued reply: {blocks.escape(outcome.message)}"
            cards.refresh(self.client, self.store, key, ACTOR, line)
            if outcome.escalated:  # edited into a risk while it waited: recorded, now told
                notices.deliver(self.client, self.store, self.settings, self.directory, key=key)
        return [key for key, _ in tried]


def start_scheduler(
    store: db.Store,
    settings: Settings,
    client: Any,
    *,
    stop: threading.Event,
    tick_seconds: float = TICK_SECONDS,
    poster: Any = None,
) -> threading.Thread:
    """A daemon thread ticking until `stop` is set (`poster`: post queued Google replies)."""
    scheduler = Scheduler(store, settings, client, poster=poster)

    def loop() -> None:
        while not stop.is_set():
            scheduler.tick()
            stop.wait(tick_seconds)

    thread = threading.Thread(target=loop, name="review-scheduler", daemon=True)
    thread.start()
    return thread
