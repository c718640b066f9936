"""One poll cycle: every configured Google location and Yelp business -> the store.

For each source and location: fetch pages of new or changed reviews, store each page in one
transaction (reviews plus the reply state `new` of those that need a reply), and move the
watermark only after the last page is committed. Google lists newest first, so a watermark
advanced mid-way would skip the older pages after a crash; instead a crash just means the next
run lists from the top again and finds the stored pages unchanged: nothing lost, nothing
duplicated.

A failing location (403, malformed page, retries exhausted) is recorded in sync_state and the
report, and the others carry on. A review the store cannot take (a lone surrogate in its text)
is set aside with its id and the reason (`store.set_aside`), said once, and the rest of its
page is stored. A storage fault (full disk, damaged file) stops the cycle: it is no one
location's problem. Yelp's daily cap pauses Yelp (sync_state row location "*")
until the reset time; that is said once, and is not a failure. Yelp is also polled at most
every `yelp.interval_minutes` (a business not due is `skipped`) and stops for the day when the
calls counted today reach `yelp.daily_call_budget` (the same pause, until midnight UTC).

The loop that runs a poll every interval (and drafts what it finds) is `pipeline.poll_forever`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from slack_app.config import Environment, Location, Settings
from slack_app.models import Review
from slack_app.sources import Page, SourceError, SourcePaused, format_time, parse_time
from slack_app.sources.http_retry import RetryPolicy
from slack_app.sources.yelp_budget import YelpBudget
from slack_app.store import (
    Store,
    ensure_reply_state,
    forget_set_aside,
    get_sync_state,
    printable,
    reviews_awaiting_reply,
    set_aside_review,
    set_sync_state,
)
from slack_app.store.reviews import save_storable

__all__ = [
    "LocationReport",
    "PollEvent",
    "PollReport",
    "Progress",
    "ReviewSource",
    "build_sources",
    "poll_once",
]

log = logging.getLogger(__name__)

SOURCE_WIDE = "*"  # sync_state location id for a pause that covers the whole source


class ReviewSource(Protocol):
    name: str

    @staticmethod
    def location_id(location: Location) -> str: ...

    def fetch_pages(
        self, location_id: str, *, location_name: str = "", watermark: str = ""
    ) -> Iterable[Page]: ...

    def close(self) -> None: ...


@dataclass
class LocationReport:
    source: str
    location_id: str
    location_name: str
    status: str = "pending"  # ok | failed | paused | skipped (Yelp polled less often)
    pages: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    set_aside: int = 0
    error: str = ""

    @property
    def label(self) -> str:
        return f"{self.source} {self.location_name or self.location_id}"


@dataclass
class PollEvent:
    """What `progress` is called with: kind is location_start | page | location_done |
    notice. A `page` event comes after that page is committed."""

    kind: str
    location: LocationReport | None = None
    page: int = 0
    message: str = ""


@dataclass
class PollReport:
    started_at: str
    finished_at: str = ""
    locations: list[LocationReport] = field(default_factory=list)
    needs_reply: list[Review] = field(default_factory=list)
    # Keys of stored reviews whose text, stars or owner reply changed this cycle (edits): a
    # card already in Slack may need refreshing.
    changed: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    # Reviews that could not be stored this cycle: "google Main Street review ID: reason".
    set_aside: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(location.status == "failed" for location in self.locations)

    def totals(self) -> dict[str, int]:
        return {
            name: sum(getattr(location, name) for location in self.locations)
            for name in ("pages", "fetched", "new", "updated", "unchanged")
        }


Progress = Callable[[PollEvent], Any]


def build_sources(
    settings: Settings, env: Environment, *, policy: RetryPolicy | None = None
) -> dict[str, ReviewSource | SourceError]:
    """A client per source that has configured locations, or the error saying why not."""
    from slack_app.sources.google import GoogleSource
    from slack_app.sources.yelp import YelpSource

    sources: dict[str, ReviewSource | SourceError] = {}
    for name, factory, wanted in (
        ("google", GoogleSource, any(loc.google_location for loc in settings.locations)),
        ("yelp", YelpSource, any(loc.yelp_business_id for loc in settings.locations)),
    ):
        if not wanted:
            continue
        try:
            sources[name] = factory(env, policy=policy)
        except SourceError as exc:
            sources[name] = exc
    return sources


def poll_once(
    store: Store,
    settings: Settings,
    env: Environment,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    sources: dict[str, ReviewSource | SourceError] | None = None,
    policy: RetryPolicy | None = None,
) -> PollReport:
    """One cycle over every source and location. `sources` overrides the clients built from
    `env` (tests, benchmarks); `progress` receives `PollEvent`s (an exception it raises
    propagates, like a crash would)."""
    now = now or datetime.now(UTC)
    report = PollReport(started_at=format_time(now))
    notify = progress or (lambda event: None)
    owned = sources is None
    if sources is None:
        sources = build_sources(settings, env, policy=policy)
    cutoff = format_time(now - timedelta(days=settings.poll.backfill_days))
    polled: list[tuple[str, str]] = []
    try:
        for source_name, source in sources.items():
            pause = _active_pause(store, source_name, now)
            # Yelp's own interval and daily call budget (sources/yelp_budget.py).
            budget = YelpBudget(store, settings) if source_name == "yelp" else None
            for location in settings.locations:
                location_id = (
                    location.google_location
                    if source_name == "google"
                    else location.yelp_business_id
                )
                if not location_id:
                    continue
                polled.append((source_name, location_id))
                entry = LocationReport(source_name, location_id, location.name)
                report.locations.append(entry)
                notify(PollEvent("location_start", entry))
                if isinstance(source, SourceError):
                    _fail(store, entry, str(source), now)
                elif pause:
                    entry.status = "paused"
                    entry.error = pause
                elif budget and (later := budget.not_due(location_id, now)):
                    entry.status = "skipped"
                    entry.error = later
                elif budget and (spent := budget.spent(now)):
                    pause = entry.error = spent
                    entry.status = "paused"
                    report.notices.append(spent)
                    notify(PollEvent("notice", entry, message=spent))
                else:
                    calls = getattr(source, "calls", 0)
                    started_pause = _poll_location(
                        store, source, entry, cutoff, now, notify, report
                    )
                    if budget:
                        budget.record(getattr(source, "calls", 0) - calls, now)
                    if started_pause:
                        pause = started_pause
                        report.notices.append(started_pause)
                        notify(PollEvent("notice", entry, message=started_pause))
                notify(PollEvent("location_done", entry))
    finally:
        if owned:
            for source in sources.values():
                if not isinstance(source, SourceError):
                    source.close()
    report.needs_reply = reviews_awaiting_reply(store, since=cutoff, locations=polled)
    report.finished_at = format_time(datetime.now(UTC))
    return report


def _active_pause(store: Store, source_name: str, now: datetime) -> str:
    row = get_sync_state(store, source_name, SOURCE_WIDE)
    if row and row["paused_until"] and parse_time(row["paused_until"]) > now:
        return row["pause_reason"] or f"paused until {row['paused_until']}"
    return ""


def _poll_location(
    store: Store,
    source: ReviewSource,
    entry: LocationReport,
    cutoff: str,
    now: datetime,
    notify: Progress,
    report: PollReport,
) -> str:
    """Sync one location. Returns a pause message when this call started a source pause."""
    state = get_sync_state(store, entry.source, entry.location_id) or {}
    watermark = state.get("watermark", "")
    newest = watermark
    try:
        for page in source.fetch_pages(
            entry.location_id, location_name=entry.location_name, watermark=watermark
        ):
            with store.write():
                result, refused = save_storable(store, page.reviews)
                changed = set(result.new) | set(result.updated)
                for review in page.reviews:
                    if review.key in changed and _needs_reply(review, cutoff):
                        ensure_reply_state(store, review.key)
                # The running count is committed with the rows it counts.
                set_sync_state(store, entry.source, entry.location_id, reviews_stored=len(changed))
                forget_set_aside(
                    store,
                    entry.source,
                    entry.location_id,
                    [r.source_review_id for r in page.reviews if r.key in changed],
                )
                for review, reason in refused:
                    _set_aside(store, entry, review, reason, report, notify)
            entry.pages += 1
            entry.fetched += len(page.reviews)
            entry.new += len(result.new)
            entry.updated += len(result.updated)
            entry.unchanged += len(result.unchanged)
            report.changed.extend(result.updated)
            newest = max([newest, *(review.updated_at for review in page.reviews)])
            notify(PollEvent("page", entry, page=page.number))
            if page.pause_until is not None:
                _pause(store, entry.source, page.pause_until, page.pause_reason)
                set_sync_state(
                    store,
                    entry.source,
                    entry.location_id,
                    watermark=newest,
                    last_success_at=format_time(now),
                    last_error="",
                )
                entry.status = "ok"
                return page.pause_reason
    except SourcePaused as exc:
        _pause(store, entry.source, exc.until, str(exc))
        entry.status = "paused"
        entry.error = str(exc)
        return str(exc)
    except SourceError as exc:
        _fail(store, entry, str(exc), now)
        return ""
    # Every page is committed: only now may the watermark move.
    set_sync_state(
        store,
        entry.source,
        entry.location_id,
        watermark=newest,
        last_success_at=format_time(now),
        last_error="",
    )
    entry.status = "ok"
    return ""


def _set_aside(
    store: Store,
    entry: LocationReport,
    review: Review,
    reason: str,
    report: PollReport,
    notify: Progress,
) -> None:
    """A review the store cannot take: remembered with the reason, said once."""
    entry.set_aside += 1
    review_id = printable(review.source_review_id)
    line = f"{entry.label} review {review_id}: {reason}"
    report.set_aside.append(line)
    if set_aside_review(store, entry.source, entry.location_id, review.source_review_id, reason):
        log.warning("review set aside, it cannot be stored: %s", line)
        notify(PollEvent("notice", entry, message=f"set aside (cannot be stored): {line}"))


def _needs_reply(review: Review, cutoff: str) -> bool:
    return not review.owner_reply and max(review.created_at, review.updated_at) >= cutoff


def _pause(store: Store, source_name: str, until: datetime, reason: str) -> None:
    set_sync_state(
        store, source_name, SOURCE_WIDE, paused_until=format_time(until), pause_reason=reason
    )


def _fail(store: Store, entry: LocationReport, message: str, now: datetime) -> None:
    entry.status = "failed"
    entry.error = message
    log.warning("poll failed: %s", message)
    set_sync_state(
        store, entry.source, entry.location_id, last_error=message, last_error_at=format_time(now)
    )
