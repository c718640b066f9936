"""Scans of replies already posted on Google (`review-assistant scan-replies`): one row per
scan, its progress per location (the next page token: a scan resumes where it stopped), and
one finding per reply the guardrail flagged, with what people did about it.

A page's findings and the location's next page token are written in one transaction, so after
a crash the scan resumes at the first page not committed: nothing counted twice, nothing
missed. A finding moves flagged -> replacing | deleting -> deleted by conditional UPDATEs,
so a double click or a Slack retry acts once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from slack_app.store.connection import Store, clean, dumps, get_row

FINDING_STATES = ("flagged", "replacing", "deleting", "deleted")


def create_reply_scan(
    store: Store, *, scope: str, actor: str, at: str, locations: Iterable[tuple[str, str]]
) -> int:
    """A new scan of `locations` ((location id, name) pairs); returns its id."""
    with store.write() as db:
        scan_id = int(
            db["reply_scans"]
            .insert({"scope": scope, "started_at": at, "started_by": actor, "heartbeat_at": at})
            .last_rowid
        )
        db["reply_scan_locations"].insert_all(
            {"scan_id": scan_id, "location_id": location_id, "location_name": name}
            for location_id, name in locations
        )
    return scan_id


def reply_scan(store: Store, scan_id: int) -> dict | None:
    return get_row(store.db, "reply_scans", scan_id)


def unfinished_reply_scan(store: Store, scope: str) -> dict | None:
    """The latest scan of this scope that has not finished (a crash, or still running)."""
    rows = store.db["reply_scans"].rows_where(
        "scope = ? AND finished_at = ''", [scope], order_by="id DESC", limit=1
    )
    return next(rows, None)


def latest_reply_scan(store: Store) -> dict | None:
    return next(store.db["reply_scans"].rows_where(order_by="id DESC", limit=1), None)


def touch_reply_scan(store: Store, scan_id: int, at: str, *, finished: bool = False) -> None:
    """The scan's heartbeat (`at`; "" when a run ended without finishing), and its end."""
    with store.write() as db:
        values = {"heartbeat_at": at, **({"finished_at": at} if finished else {})}
        db["reply_scans"].update(scan_id, values)


def scan_locations(store: Store, scan_id: int) -> list[dict]:
    return list(
        store.db["reply_scan_locations"].rows_where(
            "scan_id = ?", [scan_id], order_by="rowid"
        )
    )


def save_scan_page(
    store: Store,
    scan_id: int,
    location_id: str,
    *,
    next_token: str,
    reviews: int,
    replied: int,
    findings: Iterable[dict],
    at: str,
) -> int:
    """One page scanned: its findings, the location's counts and next page token (done when
    there is none), the scan's heartbeat, in one transaction. Returns how many findings were
    new (a page listed again after a restart adds none twice)."""
    added = 0
    with store.write() as db:
        for finding in findings:
            cursor = db.execute(
                "INSERT OR IGNORE INTO reply_scan_findings (scan_id, review_key, location_name, "
                "reply_text, findings, reply_url) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    scan_id,
                    finding["review_key"],
                    finding.get("location_name", ""),
                    clean(finding["reply_text"]),
                    dumps(finding["findings"]),
                    finding.get("reply_url", ""),
                ],
            )
            added += cursor.rowcount
        db.execute(
            "UPDATE reply_scan_locations SET page_token = ?, pages = pages + 1, "
            "reviews = reviews + ?, replied = replied + ?, flagged = flagged + ?, done = ?, "
            "error = '' WHERE scan_id = ? AND location_id = ?",
            [next_token, reviews, replied, added, int(not next_token), scan_id, location_id],
        )
        db["reply_scans"].update(scan_id, {"heartbeat_at": at})
    return added


def restart_scan_location(store: Store, scan_id: int, location_id: str) -> None:
    """List the location again from the top (its stored page token was refused). Findings
    already stored stay and are not added twice."""
    with store.write() as db:
        db.execute(
            "UPDATE reply_scan_locations SET page_token = '', pages = 0, reviews = 0, "
            "replied = 0, done = 0, error = '' WHERE scan_id = ? AND location_id = ?",
            [scan_id, location_id],
        )


def fail_scan_location(store: Store, scan_id: int, location_id: str, error: str) -> None:
    with store.write() as db:
        db.execute(
            "UPDATE reply_scan_locations SET error = ? WHERE scan_id = ? AND location_id = ?",
            [clean(error), scan_id, location_id],
        )


def _finding(row: dict) -> dict:
    row["findings"] = json.loads(row["findings"])
    return row


def scan_findings(store: Store, scan_id: int) -> list[dict]:
    """The scan's flagged replies with their review (reviewer, stars, text), in the order
    found."""
    rows = store.db.query(
        "SELECT f.*, r.reviewer_name, r.stars, r.text AS review_text, r.location_id, "
        "r.source_review_id FROM reply_scan_findings f LEFT JOIN reviews r USING (review_key) "
        "WHERE f.scan_id = ? ORDER BY f.rowid",
        [scan_id],
    )
    return [_finding(dict(row)) for row in rows]


def scan_finding(store: Store, scan_id: int, key: str) -> dict | None:
    row = get_row(store.db, "reply_scan_findings", (scan_id, key))
    return _finding(row) if row else None


def claim_scan_finding(
    store: Store,
    scan_id: int,
    key: str,
    expected: str | tuple[str, ...],
    new: str,
    *,
    actor: str,
    at: str,
    error: str = "",
) -> bool:
    """Move a finding from one of `expected` to `new` (conditional UPDATE): of two callers,
    one wins."""
    expected = (expected,) if isinstance(expected, str) else tuple(expected)
    for state in (*expected, new):
        if state not in FINDING_STATES:
            raise ValueError(f"unknown finding state {state!r}; expected one of {FINDING_STATES}")
    with store.write() as db:
        won = db.execute(
            f"UPDATE reply_scan_findings SET status = ?, acted_by = ?, acted_at = ?, error = ? "
            f"WHERE scan_id = ? AND review_key = ? AND status IN "
            f"({','.join('?' * len(expected))})",
            [new, actor, at, clean(error), scan_id, key, *expected],
        ).rowcount
    return bool(won)


def claim_scan_report(store: Store, scan_id: int, *, at: str, stale_before: str) -> bool:
    """The right to post the scan's report (once), or to take over a claim left unposted."""
    with store.write() as db:
        won = db.execute(
            "UPDATE reply_scans SET report_claimed_at = ? WHERE id = ? AND report_ts = '' "
            "AND (report_claimed_at = '' OR report_claimed_at < ?)",
            [at, scan_id, stale_before],
        ).rowcount
    return bool(won)


def record_scan_report(store: Store, scan_id: int, channel: str, ts: str) -> None:
    with store.write() as db:
        db["reply_scans"].update(scan_id, {"report_channel": channel, "report_ts": ts})
