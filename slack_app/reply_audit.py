"""The audit of replies already posted on Google (`review-assistant scan-replies`, or
`/review-reply scan` in Slack): page through every review of each location, run the guardrail
on each owner reply already there, and keep the ones it flags (no Slack imports).

The regulators' fines were for replies already online, so this judges what a reply discloses:
every blocking rule counts except the two about form, not disclosure (a missing contact line,
length), which old replies often break harmlessly.

Full history, within quota, resumable: pages are listed through the process's `RequestLimiter`;
a page's findings and the next page token are committed together (`store.scans`), so a scan
that stopped (a crash, Ctrl-C) resumes at the first page not committed when it is started
again for the same scope. Yelp gives no owner replies through its public API, so only Google
locations are scanned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from guardrails import check
from slack_app import store as db
from slack_app.config import Location, Office, Settings
from slack_app.drafting import guard_context
from slack_app.models import Review
from slack_app.sources import SourceError
from slack_app.sources.google_replies import reply_status

__all__ = [
    "IGNORED_RULES",
    "ScanBusy",
    "ScanProgress",
    "ScanResult",
    "flagged_findings",
    "google_locations",
    "refuse_scan",
    "run_scan",
    "scan_office",
    "start_scan",
]

log = logging.getLogger(__name__)

# Form, not disclosure: an old "Thank you!" without a phone number is not a privacy problem.
IGNORED_RULES = frozenset({"missing-contact-path", "length"})
# A scan whose heartbeat is older than this stopped (a crash): starting again resumes it.
STALE_AFTER = timedelta(minutes=5)


class ScanBusy(Exception):
    """A scan of the same locations is running now (its heartbeat is recent)."""


@dataclass
class ScanProgress:
    """What `progress` is called with after each committed page."""

    location_name: str
    page: int
    reviews: int
    replied: int
    flagged: int


@dataclass
class ScanResult:
    scan_id: int
    resumed: bool
    locations: list[dict] = field(default_factory=list)  # store rows with counts
    requests: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # location name -> problem

    @property
    def finished(self) -> bool:
        return not self.failed and all(row["done"] for row in self.locations)

    def totals(self) -> dict[str, int]:
        return {
            name: sum(row[name] for row in self.locations)
            for name in ("pages", "reviews", "replied", "flagged")
        }


def google_locations(settings: Settings, name: str | None = None) -> list[Location]:
    """The Google locations to scan: all, or the one named (case-insensitive). Raises
    ValueError naming the choices when there is no such location."""
    located = [loc for loc in settings.locations if loc.google_location]
    if name is None:
        return located
    wanted = [loc for loc in located if loc.name.casefold() == name.strip().casefold()]
    if not wanted:
        names = ", ".join(repr(loc.name) for loc in located) or "none"
        raise ValueError(f"no Google location named {name!r}; the Google locations are: {names}")
    return wanted


def scan_office(settings: Settings, location: str | None = None) -> Office:
    """Whose scan it is: the practice-wide office for every location (its review channel gets
    the report, its approvers and risk managers may start it), or the named location's."""
    if location is None:
        return settings.practice_office
    (found,) = google_locations(settings, location)
    return settings.office_for(found.google_location)


def start_scan(
    store: db.Store,
    settings: Settings,
    *,
    actor: str,
    location: str | None = None,
    now: datetime | None = None,
) -> tuple[int, bool]:
    """(scan id, resumed): the unfinished scan of the same scope if it stopped, else a new
    one. Raises ScanBusy when that scan is still running, ValueError for an unknown location."""
    now = now or datetime.now(UTC)
    locations = google_locations(settings, location)
    scope = locations[0].name if location is not None else ""
    unfinished = db.unfinished_reply_scan(store, scope)
    if unfinished:
        beat = unfinished["heartbeat_at"]  # "" once a run has ended without finishing
        heartbeat = datetime.fromisoformat(beat.replace("Z", "+00:00")) if beat else None
        if heartbeat is not None and now - heartbeat < STALE_AFTER:
            raise ScanBusy(
                f"a scan of {scope or 'every location'} started by {unfinished['started_by']} "
                f"at {unfinished['started_at'][:16].replace('T', ' ')} UTC is still running (if "
                f"its process stopped, start it again after {STALE_AFTER.seconds // 60} minutes "
                "to resume it)"
            )
        scan_id, resumed = unfinished["id"], True
    else:
        scan_id, resumed = (
            db.create_reply_scan(
                store,
                scope=scope,
                actor=actor,
                at=db.stamp(now),
                locations=[(loc.google_location, loc.name) for loc in locations],
            ),
            False,
        )
    db.audit(
        store, actor, "scan.started", detail={"scan": scan_id, "scope": scope, "resumed": resumed}
    )
    return scan_id, resumed


