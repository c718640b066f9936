"""The daily full pass: list every review of a location to notice the ones that disappeared.

The incremental poll only sees reviews newer than its watermark, so a review its author (or
Google) deleted is never reported. Once a day per location this lists everything; a stored
review missing from a complete listing was removed: its waiting draft is withdrawn (Approve
then posts nothing) and the card says so (`workflow.withdraw_removed`). A review recorded as
removed that is listed again gets its draft back (`workflow.restore_removed`).

Within quota: each cycle passes over only its share of the locations (all of them once a day,
spread over the day's cycles), and every request goes through the process's limiter. A pass
that failed part-way changes nothing. A pass that would remove more than half of a location's
reviews (and more than a few) is refused and logged: an API answering an empty list by
mistake must not withdraw every draft.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta

from slack_app import store as db
from slack_app.config import Settings
from slack_app.models import review_key
from slack_app.sources import SourceError, parse_time
from slack_app.workflow import CardChange, restore_removed, withdraw_removed

log = logging.getLogger(__name__)

SOURCE = "google"
FULL_PASS_EVERY = timedelta(days=1)
MOST_REMOVED_SHARE = 0.5
FEW = 5  # this many removals at once are believable whatever the share


def due_locations(store: db.Store, settings: Settings, now: datetime) -> list:
    """This cycle's share of the Google locations whose last full pass is a day old (never
    passed first, then the oldest)."""
    located = [loc for loc in settings.locations if loc.google_location]
    cycles_a_day = max(1.0, FULL_PASS_EVERY / timedelta(minutes=settings.poll.interval_minutes))
    share = math.ceil(len(located) / cycles_a_day) + 1
    due = []
    for location in located:
        row = db.full_pass(store, SOURCE, location.google_location) or {}
        finished = row.get("finished_at") or ""
        if not finished or parse_time(finished) <= now - FULL_PASS_EVERY:
            due.append((finished, location.name, location))
    due.sort(key=lambda item: (item[0], item[1]))
    return [location for _, _, location in due[:share]]


def full_pass_slice(
    store: db.Store, settings: Settings, google, *, now: datetime
) -> list[CardChange]:
    changes: list[CardChange] = []
    for location in due_locations(store, settings, now):
        changes.extend(full_pass(store, google, location.google_location, location.name, now=now))
    return changes


def full_pass(
    store: db.Store, google, location_id: str, location_name: str, *, now: datetime
) -> list[CardChange]:
    """List every review of one location; withdraw the drafts of reviews that are gone."""
    started = db.stamp(now)
    # Reviews the poll stores while this pass lists cannot be missing from it: only those the
    # store had before the listing began count (first_seen_at is the store's own clock).
    listed_from = db.now_iso()
    db.save_full_pass(store, SOURCE, location_id, started_at=started)
    seen: set[str] = set()
    try:
        for page in google.fetch_pages(location_id, location_name=location_name):
            seen.update(review.source_review_id for review in page.reviews)
    except SourceError as exc:
        log.warning("full pass of %s stopped: %s", location_name or location_id, exc)
        db.save_full_pass(store, SOURCE, location_id, last_error=str(exc))
        return []
    stored = db.stored_review_ids(store, SOURCE, location_id, first_seen_before=listed_from)
    missing = [key for key, review_id in stored.items() if review_id not in seen]
    changes: list[CardChange] = []
    if len(missing) > FEW and len(missing) > MOST_REMOVED_SHARE * len(stored):
        problem = (
            f"refused to record {len(missing)} of {len(stored)} reviews as removed at once "
            "(an incomplete listing?); nothing was withdrawn; check the location on Google"
        )
        log.warning("full pass of %s: %s", location_name or location_id, problem)
        _finished(store, location_id, started, len(seen), 0, problem)
        return []
    for key in missing:
        change = withdraw_removed(store, key, now=now)
        if change is not None:
            changes.append(change)
    back = db.removed_keys(store, (review_key(SOURCE, location_id, rid) for rid in seen))
    for key in sorted(back):
        change = restore_removed(store, key)
        if change is not None:
            changes.append(change)
    _finished(store, location_id, started, len(seen), len(missing), "")
    return changes


def _finished(
    store: db.Store, location_id: str, started: str, seen: int, removed: int, problem: str
) -> None:
    db.save_full_pass(
        store,
        SOURCE,
        location_id,
        finished_at=started,
        reviews_seen=seen,
        removed=removed,
        last_error=problem,
    )
