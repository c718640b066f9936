"""The digest: which period is due, and its content (no Slack).

`digest.schedule` is "weekly" (on `digest.day`), "daily" or "off", at `digest.time` in the
practice's zone (`hours.latest_digest`). Each period is one delivery claimed in the store
before it is sent, keyed by its schedule and last day ("weekly:2026-11-23"), so a restart or a
second process never sends it twice. A digest missed while the app was stopped goes out late,
up to LATE_LIMIT after its time; later than that it is skipped (so a new installation does not
open with last week's digest), and the next one comes on schedule. The Slack layer
(`slack.digest`) builds the message, fetches the cards' links and uploads the chart.
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


def due_digest(store: db.Store, settings: Settings, now: datetime) -> DigestPeriod | None:
    """The digest period due at `now` that has not been sent, or None."""
    period = latest_digest(settings, now)
    if period is None or now - period.end > LATE_LIMIT:
        return None
    sent = db.delivery(store, KIND, period.key)
    return None if sent and sent["sent_at"] else period


def digest_content(store: db.Store, period: DigestPeriod, now: datetime) -> DigestContent:
    previous = Period(*period.previous)
    oldest, waiting = waiting_replies(store, WAITING_STATES, limit=OLDEST_SHOWN)
    return DigestContent(
        period=period,
        current=figures(store, Period(period.start, period.end), now=now),
        previous=figures(store, previous, now=previous.end),
        oldest=oldest,
        waiting=waiting,
        weeks=weekly_counts(store, period.end, weeks=CHART_WEEKS),
    )


def claim(store: db.Store, period: DigestPeriod, *, actor: str, now: datetime) -> str:
    """ "fresh", "stale" (an unsent earlier claim: look in Slack first) or "" (not ours)."""
    return db.claim_delivery(
        store, KIND, period.key, actor=actor, detail={"schedule": period.schedule}, now=now
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
) -> None:
    """Mark the period's digest sent (or, with `skipped` saying why, never to be sent)."""
    db.record_delivery(
        store,
        KIND,
        period.key,
        channel=channel,
        ts=ts,
        actor=actor,
        action="digest.skipped" if skipped else ACTION,
        detail={
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            **({"skipped": skipped} if skipped else {}),
        },
        now=now,
    )
