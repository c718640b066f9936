"""Source health: whether each source works (a Google or Yelp location, or the drafting model,
location "*"), and what the review channel has been told about it.

`observe` is called after every poll cycle. It keeps one row per source and location and
decides what the channel must hear, in `alert`:

    ""            nothing to say
    "down"        it started failing: an alert is due
    "down_sent"   the alert is in the channel (alert_ts); nothing more while it keeps failing
    "up"          it works again after an alert was posted: one line is due

A source that fails and recovers before its alert went out says nothing. The state is in the
database, so a restart neither repeats an alert nor forgets a recovery.
"""

from __future__ import annotations

from slack_app.store.claims import claim_owner
from slack_app.store.connection import Store, get_row, now_iso, seconds_ago

ALERT_CLAIM_SECONDS = 120.0


def observe(
    store: Store,
    source: str,
    location_id: str,
    *,
    failing: bool,
    problem: str = "",
    location_name: str = "",
) -> None:
    """Record one cycle's outcome for a source and location."""
    at = now_iso()
    with store.write() as db:
        row = get_row(db, "source_health", (source, location_id))
        was_failing = bool(row) and row["status"] == "failing"
        alert = row["alert"] if row else ""
        values = {"checked_at": at, "location_name": location_name}
        if failing:
            values["problem"] = problem
            if not was_failing:
                values.update(status="failing", since=at)
                # A recovery line not posted yet: the channel still thinks it is down.
                values["alert"] = "down_sent" if alert == "up" else "down"
        elif was_failing:
            values.update(status="ok", since=at, problem="")
            values["alert"] = {"down": "", "down_sent": "up"}.get(alert, alert)
        if values.get("alert", alert) != alert:
            values.update(alert_claimed_at="", alert_claimed_by="")
        if row is None:
            db["source_health"].insert(
                {
                    "source": source,
                    "location_id": location_id,
                    "status": "failing" if failing else "ok",
                    "since": at,
                    **values,
                }
            )
        else:
            db["source_health"].update((source, location_id), values)


def source_health(store: Store) -> list[dict]:
    return list(store.db["source_health"].rows_where(order_by="source, location_id"))


def alerts_due(store: Store) -> list[dict]:
    """Rows whose alert (down or up) is still to be posted."""
    return list(
        store.db["source_health"].rows_where(
            "alert IN ('down', 'up')", order_by="source, location_id"
        )
    )


def claim_alert(
    store: Store, source: str, location_id: str, *, stale_after_seconds: float = ALERT_CLAIM_SECONDS
) -> bool:
    at = now_iso()
    with store.write() as db:
        won = db.execute(
            "UPDATE source_health SET alert_claimed_at = ?, alert_claimed_by = ? "
            "WHERE source = ? AND location_id = ? AND alert IN ('down', 'up') "
            "AND claim_takeable(alert_claimed_at, alert_claimed_by, ?)",
            [at, claim_owner(), source, location_id, seconds_ago(stale_after_seconds)],
        ).rowcount
    return bool(won)


def record_alert(store: Store, source: str, location_id: str, alert: str, ts: str) -> None:
    """The `alert` ("down" or "up") is in the channel at `ts`."""
    with store.write() as db:
        db.execute(
            "UPDATE source_health SET alert = ?, alert_ts = ?, alert_claimed_at = '', "
            "alert_claimed_by = '' WHERE source = ? AND location_id = ? AND alert = ?",
            ["down_sent" if alert == "down" else "", ts, source, location_id, alert],
        )