def refuse_scan(store: db.Store, actor: str, reason: str) -> None:
    """Record a scan someone was not allowed to start."""
    db.audit(store, actor or "unknown", "scan.refused", detail={"reason": reason})


def _flagged(review: Review, settings: Settings) -> list[dict]:
    verdict = check(review.owner_reply, guard_context(review, settings))
    return [f.to_dict() for f in verdict.blocking if f.rule not in IGNORED_RULES]


def run_scan(
    store: db.Store,
    settings: Settings,
    google: Any,
    scan_id: int,
    *,
    resumed: bool = False,
    progress: Callable[[ScanProgress], Any] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> ScanResult:
    """Scan every location of the scan that is not done, page by page from its stored token.
    A failing location is recorded and the others go on; the scan finishes when all are
    done. `progress` is called after each committed page (an exception it raises stops the
    scan, as a crash would)."""
    clock = clock or (lambda: datetime.now(UTC))
    result = ScanResult(scan_id, resumed)
    granted_before = google.limiter.granted
    try:
        for row in db.scan_locations(store, scan_id):
            if row["done"]:
                continue
            problem = _scan_location(store, settings, google, scan_id, row, progress, clock)
            if problem:
                result.failed[row["location_name"] or row["location_id"]] = problem
    except BaseException:
        # Stopped (Ctrl-C, an error): it may be started again at once and resumes here.
        db.touch_reply_scan(store, scan_id, "")
        raise
    result.locations = db.scan_locations(store, scan_id)
    result.requests = google.limiter.granted - granted_before
    at = db.stamp(clock()) if result.finished else ""
    db.touch_reply_scan(store, scan_id, at, finished=result.finished)
    return result


def _scan_location(
    store: db.Store,
    settings: Settings,
    google: Any,
    scan_id: int,
    row: dict,
    progress: Callable[[ScanProgress], Any] | None,
    clock: Callable[[], datetime],
) -> str:
    """Scan one location from its stored page token; returns a problem, or "" when done."""
    location_id, name = row["location_id"], row["location_name"]
    token, page = row["page_token"], row["pages"] + 1
    restarted = False
    while True:
        try:
            reviews, next_token = google.list_page(
                location_id, token, location_name=name, page=page
            )
        except SourceError as exc:
            if token and exc.status == 400 and not restarted:
                # A stored page token Google no longer takes: list the location again from
                # the top (findings already stored are not added twice).
                log.warning(
                    "scan %s: %s refused the stored page token; restarting it", scan_id, name
                )
                db.restart_scan_location(store, scan_id, location_id)
                token, page, restarted = "", 1, True
                continue
            db.fail_scan_location(store, scan_id, location_id, str(exc))
            log.warning("scan %s: %s", scan_id, exc)
            return str(exc)
        replied = [review for review in reviews if review.owner_reply.strip()]
        found = [(review, _flagged(review, settings)) for review in replied]
        found = [(review, findings) for review, findings in found if findings]
        with store.write():
            if found:
                # Flagged reviews are stored so a replacement can be drafted for them.
                db.save_reviews(store, [review for review, _ in found])
            added = db.save_scan_page(
                store,
                scan_id,
                location_id,
                next_token=next_token,
                reviews=len(reviews),
                replied=len(replied),
                findings=[
                    {
                        "review_key": review.key,
                        "location_name": name,
                        "reply_text": review.owner_reply,
                        "findings": findings,
                        "reply_url": reply_status(review).reply_url,
                    }
                    for review, findings in found
                ],
                at=db.stamp(clock()),
            )
        if progress is not None:
            progress(ScanProgress(name, page, len(reviews), len(replied), added))
        if not next_token:
            return ""
        token, page = next_token, page + 1


def flagged_findings(store: db.Store, scan_id: int) -> list[dict]:
    """The scan's flagged replies, in the order found, each with its review and what people
    did about it (`status`: flagged, replacing, deleting, deleted; `replaced` is True once a
    replacement was posted after the finding)."""
    findings = db.scan_findings(store, scan_id)
    for finding in findings:
        reply = db.reply_state(store, finding["review_key"]) or {}
        finding["reply_state"] = reply.get("state", "")
        finding["replaced"] = (
            finding["status"] == "replacing"
            and reply.get("state") == "posted"
            and (reply.get("posted_at") or "") >= finding["acted_at"]
        )
    return findings
