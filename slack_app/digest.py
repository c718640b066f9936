"""The digest: which period is due, and its content (no Slack).

`digest.schedule` is "weekly" (on `digest.day`), "daily" or "off", at `digest.time` in the
practice's zone (`hours.latest_digest`). Each period is one delivery claimed in the store
before it is sent, keyed by its schedule and last day ("weekly:2026-11-23"), so a restart or a
second process never sends it twice. A digest missed while the app was stopped goes out late,
up to LATE_LIMIT after its time; later than that it is skipped (so a new installation does not
open with last week's digest), and the next one comes on schedule. A location with its own
review_channel also gets a digest of its own figures there (`digest_targets`), claimed and sent
the same way under its own key. The Slack layer (`slack.digest`) builds the message, fetches
the cards' links and uploads the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from slack_app import store as db
from slack_app.config import Settings
from slack_app.hours import DigestPeriod, latest_digest
from slack_app.stats import (
    WAITING_STATES,
    Figures,
    Period,
    WaitingReply,
    WeekCounts,
    figures,
    waiting_replies,
    weekly_counts,
)

KIND = "digest"
ACTION = "digest.sent"
OLDEST_SHOWN = 5
CHART_WEEKS = 12
LATE_LIMIT = timedelta(hours=12)


@dataclass(frozen=True)
class DigestContent:
    period: DigestPeriod
    current: Figures
    previous: Figures  # the same span a week earlier
    oldest: list[WaitingReply]  # longest waiting first
    waiting: int
    weeks: list[WeekCounts]  # the chart's, oldest first
    location: str | None = None  # one location's digest (its own channel), or all


@dataclass(frozen=True)
class DigestTarget:
    """One digest message of a period: the practice's, in digest.channel or the review
    channel; and one per location with its own review_channel, of its figures, there."""

    channel: str  # "" when none is set (the practice's digest is then skipped)
    location: str | None = None  # the location's name, for its own digest

    def key(self, period: DigestPeriod) -> str:
        """The delivery key: "weekly:2026-11-23", "weekly:2026-11-23@Oak Park"."""
        return period.key + (f"@{self.location}" if self.location is not None else "")


def digest_targets(settings: Settings) -> list[DigestTarget]:
    main = settings.digest.channel or settings.slack.review_channel
    own = [
        DigestTarget(office.review_channel, office.name)
        for office in settings.offices()
        if office.location is not None
        and office.location.review_channel
        and office.review_channel != main
    ]
    return [DigestTarget(main), *own]


def due_digest(store: db.Store, settings: Settings, now: datetime) -> DigestPeriod | None:
    """The digest period due at `now` with a message not sent yet, or None."""
    period = latest_digest(settings, now)
    if period is None or now - period.end > LATE_LIMIT:
        return None
    for target in digest_targets(settings):
        sent = db.delivery(store, KIND, target.key(period))
        if not (sent and sent["sent_at"]):
            return period
    return None


def digest_content(
    store: db.Store, period: DigestPeriod, now: datetime, *, location: str | None = None
) -> DigestContent:
    """The figures of the period for all locations, or for `location` alone."""
    previous = Period(*period.previous)
    oldest, waiting = waiting_replies(
        store, WAITING_STATES, location=location, limit=OLDEST_SHOWN
    )
    return DigestContent(
        period=period,
        current=figures(store, Period(period.start, period.end), location=location, now=now),
        previous=figures(store, previous, location=location, now=previous.end),
        oldest=oldest,
        waiting=waiting,
        weeks=weekly_counts(store, period.end, weeks=CHART_WEEKS, location=location),
        location=location,
    )


def claim(
    store: db.Store,
    period: DigestPeriod,
    *,
    actor: str,
    now: datetime,
    target: DigestTarget | None = None,
) -> str:
    """ "fresh", "stale" (an unsent earlier claim: look in Slack first) or "" (not ours)."""
    key = (target or DigestTarget("")).key(period)
    return db.claim_delivery(
        store, KIND, key, actor=actor, detail={"schedule": period.schedule}, now=now
    )


def record(
    store: db.Store,
    period: DigestPeriod,
    *,
    channel: str,
    ts: str,
    actor: str,
    now: datetime,
    skipped: str = "",
    target: DigestTarget | None = None,
) -> None:
    """Mark the period's digest sent (or, with `skipped` saying why, never to be sent)."""
    target = target or DigestTarget("")
    db.record_delivery(
        store,
        KIND,
        target.key(period),
        channel=channel,
        ts=ts,
        actor=actor,
        action="digest.skipped" if skipped else ACTION,
        detail={
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            **({"location": target.location} if target.location is not None else {}),
            **({"skipped": skipped} if skipped else {}),
        },
        now=now,
    )
